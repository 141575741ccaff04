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
}

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

/** The slot holding the word at [start, end) of the text (put there if another word held it), for a word of at most MAX_SHARED_WORD. */
function wordSlot(folded: string, start: number, end: number, hash: number, cased: boolean): number {
  const slot = hash & (WORD_SLOTS - 1);
  const known = slotWords[slot]!;
  if (known.length !== end - start || !folded.startsWith(known, start)) {
    const text = folded.slice(start, end);
    slotWords[slot] = text;
    slotLowers[slot] = cased ? text.toLowerCase() : text;
  }
  return slot;
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;
const MAX_TOKEN_LENGTH = 64;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
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
      let hash = code;
      i++;
      while (i < length && isLetter(folded, i)) {
        const c = folded.charCodeAt(i);
        if (!isLowerAscii(c)) cased = true;
        hash = (Math.imul(hash, 31) + c) | 0;
        i++;
      }
      if (i - start <= MAX_SHARED_WORD) {
        const slot = wordSlot(folded, start, i, hash, cased);
        tokens.push({ type: 'word', start, end: i, text: slotWords[slot]!, lower: slotLowers[slot]!, spaced, newline });
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
    tokens.push({ type, start, end: i, text, lower: cased ? text.toLowerCase() : text, spaced, newline });
    spaced = false;
    newline = false;
  }
  return tokens;
}
