/** Normalised keys under which different spellings of one name meet. */
import { lookupPlace } from './gazetteer';

const CONNECTOR_FORMS: Record<string, string> = { for: 'on', on: 'on', of: 'of', and: 'and', '&': 'and' };
/** Connecting words in other languages' names, skipped by initials ("Comissão do Mercado de Valores Mobiliários" = CMVM). */
const FOREIGN_CONNECTORS = new Set(['de', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'der', 'den', 'y', 'e', 'et', 'und', 'in']);
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
  const key = words
    .filter((word) => !DROPPED.has(word))
    .map((word) => CONNECTOR_FORMS[word] ?? word)
    .join(' ');
  return key.replace(MINISTRY_OF, '$1 ministry').replace(LEGAL_SUFFIX, '').split(' ').map((word) => EXPANSIONS[word] ?? word).join(' ');
}

/** Legal-form words that do not change which company is meant ("Lumora Robotics Ltd" = "Lumora Robotics"). */
const LEGAL_SUFFIX = / (ltd|limited|inc|incorporated|plc|llc|llp|corp|co|ag|sa|se|nv|bv|gmbh|spa|pte|pvt)$/;

/** Abbreviations written inside longer names ("UN Office for ..." = "United Nations Office for ..."). */
const EXPANSIONS: Record<string, string> = { un: 'united nations', eu: 'european union', us: 'united states', uk: 'united kingdom' };

/** "Ministry of (National) Defence" and "Defence Ministry" name one ministry. */
const MINISTRY_OF = /^ministry of (?:national )?(.+)$/;

/** The initials of a name's significant words, hyphenated parts counted separately ("KLSHSR" for "Kuala Lumpur-Singapore High-Speed Rail"). */
export function initials(name: string): string {
  return nameWords(name.replace(/-(\p{Ll})/gu, '$1'))
    .filter((word) => !(word.toLowerCase() in CONNECTOR_FORMS) && !DROPPED.has(word.toLowerCase()) && !FOREIGN_CONNECTORS.has(word))
    .map((word) => word[0]!.toUpperCase())
    .join('');
}
