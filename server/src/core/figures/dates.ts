/** Dates: 28/Aug/2025, 2025-08-30, August 26, 2025, 26 August 2025, March 2022, FY 2023-24, FY25, bare years. */
import type { Token } from './tokens';
import { MONTHS, PEOPLE_NOUNS } from './lexicon';

/** A recognised date spanning tokens [first, next). */
export interface DateMatch { first: number; next: number; iso: string; value: number }

const MIN_YEAR = 1800;
const MAX_YEAR = 2199;

function monthOf(token: Token | undefined): number | null {
  if (!token || token.type !== 'word') return null;
  const first = token.text.charCodeAt(0);
  if (first < 65 || first > 90) return null;
  return MONTHS.get(token.lower) ?? null;
}

function intOf(token: Token | undefined, minDigits: number, maxDigits: number): number | null {
  if (!token || token.type !== 'num') return null;
  const length = token.end - token.start;
  if (length < minDigits || length > maxDigits || !/^\d+$/.test(token.text)) return null;
  return Number(token.text);
}

function isYear(value: number | null): value is number {
  return value !== null && value >= MIN_YEAR && value <= MAX_YEAR;
}

function make(first: number, next: number, year: number, month?: number, day?: number): DateMatch | null {
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const iso = month === undefined ? `${year}` : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return { first, next, iso, value: Date.UTC(year, (month ?? 1) - 1, day ?? 1) };
}

/** Words before a bare month name that make it a date ("in March", "since June"). */
const MONTH_LEADS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'last', 'next', 'early', 'late', 'mid', 'of', 'before', 'after', 'during', 'this']);

/** A date whose year the article leaves implicit: ISO 8601's truncated form (--MM-DD, --MM), completed later. */
function withoutYear(first: number, next: number, month: number, day?: number): DateMatch | null {
  if (day !== undefined && (day < 1 || day > 31)) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { first, next, iso: day === undefined ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`, value: Number.NaN };
}

function joined(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (!tokens[k] || tokens[k]!.spaced) return false;
  return true;
}

function fiscalYear(tokens: readonly Token[], i: number): DateMatch | null {
  const fy = tokens[i]!;
  if (fy.text !== 'FY') return null;
  const yearToken = tokens[i + 1];
  const digits = intOf(yearToken, 2, 4);
  if (digits === null) return null;
  const year = digits < 100 ? 2000 + digits : digits;
  if (!isYear(year)) return null;
  let next = i + 2;
  let label = `FY${year}`;
  const endDigits = tokens[next]?.text === '-' ? intOf(tokens[next + 1], 2, 4) : null;
  if (endDigits !== null) {
    label = `FY${year}-${String(endDigits).slice(-2)}`;
    next += 2;
  }
  return { first: i, next, iso: label, value: Date.UTC(year, 0, 1) };
}

/** Recognises a date starting at token i. */
export function readDate(tokens: readonly Token[], i: number): DateMatch | null {
  const token = tokens[i]!;
  if (token.type === 'word') {
    if (token.text === 'FY') return fiscalYear(tokens, i);
    const month = monthOf(token);
    if (month === null) return null;
    const day = intOf(tokens[i + 1], 1, 2);
    if (day !== null && tokens[i + 1]!.spaced) {
      const comma = tokens[i + 2]?.text === ',' ? 1 : 0;
      const year = intOf(tokens[i + 2 + comma], 4, 4);
      if (isYear(year)) return make(i, i + 3 + comma, year, month, day);
      return withoutYear(i, i + 2, month, day);
    }
    const year = intOf(tokens[i + 1], 4, 4);
    if (isYear(year) && tokens[i + 1]!.spaced) return make(i, i + 2, year, month);
    if (token.lower !== 'may' && MONTH_LEADS.has(tokens[i - 1]?.lower ?? '')) return withoutYear(i, i + 1, month);
    return null;
  }
  if (token.type !== 'num') return null;
  const first = intOf(token, 1, 4);
  if (first === null) return null;
  const separator = tokens[i + 1]?.text;
  if ((separator === '/' || separator === '-' || separator === '.') && tokens[i + 3]?.text === separator && joined(tokens, i, i + 5)) {
    const middle = tokens[i + 2];
    const last = intOf(tokens[i + 4], 2, 4);
    if (first >= 1000 && separator === '-') {
      const month = intOf(middle, 1, 2);
      const day = intOf(tokens[i + 4], 1, 2);
      if (isYear(first) && month !== null && day !== null) return make(i, i + 5, first, month, day);
      return null;
    }
    if (last === null || first > 31) return null;
    const year = last < 100 ? 2000 + last : last;
    const namedMonth = monthOf(middle);
    if (namedMonth !== null && isYear(year)) return make(i, i + 5, year, namedMonth, first);
    const numericMonth = intOf(middle, 1, 2);
    if (numericMonth === null || !isYear(year)) return null;
    return numericMonth > 12 ? make(i, i + 5, year, first, numericMonth) : make(i, i + 5, year, numericMonth, first);
  }
  if (first <= 31 && token.end - token.start <= 2) {
    const month = monthOf(tokens[i + 1]);
    if (month !== null && tokens[i + 1]!.spaced) {
      const comma = tokens[i + 2]?.text === ',' ? 1 : 0;
      const year = intOf(tokens[i + 2 + comma], 4, 4);
      if (isYear(year)) return make(i, i + 3 + comma, year, month, first);
      return withoutYear(i, i + 2, month, first);
    }
    return null;
  }
  if (token.end - token.start === 4 && isYear(first)) {
    const next = tokens[i + 1];
    if (next && next.type === 'word' && (!next.spaced || PEOPLE_NOUNS.has(next.lower))) return null;
    return make(i, i + 1, first);
  }
  return null;
}
