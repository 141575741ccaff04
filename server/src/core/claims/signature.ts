/** A figure's claim signature: what it measures, about whom, over what period, and when. */
import type { EntityMention, Figure, Span } from '../types';
import type { Token } from '../figures/tokens';
import { CLAUSE_BREAKS, CONCEPT_WORDS, PAST_MARKERS, PLAN_MARKERS } from './lexicon';
import { countryOfPlace } from '../entities/gazetteer';

/** Everything two figures are compared on to decide whether they state the same claim. */
export interface Signature {
  /** money, percent, people, or count:<noun>. */
  dimension: string;
  /** The concept family nearest the figure, or null when the sentence names none. */
  concept: string | null;
  /** The word that named the concept, as written. */
  conceptWord: string | null;
  /** Countries the sentence names, directly or through their cities and regions. */
  places: string[];
  /** Cities and regions the sentence names. */
  localities: string[];
  /** Organisations named before the figure in its clause: whose figure it is. */
  organizations: string[];
  /** For running tallies (deaths, injured...): the article's date, since tallies change from day to day. */
  asOf: string | null;
  /** The period the figure covers, in years. */
  periodYears: number | null;
  past: boolean;
  plan: boolean;
}

/** The sentence context a signature is read from. */
export interface SentenceContext {
  tokens: readonly Token[];
  sentence: Span;
  figures: readonly Figure[];
  entities: readonly EntityMention[];
  documentYear: number | null;
  documentDate: string | null;
}

const RUNNING_TALLIES = new Set(['deaths', 'injured', 'displaced', 'missing']);

const WINDOW = 12;

function singular(noun: string): string {
  const lower = noun.toLowerCase();
  if (lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

function dimensionOf(figure: Figure): string {
  if (figure.kind === 'money') return 'money';
  if (figure.kind === 'percent') return figure.unit === 'points' ? 'points' : 'percent';
  if (figure.unit === 'people') return 'people';
  return `count:${singular(figure.noun ?? '')}`;
}

function clauseBounds(tokens: readonly Token[], from: number, to: number, figureToken: number): [number, number] {
  let start = from;
  for (let k = figureToken - 1; k >= from; k--) {
    if (CLAUSE_BREAKS.has(tokens[k]!.lower)) {
      start = k + 1;
      break;
    }
  }
  let end = to;
  for (let k = figureToken + 1; k < to; k++) {
    if (CLAUSE_BREAKS.has(tokens[k]!.lower)) {
      end = k;
      break;
    }
  }
  return [start, end];
}

function lowerBound(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Reads the signature of a claimable figure from its sentence. */
export function signatureOf(figure: Figure, context: SentenceContext): Signature {
  const { tokens, sentence } = context;
  const from = lowerBound(tokens, sentence.start);
  const to = lowerBound(tokens, sentence.end);
  const figureToken = lowerBound(tokens, figure.start);
  const figureEnd = lowerBound(tokens, figure.end);
  const [clauseStart, clauseEnd] = clauseBounds(tokens, from, to, figureToken);

  let concept: string | null = null;
  let conceptWord: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let past = false;
  let plan = false;
  for (let k = clauseStart; k < clauseEnd; k++) {
    const token = tokens[k]!;
    if (k >= figureToken && k < figureEnd) continue;
    const family = CONCEPT_WORDS.get(token.lower);
    if (family) {
      const distance = k < figureToken ? figureToken - k + 0.5 : k - figureEnd + 1;
      if (distance < bestDistance && distance <= WINDOW) {
        bestDistance = distance;
        concept = family;
        conceptWord = token.text;
      }
    }
    if (PAST_MARKERS.has(token.lower)) past = true;
    if (PLAN_MARKERS.has(token.lower)) plan = true;
  }
  if (figure.kind === 'quantity' && figure.noun) {
    const nounFamily = CONCEPT_WORDS.get(figure.noun.toLowerCase());
    if (nounFamily) {
      concept = nounFamily;
      conceptWord = figure.noun;
    }
  }

  let periodYears: number | null = null;
  let periodDistance = Number.POSITIVE_INFINITY;
  for (const other of context.figures) {
    if (other.start < sentence.start || other.end > sentence.end) continue;
    if (other.kind === 'duration' && (other.unit === 'years' || other.unit === 'months')) {
      const distance = Math.abs(other.start - figure.start);
      if (distance < periodDistance) {
        periodDistance = distance;
        periodYears = other.unit === 'years' ? other.value : other.value / 12;
        if (other.direction === 'past') past = true;
      }
    }
    if (other.kind === 'date' && context.documentYear !== null && other.iso && /^\d{4}/.test(other.iso)) {
      if (Number(other.iso.slice(0, 4)) < context.documentYear) past = true;
    }
  }

  const places = new Set<string>();
  const localities = new Set<string>();
  const organizations = new Set<string>();
  const clauseStartOffset = tokens[clauseStart]?.start ?? sentence.start;
  for (const entity of context.entities) {
    if (entity.start < sentence.start || entity.end > sentence.end) continue;
    if (entity.kind === 'place') {
      const country = countryOfPlace(entity.key);
      if (country) places.add(country);
      if (country !== entity.key) localities.add(entity.key);
    } else if (entity.kind === 'organization' && entity.start >= clauseStartOffset && entity.end <= figure.start) {
      organizations.add(entity.key);
    }
  }
  return {
    dimension: dimensionOf(figure), concept, conceptWord, places: [...places].sort(), localities: [...localities].sort(),
    organizations: [...organizations].sort(), asOf: concept !== null && RUNNING_TALLIES.has(concept) ? context.documentDate : null,
    periodYears, past, plan,
  };
}
