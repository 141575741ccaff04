/** Currency markers before a number ("US$", "Rs.", "EUR") and after it ("yen", "US dollars", "-yen"). */
import type { Token } from './tokens';
import {
  CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, DOLLAR_ADJECTIVES, DOLLAR_PREFIXES,
  RUPEE_ADJECTIVES,
} from './lexicon';

/** A currency marker spanning tokens [first, next). */
export interface CurrencyMatch { code: string; first: number; next: number }

function isCapitalised(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** Reads a currency marker written before a number, starting at token i. */
export function readCurrencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | null {
  const token = tokens[i]!;
  if (token.type === 'sym') {
    const code = CURRENCY_SYMBOLS.get(token.text);
    return code ? { code, first: i, next: i + 1 } : null;
  }
  if (token.type !== 'word' || !isCapitalised(token)) return null;
  const after = tokens[i + 1];
  if (after?.text === '$' && token.text === token.text.toUpperCase()) {
    const dollar = DOLLAR_PREFIXES.get(token.lower);
    const spacedOk = token.lower === 'us' || !after.spaced;
    if (dollar && spacedOk) return { code: dollar, first: i, next: i + 2 };
  }
  if (token.text === token.text.toUpperCase() && CURRENCY_CODES.has(token.text)) return { code: token.text, first: i, next: i + 1 };
  const prefixCode = CURRENCY_PREFIX_WORDS.get(token.lower);
  if (prefixCode) {
    const dotted = after?.text === '.' && !after.spaced;
    return { code: prefixCode, first: i, next: dotted ? i + 2 : i + 1 };
  }
  return null;
}

/** Reads a currency marker written after a number, starting at token i; `value` guards ambiguous words. */
export function readCurrencyAfter(tokens: readonly Token[], i: number, value: number): CurrencyMatch | null {
  let k = i;
  if (tokens[k]?.text === '-' && !tokens[k]!.spaced && tokens[k + 1] && !tokens[k + 1]!.spaced) k++;
  const token = tokens[k];
  if (!token || token.type !== 'word') return null;
  if (token.text === token.text.toUpperCase() && CURRENCY_CODES.has(token.text)) return { code: token.text, first: i, next: k + 1 };
  const adjectiveDollar = DOLLAR_ADJECTIVES.get(token.lower);
  for (const [adjective, skip] of [[adjectiveDollar, 1], [token.lower === 'hong' || token.lower === 'new' ? DOLLAR_ADJECTIVES.get(tokens[k + 1]?.lower ?? '') : undefined, 2]] as const) {
    const noun = tokens[k + skip]?.lower;
    if (adjective && (noun === 'dollars' || noun === 'dollar')) return { code: adjective, first: i, next: k + skip + 1 };
  }
  const rupeeAdjective = RUPEE_ADJECTIVES.get(token.lower);
  if (rupeeAdjective) {
    const skip = token.lower === 'sri' ? 2 : 1;
    const noun = tokens[k + skip]?.lower;
    if (noun === 'rupees' || noun === 'rupee') return { code: rupeeAdjective, first: i, next: k + skip + 1 };
  }
  const code = CURRENCY_NAMES.get(token.lower);
  if (!code) return null;
  if ((token.lower === 'won' || token.lower === 'pound' || token.lower === 'pounds' || token.lower === 'dong') && value < 1000) return null;
  const sterling = tokens[k + 1]?.lower === 'sterling' && code === 'GBP' ? 1 : 0;
  return { code, first: i, next: k + 1 + sterling };
}
