/** Number expressions: digits with Western or Indian grouping, number words, scales and ranges. */
import type { Token } from './tokens';
import { ATTACHED_SCALES, NUMBER_WORDS, SCALE_WORDS } from './lexicon';

/** A parsed number expression spanning tokens [first, next). */
export interface NumberExpression {
  first: number;
  next: number;
  value: number;
  /** The stated precision: the value of one unit in the last significant place. */
  step: number;
  /** Offsets of the digits or words before any scale word. */
  numberStart: number;
  numberEnd: number;
  scale: number;
  indianGrouping: boolean;
  rangeLow: number | null;
  rangeHigh: number | null;
}

interface Digits { value: number; step: number; indian: boolean }

const WESTERN = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const INDIAN = /^\d{1,2}(,\d{2})*,\d{3}(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

/** Parses a digit token ("5,00,000", "22.85"); null when its grouping is not a number's. */
export function parseDigits(text: string): Digits | null {
  let indian = false;
  if (text.includes(',')) {
    if (WESTERN.test(text)) indian = false;
    else if (INDIAN.test(text)) indian = true;
    else return null;
  } else if (!PLAIN.test(text)) {
    return null;
  }
  const plain = text.replace(/,/g, '');
  const value = Number(plain);
  if (!Number.isFinite(value)) return null;
  const dot = plain.indexOf('.');
  let step: number;
  if (dot >= 0) {
    step = 10 ** -(plain.length - dot - 1);
  } else {
    let zeros = 0;
    while (zeros < plain.length - 1 && plain[plain.length - 1 - zeros] === '0') zeros++;
    step = 10 ** zeros;
  }
  return { value, step, indian };
}

function wordValue(tokens: readonly Token[], i: number): { value: number; next: number } | null {
  const token = tokens[i];
  if (!token || token.type !== 'word') return null;
  if ((token.lower === 'a' || token.lower === 'an') && isScaleOrCountWord(tokens[i + 1])) return { value: 1, next: i + 1 };
  if (token.lower === 'half' && tokens[i + 1]?.lower === 'a' && SCALE_WORDS.has(tokens[i + 2]?.lower ?? '')) {
    return { value: 0.5, next: i + 2 };
  }
  let value = NUMBER_WORDS.get(token.lower);
  if (value === undefined || token.lower === 'hundred') return null;
  let next = i + 1;
  if (value >= 20 && value < 100 && tokens[next]?.text === '-' && !tokens[next]!.spaced) {
    const unit = NUMBER_WORDS.get(tokens[next + 1]?.lower ?? '');
    if (unit !== undefined && unit < 10 && !tokens[next + 1]!.spaced) {
      value += unit;
      next += 2;
    }
  }
  if (tokens[next]?.lower === 'hundred') {
    value *= 100;
    next++;
  }
  return { value, next };
}

function isScaleOrCountWord(token: Token | undefined): boolean {
  return !!token && (SCALE_WORDS.has(token.lower) || token.lower === 'dozen' || token.lower === 'hundred');
}

function readScale(tokens: readonly Token[], i: number): { scale: number; next: number } {
  const token = tokens[i];
  if (!token || token.type !== 'word') return { scale: 1, next: i };
  let scale = token.spaced ? SCALE_WORDS.get(token.lower) : ATTACHED_SCALES.get(token.lower) ?? SCALE_WORDS.get(token.lower);
  if (scale === undefined) return { scale: 1, next: i };
  let next = i + 1;
  if (scale === 1e5 && tokens[next]?.type === 'word' && SCALE_WORDS.get(tokens[next]!.lower) === 1e7) {
    scale = 1e12;
    next++;
  }
  if (token.lower === 'dozen') return { scale: 1, next: i };
  return { scale, next };
}

function readBareNumber(tokens: readonly Token[], i: number): NumberExpression | null {
  const token = tokens[i];
  if (!token) return null;
  let value: number;
  let step: number;
  let indian = false;
  let next: number;
  if (token.type === 'num') {
    const digits = parseDigits(token.text);
    if (!digits || token.end - token.start > 24) return null;
    ({ value, step, indian } = digits);
    next = i + 1;
  } else {
    const words = wordValue(tokens, i);
    if (!words) return null;
    value = words.value;
    step = 1;
    next = words.next;
  }
  const numberEnd = tokens[next - 1]!.end;
  if (tokens[next]?.lower === 'dozen') {
    value *= 12;
    next++;
  }
  const { scale, next: afterScale } = readScale(tokens, next);
  if (token.type === 'word' && value === 1 && scale === 1 && (token.lower === 'a' || token.lower === 'an')) {
    if (afterScale === next && tokens[next - 1]?.lower !== 'dozen') return null;
  }
  return {
    first: i, next: afterScale, value: value * scale, step: step * scale, numberStart: token.start, numberEnd,
    scale, indianGrouping: indian, rangeLow: null, rangeHigh: null,
  };
}

/** Parses a number expression starting at token i, including a scale and a range ("5-6 billion"). */
export function readNumber(tokens: readonly Token[], i: number): NumberExpression | null {
  const first = readBareNumber(tokens, i);
  if (!first) return null;
  const joiner = tokens[first.next];
  const isJoiner = joiner && (joiner.text === '-' || joiner.lower === 'to');
  if (isJoiner && tokens[first.next + 1]?.type === 'num') {
    const second = readBareNumber(tokens, first.next + 1);
    if (second && (joiner.text !== '-' || !tokens[first.next + 1]!.spaced || joiner.spaced)) {
      const lowValue = first.scale === 1 && second.scale !== 1 ? first.value * second.scale : first.value;
      if (lowValue < second.value) {
        return {
          ...second, first: i, numberStart: first.numberStart, value: (lowValue + second.value) / 2,
          rangeLow: lowValue, rangeHigh: second.value,
        };
      }
    }
  }
  return first;
}
