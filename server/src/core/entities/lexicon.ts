/** Word lists for entity recognition: titles, organisation suffixes, initiative heads, function words. */

/** Words that introduce a person's name ("Prime Minister X", "his counterpart X"). Multiword titles end with these. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'minister', 'president', 'pm', 'chancellor', 'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'ceo', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'governor', 'senator', 'counterpart', 'king', 'queen', 'prince', 'princess',
  'secretary', 'ambassador', 'spokesperson', 'spokesman', 'spokeswoman', 'mayor', 'director', 'founder',
  'premier', 'leader', 'general', 'gen', 'judge', 'justice', 'commissioner', 'coach', 'manager', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'captain', 'economist', 'analyst', 'chief', 'officer', 'head',
  'deputy', 'vice', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'emir', 'sultan', 'rep', 'sen', 'gov', 'mp', 'mla', 'mep',
]);

/** Final words that make a capitalised phrase an organisation. */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set([
  'ministry', 'bank', 'corporation', 'corp', 'inc', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'gmbh', 'group',
  'agency', 'authority', 'council', 'commission', 'committee', 'institute', 'university', 'company', 'co',
  'motor', 'motors', 'steel', 'electronics', 'electric', 'industries', 'holdings', 'networks', 'realty',
  'association', 'organisation', 'organization', 'party', 'federation', 'union', 'board', 'office', 'department',
  'bureau', 'court', 'parliament', 'police', 'army', 'navy', 'airlines', 'airways', 'energy', 'oil', 'power',
  'systems', 'technologies', 'technology', 'labs', 'foundation', 'trust', 'club', 'fc', 'reserve', 'exchange',
  'capital', 'partners', 'ventures', 'securities', 'insurance', 'pharma', 'pharmaceuticals', 'telecom',
  'communications', 'media', 'news', 'times', 'post', 'press', 'television', 'broadcasting', 'railways',
  'services', 'solutions', 'software', 'semiconductor', 'semiconductors', 'automotive', 'chemicals',
  'petroleum', 'gas', 'mining', 'metals', 'airport', 'hospital', 'school', 'college', 'academy', 'senate',
  'assembly', 'congress', 'cabinet', 'government', 'secretariat', 'alliance', 'coalition', 'league', 'network',
  'data', 'fund', 'investments', 'nations', 'forces', 'guard', 'service', 'centre', 'center', 'united', 'city',
  'rovers', 'athletic', 'wanderers', 'hotspur', 'albion', 'cf', 'sc', 'robotics', 'airline', 'motors',
]);

/** Final words (heads) that make a capitalised phrase a named initiative, programme or agreement. */
export const INITIATIVE_HEADS: ReadonlySet<string> = new Set([
  'initiative', 'partnership', 'mechanism', 'declaration', 'plan', 'forum', 'framework', 'dialogue', 'corridor',
  'rail', 'railway', 'project', 'mission', 'scheme', 'agreement', 'vision', 'programme', 'program', 'strategy',
  'pact', 'treaty', 'accord', 'accords', 'charter', 'roadmap', 'compact', 'memorandum', 'protocol', 'act',
  'bill', 'policy', 'package', 'deal', 'facility', 'target', 'statement', 'exercise', 'summit', 'conference',
  'convention', 'fellowship', 'award', 'prize', 'games', 'cup', 'championship', 'league', 'year', 'week',
  'highway', 'expressway', 'line', 'metro', 'bridge', 'dam', 'port', 'park', 'zone', 'hub', 'grid', 'law', 'directive',
  'regulation', 'instrument', 'facility',
]);

/** Connecting words allowed inside a capitalised name ("Ministry of External Affairs", "Plan on X"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'on', 'and', 'the', 'de', 'du', 'la', 'le', 'del', 'della', 'van', 'von', 'der', 'den', 'da', 'do', 'dos', 'das', 'di', 'des', 'y', 'e', 'et', 'und', '&',
]);

/** Capitalised words that start sentences or headings but never start a name. */
export const NON_NAME_WORDS: ReadonlySet<string> = SetFrom(`
the a an this that these those it its in on at of for to from by with as and or but if when while after before
during since until under over into onto about above below between among through across against without within
he she they we i you his her their our my your him them us me who whom whose which what where why how all
both each every some any no not more most many much few other another such than then there here also only
just even still yet so very too again now today yesterday tomorrow meanwhile however moreover furthermore
additionally crucially notably similarly finally first second third last next new former previous current
according despite although though because since once where whereas while unlike like beyond toward towards
upon via per following including featuring regarding concerning amid amidst around near along behind
mr mrs ms dr photo image source sources read also advertisement related updated written date by top
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december is are was were be been will would can could should may might must has
have had do does did said says say tell told conclusion introduction summary overview background
`);

/** All-capital tokens that are abbreviations of ordinary words, not organisations. */
export const NON_ENTITY_ACRONYMS: ReadonlySet<string> = SetFrom(`
AI CEO CFO CTO COO GDP GNP IPO EV EVS ICT IT R&D PM MP VP HR PR USD EUR GBP JPY INR CNY RMB FY Q1 Q2 Q3 Q4
AM PM GMT UTC IST EST PST TV OK ID PDF FAQ NGO NGOS SME SMES MSME MSMES MOU MOUS B2B B2C API CO2 COVID
AND THE OF FOR IN ON TO A I II III IV V VI VII VIII IX X XI XII
`);

/** Month and weekday names (lower case): never part of an organisation's or initiative's name. */
export const MONTH_AND_DAY_NAMES: ReadonlySet<string> = SetFrom(`
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
`);

/** Nouns that describe a person in an apposition ("Nadeem Abbasi, a spokesman for ..."). */
export const PERSON_ROLES: ReadonlySet<string> = SetFrom(`
spokesman spokeswoman spokesperson minister president director chairman chairwoman chief executive official
officer analyst economist professor researcher lawyer farmer resident player midfielder striker defender
goalkeeper coach manager founder ceo cfo secretary governor mayor senator lawmaker leader adviser advisor
engineer doctor teacher student activist expert fellow head deputy commissioner ambassador general colonel
`);

/** Verbs of speech after a person's name ("Vivek Bhargava said"). */
export const SPEECH_VERBS: ReadonlySet<string> = SetFrom('said says told added explained warned noted argued wrote stated announced');

/** A set built from whitespace-separated words. */
function SetFrom(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}
