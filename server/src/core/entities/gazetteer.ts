/** Place lookup built from the generated gazetteer: countries, their aliases and demonyms, regions, cities. */
import data from './gazetteer.json';
import { slug } from '../ids';

/** What a gazetteer name refers to. */
export interface Place { key: string; name: string; demonym: boolean; country: boolean; countryKey: string | null }

interface GazetteerData {
  countries: Array<{ code: string; name: string; aliases: string[]; demonyms: string[] }>;
  regions: Array<{ name: string; country: string; aliases?: string[] }>;
  cities: Array<{ name: string; country: string; aliases?: string[] }>;
}

const PLACES = new Map<string, Place>();
const FIRST_WORDS = new Set<string>();
let longestName = 1;

function isAbbreviation(name: string): boolean {
  return name.length <= 5 && name === name.toUpperCase();
}

function add(name: string, place: Place): void {
  const key = isAbbreviation(name) ? name : name.toLowerCase();
  const existing = PLACES.get(key);
  if (existing && !place.country) {
    // A city or region name found in two countries ("Newcastle") says nothing about which country is meant.
    if (!existing.country && existing.countryKey !== place.countryKey) existing.countryKey = null;
    return;
  }
  PLACES.set(key, place);
  FIRST_WORDS.add(key.split(/[\s-]+/)[0]!.toLowerCase());
  longestName = Math.max(longestName, key.split(/[\s-]+/).length);
}


function countryKeyOf(code: string): string | null {
  return code ? `place:${code.toLowerCase()}` : null;
}

const gazetteer = data as GazetteerData;
for (const region of gazetteer.regions) {
  const place = { key: `place:${slug(region.name)}`, name: region.name, demonym: false, country: false, countryKey: countryKeyOf(region.country) };
  for (const name of [region.name, ...(region.aliases ?? [])]) add(name, place);
}
for (const city of gazetteer.cities) {
  const place = { key: `place:${slug(city.name)}`, name: city.name, demonym: false, country: false, countryKey: countryKeyOf(city.country) };
  for (const name of [city.name, ...(city.aliases ?? [])]) add(name, place);
}
for (const country of gazetteer.countries) {
  const key = `place:${country.code.toLowerCase()}`;
  for (const name of [country.name, ...country.aliases]) add(name, { key, name: country.name, demonym: false, country: true, countryKey: key });
  for (const demonym of country.demonyms) add(demonym, { key, name: country.name, demonym: true, country: true, countryKey: key });
}

/**
 * The place a name (any case, words separated by single spaces or hyphens as written, demonyms also plural) refers to,
 * if any. `lower` is the name in lower case, for callers that have it already.
 */
export function lookupPlace(name: string, lower?: string): Place | undefined {
  if (!mayNamePlace(name, lower)) return undefined;
  const place = PLACES.get(name) ?? (isAbbreviation(name) ? undefined : PLACES.get(lower ?? name.toLowerCase()));
  if (place || !name.endsWith('s') || isAbbreviation(name)) return place;
  const singular = PLACES.get(name.slice(0, -1).toLowerCase());
  return singular?.demonym ? singular : undefined;
}

/**
 * False when no gazetteer name can match this one, or this one with its spaces collapsed: every gazetteer name's first
 * word is in FIRST_WORDS, and most names asked about are ruled out on that alone. `lower` is the name in lower case,
 * for callers that have it already.
 */
export function mayNamePlace(name: string, lower?: string): boolean {
  const end = asciiFirstWordEnd(name);
  if (end < 0) return true;
  if (lower !== undefined) return isFirstWordOfPlace(end === name.length ? lower : lower.slice(0, end));
  return isFirstWordOfPlace((end === name.length ? name : name.slice(0, end)).toLowerCase());
}

/**
 * Where a name's first word ends (at a space or hyphen, as gazetteer names are split), or -1 when it is not ASCII:
 * lower-casing other letters may depend on what follows them.
 */
function asciiFirstWordEnd(name: string): number {
  for (let end = 0; end < name.length; end++) {
    const code = name.charCodeAt(end);
    if (code > 127) return -1;
    if (code === 32 || code === 45 || (code >= 9 && code <= 13)) return end;
  }
  return name.length;
}

/**
 * Whether some gazetteer name starts with this word (any case): a cheap test before longer lookups. `lower` is the word
 * in lower case, for callers that have it already.
 */
export function startsPlaceName(word: string, lower = word.toLowerCase()): boolean {
  return isFirstWordOfPlace(lower);
}

/** The first words of gazetteer names, and each with an "s" added (a plural demonym), so that no word is cut to be looked up. */
const FIRST_WORDS_OR_PLURALS = new Set([...FIRST_WORDS].flatMap((word) => [word, `${word}s`]));

function isFirstWordOfPlace(lower: string): boolean {
  return FIRST_WORDS_OR_PLURALS.has(lower);
}

/** The most words any gazetteer name has. */
export function longestPlaceName(): number {
  return longestName;
}

const NAME_OF_KEY = new Map<string, string>();
for (const place of PLACES.values()) if (!place.demonym && !NAME_OF_KEY.has(place.key)) NAME_OF_KEY.set(place.key, place.name);

const COUNTRY_OF_KEY = new Map<string, string>();
for (const place of PLACES.values()) if (place.countryKey) COUNTRY_OF_KEY.set(place.key, place.countryKey);

/** The country key a place key lies in (itself for a country), or null for supranational regions. */
export function countryOfPlace(key: string): string | null {
  return COUNTRY_OF_KEY.get(key) ?? null;
}

/** The display name of a place key ("place:jp" -> "Japan"). */
export function placeName(key: string): string {
  return NAME_OF_KEY.get(key) ?? key.replace(/^place:/, '');
}
