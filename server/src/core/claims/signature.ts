/** A figure's claim signature: what it measures, about whom, over what period, and when. */
import type { EntityMention, Figure, Span } from '../types';
import type { Token } from '../figures/tokens';
import { CLAUSE_BREAKS, COMPARISON_LEADS, CONCEPT_WORDS, FORECAST_MARKERS, GENERIC_WORDS, PARTIAL_MARKERS, PAST_MARKERS, STOCK_MARKERS } from './lexicon';
import { PHRASE_STOP_WORDS } from '../figures/lexicon';
import { countryOfPlace } from '../entities/gazetteer';

/** Everything two figures are compared on to decide whether they state the same claim. */
export interface Signature {
  /** money, percent, people, or count:<noun>. */
  dimension: string;
  /** The concept family nearest the figure, or null when the sentence names none. */
  concept: string | null;
  /** Countries the sentence names, directly or through their cities and regions, and the article's main countries. */
  places: string[];
  /** Cities and regions the sentence names. */
  localities: string[];
  /** Organisations named before the figure in its clause: whose figure it is. */
  organizations: string[];
  /** Every organisation the sentence names. */
  mentionedOrganizations: string[];
  /** For running tallies (deaths, injured...): the article's date, since tallies change from day to day. */
  asOf: string | null;
  /** True for amounts per person, family or unit ("₹5 lakh to each family"), never comparable with totals. */
  perUnit: boolean;
  /** True for interim counts ("by mid-afternoon"). */
  partial: boolean;
  /** True for forecasts and polls, never the same claim as the outcome. */
  forecast: boolean;
  /** True for stocks built up over time ("existing investment", "raised since its founding"). */
  stock: boolean;
  /** Years other than the article's own that the clause names ("by 2035"). */
  years: string[];
  /** Stems of the content words near the figure: two mentions of one claim share at least one. */
  context: string[];
  /** The period the figure covers, in years. */
  periodYears: number | null;
  past: boolean;
}

/** The sentence context a signature is read from. */
export interface SentenceContext {
  tokens: readonly Token[];
  sentence: Span;
  figures: readonly Figure[];
  entities: readonly EntityMention[];
  documentYear: number | null;
  documentDate: string | null;
  /** The countries the article is mostly about, for sentences that name none. */
  documentPlaces: readonly string[];
}

/** How often an article names each country, directly or through its cities and regions. */
export function countryCounts(entities: readonly EntityMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entity of entities) {
    if (entity.kind !== 'place' || isDateline(entity)) continue;
    const country = countryOfPlace(entity.key);
    if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

/**
 * The countries an article names most often (at least twice, or the only one it names): what its place-less sentences
 * are about. `counts` are the entities' countryCounts, for callers that have them already.
 */
export function mainCountries(entities: readonly EntityMention[], counts: ReadonlyMap<string, number> = countryCounts(entities)): string[] {
  const entries = [...counts.entries()];
  if (entries.length === 1) return [entries[0]![0]];
  const ranked = entries.filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.slice(0, 2).map(([country]) => country);
}

const RUNNING_TALLIES = new Set(['deaths', 'injured', 'displaced', 'missing']);

const WINDOW = 12;
const PER_UNIT_WORDS = new Set(['each', 'per', 'apiece', 'every', 'a head', 'monthly', 'annually', 'yearly', 'daily', 'weekly']);
const PER_UNIT_REACH = 5;
const CONTEXT_REACH = 7;
/** How far from a figure a word like "earlier" or "existing" still describes it. */
const MARKER_REACH = 12;
/** How far from a figure, in tokens, any test on its clause's words reaches: the context words, the markers, the concept. */
const LOOK_AROUND = Math.max(MARKER_REACH, CONTEXT_REACH + 1, WINDOW);
/** How many tokens either side of a figure its signature reads at most. */
const SENTENCE_WINDOW = 64;
/** Words allowed between "from" and the earlier value it introduces ("up from roughly 85,000"). */
const APPROXIMATORS = new Set(['about', 'around', 'roughly', 'nearly', 'almost', 'some', 'approximately', 'just', 'over', 'under']);
/** Words before an organisation that make it a participant, not the owner of a figure ("led by X"). */
const NOT_OWNER_BEFORE = new Set(['by', 'from', 'with', 'via', 'at', 'to', 'into', 'for']);

function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

function dimensionOf(figure: Figure): string {
  if (figure.kind === 'money') return 'money';
  if (figure.kind === 'percent') return figure.unit === 'points' ? 'points' : 'percent';
  if (figure.kind === 'duration') return `duration:${figure.unit}`;
  if (figure.unit === 'people') return 'people';
  return `count:${singular(figure.noun ?? '')}`;
}

/** "from" starts a comparison with an earlier value after a change ("rose to 318 from 241", "down from 71%"). */
function startsComparison(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.lower !== 'from') return false;
  for (let back = k - 1; back >= Math.max(0, k - 4); back--) {
    const word = tokens[back]!.lower;
    if (COMPARISON_LEADS.has(word) || (word === 'to' && tokens[back + 1]?.type === 'num')) return true;
  }
  return false;
}

function breaksClause(tokens: readonly Token[], k: number): boolean {
  return CLAUSE_BREAKS.has(tokens[k]!.lower) || startsComparison(tokens, k);
}

function clauseBounds(tokens: readonly Token[], from: number, to: number, figureToken: number): [number, number] {
  let start = from;
  for (let k = figureToken - 1; k >= from; k--) {
    if (breaksClause(tokens, k)) {
      start = k + 1;
      break;
    }
  }
  let end = to;
  for (let k = figureToken + 1; k < to; k++) {
    if (breaksClause(tokens, k) || tokens[k]!.lower === 'than') {
      end = tokens[k]!.lower === 'from' ? k - 1 : k;
      break;
    }
  }
  return [start, end];
}

/** Suffixes a stem drops, by their last letter, longest first: a word loses the longest it ends with. */
const STEM_SUFFIXES = new Map([
  ['s', ['ations', 'ments', 'ies', 'es', 's']], ['n', ['ation']], ['t', ['ment']], ['g', ['ing']], ['d', ['ed']], ['e', ['e']],
]);

/** A crude stem of a lower-case word: common suffixes removed, cut to five letters ("valuation" and "valuing" meet). */
function stem(lower: string): string {
  const suffix = STEM_SUFFIXES.get(lower[lower.length - 1] ?? '')?.find((ending) => lower.endsWith(ending));
  return lower.slice(0, Math.min(5, lower.length - (suffix?.length ?? 0)));
}

/**
 * Stems already made, by word: the words near figures recur from article to article, and every analysis keeps its
 * signatures' stems, so each is made and stored once. Emptied when full, which bounds it whatever the vocabulary.
 */
const STEMS = new Map<string, string>();
const MAX_STEMS = 50_000;

function sharedStem(lower: string): string {
  let known = STEMS.get(lower);
  if (known === undefined) {
    if (STEMS.size >= MAX_STEMS) STEMS.clear();
    known = stem(lower);
    STEMS.set(lower, known);
  }
  return known;
}

const NOT_CONTEXT = 1;
const PARTIAL = 2;
const FORECAST = 4;
const PAST = 8;
const STOCK = 16;

/** What the words around a figure can say about it: marker bits, and the concept family a word names. */
interface WordRole { markers: number; family: string | null }

/** Every word with a role near a figure, so that each word around a figure is looked up once rather than in every list. */
const WORD_ROLES: ReadonlyMap<string, WordRole> = (() => {
  const roles = new Map<string, WordRole>();
  const roleOf = (word: string) => roles.get(word) ?? roles.set(word, { markers: 0, family: null }).get(word)!;
  const mark = (words: Iterable<string>, marker: number) => { for (const word of words) roleOf(word).markers |= marker; };
  mark(PHRASE_STOP_WORDS, NOT_CONTEXT);
  mark(GENERIC_WORDS, NOT_CONTEXT);
  mark(PARTIAL_MARKERS, PARTIAL);
  mark(FORECAST_MARKERS, FORECAST);
  mark(PAST_MARKERS, PAST);
  mark(STOCK_MARKERS, STOCK);
  for (const [word, family] of CONCEPT_WORDS) roleOf(word).family = family;
  return roles;
})();

/**
 * The concept named by the lower-case noun phrase written straight after a figure ("$6 billion investment",
 * "£12.8m in bonuses", "₹2,000 crore flood relief package"): a lexicon family if a word has one, else the head noun.
 */
function headConcept(tokens: readonly Token[], figureEnd: number, clauseEnd: number): string | null {
  let k = figureEnd;
  if (tokens[k]?.lower === 'in' || tokens[k]?.lower === 'of') {
    k++;
    if (tokens[k - 1]!.lower === 'of' && tokens[k]?.lower === 'the') k++;
  }
  const words: string[] = [];
  for (let n = 0; n < 3 && k < clauseEnd; n++, k++) {
    const token = tokens[k]!;
    const acronym = token.text.length > 1 && token.text === token.text.toUpperCase();
    if (token.type !== 'word' || (token.casing !== 'lower' && !acronym) || PHRASE_STOP_WORDS.has(token.lower) || GENERIC_WORDS.has(token.lower)) break;
    words.push(token.lower);
  }
  if (words.length === 0) return null;
  for (let index = words.length - 1; index >= 0; index--) {
    const family = CONCEPT_WORDS.get(words[index]!);
    if (family) return family;
  }
  return words[words.length - 1]!;
}

/** The index of the first span (sorted by start) that starts at or after an offset. */
function firstAtOrAfter(spans: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}


/** Capitals-only city names open wire copy ("LONDON —"): where the reporter was, not what the figure is about. */
function isDateline(place: EntityMention): boolean {
  return place.text.length > 3 && place.text === place.text.toUpperCase() && countryOfPlace(place.key) !== place.key;
}

/** A concept word followed by "of" and a number names that number ("at a valuation of $2 billion"). */
function introducesAnotherFigure(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.lower !== 'of') return false;
  const next = tokens[k + 2];
  const afterNext = tokens[k + 3];
  return !!next && (next.type === 'num' || next.type === 'sym' || (next.type === 'word' && afterNext?.type === 'num'));
}

/**
 * The empty list every signature with nothing of a kind shares: most have no localities, organisations or years, and
 * each analysis is kept for as long as its document is open. Frozen, so that no reader can change another's list.
 */
const NONE: string[] = Object.freeze([]) as unknown as string[];

/**
 * A list of distinct strings collected one by one, and its sorted form. The lists are short (a sentence's places, the
 * words near a figure), so a scan for duplicates and an insertion sort cost less than a Set and the built-in sort, which
 * both allocate.
 */
class DistinctValues {
  private values: string[] = NONE;

  add(value: string): void {
    if (this.values === NONE) this.values = [value];
    else if (!this.values.includes(value)) this.values.push(value);
  }

  /** The values in code-unit order, as Array.prototype.sort puts strings; several are copied out at their exact size, to be kept. */
  sorted(): string[] {
    const { values } = this;
    if (values.length < 2) return values;
    for (let i = 1; i < values.length; i++) {
      const value = values[i]!;
      let k = i;
      for (; k > 0 && values[k - 1]! > value; k--) values[k] = values[k - 1]!;
      values[k] = value;
    }
    return values.slice();
  }
}

/** Reads the signature of a claimable figure from its sentence. */
export function signatureOf(figure: Figure, context: SentenceContext): Signature {
  const { tokens } = context;
  const figureToken = firstAtOrAfter(tokens, figure.start);
  const figureEnd = firstAtOrAfter(tokens, figure.end);
  // A sentence can be a whole file with no full stop; reading a window around the figure keeps the work linear.
  const from = Math.max(firstAtOrAfter(tokens, context.sentence.start), figureToken - SENTENCE_WINDOW);
  const to = Math.min(firstAtOrAfter(tokens, context.sentence.end), figureEnd + SENTENCE_WINDOW);
  const sentence = { start: tokens[from]?.start ?? context.sentence.start, end: tokens[to - 1]?.end ?? context.sentence.end };
  const [clauseStart, clauseEnd] = clauseBounds(tokens, from, to, figureToken);

  let concept: string | null = null;
  let perUnitAfter = false;
  let bestDistance = Number.POSITIVE_INFINITY;
  let past = false;
  let partial = false;
  let forecast = false;
  let stock = false;
  const years = new DistinctValues();
  const contextWords = new DistinctValues();
  for (let k = Math.max(clauseStart, figureToken - LOOK_AROUND); k < Math.min(clauseEnd, figureEnd + LOOK_AROUND); k++) {
    const token = tokens[k]!;
    if (k >= figureToken && k < figureEnd) continue;
    const role = WORD_ROLES.get(token.lower);
    if (token.type === 'word' && token.text.length >= 3 && Math.abs(k - figureToken) <= CONTEXT_REACH
      && (role === undefined || (role.markers & NOT_CONTEXT) === 0)) contextWords.add(sharedStem(token.lower));
    const near = k >= figureToken - MARKER_REACH && k < figureEnd + MARKER_REACH;
    if (near && role !== undefined) {
      if (role.markers & PARTIAL) partial = true;
      if (role.markers & FORECAST) forecast = true;
      if (role.markers & PAST) past = true;
      if (role.markers & STOCK) stock = true;
    }
    if (near && token.type === 'num' && /^(19|20)\d\d$/.test(token.text) && !token.text.startsWith(String(context.documentYear))) years.add(token.text);
    if (near && ((token.lower === 'so' && tokens[k + 1]?.lower === 'far') || (token.lower === 'to' && tokens[k + 1]?.lower === 'date'))) stock = true;
    if (token.lower === 'a' && (tokens[k + 1]?.lower === 'year' || tokens[k + 1]?.lower === 'month') && k === figureEnd) perUnitAfter = true;
    const family = role?.family;
    if (family && !(k >= figureEnd && introducesAnotherFigure(tokens, k))) {
      const distance = k < figureToken ? figureToken - k + 0.5 : k - figureEnd + 1;
      if (distance < bestDistance && distance <= WINDOW) {
        bestDistance = distance;
        concept = family;
      }
    }
  }
  const head = headConcept(tokens, figureEnd, clauseEnd);
  if (head && figure.kind !== 'quantity') {
    concept = head;
    // A noun written right after the figure says what it measures as surely as any shared context word.
    contextWords.add(`#${head}`);
  }
  if (figure.kind === 'quantity' && figure.noun) {
    const nounFamily = CONCEPT_WORDS.get(figure.noun.toLowerCase());
    if (nounFamily) {
      concept = nounFamily;
    }
  }

  let before = figureToken - 1;
  while (before > from && tokens[before]!.type === 'word' && APPROXIMATORS.has(tokens[before]!.lower)) before--;
  if (before >= from && startsComparison(tokens, before)) past = true;
  let perUnit = perUnitAfter;
  for (let k = figureEnd; k < Math.min(clauseEnd, figureEnd + PER_UNIT_REACH); k++) if (PER_UNIT_WORDS.has(tokens[k]!.lower)) perUnit = true;
  if (tokens[figureToken - 1]?.lower === 'per' || tokens[figureToken - 2]?.lower === 'per') perUnit = true;

  let periodYears: number | null = null;
  let periodDistance = Number.POSITIVE_INFINITY;
  for (let index = firstAtOrAfter(context.figures, sentence.start); index < context.figures.length; index++) {
    const other = context.figures[index]!;
    if (other.start >= sentence.end) break;
    if (other.start < sentence.start || other.end > sentence.end) continue;
    if (other !== figure && other.kind === 'duration' && (other.unit === 'years' || other.unit === 'months')) {
      const distance = Math.abs(other.start - figure.start);
      if (distance < periodDistance) {
        periodDistance = distance;
        periodYears = other.unit === 'years' ? other.value : other.value / 12;
        if (other.direction === 'past') past = true;
      }
    }
    const nearStart = tokens[Math.max(clauseStart, figureToken - MARKER_REACH)]?.start ?? sentence.start;
    const nearEnd = tokens[Math.min(clauseEnd, figureEnd + MARKER_REACH) - 1]?.end ?? sentence.end;
    const inClause = other.start >= nearStart && other.end <= nearEnd;
    if (inClause && other.kind === 'date' && context.documentYear !== null && other.iso && /^\d{4}/.test(other.iso)) {
      if (Number(other.iso.slice(0, 4)) < context.documentYear) past = true;
    }
  }

  const places = new DistinctValues();
  const localities = new DistinctValues();
  const organizations = new DistinctValues();
  const mentionedOrganizations = new DistinctValues();
  const clauseStartOffset = tokens[clauseStart]?.start ?? sentence.start;
  for (let index = firstAtOrAfter(context.entities, sentence.start); index < context.entities.length; index++) {
    const entity = context.entities[index]!;
    if (entity.start >= sentence.end) break;
    if (entity.start < sentence.start || entity.end > sentence.end) continue;
    if (entity.kind === 'place') {
      if (isDateline(entity)) continue;
      const country = countryOfPlace(entity.key);
      if (country) places.add(country);
      if (country !== entity.key) localities.add(entity.key);
    } else if (entity.kind === 'organization' && !entity.nested) {
      mentionedOrganizations.add(entity.key);
    }
    if (entity.kind === 'organization' && entity.start >= clauseStartOffset && entity.end <= figure.start
      && !NOT_OWNER_BEFORE.has(tokens[firstAtOrAfter(tokens, entity.start) - 1]?.lower ?? '')) {
      organizations.add(entity.key);
    }
  }
  for (const place of context.documentPlaces) places.add(place);
  return {
    dimension: dimensionOf(figure), concept, places: places.sorted(), localities: localities.sorted(),
    organizations: organizations.sorted(), mentionedOrganizations: mentionedOrganizations.sorted(), asOf: concept !== null && RUNNING_TALLIES.has(concept) ? context.documentDate : null, perUnit, partial, forecast, stock,
    years: years.sorted(), context: contextWords.sorted(),
    periodYears, past,
  };
}
