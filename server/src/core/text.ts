/** Text utilities shared by every recogniser: offset-preserving folding, segmentation, line index. */

const FOLD: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u00ad': ' ', '\u200b': ' ', '\u200c': ' ', '\u200d': ' ', '\u2060': ' ', '\ufeff': ' ', '\t': ' ', '\0': ' ',
  '\uff04': '$', '\uffe5': '¥', '\uffe1': '£', '\uff05': '%',
};

const FOLDABLE = /[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2010-\u2015\u2212\u2018-\u201f\u00ab\u00bb\u2032\u00ad\u200b-\u200d\u2060\ufeff\t\0\uff01-\uff5e\uffe5\uffe1]/g;

/**
 * Folds typographic variants (no-break spaces, dashes, curly quotes, zero-width marks, full-width
 * ASCII) to plain ASCII one code unit for one, so every offset in the folded text is valid in the original.
 */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (ch) => {
    const mapped = FOLD[ch];
    if (mapped !== undefined) return mapped;
    const code = ch.charCodeAt(0);
    return String.fromCharCode(code - 0xff01 + 0x21);
  });
}

/** A span of text by UTF-16 offsets, end exclusive. */
export interface Span { start: number; end: number }

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'rs', 'approx',
  'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'est', 'fig', 'e.g', 'i.e', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'st', 'mt',
]);

/** Splits folded text into sentences: line breaks always end one; so do . ! ? before a capital, quote or digit. */
export function splitSentences(folded: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && isSpace(folded.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpace(folded.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  const length = folded.length;
  for (let i = 0; i < length; i++) {
    const ch = folded.charCodeAt(i);
    if (ch === 10 || ch === 13) {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch !== 46 && ch !== 33 && ch !== 63) continue;
    let j = i + 1;
    while (j < length && (folded[j] === '"' || folded[j] === "'" || folded[j] === ')')) j++;
    if (j >= length || folded.charCodeAt(j) !== 32) continue;
    let k = j;
    while (k < length && folded.charCodeAt(k) === 32) k++;
    const next = folded[k] ?? '';
    if (!/[A-Z"'(\d]/.test(next)) continue;
    if (ch === 46 && endsWithAbbreviation(folded, i)) continue;
    push(j);
  }
  push(length);
  return spans;
}

function endsWithAbbreviation(folded: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(folded[s - 1]!)) s--;
  const word = folded.slice(s, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Maps UTF-16 offsets to zero-based line/character positions and back; the one place this conversion happens. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (ch === 10) {
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  /** The zero-based line and UTF-16 character of an offset, clamped to the text. */
  positionAt(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low]! };
  }

  /** The offset of a zero-based line and character, clamped to that line. */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineStart = this.lineStarts[position.line]!;
    const nextStart = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1]! : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + position.character, nextStart));
  }
}
