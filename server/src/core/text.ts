/** Text utilities shared by every recogniser: offset-preserving folding, segmentation, line index. */
import { tokenize, type Token } from './figures/tokens';

const FOLD: Record<string, string> = {
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u00ab': '"', '\u00bb': '"',
  '\u00ad': ' ', '\u200b': ' ', '\u200c': ' ', '\u200d': ' ', '\u2060': ' ', '\ufeff': ' ', '\t': ' ', '\0': ' ',
  '\uff04': '$', '\uffe5': '¥', '\uffe1': '£', '\uff05': '%',
};

/** The folded form of every code unit that folding changes, by code unit; 0 for the rest. */
const FOLDED = new Uint16Array(0x10000);
const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
for (let code = FULL_WIDTH_FIRST; code <= FULL_WIDTH_LAST; code++) FOLDED[code] = code - FULL_WIDTH_FIRST + 0x21;
for (const [from, to] of Object.entries(FOLD)) FOLDED[from.charCodeAt(0)] = to.charCodeAt(0);

/**
 * Runs of the code units that folding may change: tab, NUL and anything beyond ASCII. Articles are mostly plain ASCII,
 * and a regular expression with one negated range skips to the next run far faster than a loop reading every code
 * unit, or than a class listing every folded character; a whole run at once keeps text outside ASCII cheap too.
 */
const MAY_FOLD = /[^\x01-\x08\x0a-\x7f]+/g;

/**
 * Folds typographic variants (no-break spaces, dashes, curly quotes, zero-width marks, full-width
 * ASCII) to plain ASCII one code unit for one, so every offset in the folded text is valid in the original.
 */
export function foldText(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  MAY_FOLD.lastIndex = 0;
  let run: RegExpExecArray | null;
  while ((run = MAY_FOLD.exec(text)) !== null) {
    for (let i = run.index; i < MAY_FOLD.lastIndex; i++) {
      const folded = FOLDED[text.charCodeAt(i)]!;
      if (folded === 0) continue;
      parts.push(text.slice(copied, i), String.fromCharCode(folded));
      copied = i + 1;
    }
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * A set of words that rules most other words out by their first character and length, before hashing them: the
 * recognisers ask about every word of a document, and most are in none of their sets.
 */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Per first character (folded into 0-127), a bit for each length among the words (bit 31 for any from 31 on). */
  private readonly shapes = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const word of this.words) this.shapes[word.charCodeAt(0) & 127] |= lengthBit(word);
  }

  /** Whether the word is in the set. */
  has(word: string): boolean {
    return (this.shapes[word.charCodeAt(0) & 127]! & lengthBit(word)) !== 0 && this.words.has(word);
  }
}

function lengthBit(word: string): number {
  return 1 << Math.min(word.length, 31);
}

/** A span of text by UTF-16 offsets, end exclusive. */
export interface Span { start: number; end: number }

/** Text order of spans: the one starting first; of two starting together, the longer first. */
export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || b.end - a.end;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'rs', 'approx',
  'gen', 'col', 'lt', 'sgt', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'est', 'fig', 'e.g', 'i.e', 'etc', 'u.s', 'u.k', 'u.n', 'e.u', 'st', 'mt',
]);

/**
 * Splits folded text into sentences: line breaks always end one; so do . ! ? before a capital, quote or digit.
 * Only line breaks between tokens and the characters of punctuation tokens can end a sentence, so those are all it reads.
 */
export function splitSentences(folded: string, tokens: readonly Token[] = tokenize(folded)): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const token of tokens) {
    if (token.newline) {
      pushTrimmed(folded, spans, start, token.start);
      start = token.start;
    }
    if (token.type !== 'punct') continue;
    // A punctuation token is one character, or two where a lone high surrogate took the next one in.
    for (let i = token.start; i < token.end; i++) {
      const ch = folded.charCodeAt(i);
      if (ch === 10 || ch === 13) {
        pushTrimmed(folded, spans, start, i);
        start = i + 1;
        continue;
      }
      const end = sentenceEndAt(folded, i);
      if (end < 0) continue;
      pushTrimmed(folded, spans, start, end);
      start = end;
    }
  }
  pushTrimmed(folded, spans, start, folded.length);
  return spans;
}

/** Where a sentence ends if the character at i closes it (. ! ? and any closing quotes, before spaces and a new sentence), else -1. */
function sentenceEndAt(folded: string, i: number): number {
  const ch = folded.charCodeAt(i);
  if (ch !== 46 && ch !== 33 && ch !== 63) return -1;
  const length = folded.length;
  let j = i + 1;
  while (j < length && isClosing(folded.charCodeAt(j))) j++;
  if (j >= length || folded.charCodeAt(j) !== 32) return -1;
  let k = j;
  while (k < length && folded.charCodeAt(k) === 32) k++;
  if (k >= length || !opensSentence(folded.charCodeAt(k))) return -1;
  if (ch === 46 && endsWithAbbreviation(folded, i)) return -1;
  return j;
}

/** Adds the span [start, end) without its surrounding whitespace, unless nothing is left. */
function pushTrimmed(folded: string, spans: Span[], start: number, end: number): void {
  let s = start;
  while (s < end && isSpace(folded.charCodeAt(s))) s++;
  let e = end;
  while (e > s && isSpace(folded.charCodeAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e });
}

/** Quotes and brackets that may close a sentence after its full stop. */
function isClosing(code: number): boolean {
  return code === 34 || code === 39 || code === 41;
}

/** What a new sentence may start with: a capital, a quote, an opening bracket or a digit. */
function opensSentence(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40;
}

function endsWithAbbreviation(folded: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && isAbbreviationCharacter(folded.charCodeAt(s - 1))) s--;
  if (dot - s === 1) return true;
  return ABBREVIATIONS.has(folded.slice(s, dot).toLowerCase());
}

function isAbbreviationCharacter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
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
