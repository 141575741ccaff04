/** Normalised keys under which different spellings of one name meet. */
import { lookupPlace } from './gazetteer';

// Maps, not object literals: a name with the word "constructor" or "toString" must not find Object's own properties.
const CONNECTOR_FORMS = new Map([['for', 'on'], ['on', 'on'], ['of', 'of'], ['and', 'and'], ['&', 'and']]);
/** Connecting words in other languages' names, skipped by initials ("Comissão do Mercado de Valores Mobiliários" = CMVM). */
const FOREIGN_CONNECTORS = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'der', 'den', 'y', 'e', 'et', 'und', 'in']);
const DROPPED = new Set(['the', 'a', 'an']);

/** Lower-cases, strips diacritics and punctuation, and splits a name into words (hyphens split too). */
export function nameWords(name: string): string[] {
  return isAscii(name) ? asciiNameWords(name) : unicodeNameWords(name);
}

/** A name's words (as nameWords finds them) in lower case, joined by single spaces: what person and name keys are made of. */
export function lowerNameText(name: string): string {
  return isPlainName(name) ? name.toLowerCase() : nameWords(name).join(' ').toLowerCase();
}

/** Whether a name is ASCII words of letters, digits and "&" between single spaces, so that it is its own words joined. */
function isPlainName(name: string): boolean {
  if (name.length === 0 || name.charCodeAt(0) === 32 || name.charCodeAt(name.length - 1) === 32) return false;
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code === 32) {
      if (name.charCodeAt(i + 1) === 32) return false;
    } else if (code === DOT || !isAsciiWordCharacter(code)) {
      return false;
    }
  }
  return true;
}

/** How many words nameWords finds in a name, without building them. */
export function nameWordCount(name: string): number {
  if (!isAscii(name)) return unicodeNameWords(name).length;
  let count = 0;
  let kept = 0;
  let lastKept = 0;
  for (let i = 0; i <= name.length; i++) {
    const code = i < name.length ? name.charCodeAt(i) : 32;
    if (isAsciiSeparator(code)) {
      if (kept > 1 || (kept === 1 && lastKept !== DOT)) count++;
      kept = 0;
    } else if (isAsciiWordCharacter(code)) {
      kept++;
      lastKept = code;
    }
  }
  return count;
}

const DOT = 46;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The ASCII characters that \s matches, and the hyphen: where nameWords splits. */
function isAsciiSeparator(code: number): boolean {
  return code === 32 || code === 45 || (code >= 9 && code <= 13);
}

/** The ASCII characters nameWords keeps inside a word: letters, digits, "&" and ".". */
function isAsciiWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 38 || code === DOT;
}

/** nameWords for ASCII names, where normalising and stripping marks change nothing: one pass, no regular expressions. */
function asciiNameWords(name: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isAsciiSeparator(name.charCodeAt(i))) continue;
    if (i > start) {
      let word = name.slice(start, i);
      for (let k = start; k < i; k++) {
        if (isAsciiWordCharacter(name.charCodeAt(k))) continue;
        word = '';
        for (let kept = start; kept < i; kept++) if (isAsciiWordCharacter(name.charCodeAt(kept))) word += name[kept];
        break;
      }
      if (word.charCodeAt(word.length - 1) === DOT) word = word.slice(0, -1);
      if (word.length > 0) words.push(word);
    }
    start = i + 1;
  }
  return words;
}

/** nameWords in lower case; an ASCII name is lower-cased whole, before it is split. */
function lowerNameWords(name: string): string[] {
  return isAscii(name) ? asciiNameWords(name.toLowerCase()) : unicodeNameWords(name).map((word) => word.toLowerCase());
}

function unicodeNameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .split(/[\s-]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}&.]/gu, '').replace(/\.$/, ''))
    .filter((word) => word.length > 0);
}

/** What separates the parts of a name that leadingPlaces reads: "and", a hyphen or dash, or spaces. */
const PART_SEPARATOR = /(\s+and\s+|\s*[-\u2010-\u2015]\s*|\s+)/g;

/**
 * The leading run of places joined by hyphens or "and" ("India-Japan", "Mumbai-Ahmedabad"), as gazetteer entries.
 * Parts are split off one at a time: most names start with no place, so only the first is needed.
 */
function leadingPlaces(name: string): Array<{ country: boolean }> {
  const places: Array<{ country: boolean }> = [];
  let start = 0;
  for (;;) {
    PART_SEPARATOR.lastIndex = start;
    const separator = PART_SEPARATOR.exec(name);
    const place = lookupPlace(name.slice(start, separator ? separator.index : name.length));
    if (!place) break;
    places.push(place);
    if (!separator || !/^(\s+and\s+|\s*[-\u2010-\u2015]\s*)$/.test(separator[0])) break;
    start = separator.index + separator[0].length;
  }
  return places;
}

/**
 * The key of an initiative or organisation name: folded and connector-normalised; a leading country pair is
 * dropped ("India-Japan X" = "X") and a leading pair of other places is put in one order.
 */
export function nameKey(name: string, stripPlacePrefix: boolean): string {
  let words = lowerNameWords(name);
  const places = leadingPlaces(name);
  if (stripPlacePrefix && places.length > 0 && places.every((place) => place.country) && words.length - places.length >= 2) {
    words = words.slice(places.length);
  } else if (places.length >= 2) {
    words = [...words.slice(0, places.length).sort(), ...words.slice(places.length)];
  }
  // Keys are built by concatenation: filter, map and join over word lists that are now and then empty kept
  // deoptimising this hot path while the recogniser warms up.
  let key = '';
  let separator = '';
  for (const word of words) {
    if (DROPPED.has(word)) continue;
    key += `${separator}${CONNECTOR_FORMS.get(word) ?? word}`;
    separator = ' ';
  }
  return replaceWords(key.replace(MINISTRY_OF, '$1 ministry').replace(LEGAL_SUFFIX, ''), EXPANSIONS);
}

/** A space-separated text with each word that has an entry in the table replaced by it. */
function replaceWords(text: string, table: ReadonlyMap<string, string>): string {
  let replaced = '';
  let separator = '';
  for (const word of text.split(' ')) {
    replaced += `${separator}${table.get(word) ?? word}`;
    separator = ' ';
  }
  return replaced;
}

/** Legal-form words that do not change which company is meant ("Lumora Robotics Ltd" = "Lumora Robotics"). */
const LEGAL_SUFFIX = / (ltd|limited|inc|incorporated|plc|llc|llp|corp|co|ag|sa|se|nv|bv|gmbh|spa|pte|pvt)$/;

/** Abbreviations written inside longer names ("UN Office for ..." = "United Nations Office for ..."). */
const EXPANSIONS = new Map([['un', 'united nations'], ['eu', 'european union'], ['us', 'united states'], ['uk', 'united kingdom']]);

/** "Ministry of (National) Defence" and "Defence Ministry" name one ministry. */
const MINISTRY_OF = /^ministry of (?:national )?(.+)$/;

/** The initials of a name's significant words, hyphenated parts counted separately ("KLSHSR" for "Kuala Lumpur-Singapore High-Speed Rail"). */
export function initials(name: string): string {
  return nameWords(name.replace(/-(\p{Ll})/gu, '$1'))
    .filter((word) => !CONNECTOR_FORMS.has(word.toLowerCase()) && !DROPPED.has(word.toLowerCase()) && !FOREIGN_CONNECTORS.has(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
