/** What must hold of every analysis whatever the input: offsets inside the text, on UTF-16 boundaries, consistent. */
import type { DocumentAnalysis } from '../../server/src/core/analyze';
import type { CorpusResults } from '../../server/src/core/corpus';
import type { Figure, EntityMention, NameCandidate } from '../../server/src/core/types';
import type { Span } from '../../server/src/core/text';
import type { Token } from '../../server/src/core/figures/tokens';

const FIGURE_KINDS = new Set(['money', 'quantity', 'percent', 'duration', 'date', 'ordinal']);
const ENTITY_KINDS = new Set(['person', 'organization', 'place', 'initiative']);
const CLAIM_STATUSES = new Set(['agree', 'conflict', 'single']);
const SEVERITIES = new Set(['error', 'warning', 'information', 'hint']);
/** Words that only appear in a message when a value or name was missing. */
const BROKEN_MESSAGE = /\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/;
const MAX_PROBLEMS = 5;

/** True when `offset` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Collects problems, keeping the first few. */
class Problems {
  readonly list: string[] = [];
  add(message: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(message);
  }
  /** Checks a [start, end) range of `text`; `nonEmpty` requires start < end. */
  range(what: string, text: string, start: unknown, end: unknown, nonEmpty: boolean): boolean {
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      this.add(`${what}: offsets are not integers (${String(start)}, ${String(end)})`);
      return false;
    }
    const s = start as number;
    const e = end as number;
    if (s < 0 || e > text.length || s > e || (nonEmpty && s === e)) {
      this.add(`${what}: range ${s}-${e} is not a ${nonEmpty ? 'non-empty ' : ''}range of a ${text.length}-unit text`);
      return false;
    }
    if (splitsSurrogatePair(text, s) || splitsSurrogatePair(text, e)) this.add(`${what}: range ${s}-${e} splits a surrogate pair`);
    return true;
  }
}

function checkFigure(problems: Problems, text: string, figure: Figure, index: number): void {
  const what = `figure ${index} ${JSON.stringify(figure.text)}`;
  if (!problems.range(what, text, figure.start, figure.end, true)) return;
  if (text.slice(figure.start, figure.end) !== figure.text) problems.add(`${what}: text differs from text.slice(start, end) = ${JSON.stringify(text.slice(figure.start, figure.end))}`);
  if (problems.range(`${what} number`, text, figure.numberStart, figure.numberEnd, false)
    && (figure.numberStart < figure.start || figure.numberEnd > figure.end)) {
    problems.add(`${what}: number ${figure.numberStart}-${figure.numberEnd} lies outside the figure ${figure.start}-${figure.end}`);
  }
  if (!FIGURE_KINDS.has(figure.kind)) problems.add(`${what}: unknown kind ${String(figure.kind)}`);
  if (typeof figure.unit !== 'string' || figure.unit.length === 0) problems.add(`${what}: empty unit`);
  // A date without a year ("25 Aug", iso "--08-25") has no value on purpose; every other figure must have one.
  const yearless = figure.kind === 'date' && typeof figure.iso === 'string' && figure.iso.startsWith('--');
  if (typeof figure.value !== 'number' || (Number.isNaN(figure.value) && !yearless)) problems.add(`${what}: value is ${String(figure.value)}`);
  if (!(figure.low <= figure.high) && !yearless) problems.add(`${what}: interval ${figure.low}..${figure.high} is empty or NaN`);
  if (figure.style) {
    const { prefix, suffix } = figure.style;
    if (text.slice(figure.start, figure.numberStart) !== prefix || text.slice(figure.numberEnd, figure.end) !== suffix) {
      problems.add(`${what}: style prefix/suffix ${JSON.stringify([prefix, suffix])} do not match the text around the number`);
    }
  }
}

function checkEntity(problems: Problems, text: string, entity: EntityMention | NameCandidate, what: string): void {
  if (!problems.range(what, text, entity.start, entity.end, true)) return;
  if (text.slice(entity.start, entity.end) !== entity.text) problems.add(`${what}: text ${JSON.stringify(entity.text)} differs from text.slice(start, end)`);
  if (typeof entity.key !== 'string' || entity.key.length === 0) problems.add(`${what}: empty key`);
  if ('kind' in entity && !ENTITY_KINDS.has(entity.kind)) problems.add(`${what}: unknown kind ${String(entity.kind)}`);
}

/** Checks ordered, non-overlapping, in-range spans (sentences, tokens). */
function checkSpans(problems: Problems, text: string, spans: readonly Span[], what: string, nonEmpty = true): void {
  let previousEnd = 0;
  spans.forEach((span, index) => {
    if (!problems.range(`${what} ${index}`, text, span.start, span.end, nonEmpty)) return;
    if (span.start < previousEnd) problems.add(`${what} ${index}: starts at ${span.start}, before the previous one ends (${previousEnd})`);
    previousEnd = span.end;
  });
}

/** Problems with tokens of `folded` (which must be as long as `text`). */
export function tokenProblems(text: string, folded: string, tokens: readonly Token[]): string[] {
  const problems = new Problems();
  if (folded.length !== text.length) problems.add(`folding changed the length from ${text.length} to ${folded.length}`);
  checkSpans(problems, text, tokens, 'token');
  for (const [index, token] of tokens.entries()) {
    if (!folded.slice(token.start, token.end).startsWith(token.text)) problems.add(`token ${index}: text ${JSON.stringify(token.text)} is not a prefix of its range`);
    if (problems.list.length >= MAX_PROBLEMS) break;
  }
  return problems.list;
}

/** Problems with sentences of a text. */
export function sentenceProblems(text: string, sentences: readonly Span[]): string[] {
  const problems = new Problems();
  checkSpans(problems, text, sentences, 'sentence');
  return problems.list;
}

/** Problems with a list of figures recognised in `text`. */
export function figureProblems(text: string, figures: readonly Figure[]): string[] {
  const problems = new Problems();
  let previousEnd = 0;
  figures.forEach((figure, index) => {
    checkFigure(problems, text, figure, index);
    if (figure.start < previousEnd) problems.add(`figure ${index} ${JSON.stringify(figure.text)}: overlaps the figure before it (which ends at ${previousEnd})`);
    previousEnd = Math.max(previousEnd, figure.end);
  });
  return problems.list;
}

/** Problems with entity mentions and name candidates recognised in `text`. */
export function entityProblems(text: string, entities: readonly EntityMention[], candidates: readonly NameCandidate[]): string[] {
  const problems = new Problems();
  entities.forEach((entity, index) => checkEntity(problems, text, entity, `entity ${index} ${JSON.stringify(entity.text)}`));
  candidates.forEach((candidate, index) => checkEntity(problems, text, candidate, `candidate ${index} ${JSON.stringify(candidate.text)}`));
  return problems.list;
}

/** Every problem with one document's analysis. */
export function analysisProblems(text: string, analysis: DocumentAnalysis): string[] {
  const problems = new Problems();
  for (const problem of figureProblems(text, analysis.figures)) problems.add(problem);
  for (const problem of entityProblems(text, analysis.entities, analysis.candidates)) problems.add(problem);
  if (analysis.date) {
    problems.range('date', text, analysis.date.start, analysis.date.end, true);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(analysis.date.iso) || analysis.date.month !== analysis.date.iso.slice(0, 7)) problems.add(`date: bad iso ${analysis.date.iso} / month ${analysis.date.month}`);
  }
  analysis.mentions.forEach((mention, index) => {
    if (mention.figures.length === 0 || mention.figures.some((figure) => !Number.isInteger(figure) || !analysis.figures[figure])) problems.add(`mention ${index}: figure indexes ${JSON.stringify(mention.figures)} are not figures`);
    const primary = analysis.figures[mention.figures[0]!];
    if (problems.range(`mention ${index} sentence`, text, mention.sentenceSpan.start, mention.sentenceSpan.end, true) && primary
      && (primary.start < mention.sentenceSpan.start || primary.start >= mention.sentenceSpan.end)) problems.add(`mention ${index}: its figure is outside its sentence`);
  });
  return problems.list;
}

/** Every problem with corpus-wide results over documents `texts` (path -> text). */
export function corpusProblems(texts: ReadonlyMap<string, string>, analyses: ReadonlyMap<string, DocumentAnalysis>, results: CorpusResults): string[] {
  const problems = new Problems();
  /** A word in a message that shows a missing value, unless an article itself says it. */
  const broken = (message: string): boolean => {
    const word = BROKEN_MESSAGE.exec(message)?.[0];
    return word !== undefined && ![...texts.values()].some((text) => text.includes(word));
  };
  const textOf = (path: string, what: string): string | null => {
    const text = texts.get(path);
    if (text === undefined) problems.add(`${what}: unknown path ${JSON.stringify(path)}`);
    return text ?? null;
  };
  const claimIds = new Set<string>();
  for (const claim of results.claims) {
    const what = `claim ${JSON.stringify(claim.id)}`;
    if (!claim.id || claimIds.has(claim.id)) problems.add(`${what}: empty or duplicate id`);
    claimIds.add(claim.id);
    if (!CLAIM_STATUSES.has(claim.status)) problems.add(`${what}: unknown status ${String(claim.status)}`);
    if (broken(claim.label)) problems.add(`${what}: label ${JSON.stringify(claim.label)} shows a missing value`);
    for (const mention of claim.mentions) {
      const text = textOf(mention.path, what);
      if (text === null) continue;
      problems.range(`${what} mention in ${mention.path}`, text, mention.start, mention.end, true);
      const figures = analyses.get(mention.path)?.figures ?? [];
      if (mention.figures.some((index) => !figures[index])) problems.add(`${what}: mention in ${mention.path} points at missing figures ${JSON.stringify(mention.figures)}`);
      else if (figures[mention.figures[0]!]!.start !== mention.start) problems.add(`${what}: mention start ${mention.start} is not its figure's start`);
      if (!(mention.group >= 0 && mention.group < claim.groupSources.length)) problems.add(`${what}: value group ${mention.group} does not exist`);
    }
  }
  for (const finding of results.findings) {
    const what = `finding ${finding.code} in ${finding.path}`;
    if (!SEVERITIES.has(finding.severity)) problems.add(`${what}: unknown severity ${String(finding.severity)}`);
    if (!finding.message || broken(finding.message)) problems.add(`${what}: message ${JSON.stringify(finding.message)} is empty or shows a missing value`);
    const text = textOf(finding.path, what);
    if (text !== null) {
      problems.range(what, text, finding.start, finding.end, true);
      for (const fix of finding.fixes) {
        problems.range(`${what} fix ${JSON.stringify(fix.title)}`, text, fix.start, fix.end, true);
        if (broken(fix.newText) || broken(fix.title)) problems.add(`${what}: fix ${JSON.stringify(fix.title)} -> ${JSON.stringify(fix.newText)} shows a missing value`);
      }
    }
    for (const related of finding.related) {
      const relatedText = textOf(related.path, `${what} related`);
      if (relatedText !== null) problems.range(`${what} related in ${related.path}`, relatedText, related.start, related.end, true);
    }
  }
  const entityIds = new Set<string>();
  for (const entity of results.entities) {
    if (!entity.id || entityIds.has(entity.id)) problems.add(`entity ${JSON.stringify(entity.id)}: empty or duplicate id`);
    entityIds.add(entity.id);
    const mentions = results.entityMentions.ofEntity(entity.id);
    if (mentions.length !== entity.mentionCount) problems.add(`entity ${entity.id}: ${mentions.length} mentions listed, ${entity.mentionCount} counted`);
    for (const mention of mentions) {
      const text = textOf(mention.path, `entity ${entity.id}`);
      if (text !== null && problems.range(`entity ${entity.id} mention in ${mention.path}`, text, mention.start, mention.end, true)
        && text.slice(mention.start, mention.end) !== mention.text) problems.add(`entity ${entity.id}: mention text ${JSON.stringify(mention.text)} differs from its range`);
    }
    const definitionText = textOf(entity.definition.path, `entity ${entity.id} definition`);
    if (definitionText !== null) problems.range(`entity ${entity.id} definition`, definitionText, entity.definition.start, entity.definition.end, true);
  }
  for (const [path, mentions] of results.entityMentions.entries()) {
    const text = textOf(path, 'entity mentions');
    if (text === null) continue;
    for (const mention of mentions) {
      if (problems.range(`entity mention in ${path}`, text, mention.start, mention.end, true) && text.slice(mention.start, mention.end) !== mention.text) {
        problems.add(`entity mention in ${path}: text ${JSON.stringify(mention.text)} differs from its range`);
      }
      if (!entityIds.has(mention.id)) problems.add(`entity mention in ${path}: id ${mention.id} is no entity`);
    }
  }
  for (const [path, claims] of results.figureClaims) {
    const figures = analyses.get(path)?.figures;
    if (!figures || claims.length !== figures.length) problems.add(`figureClaims of ${path}: ${claims.length} entries for ${figures?.length ?? 'no'} figures`);
    for (const id of claims) if (id !== null && !claimIds.has(id)) problems.add(`figureClaims of ${path}: ${id} is no claim`);
  }
  for (const [path, month] of results.months) if (!/^\d{4}-\d{2}$/.test(month)) problems.add(`month of ${path}: ${JSON.stringify(month)}`);
  return problems.list;
}

/** Corpus results as plain, order-independent data, for comparing two corpora. */
export function comparableResults(results: CorpusResults): unknown {
  const sortedEntries = <V>(map: ReadonlyMap<string, V>) => [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    claims: results.claims, findings: results.findings, entities: results.entities,
    entityMentions: sortedEntries(new Map(results.entityMentions.entries())), figureClaims: sortedEntries(results.figureClaims), months: sortedEntries(results.months),
  };
}
