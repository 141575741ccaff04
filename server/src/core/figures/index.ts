/** Recognises every figure in a document: money, quantities, percentages, durations, dates and ordinals. */
import type { Figure, FigureKind, QualifierClass } from '../types';
import type { Token } from './tokens';
import { readCurrencyAfter, readCurrencyBefore } from './currency';
import { readDate } from './dates';
import {
  CURRENCY_CODES, CURRENCY_PREFIX_WORDS, DOLLAR_PREFIXES, DURATION_UNITS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, PEOPLE_NOUNS,
  PHRASE_STOP_WORDS, QUALIFIERS, SCALE_WORDS, TALLY_WORDS,
} from './lexicon';
import { readNumber, type NumberExpression } from './numbers';

export { tokenize, type Token } from './tokens';

/** The largest share of a value that its stated precision may add on either side. */
const MAX_PRECISION_SHARE = 0.05;
const APPROXIMATE_SHARE = 0.05;
const CEILING_FLOOR_SHARE = 0.5;

const PERIOD_PREPOSITIONS = new Set(['over', 'in', 'within', 'during', 'for', 'across', 'through']);
const PERIOD_DIRECTIONS = new Map<string, 'future' | 'past'>([
  ['next', 'future'], ['coming', 'future'], ['following', 'future'], ['past', 'past'], ['last', 'past'], ['previous', 'past'],
]);
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

interface Draft {
  firstToken: number;
  nextToken: number;
  kind: FigureKind;
  value: number;
  unit: string;
  number: NumberExpression | null;
  noun: string | null;
  direction: 'future' | 'past' | null;
  iso: string | null;
  qualifiable: boolean;
}

/** Widens a value into the interval a reader would accept, from its precision, range and qualifier. */
export function intervalOf(value: number, step: number, qualifier: QualifierClass | null, rangeLow: number | null = null, rangeHigh: number | null = null): [number, number] {
  const half = Math.min(step / 2, Math.abs(value) * MAX_PRECISION_SHARE);
  let low = (rangeLow ?? value) - half;
  let high = (rangeHigh ?? value) + half;
  switch (qualifier) {
    case 'approximate':
      low = Math.min(low, value * (1 - APPROXIMATE_SHARE));
      high = Math.max(high, value * (1 + APPROXIMATE_SHARE));
      break;
    case 'nearly':
      low = Math.min(low, value * (1 - APPROXIMATE_SHARE));
      break;
    case 'at-least':
      high = Number.POSITIVE_INFINITY;
      break;
    case 'at-most':
    case 'below':
      low = Math.min(low, value * CEILING_FLOOR_SHARE);
      break;
  }
  return [low, high];
}

/** Qualifier phrases split into words once, grouped by their last word for a single lookup per figure. */
const QUALIFIERS_BY_LAST_WORD = new Map<string, Array<{ phrase: string; words: string[]; qualifierClass: QualifierClass }>>();
for (const [phrase, qualifierClass] of QUALIFIERS) {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  (QUALIFIERS_BY_LAST_WORD.get(last) ?? QUALIFIERS_BY_LAST_WORD.set(last, []).get(last)!).push({ phrase, words, qualifierClass });
}

function readQualifier(tokens: readonly Token[], first: number): { text: string; qualifierClass: QualifierClass } | null {
  const end = tokens[first - 1]?.text === '.' && tokens[first - 2]?.lower === 'approx' ? first - 2 : first - 1;
  const candidates = QUALIFIERS_BY_LAST_WORD.get(tokens[end]?.lower ?? '');
  if (!candidates) return null;
  for (const { phrase, words, qualifierClass } of candidates) {
    let k = end;
    let matched = true;
    for (let w = words.length - 1; w >= 0; w--, k--) {
      if (tokens[k]?.lower !== words[w] || tokens[k]!.type !== 'word') {
        matched = false;
        break;
      }
    }
    if (matched) return { text: phrase, qualifierClass };
  }
  return null;
}

function isAttachedToWord(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const previous = tokens[i - 1];
  if (!previous || token.spaced) return false;
  if (previous.type === 'word' || previous.type === 'num') return true;
  if (previous.text === '-' || previous.text === '.' || previous.text === '/') {
    const before = tokens[i - 2];
    return !!before && !previous.spaced && (before.type === 'word' || before.type === 'num');
  }
  return previous.text === ':';
}

function hasStrayAttachment(tokens: readonly Token[], number: NumberExpression): boolean {
  const after = tokens[number.next];
  if (!after || after.spaced) return false;
  if (after.type === 'word') return true;
  return after.text === ':' || (after.text === '.' && tokens[number.next + 1]?.type === 'num' && !tokens[number.next + 1]!.spaced);
}

function readPeriodStart(tokens: readonly Token[], first: number): { first: number; direction: 'future' | 'past' | null } {
  let k = first - 1;
  let direction: 'future' | 'past' | null = null;
  const directionWord = PERIOD_DIRECTIONS.get(tokens[k]?.lower ?? '');
  if (directionWord) {
    direction = directionWord;
    k--;
  }
  if (tokens[k]?.lower === 'the') k--;
  if (PERIOD_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
    return { first: k, direction };
  }
  return { first, direction: null };
}

const VERB_FORM = /(ed|ing)$/;

const OLDEST_AGE = 120;

/** An age in apposition after a name ("Ghulam Mustafa, 54, a farmer"). */
function isAge(tokens: readonly Token[], number: NumberExpression): boolean {
  if (number.next !== number.first + 1 || tokens[number.first]!.type !== 'num' || !Number.isInteger(number.value) || number.value > OLDEST_AGE) return false;
  const before = tokens[number.first - 1];
  const name = tokens[number.first - 2];
  const after = tokens[number.next];
  const capitalised = !!name && name.type === 'word' && /^\p{Lu}/u.test(name.text);
  return before?.text === ',' && capitalised && (after?.text === ',' || after?.text === '.');
}

/** Modifiers that may open a counted noun phrase ("5,000 more personnel", "200 additional staff"). */
const COUNT_MODIFIERS = new Set(['more', 'additional', 'extra', 'fewer', 'other']);

function readCountedNoun(tokens: readonly Token[], start: number): string | null {
  let noun: string | null = null;
  const next = COUNT_MODIFIERS.has(tokens[start]?.lower ?? '') && tokens[start + 1]?.type === 'word' ? start + 1 : start;
  for (let k = next; k < next + 3; k++) {
    const token = tokens[k];
    if (!token || token.type !== 'word' || token.newline || (k > next && !token.spaced)) break;
    if (PHRASE_STOP_WORDS.has(token.lower) || MONTHS.has(token.lower) || SCALE_WORDS.has(token.lower)) break;
    if (k > next && VERB_FORM.test(token.lower) && !PEOPLE_NOUNS.has(token.lower)) break;
    noun = token.text;
    if (tokens[k + 1]?.type !== 'word') break;
  }
  if (noun && VERB_FORM.test(noun.toLowerCase()) && !PEOPLE_NOUNS.has(noun.toLowerCase())) return null;
  return noun;
}

const TALLY_REACH = 12;
/** Punctuation a tally word may stand behind ("killed in Pakistan's floods climbed to 402"). */
const TALLY_SKIPPABLE = new Set([',', "'", '-']);

/** A tally word shortly before a bare number ("the death toll rose to 241"), if any. */
function tallyBefore(tokens: readonly Token[], first: number): string | null {
  for (let k = first - 1; k >= Math.max(0, first - TALLY_REACH); k--) {
    const token = tokens[k]!;
    if (tokens[k + 1]!.newline || (token.type !== 'word' && token.type !== 'num' && !TALLY_SKIPPABLE.has(token.text))) break;
    if (TALLY_WORDS.has(token.lower)) return token.lower;
  }
  return null;
}

function unitOfNoun(noun: string): string {
  const lower = noun.toLowerCase();
  if (PEOPLE_NOUNS.has(lower)) return 'people';
  if (/^[A-Z][a-z]+(ians|ans|ese|ers)$/.test(noun)) return 'people';
  return 'count';
}

function readDecade(tokens: readonly Token[], i: number): Draft | null {
  const token = tokens[i]!;
  if (token.lower !== 'a' && token.lower !== 'the') return null;
  let k = i + 1;
  const direction = PERIOD_DIRECTIONS.get(tokens[k]?.lower ?? '') ?? null;
  if (direction) k++;
  if (tokens[k]?.lower !== 'decade') return null;
  if (token.lower === 'the' && !direction) return null;
  const period = readPeriodStart(tokens, k);
  return {
    firstToken: Math.min(i, period.first), nextToken: k + 1, kind: 'duration', value: 10, unit: 'years', number: null, noun: null, direction,
    iso: null, qualifiable: false,
  };
}

function afterNumber(tokens: readonly Token[], number: NumberExpression): Draft | null {
  const next = tokens[number.next];
  // Every draft is built whole, in one shape: spreading a shared base made each a differently shaped, slow object.
  const measured = (nextToken: number, kind: FigureKind, unit: string, noun: string | null = null, qualifiable = true): Draft => ({
    firstToken: number.first, nextToken, kind, value: number.value, unit, number, noun, direction: null, iso: null, qualifiable,
  });
  if (next?.text === '%') return measured(number.next + 1, 'percent', 'percent');
  if (next?.lower === 'per' && tokens[number.next + 1]?.lower === 'cent') return measured(number.next + 2, 'percent', 'percent');
  if (next?.lower === 'percent') return measured(number.next + 1, 'percent', 'percent');
  if (next?.lower === 'percentage' && tokens[number.next + 1]?.lower === 'points') return measured(number.next + 2, 'percent', 'points');
  const currency = readCurrencyAfter(tokens, number.next, number.value);
  if (currency) return measured(currency.next, 'money', currency.code);
  let unitIndex = number.next;
  if (next?.text === '-' && !next.spaced && tokens[unitIndex + 1] && !tokens[unitIndex + 1]!.spaced) unitIndex++;
  const duration = DURATION_UNITS.get(tokens[unitIndex]?.lower ?? '');
  if (duration && number.scale === 1) {
    if (tokens[unitIndex + 1]?.text === '-' && tokens[unitIndex + 2]?.lower === 'old') {
      return measured(unitIndex + 3, 'duration', 'years', null, false);
    }
    const period = readPeriodStart(tokens, number.first);
    return {
      firstToken: period.first, nextToken: unitIndex + 1, kind: 'duration', value: number.value * duration.factor, unit: duration.unit,
      number, noun: null, direction: period.direction, iso: null, qualifiable: period.first === number.first,
    };
  }
  if (next?.text === '-' && !next.spaced && tokens[number.next + 1]?.type === 'word' && !tokens[number.next + 1]!.spaced) {
    const compound = tokens[number.next + 1]!;
    if (!PHRASE_STOP_WORDS.has(compound.lower) && !VERB_FORM.test(compound.lower)) {
      return measured(number.next + 2, 'quantity', unitOfNoun(compound.text), compound.text);
    }
  }
  if (hasStrayAttachment(tokens, number)) return null;
  if (isAge(tokens, number)) return measured(number.next, 'duration', 'years', null, false);
  const ofThe = next?.lower === 'of' ? (tokens[number.next + 1]?.lower === 'the' ? number.next + 2 : number.next + 1) : -1;
  const noun = readCountedNoun(tokens, number.next) ?? (ofThe > 0 ? readCountedNoun(tokens, ofThe) : null);
  if (noun) return measured(number.next, 'quantity', unitOfNoun(noun), noun);
  const tally = tallyBefore(tokens, number.first);
  if (tally) return measured(number.next, 'quantity', 'people', tally);
  return null;
}

/** Words that carry a count's noun over to a bare number that follows ("rose to 241 from 112", "420,000, up from 85,000"). */
const CONTINUATIONS = new Set(['from', 'to', 'than', 'and', 'or', 'versus', 'vs']);
const CONTINUATION_REACH = 12;

/** A bare number continuing the previous count in the same line takes its noun ("up from roughly 85,000"). */
function continuedCount(tokens: readonly Token[], number: NumberExpression, previous: Draft | null): Draft | null {
  if (!previous || previous.kind !== 'quantity' || number.first - previous.nextToken > CONTINUATION_REACH) return null;
  let k = number.first - 1;
  while (k >= 0 && tokens[k]!.type === 'word' && QUALIFIER_WORDS.has(tokens[k]!.lower)) k--;
  if (!CONTINUATIONS.has(tokens[k]?.lower ?? '')) return null;
  for (let between = previous.nextToken; between < number.first; between++) if (tokens[between]!.newline || tokens[between]!.text === '.') return null;
  return {
    firstToken: number.first, nextToken: number.next, kind: 'quantity', value: number.value, unit: previous.unit, number, noun: previous.noun,
    direction: null, iso: null, qualifiable: true,
  };
}

/** Every word that appears in a qualifier phrase ("roughly", "more", "than"...). */
const QUALIFIER_WORDS = new Set(QUALIFIERS.flatMap(([phrase]) => phrase.split(' ')).filter((word) => !CONTINUATIONS.has(word)));

/** Lower-case words that can open a figure; any other word is skipped without trying the grammar. */
const OPENING_WORDS = new Set([
  ...MONTHS.keys(), ...NUMBER_WORDS.keys(), ...ORDINAL_WORDS.keys(), ...CURRENCY_PREFIX_WORDS.keys(), ...DOLLAR_PREFIXES.keys(),
  ...[...CURRENCY_CODES].map((code) => code.toLowerCase()), 'fy', 'a', 'an', 'the', 'half',
]);

function ordinalDraft(firstToken: number, nextToken: number, value: number): Draft {
  return { firstToken, nextToken, kind: 'ordinal', value, unit: 'count', number: null, noun: null, direction: null, iso: null, qualifiable: false };
}

/** Whether a token may open a figure: a number, a symbol or one of the opening words. */
function mayOpenFigure(token: Token): boolean {
  return token.type === 'word' ? OPENING_WORDS.has(token.lower) : token.type !== 'punct';
}

/** The figure opening at token i, which mayOpenFigure allows. */
function readAt(tokens: readonly Token[], i: number, previous: Draft | null): Draft | null {
  const token = tokens[i]!;
  const date = readDate(tokens, i);
  if (date && !(token.type === 'num' && isAttachedToWord(tokens, i))) {
    return {
      firstToken: date.first, nextToken: date.next, kind: 'date', value: date.value, unit: 'date', number: null, noun: null, direction: null,
      iso: date.iso, qualifiable: false,
    };
  }
  const currency = readCurrencyBefore(tokens, i);
  if (currency) {
    const number = readNumber(tokens, currency.next);
    if (!number || (tokens[currency.next]!.spaced && tokens[currency.next]!.newline)) return null;
    const trailing = readCurrencyAfter(tokens, number.next, number.value);
    return {
      firstToken: i, nextToken: trailing && trailing.code === currency.code ? trailing.next : number.next,
      kind: 'money', value: number.value, unit: currency.code, number, noun: null, direction: null, iso: null, qualifiable: true,
    };
  }
  if (token.type === 'num') {
    if (isAttachedToWord(tokens, i)) return null;
    const suffix = tokens[i + 1];
    if (suffix && !suffix.spaced && ORDINAL_SUFFIXES.has(suffix.lower) && /^\d+$/.test(token.text)) {
      return ordinalDraft(i, i + 2, Number(token.text));
    }
  }
  if (token.type === 'word') {
    const ordinal = ORDINAL_WORDS.get(token.lower);
    if (ordinal !== undefined) {
      return ordinalDraft(i, i + 1, ordinal);
    }
    const decade = readDecade(tokens, i);
    if (decade) return decade;
  }
  const number = readNumber(tokens, i);
  if (!number) return null;
  return afterNumber(tokens, number) ?? continuedCount(tokens, number, previous);
}

/** Recognises the figures in a document from its tokens; offsets index the original text. */
export function recogniseFigures(text: string, tokens: readonly Token[]): Figure[] {
  const figures: Figure[] = [];
  let previous: Draft | null = null;
  let i = 0;
  while (i < tokens.length) {
    const draft: Draft | null = mayOpenFigure(tokens[i]!) ? readAt(tokens, i, previous) : null;
    if (!draft || draft.nextToken <= i) {
      i++;
      continue;
    }
    figures.push(finish(text, tokens, draft));
    previous = draft;
    i = draft.nextToken;
  }
  return figures;
}

function finish(text: string, tokens: readonly Token[], draft: Draft): Figure {
  const start = tokens[draft.firstToken]!.start;
  const end = tokens[draft.nextToken - 1]!.end;
  const qualifier = draft.qualifiable ? readQualifier(tokens, draft.firstToken) : null;
  const number = draft.number;
  const [low, high] = number
    ? intervalOf(draft.value, number.step, qualifier?.qualifierClass ?? null, number.rangeLow, number.rangeHigh)
    : [draft.value, draft.value];
  const numberStart = number?.numberStart ?? start;
  const numberEnd = number?.numberEnd ?? end;
  return {
    start, end, text: text.slice(start, end), kind: draft.kind, value: draft.value, unit: draft.unit, low, high,
    qualifier: qualifier?.text ?? null, qualifierClass: qualifier?.qualifierClass ?? null, noun: draft.noun,
    direction: draft.direction, iso: draft.iso, numberStart, numberEnd,
    style: draft.kind === 'money' && number
      ? { prefix: text.slice(start, numberStart), suffix: text.slice(numberEnd, end), scale: number.scale, indianGrouping: number.indianGrouping }
      : null,
  };
}
