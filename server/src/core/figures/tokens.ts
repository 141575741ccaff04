/** Splits folded text into number, word, symbol and punctuation tokens with their offsets. */

/** The coarse class of a token. */
export type TokenType = 'num' | 'word' | 'sym' | 'punct';

/** One token; `spaced` says whether whitespace separates it from the token before. */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
  text: string;
  lower: string;
  spaced: boolean;
  /** True when a line break separates it from the token before. */
  newline: boolean;
  /**
   * How a word is written: set here, where its letters are read anyway, so that passes over every token need not read
   * them again.
   */
  casing: Casing;
}

/**
 * How a token is written: a word all in lower case (its text is its lower-case form), a word starting with a capital
 * letter of any script, any other word ("iPhone"), or 'none' for numbers, symbols and punctuation.
 */
export type Casing = 'lower' | 'capitalised' | 'other' | 'none';

const CURRENCY_SYMBOLS = '$¥₹€£₩₽₺₪฿₫₱₦%';

/**
 * Words already made into strings, by a hash of their characters: most of an article's words recur (in it and in
 * every other), so a word seen before is neither copied out of the text again nor lower-cased again. A slot holds the
 * last word that hashed to it; a collision only costs a copy.
 */
const WORD_SLOTS = 1 << 14;
const MAX_SHARED_WORD = 24;
const slotWords: string[] = new Array<string>(WORD_SLOTS).fill('');
const slotLowers: string[] = new Array<string>(WORD_SLOTS).fill('');

/**
 * Most words are ASCII and short: up to PACKED_LETTERS of them are identified exactly by their letters packed six
 * bits each (code - 64, never 0) into a head of the first five and a tail of the rest, so that finding one in the table
 * compares two numbers rather than its characters. A slot's packed letters are 0 when it holds any other word.
 */
const PACKED_LETTERS = 10;
const HEAD_LETTERS = 5;
const slotHeads = new Int32Array(WORD_SLOTS);
const slotTails = new Int32Array(WORD_SLOTS);

/** The slot holding the word at [start, end) of the text (put there if another word held it), for a word of at most MAX_SHARED_WORD. */
function wordSlot(folded: string, start: number, end: number, hash: number, cased: boolean): number {
  const slot = hash & (WORD_SLOTS - 1);
  const known = slotWords[slot]!;
  if (known.length !== end - start || !folded.startsWith(known, start)) {
    fillSlot(folded, start, end, slot, cased);
    slotHeads[slot] = 0;
    slotTails[slot] = 0;
  }
  return slot;
}

/** The slot holding the short ASCII word at [start, end) of the text, whose letters pack into head and tail. */
function packedWordSlot(folded: string, start: number, end: number, hash: number, cased: boolean, head: number, tail: number): number {
  const slot = hash & (WORD_SLOTS - 1);
  if (slotHeads[slot] !== head || slotTails[slot] !== tail) {
    fillSlot(folded, start, end, slot, cased);
    slotHeads[slot] = head;
    slotTails[slot] = tail;
  }
  return slot;
}

function fillSlot(folded: string, start: number, end: number, slot: number, cased: boolean): void {
  const text = folded.slice(start, end);
  slotWords[slot] = text;
  slotLowers[slot] = cased ? text.toLowerCase() : text;
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;
const MAX_TOKEN_LENGTH = 64;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Whether a letter outside ASCII is a capital: it has a lower-case form and is its own upper-case one. */
function isCapitalLetter(letter: string): boolean {
  return letter !== letter.toLowerCase() && letter === letter.toUpperCase();
}

function casingOf(capitalised: boolean, text: string, lower: string): Casing {
  if (capitalised) return 'capitalised';
  return text === lower ? 'lower' : 'other';
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
  if (code < 128) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return NON_ASCII_LETTER.test(text[index]!);
}

/** Tokenises folded text in one linear pass; over-long digit or letter runs become single tokens. */
export function tokenize(folded: string): Token[] {
  const tokens: Token[] = [];
  const length = folded.length;
  let spaced = true;
  let newline = true;
  let i = 0;
  while (i < length) {
    const code = folded.charCodeAt(i);
    if (code === 32 || code === 10 || code === 13 || code === 9) {
      spaced = true;
      if (code !== 32) newline = true;
      i++;
      continue;
    }
    const start = i;
    let type: TokenType;
    // Lower-casing allocates a new string; digits, ASCII punctuation and lower-case ASCII words keep their own.
    let cased = false;
    let casing: Casing = 'none';
    let capitalised = false;
    if (isDigit(code)) {
      type = 'num';
      i++;
      while (i < length) {
        const c = folded.charCodeAt(i);
        if (isDigit(c)) i++;
        else if ((c === 44 || c === 46) && isDigit(folded.charCodeAt(i + 1))) i += 2;
        else break;
      }
    } else if (isLetter(folded, i)) {
      cased = !isLowerAscii(code);
      capitalised = code < 128 ? code <= 90 : isCapitalLetter(folded[i]!);
      let ascii = code < 128;
      let hash = code;
      let head = code - 64;
      let tail = 0;
      i++;
      // Most letters are lower-case ASCII: one comparison tells, before the full letter test.
      while (i < length) {
        const c = folded.charCodeAt(i);
        if (!isLowerAscii(c)) {
          if (!isLetter(folded, i)) break;
          cased = true;
          if (c >= 128) ascii = false;
        }
        hash = (Math.imul(hash, 31) + c) | 0;
        if (i - start < HEAD_LETTERS) head = (head << 6) | (c - 64);
        else tail = (tail << 6) | (c - 64);
        i++;
      }
      if (i - start <= MAX_SHARED_WORD) {
        const slot = ascii && i - start <= PACKED_LETTERS
          ? packedWordSlot(folded, start, i, hash, cased, head, tail)
          : wordSlot(folded, start, i, hash, cased);
        const text = slotWords[slot]!;
        const lower = slotLowers[slot]!;
        casing = cased ? casingOf(capitalised, text, lower) : 'lower';
        tokens.push({ type: 'word', start, end: i, text, lower, spaced, newline, casing });
        spaced = false;
        newline = false;
        continue;
      }
      type = 'word';
    } else {
      type = CURRENCY_SYMBOLS.includes(folded[i]!) ? 'sym' : 'punct';
      cased = code > 127;
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < length ? 2 : 1;
    }
    const text = folded.slice(start, Math.min(i, start + MAX_TOKEN_LENGTH));
    const lower = cased ? text.toLowerCase() : text;
    if (type === 'word') casing = casingOf(capitalised, text, lower);
    tokens.push({ type, start, end: i, text, lower, spaced, newline, casing });
    spaced = false;
    newline = false;
  }
  return tokens;
}
