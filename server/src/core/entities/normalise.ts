/** Normalised keys under which different spellings of one name meet. */
import { lookupPlace } from './gazetteer';

const CONNECTOR_FORMS: Record<string, string> = { for: 'on', on: 'on', of: 'of', and: 'and', '&': 'and' };
const DROPPED = new Set(['the', 'a', 'an']);

/** Lower-cases, strips diacritics and punctuation, and splits a name into words (hyphens split too). */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .split(/[\s-]+/)
    .map((word) => word.replace(/[^\p{L}\p{N}&.]/gu, '').replace(/\.$/, ''))
    .filter((word) => word.length > 0);
}

/** The leading run of places joined by hyphens or "and" ("India-Japan", "Mumbai-Ahmedabad"), as gazetteer entries. */
function leadingPlaces(name: string): Array<{ country: boolean }> {
  const parts = name.split(/(\s+and\s+|\s*[-\u2010-\u2015]\s*|\s+)/);
  const places: Array<{ country: boolean }> = [];
  for (let index = 0; index < parts.length; index += 2) {
    const place = lookupPlace(parts[index]!);
    if (!place) break;
    places.push(place);
    const separator = parts[index + 1];
    if (separator === undefined || !/^(\s+and\s+|\s*[-\u2010-\u2015]\s*)$/.test(separator)) break;
  }
  return places;
}

/**
 * The key of an initiative or organisation name: folded and connector-normalised; a leading country pair is
 * dropped ("India-Japan X" = "X") and a leading pair of other places is put in one order.
 */
export function nameKey(name: string, stripPlacePrefix: boolean): string {
  let words = nameWords(name).map((word) => word.toLowerCase());
  const places = leadingPlaces(name);
  if (stripPlacePrefix && places.length > 0 && places.every((place) => place.country) && words.length - places.length >= 2) {
    words = words.slice(places.length);
  } else if (places.length >= 2) {
    words = [...words.slice(0, places.length).sort(), ...words.slice(places.length)];
  }
  return words
    .filter((word) => !DROPPED.has(word))
    .map((word) => CONNECTOR_FORMS[word] ?? word)
    .join(' ');
}

/** The initials of a name's significant words, hyphenated parts counted separately ("MAHSR"). */
export function initials(name: string): string {
  return nameWords(name)
    .filter((word) => !(word.toLowerCase() in CONNECTOR_FORMS) && !DROPPED.has(word.toLowerCase()))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
