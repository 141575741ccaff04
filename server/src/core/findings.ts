/** Rules that turn claims and paired expressions into findings: conflicting figures and inconsistent conversions. */
import type { ClaimMentionRecord, ClaimRecord } from './claims/index';
import type { CrosscheckConfig, SeverityName } from './config';
import type { DocumentAnalysis } from './analyze';
import type { Figure } from './types';
import { rateBetween } from './fx/index';
import { describeValue, flat, formatNumber, rewriteFigure } from './format';

/** A text edit that fixes a finding, on the finding's own document. */
export interface FindingFix { title: string; start: number; end: number; newText: string; preferred: boolean }

/** A location related to a finding. */
export interface RelatedLocation { path: string; start: number; end: number; message: string }

/** One finding, ready for the CLI and the language server. */
export interface Finding {
  code: 'conflicting-figure' | 'inconsistent-conversion';
  severity: Exclude<SeverityName, 'off'>;
  message: string;
  path: string;
  start: number;
  end: number;
  related: RelatedLocation[];
  fixes: FindingFix[];
  /** For conflicts: what "mark as reviewed" records. */
  review: { claim: string; values: string[] } | null;
}

/** What the findings rules read about each document. */
export interface FindingSource { path: string; month: string; analysis: DocumentAnalysis }

const WARNING_DRIFT = 0.25;
/** How many other mentions one diagnostic points at, shared out among the values it names. */
const MAX_RELATED = 8;
const MAX_LISTED_SOURCES = 5;
/**
 * How many other values one diagnostic names, largest first: a claim stated by a thousand sources can have dozens
 * of values, and each source's diagnostic would otherwise list them all and change whenever any of them changes.
 */
const MAX_OTHER_VALUES = 3;

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function severityFor(config: CrosscheckConfig, code: Finding['code'], fallback: Finding['severity']): Finding['severity'] | null {
  const configured = config.severity[code];
  if (configured === 'off') return null;
  return configured ?? fallback;
}

/** The distinct values of a conflict, as recorded when it is marked reviewed. */
export function reviewValues(claim: ClaimRecord): string[] {
  // Many mentions repeat a value: each distinct value and unit is described once.
  const described = new Map<string, Set<number>>();
  const values = new Set<string>();
  for (const mention of claim.mentions) {
    const seen = described.get(mention.unit) ?? described.set(mention.unit, new Set()).get(mention.unit)!;
    if (seen.has(mention.value)) continue;
    seen.add(mention.value);
    values.add(describeValue(mention.value, mention.unit));
  }
  return [...values].sort();
}

/** Whether a conflict is marked reviewed in the configuration with exactly its current values. */
export function isReviewed(claim: ClaimRecord, config: CrosscheckConfig): boolean {
  if (!config.reviewed.some((entry) => entry.claim === claim.id)) return false;
  const values = reviewValues(claim).join('\n');
  return config.reviewed.some((entry) => entry.claim === claim.id && [...entry.values].sort().join('\n') === values);
}

/** One document of a value group: its first mention, and its first expression in each unit. */
interface GroupDocument {
  mention: ClaimMentionRecord;
  /** The first mention's first expression comes first. */
  figures: Figure[];
  /** What the other documents' findings say of it, built once for all of them. */
  says: string | null;
}

/** One value group of a claim, precomputed once: per document, its first mention and its expressions by unit. */
interface ValueGroup {
  index: number;
  documents: Map<string, GroupDocument>;
  /** The documents' paths, in the order they were met. */
  paths: string[];
  /** The group as every document outside it sees it, once one has asked. */
  outside: OtherGroup | null;
}

/** A group as one document sees it: how many other documents state that value, the first few of them, and their names. */
interface OtherGroup { group: ValueGroup; count: number; entries: GroupDocument[]; listed: string }

function valueGroupsOf(claim: ClaimRecord, sources: ReadonlyMap<string, FindingSource>): ValueGroup[] {
  const groups = claim.groupSources.map((_, index): ValueGroup => ({ index, documents: new Map(), paths: [], outside: null }));
  for (const mention of claim.mentions) {
    const group = groups[mention.group]!;
    let entry = group.documents.get(mention.path);
    if (!entry) {
      entry = { mention, figures: [], says: null };
      group.documents.set(mention.path, entry);
      group.paths.push(mention.path);
    }
    const figures = sources.get(mention.path)!.analysis.figures;
    for (const index of mention.figures) {
      const figure = figures[index]!;
      if (!entry.figures.some((other) => other.unit === figure.unit)) entry.figures.push(figure);
    }
  }
  return groups;
}

/** The first expression in `unit` among documents of a group, in order, if any. */
function firstInUnit(entries: readonly GroupDocument[], unit: string): Figure | null {
  for (const entry of entries) {
    const figure = entry.figures.find((other) => other.unit === unit);
    if (figure) return figure;
  }
  return null;
}

function listPaths(firstPaths: readonly string[], count: number): string {
  const shown = firstPaths.slice(0, MAX_LISTED_SOURCES).map(basename).join(', ');
  return count > MAX_LISTED_SOURCES ? `${shown} and ${count - MAX_LISTED_SOURCES} more` : shown;
}

/** A group as seen from one document (which may be outside it): the others, and the first few of them. */
function seenFrom(group: ValueGroup, path: string): OtherGroup {
  const wanted = Math.max(MAX_LISTED_SOURCES, MAX_RELATED);
  const count = group.paths.length - (group.documents.has(path) ? 1 : 0);
  const firstPaths = group.paths.slice(0, wanted + 1).filter((other) => other !== path).slice(0, wanted);
  return { group, count, entries: firstPaths.map((other) => group.documents.get(other)!), listed: listPaths(firstPaths, count) };
}

/**
 * The groups other than a mention's own, as its document sees them (without itself), largest first; at most
 * MAX_OTHER_VALUES of them, and how many more there are. Linear in the number of groups, whatever their size.
 */
function otherGroupsOf(groups: readonly ValueGroup[], mention: ClaimMentionRecord): { shown: OtherGroup[]; hidden: number } {
  const shown: OtherGroup[] = [];
  let hidden = 0;
  for (const group of groups) {
    if (group.index === mention.group) continue;
    const mine = group.documents.has(mention.path);
    if (mine && group.paths.length === 1) continue;
    if (shown.length === MAX_OTHER_VALUES) hidden++;
    // Every document outside a group sees it alike: that view is built once.
    else shown.push(mine ? seenFrom(group, mention.path) : (group.outside ??= seenFrom(group, mention.path)));
  }
  return { shown, hidden };
}

/**
 * The value group most of a claim's sources state, if one does: its mentions are the ones the others are checked
 * against, and are not flagged themselves.
 */
function majorityGroup(claim: ClaimRecord): number | null {
  if (claim.consensus === null) return null;
  const sources = new Set(claim.mentions.map((mention) => mention.path)).size;
  return claim.groupSources[claim.consensus]! * 2 > sources ? claim.consensus : null;
}

/**
 * Findings for every conflicting claim that is not marked reviewed: on every mention that departs from the value
 * most sources state, or on every mention when no value has a majority. Where a majority agrees, the sources that
 * agree are not flagged: a figure a thousand articles confirm is not the one to fix, and flagging it there would
 * repeat one outlier's warning in every one of them.
 */
export function conflictFindings(claims: readonly ClaimRecord[], sources: ReadonlyMap<string, FindingSource>, config: CrosscheckConfig): Finding[] {
  const severity = severityFor(config, 'conflicting-figure', 'warning');
  if (!severity) return [];
  const findings: Finding[] = [];
  for (const claim of claims) {
    if (claim.status !== 'conflict' || isReviewed(claim, config)) continue;
    const review = { claim: claim.id, values: reviewValues(claim) };
    const groups = valueGroupsOf(claim, sources).sort((a, b) => b.documents.size - a.documents.size);
    const majority = majorityGroup(claim);
    for (const mention of claim.mentions) {
      if (mention.group === majority) continue;
      const source = sources.get(mention.path)!;
      const { shown: otherGroups, hidden } = otherGroupsOf(groups, mention);
      if (otherGroups.length === 0) continue;
      for (const figureIndex of mention.figures) {
        const figure = source.analysis.figures[figureIndex]!;
        const summaries: string[] = [];
        const related: RelatedLocation[] = [];
        const fixes: FindingFix[] = [];
        for (const { group, count, entries, listed } of otherGroups) {
          const sameUnit = firstInUnit(entries, figure.unit);
          const shown = sameUnit ?? entries[0]!.figures[0]!;
          summaries.push(`${count} other source${count === 1 ? ' says' : 's say'} ${shown.text} (${listed})`);
          for (const entry of entries.slice(0, Math.ceil(MAX_RELATED / otherGroups.length))) {
            const { path, start, end } = entry.mention;
            entry.says ??= flat`${basename(path)} says ${entry.figures[0]!.text}`;
            related.push({ path, start, end, message: entry.says });
          }
          const replacement = replacementValue(figure, sameUnit?.value ?? null, entries[0]!.mention, source, sources);
          if (replacement !== null) {
            const newText = rewriteFigure(figure, replacement);
            if (newText !== figure.text) {
              fixes.push({
                title: flat`Use ${newText} as in ${count} other source${count === 1 ? '' : 's'}`, start: figure.start, end: figure.end,
                newText, preferred: claim.consensus === group.index,
              });
            }
          }
        }
        findings.push({
          code: 'conflicting-figure', severity,
          message: flat`Sources disagree on ${claim.label}: this source says ${figure.text}; ${summaries.join('; ')}${hidden > 0 ? `; and ${hidden} more value${hidden === 1 ? '' : 's'}` : ''}.`,
          path: mention.path, start: figure.start, end: figure.end, related, fixes, review,
        });
      }
    }
  }
  return findings;
}

function replacementValue(figure: Figure, sameUnitValue: number | null, other: { path: string; value: number; unit: string }, source: FindingSource, sources: ReadonlyMap<string, FindingSource>): number | null {
  if (sameUnitValue !== null) return sameUnitValue;
  const otherSource = sources.get(other.path)!;
  const applied = rateBetween(other.unit, figure.unit, otherSource.month ?? source.month);
  return applied ? other.value * applied.rate : null;
}

/** Findings for paired expressions ("2 trillion won (approx Rs 12,000 cr)") whose implied rate is off. */
export function conversionFindings(source: FindingSource, config: CrosscheckConfig): Finding[] {
  const findings: Finding[] = [];
  for (const mention of source.analysis.mentions) {
    if (mention.figures.length < 2) continue;
    const primary = source.analysis.figures[mention.figures[0]!]!;
    const secondary = source.analysis.figures[mention.figures[1]!]!;
    const applied = rateBetween(primary.unit, secondary.unit, source.month, config.rates);
    if (!applied || primary.value === 0) continue;
    const expectedLow = primary.low * applied.rate;
    const expectedHigh = primary.high * applied.rate;
    if (secondary.high >= expectedLow && secondary.low <= expectedHigh) continue;
    const implied = secondary.value / primary.value;
    const drift = implied / applied.rate - 1;
    const severity = severityFor(config, 'inconsistent-conversion', Math.abs(drift) > WARNING_DRIFT ? 'warning' : 'information');
    if (!severity) continue;
    const expected = primary.value * applied.rate;
    const newText = rewriteFigure(secondary, expected);
    const rateText = primary.unit === secondary.unit ? 'the same currency' : `1 ${primary.unit} = ${formatNumber(applied.rate, false, 4)} ${secondary.unit} in ${applied.month}`;
    findings.push({
      code: 'inconsistent-conversion', severity,
      message: flat`${secondary.text} does not match ${primary.text}: the text implies 1 ${primary.unit} = ${formatNumber(implied, false, 4)} ${secondary.unit}, but ${rateText} (off by ${drift > 0 ? '+' : ''}${Math.round(drift * 100)}%).`,
      path: source.path, start: secondary.start, end: secondary.end,
      related: [{ path: source.path, start: primary.start, end: primary.end, message: flat`the amount being converted: ${primary.text}` }],
      fixes: newText === secondary.text ? [] : [{ title: flat`Use ${newText} (converted at ${applied.month} rate)`, start: secondary.start, end: secondary.end, newText, preferred: true }],
      review: null,
    });
  }
  return findings;
}
