/** Word lists for the figure grammar: number words, scales, currencies, units, months, qualifiers. */
import type { QualifierClass } from '../types';

/** Cardinal number words. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12], ['hundred', 100],
]);

/** Ordinal words. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['hundredth', 100],
]);

/** Scale words written as separate words. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5], ['lakhs', 1e5],
  ['lac', 1e5], ['lacs', 1e5], ['crore', 1e7], ['crores', 1e7], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9],
  ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['cr', 1e7], ['millions', 1e6], ['billions', 1e9], ['thousands', 1e3],
]);

/** Scale abbreviations that count only when attached to the digits ("$6B", "£450m", "10k"). */
export const ATTACHED_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['b', 1e9], ['bn', 1e9], ['tn', 1e12], ['t', 1e12], ['cr', 1e7],
  ['mln', 1e6], ['bln', 1e9], ['trn', 1e12],
]);

/** Currency symbols and the ISO code each most often stands for. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['¥', 'JPY'], ['₹', 'INR'], ['€', 'EUR'], ['£', 'GBP'], ['₩', 'KRW'], ['฿', 'THB'],
  ['₽', 'RUB'], ['₺', 'TRY'], ['₪', 'ILS'], ['₫', 'VND'], ['₱', 'PHP'], ['₦', 'NGN'],
]);

/** Letters written straight before "$" that name another dollar ("A$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['a', 'AUD'], ['au', 'AUD'], ['c', 'CAD'], ['ca', 'CAD'], ['hk', 'HKD'], ['s', 'SGD'],
  ['sg', 'SGD'], ['nz', 'NZD'], ['r', 'BRL'], ['nt', 'TWD'], ['mx', 'MXN'],
]);

/** ISO 4217 codes recognised when written out ("USD 1.5 billion", "1.5 billion USD"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'INR', 'CNY', 'AUD', 'CAD', 'CHF', 'HKD', 'SGD', 'NZD', 'KRW', 'SEK', 'NOK', 'DKK',
  'ZAR', 'BRL', 'MXN', 'MYR', 'THB', 'TWD', 'LKR', 'RUB', 'TRY', 'ILS', 'PHP', 'NGN', 'PKR', 'BDT', 'IDR', 'VND',
  'AED', 'SAR', 'KES', 'EGP', 'PLN', 'CZK', 'HUF',
]);

/** Words that name a currency before the number ("Rs 600 billion", "RMB 5 billion"). */
export const CURRENCY_PREFIX_WORDS: ReadonlyMap<string, string> = new Map([
  ['rs', 'INR'], ['inr', 'INR'], ['re', 'INR'], ['rmb', 'CNY'], ['yuan', 'CNY'], ['sfr', 'CHF'], ['rp', 'IDR'],
  ['pkr', 'PKR'], ['tk', 'BDT'], ['sar', 'SAR'], ['aed', 'AED'], ['ksh', 'KES'], ['zł', 'PLN'],
]);

/** Currency names written after the number ("2 trillion won", "450 million pounds"). */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map([
  ['yen', 'JPY'], ['rupee', 'INR'], ['rupees', 'INR'], ['euro', 'EUR'], ['euros', 'EUR'], ['dollar', 'USD'],
  ['dollars', 'USD'], ['pound', 'GBP'], ['pounds', 'GBP'], ['sterling', 'GBP'], ['yuan', 'CNY'],
  ['renminbi', 'CNY'], ['won', 'KRW'], ['franc', 'CHF'], ['francs', 'CHF'], ['krona', 'SEK'], ['kronor', 'SEK'],
  ['krone', 'NOK'], ['kroner', 'NOK'], ['rand', 'ZAR'], ['reais', 'BRL'], ['ringgit', 'MYR'], ['baht', 'THB'],
  ['pesos', 'MXN'], ['peso', 'MXN'], ['roubles', 'RUB'], ['rubles', 'RUB'], ['lira', 'TRY'], ['naira', 'NGN'],
  ['shekels', 'ILS'], ['dirhams', 'AED'], ['riyals', 'SAR'], ['rupiah', 'IDR'], ['dong', 'VND'], ['taka', 'BDT'],
]);

/** Adjectives that turn "dollars" into another dollar ("Australian dollars"). */
export const DOLLAR_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['us', 'USD'], ['american', 'USD'], ['australian', 'AUD'], ['canadian', 'CAD'], ['singapore', 'SGD'],
  ['zealand', 'NZD'], ['kong', 'HKD'], ['taiwan', 'TWD'], ['taiwanese', 'TWD'],
]);

/** Adjectives before "rupees" that are not Indian rupees. */
export const RUPEE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['indian', 'INR'], ['pakistani', 'PKR'], ['sri', 'LKR'], ['lankan', 'LKR'], ['nepalese', 'NPR'],
]);

/** Duration units in days. */
export const DURATION_UNITS: ReadonlyMap<string, { unit: string; factor: number }> = new Map([
  ['year', { unit: 'years', factor: 1 }], ['years', { unit: 'years', factor: 1 }],
  ['decade', { unit: 'years', factor: 10 }], ['decades', { unit: 'years', factor: 10 }],
  ['month', { unit: 'months', factor: 1 }], ['months', { unit: 'months', factor: 1 }],
  ['week', { unit: 'days', factor: 7 }], ['weeks', { unit: 'days', factor: 7 }],
  ['day', { unit: 'days', factor: 1 }], ['days', { unit: 'days', factor: 1 }],
  ['hour', { unit: 'hours', factor: 1 }], ['hours', { unit: 'hours', factor: 1 }],
]);

/** Month names and abbreviations, keyed in lower case. "may" is checked separately. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7],
  ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12], ['jan', 1], ['feb', 2],
  ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['sept', 9], ['oct', 10],
  ['nov', 11], ['dec', 12],
]);

/** Qualifier phrases (lower case, space separated) and how each bends a value. Longest first. */
export const QUALIFIERS: ReadonlyArray<readonly [string, QualifierClass]> = [
  ['up to around', 'at-most'], ['up to about', 'at-most'], ['just over', 'at-least'], ['just under', 'below'],
  ['more than', 'at-least'], ['greater than', 'at-least'], ['in excess of', 'at-least'], ['upwards of', 'at-least'],
  ['at least', 'at-least'], ['no less than', 'at-least'], ['up to', 'at-most'], ['as much as', 'at-most'],
  ['as many as', 'at-most'], ['at most', 'at-most'], ['less than', 'below'], ['fewer than', 'below'],
  ['close to', 'nearly'], ['an estimated', 'approximate'], ['approximately', 'approximate'], ['approx', 'approximate'],
  ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['some', 'approximate'],
  ['estimated', 'approximate'], ['circa', 'approximate'], ['nearly', 'nearly'], ['almost', 'nearly'],
  ['over', 'at-least'], ['above', 'at-least'], ['under', 'below'], ['below', 'below'],
];

/** Nouns whose counts are people. */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'workers', 'worker', 'residents', 'students', 'voters', 'employees', 'staff',
  'passengers', 'deaths', 'dead', 'victims', 'casualties', 'fatalities', 'survivors', 'refugees', 'migrants',
  'children', 'adults', 'men', 'women', 'soldiers', 'troops', 'officers', 'nurses', 'doctors', 'teachers',
  'engineers', 'professionals', 'tourists', 'visitors', 'citizens', 'nationals', 'individuals',
  'farmers', 'patients', 'injured', 'missing', 'displaced', 'evacuees', 'members', 'recruits', 'sailors', 'airmen', 'pilgrims', 'inmates', 'prisoners', 'hostages',
  'fans', 'spectators', 'delegates', 'participants', 'users', 'customers', 'subscribers', 'volunteers',
  'rescuers', 'labourers', 'laborers', 'trainees', 'researchers', 'scientists', 'graduates', 'applicants',
  'observers', 'monitors', 'personnel', 'officials', 'lawmakers', 'protesters', 'demonstrators', 'players', 'athletes',
  'journalists', 'activists', 'firefighters', 'staffers', 'pupils', 'inhabitants', 'respondents', 'delegates', 'villagers',
]);

/** Words that name a running count of people when a number follows them without a noun ("the toll rose to 241"). */
export const TALLY_WORDS: ReadonlySet<string> = new Set([
  'toll', 'tally', 'dead', 'deaths', 'kill', 'kills', 'killed', 'killing', 'injured', 'wounded', 'displaced', 'evacuated', 'missing', 'died',
  'fatalities', 'casualties', 'victims', 'survivors', 'arrested', 'rescued', 'affected',
]);

/** Words that end a counted noun phrase. */
export const PHRASE_STOP_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'as', 'is', 'are',
  'was', 'were', 'will', 'would', 'has', 'have', 'had', 'be', 'been', 'that', 'which', 'who', 'per', 'than',
  'it', 'its', 'this', 'these', 'those', 'while', 'also', 'but', 'into', 'over', 'under', 'since', 'after',
  'before', 'between', 'across', 'during', 'about', 'says', 'said', 'could', 'can', 'may', 'might', 'should',
  'not', 'so', 'if', 'then', 'when', 'where', 'more', 'less', 'each', 'every', 'such', 'other', 'like', 'out',
  'up', 'down', 'off', 'only', 'just', 'all', 'both', 'there', 'here', 'they', 'we', 'he', 'she', 'i', 'you',
  'his', 'her', 'their', 'our', 'my', 'your', 'am', 'pm', 'gmt', 'ist', 'utc', 'edition', 'series', 'some', 'already',
  'still', 'now', 'currently', 'reportedly', 'mostly', 'mainly', 'recently', 'together', 'again', 'nearly', 'almost',
  'respectively', 'yet', 'later', 'earlier', 'ago', 'apiece', 'instead', 'alone',
]);
