/** Scores Crosscheck against the evaluation corpus's gold annotations and prints a table (npm run eval). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus } from '../../server/src/core/corpus';
import { projectPath } from '../support/paths';

interface GoldFigure { text: string; value: number | string; value_max?: number; unit: string; kind: string; claim: string | null }
interface GoldEntity { text: string; kind: string; group: string | null }
interface Gold { date: string | null; dateline?: string; figures: GoldFigure[]; entities: GoldEntity[] }
interface Conflict { claim: string; disagreeing: Array<{ file: string; text: string }> }
interface Event { slug: string; files: string[]; conflicts: Conflict[]; alias_groups: Array<{ id: string; forms: string[] }> }

const root = projectPath('test/eval');
const events = (JSON.parse(readFileSync(join(root, 'events.json'), 'utf8')) as { events: Event[] }).events;

const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);
function boundaryOk(s: string, i: number, j: number): boolean {
  if (isAlnum(s[i]) && ((i > 0 && isAlnum(s[i - 1])) || (isDigit(s[i]) && i >= 2 && '.,'.includes(s[i - 1]!) && isDigit(s[i - 2])))) return false;
  if (isAlnum(s[j - 1]) && ((j < s.length && isAlnum(s[j])) || (isDigit(s[j - 1]) && j + 1 < s.length && '.,'.includes(s[j]!) && isDigit(s[j + 1])))) return false;
  return true;
}

/** Places each gold text at its occurrence, in order, skipping the date line as the corpus's validator does. */
function locate(text: string, items: Array<{ text: string }>, dateline: string | undefined): Array<{ start: number; end: number }> {
  const ds = dateline ? text.indexOf(dateline) : -1;
  const de = ds >= 0 ? ds + dateline!.length : -1;
  let cursor = 0;
  return items.map((item) => {
    let i = text.indexOf(item.text, cursor);
    while (i !== -1 && (!boundaryOk(text, i, i + item.text.length) || (i < de && i + item.text.length > ds))) i = text.indexOf(item.text, i + 1);
    if (i === -1) return { start: -1, end: -1 };
    cursor = i + item.text.length;
    return { start: i, end: i + item.text.length };
  });
}

const KIND_OF_GOLD: Record<string, string> = { count: 'quantity' };
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const closeEnough = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(Math.abs(a), Math.abs(b));

const corpus = new Corpus();
const golds = new Map<string, { gold: Gold; figureSpans: Array<{ start: number; end: number }>; entitySpans: Array<{ start: number; end: number }> }>();
for (const event of events) {
  for (const file of event.files) {
    const text = readFileSync(join(root, file), 'utf8');
    const gold = JSON.parse(readFileSync(join(root, file.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
    corpus.upsert(file, text);
    golds.set(file, { gold, figureSpans: locate(text, gold.figures, gold.dateline), entitySpans: locate(text, gold.entities, gold.dateline) });
  }
}
const results = corpus.results();

let goldFigures = 0;
let recalled = 0;
let predictedMoney = 0;
let correctMoney = 0;
const missed: string[] = [];
const spurious: string[] = [];
for (const [file, { gold, figureSpans }] of golds) {
  const figures = corpus.analysis(file)!.figures;
  gold.figures.forEach((goldFigure, index) => {
    goldFigures++;
    const span = figureSpans[index]!;
    const kind = KIND_OF_GOLD[goldFigure.kind] ?? goldFigure.kind;
    const hit = figures.find((figure) => overlaps(figure, span) && figure.kind === kind && figure.unit === goldFigure.unit
      && (typeof goldFigure.value === 'string' ? figure.iso === goldFigure.value : closeEnough(figure.value, goldFigure.value_max !== undefined ? (goldFigure.value + goldFigure.value_max) / 2 : goldFigure.value)));
    if (hit) recalled++;
    else missed.push(`${file}: ${goldFigure.kind} ${JSON.stringify(goldFigure.text)} = ${goldFigure.value} ${goldFigure.unit}`);
  });
  for (const figure of figures.filter((item) => item.kind === 'money')) {
    predictedMoney++;
    const good = gold.figures.some((goldFigure, index) => goldFigure.kind === 'money' && overlaps(figure, figureSpans[index]!) && figure.unit === goldFigure.unit
      && typeof goldFigure.value === 'number' && closeEnough(figure.value, goldFigure.value_max !== undefined ? (goldFigure.value + goldFigure.value_max) / 2 : goldFigure.value));
    if (good) correctMoney++;
    else spurious.push(`${file}: money ${JSON.stringify(figure.text)} = ${figure.value} ${figure.unit}`);
  }
}

const warnings = results.findings.filter((finding) => finding.severity === 'warning' || finding.severity === 'error');
const disagreeingSpans = new Map<string, Array<{ file: string; start: number; end: number }>>();
for (const event of events) {
  for (const conflict of event.conflicts) {
    const spans = conflict.disagreeing.flatMap(({ file, text }) => {
      const content = corpus.text(file)!;
      const all: Array<{ file: string; start: number; end: number }> = [];
      for (let i = content.indexOf(text); i !== -1; i = content.indexOf(text, i + 1)) if (boundaryOk(content, i, i + text.length)) all.push({ file, start: i, end: i + text.length });
      return all;
    });
    disagreeingSpans.set(`${event.slug}/${conflict.claim}`, spans);
  }
}
let conflictsFound = 0;
const conflictsMissed: string[] = [];
for (const [key, spans] of disagreeingSpans) {
  const atDisagreeing = (finding: { path: string; start: number; end: number }) => spans.some((span) => span.file === finding.path && overlaps(span, finding));
  const found = warnings.some((finding) => atDisagreeing(finding) && (finding.code === 'inconsistent-conversion'
    || finding.related.some((related) => related.path !== finding.path)));
  if (found) conflictsFound++;
  else conflictsMissed.push(key);
}
const allDisagreeing = [...disagreeingSpans.values()].flat();
const falseAlarmClaims = new Set<string>();
const falseAlarms: string[] = [];
for (const finding of warnings) {
  const touches = (location: { path: string; start: number; end: number }) => allDisagreeing.some((span) => span.file === location.path && overlaps(span, location));
  if (touches(finding) || finding.related.some(touches)) continue;
  const key = finding.review?.claim ?? `${finding.path}:${finding.start}`;
  if (!falseAlarmClaims.has(key)) falseAlarms.push(`${finding.path}: ${finding.code} ${finding.message}`);
  falseAlarmClaims.add(key);
}

let aliasGroups = 0;
let unified = 0;
const split: string[] = [];
for (const event of events) {
  for (const group of event.alias_groups) {
    const ids = new Set<string>();
    let mentions = 0;
    const forms = new Set<string>();
    for (const file of event.files) {
      const { gold, entitySpans } = golds.get(file)!;
      const resolved = results.entityMentions.get(file) ?? [];
      gold.entities.forEach((entity, index) => {
        if (entity.group !== group.id) return;
        mentions++;
        forms.add(entity.text);
        const hit = resolved.find((mention) => overlaps(mention, entitySpans[index]!));
        ids.add(hit ? hit.id : `missing:${entity.text}`);
      });
    }
    if (forms.size < 2) continue;
    aliasGroups++;
    if (ids.size === 1 && ![...ids][0]!.startsWith('missing:')) unified++;
    else split.push(`${event.slug}/${group.id}: ${[...ids].join(' | ')}`);
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);
const rows: Array<[string, string, string]> = [
  ['figure recall', `${recalled}/${goldFigures}`, percent(recalled, goldFigures)],
  ['money precision', `${correctMoney}/${predictedMoney}`, percent(correctMoney, predictedMoney)],
  ['conflicts found', `${conflictsFound}/${disagreeingSpans.size}`, percent(conflictsFound, disagreeingSpans.size)],
  ['false alarms (claims)', `${falseAlarmClaims.size} in ${golds.size} articles`, `${((20 * falseAlarmClaims.size) / golds.size).toFixed(2)} per 20`],
  ['alias groups unified', `${unified}/${aliasGroups}`, percent(unified, aliasGroups)],
];
const verbose = process.argv.includes('--verbose');
console.log('| measure | count | score |\n|---|---|---|');
for (const [measure, count, score] of rows) console.log(`| ${measure} | ${count} | ${score} |`);
if (verbose) {
  for (const [title, lines] of [['missed figures', missed], ['spurious money', spurious], ['conflicts missed', conflictsMissed], ['false alarms', falseAlarms], ['alias groups split', split]] as const) {
    console.log(`\n## ${title} (${lines.length})`);
    for (const line of lines) console.log(`- ${line}`);
  }
}
