/** fast-check generators for hostile input: random Unicode, code-unit soup, token soup and mutated articles. */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../support/paths';

/** Words, numbers and marks the recognisers react to, so random text reaches deep into the grammars. */
const WORDS = [
  'Japan', 'India', 'China', 'the', 'The', 'of', 'and', 'Ministry', 'Finance', 'Prime', 'Minister', 'Mr.', 'Dr', 'Gen.', 'said', 'pledged',
  'investment', 'target', 'loan', 'trade', 'over', 'next', 'last', 'decade', 'years', 'year', 'months', 'days', 'year-old', 'people', 'workers',
  'killed', 'deaths', 'about', 'nearly', 'up', 'to', 'more', 'than', 'approx', 'approximately', 'or', 'per', 'cent', 'percent', 'percentage',
  'points', 'billion', 'bn', 'million', 'mn', 'm', 'trillion', 'lakh', 'crore', 'cr', 'thousand', 'hundred', 'dozen', 'a', 'an', 'half',
  'five', 'twenty', 'twenty-one', 'first', 'second', 'third', 'yen', 'dollars', 'dollar', 'US', 'rupees', 'Rs', 'INR', 'USD', 'EUR', 'JPY',
  'pounds', 'sterling', 'won', 'Hong', 'Kong', 'New', 'Zealand', 'Sri', 'Lankan', 'Indian', 'FY', 'August', 'Aug', 'March', 'May', 'Date',
  'Published', 'Updated', 'JICA', 'Japan International Cooperation Agency', 'Economic Security Initiative', 'Partnership', 'Corp', 'Ltd',
  'Bank', 'University', 'Tokyo', 'Mumbai', 'New Delhi', 'so', 'far', 'each', 'family', 'from', 'rose', 'by', 'in', 'on', 'at', 'earlier',
  'plan', 'will', 'equivalent', 'worth', 'i.e.', 'e.g.', 'St', 'no', 'A', 'I', 'JISSI', 'NATO', 'EU', 'UK', 'U.S.', 'null', 'NaN',
];
const NUMBERS = [
  '0', '1', '5', '10', '26', '68', '100', '2025', '2022', '1800', '2199', '1,000', '10,000', '1,00,000', '5,00,000', '22.85', '6.5', '1.5',
  '999999999999999999999999', '00', '31', '32', '12', '13', '9,99,99,999', '1,2', '1,23,4567', '1.2.3', '08', '2025-08-26', '28/08/2025',
  '26/Aug/2025', '2023-24', '25', '10.5',
];
const MARKS = [
  '$', 'US$', 'A$', 'C$', '¥', '₹', '€', '£', '₩', '%', '(', ')', ',', '.', ':', ';', '/', '-', '–', '—', '"', "'", '“', '”', '‘', '’', '!',
  '?', '&', '•', '*', '#', '[', ']', '...', '(JICA)', '(approx',
];
const SPACES = [' ', ' ', ' ', ' ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u200b', '\u202f', '\u2009', '\n\n', '', '  '];
/** Characters that break naive text handling: NUL, BOM, lone surrogates, astral, combining, RTL, full-width... */
export const EXOTIC = [
  '\0', '\ufeff', '\ud800', '\udc00', '\udbff', '\ud83d', '😀', '👨‍👩‍👧', '👍🏽', '\u0301', '\u0308\u0301', '\u202e', '\u202c', '\u200f', '\u200d',
  '\u2060', 'ש', 'שלום', 'م', 'مليار', '日本', '円', '兆', '５', '１０', '＄', '％', '，', '．', 'भारत', '₹५', '٣', 'Россия', 'млрд', 'ǅ', 'ß', 'İ',
  'ﬁ', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c', '\uffff', '\ufffd', '\u00ad', '\u3000', '𝟓', '𝐀', 'Ⅻ', '½', '²',
];

/** One token of token soup. */
const soupToken = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map(String) },
  { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 1, arbitrary: fc.constantFrom(...EXOTIC) },
);

/** Text made of words, numbers and marks the grammars know, with random spacing: reaches most recogniser paths. */
export const tokenSoup = fc.array(fc.tuple(soupToken, fc.constantFrom(...SPACES)), { maxLength: 150, size: 'large' })
  .map((pairs) => pairs.map(([token, space]) => token + space).join(''));

/** Any UTF-16 code unit, including lone surrogates and NUL. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Random well-formed Unicode (any code point). */
export const randomUnicode = fc.string({ unit: 'binary', maxLength: 400, size: 'large' });
/** Random grapheme clusters (emoji sequences, combining marks). */
export const randomGraphemes = fc.string({ unit: 'grapheme', maxLength: 200, size: 'large' });
/** Random UTF-16 code units: lone surrogates, NUL, controls. */
export const randomCodeUnits = fc.string({ unit: codeUnit, maxLength: 400, size: 'large' });

/** A mix of everything above, so recognisers see hostile characters next to real figures. */
export const hostileText = fc.array(fc.oneof(
  { weight: 4, arbitrary: tokenSoup },
  { weight: 1, arbitrary: randomUnicode },
  { weight: 1, arbitrary: randomGraphemes },
  { weight: 1, arbitrary: randomCodeUnits },
), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));

/** The seed articles and the topic fixtures: real prose to mutate. */
export function articles(): Array<{ name: string; text: string }> {
  const found: Array<{ name: string; text: string }> = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt') || name.endsWith('.md')) found.push({ name: path.slice(projectPath().length + 1), text: readFileSync(path, 'utf8') });
    }
  };
  walk(projectPath('seeds'));
  walk(projectPath('test/fixtures/topics'));
  return found;
}

/** One edit applied to an article. Positions are taken modulo the text length. */
export type Mutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; a: number; b: number; length: number }
  | { kind: 'lineEndings'; ending: string }
  | { kind: 'fullWidthDigits' }
  | { kind: 'nbsp' }
  | { kind: 'oneLine' }
  | { kind: 'bom' }
  | { kind: 'upperCase' };

/** A position anywhere in the text (taken modulo its length), not biased towards the start. */
const position = fc.noBias(fc.integer({ min: 0, max: 1_000_000 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(tokenSoup, fc.constantFrom(...EXOTIC), fc.string({ unit: codeUnit, maxLength: 20 })) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.nat({ max: 300 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: position, length: fc.nat({ max: 600 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: position, text: fc.constantFrom(...EXOTIC, ...MARKS, ...NUMBERS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap' as const), a: position, b: position, length: fc.nat({ max: 400 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lineEndings' as const), ending: fc.constantFrom('\r\n', '\r', '\u2028', '\n\n\n') }) },
  { weight: 1, arbitrary: fc.constantFrom<Mutation>({ kind: 'fullWidthDigits' }, { kind: 'nbsp' }, { kind: 'oneLine' }, { kind: 'bom' }, { kind: 'upperCase' }) },
);

/** Applies one mutation. */
export function mutate(text: string, edit: Mutation): string {
  const at = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (edit.kind) {
    case 'insert': return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at));
    case 'delete': return text.slice(0, at(edit.at)) + text.slice(at(edit.at) + edit.length);
    case 'duplicate': return text.slice(0, at(edit.at) + edit.length) + text.slice(at(edit.at));
    case 'replace': return text.slice(0, at(edit.at)) + edit.text + text.slice(at(edit.at) + 1);
    case 'truncate': return text.slice(0, at(edit.at));
    case 'swap': {
      const [a, b] = [at(edit.a), at(edit.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(edit.length, b - a);
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'lineEndings': return text.replace(/\r?\n/g, edit.ending);
    case 'fullWidthDigits': return text.replace(/[0-9$%,.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x21 + 0xff01));
    case 'nbsp': return text.replace(/ /g, '\u00a0');
    case 'oneLine': return text.replace(/\s*\n\s*/g, ' ');
    case 'bom': return `\ufeff${text}`;
    case 'upperCase': return text.toUpperCase();
  }
}

/** An article (by index into `texts`) with one to six random edits. */
export function mutatedArticle(texts: readonly string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.nat({ max: texts.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }))
    .map(([index, edits]) => edits.reduce(mutate, texts[index]!));
}
