/**
 * The generator's own template lexicons: countries and their currencies, made-up organisations and people, outlets,
 * story kinds with the facts their articles state, and background sentences. Nothing here is fetched.
 */

export interface Country {
  name: string;
  adjective: string;
  currency: string;
  cities: string[];
  leader: string;
}

export const COUNTRIES: readonly Country[] = [
  { name: 'United States', adjective: 'American', currency: 'USD', cities: ['New York', 'Chicago', 'Houston', 'Seattle', 'Atlanta'], leader: 'President' },
  { name: 'Germany', adjective: 'German', currency: 'EUR', cities: ['Berlin', 'Munich', 'Hamburg', 'Frankfurt', 'Leipzig'], leader: 'Chancellor' },
  { name: 'France', adjective: 'French', currency: 'EUR', cities: ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Lille'], leader: 'President' },
  { name: 'Italy', adjective: 'Italian', currency: 'EUR', cities: ['Rome', 'Milan', 'Turin', 'Naples', 'Bologna'], leader: 'Prime Minister' },
  { name: 'Spain', adjective: 'Spanish', currency: 'EUR', cities: ['Madrid', 'Barcelona', 'Valencia', 'Seville', 'Bilbao'], leader: 'Prime Minister' },
  { name: 'Portugal', adjective: 'Portuguese', currency: 'EUR', cities: ['Lisbon', 'Porto', 'Braga', 'Coimbra'], leader: 'Prime Minister' },
  { name: 'Netherlands', adjective: 'Dutch', currency: 'EUR', cities: ['Amsterdam', 'Rotterdam', 'Utrecht', 'Eindhoven'], leader: 'Prime Minister' },
  { name: 'United Kingdom', adjective: 'British', currency: 'GBP', cities: ['London', 'Manchester', 'Birmingham', 'Leeds', 'Glasgow', 'Sheffield'], leader: 'Prime Minister' },
  { name: 'Japan', adjective: 'Japanese', currency: 'JPY', cities: ['Tokyo', 'Osaka', 'Nagoya', 'Fukuoka', 'Sapporo'], leader: 'Prime Minister' },
  { name: 'India', adjective: 'Indian', currency: 'INR', cities: ['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Hyderabad', 'Pune'], leader: 'Prime Minister' },
  { name: 'China', adjective: 'Chinese', currency: 'CNY', cities: ['Shanghai', 'Beijing', 'Shenzhen', 'Guangzhou', 'Chengdu'], leader: 'Premier' },
  { name: 'Switzerland', adjective: 'Swiss', currency: 'CHF', cities: ['Zurich', 'Geneva', 'Basel', 'Lausanne'], leader: 'President' },
  { name: 'Brazil', adjective: 'Brazilian', currency: 'BRL', cities: ['São Paulo', 'Rio de Janeiro', 'Brasília', 'Salvador', 'Recife'], leader: 'President' },
  { name: 'South Korea', adjective: 'South Korean', currency: 'KRW', cities: ['Seoul', 'Busan', 'Incheon', 'Daegu'], leader: 'President' },
  { name: 'Australia', adjective: 'Australian', currency: 'AUD', cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide'], leader: 'Prime Minister' },
  { name: 'Canada', adjective: 'Canadian', currency: 'CAD', cities: ['Toronto', 'Vancouver', 'Montreal', 'Calgary', 'Ottawa'], leader: 'Prime Minister' },
  { name: 'South Africa', adjective: 'South African', currency: 'ZAR', cities: ['Johannesburg', 'Cape Town', 'Durban', 'Pretoria'], leader: 'President' },
  { name: 'Mexico', adjective: 'Mexican', currency: 'MXN', cities: ['Mexico City', 'Monterrey', 'Guadalajara', 'Puebla'], leader: 'President' },
  { name: 'Sweden', adjective: 'Swedish', currency: 'SEK', cities: ['Stockholm', 'Gothenburg', 'Malmö', 'Uppsala'], leader: 'Prime Minister' },
  { name: 'Singapore', adjective: 'Singaporean', currency: 'SGD', cities: ['Singapore'], leader: 'Prime Minister' },
  { name: 'Thailand', adjective: 'Thai', currency: 'THB', cities: ['Bangkok', 'Chiang Mai', 'Phuket', 'Pattaya'], leader: 'Prime Minister' },
  { name: 'Malaysia', adjective: 'Malaysian', currency: 'MYR', cities: ['Kuala Lumpur', 'Penang', 'Johor Bahru', 'Kuching'], leader: 'Prime Minister' },
];

/** How an amount in a currency can be written: symbols or codes before the number, words after it. */
export interface CurrencyStyle { before: string[]; attached: string[]; after: string[] }

export const CURRENCY_STYLES: Readonly<Record<string, CurrencyStyle>> = {
  USD: { before: ['$', 'US$', 'USD '], attached: ['$'], after: [' dollars', ' US dollars'] },
  EUR: { before: ['€', 'EUR '], attached: ['€'], after: [' euros'] },
  GBP: { before: ['£', 'GBP '], attached: ['£'], after: [' pounds'] },
  JPY: { before: ['¥', 'JPY '], attached: ['¥'], after: [' yen'] },
  INR: { before: ['₹', 'Rs ', 'Rs. ', 'INR '], attached: ['₹'], after: [' rupees'] },
  CNY: { before: ['CNY ', 'RMB '], attached: [], after: [' yuan'] },
  CHF: { before: ['CHF '], attached: [], after: [' Swiss francs'] },
  BRL: { before: ['R$', 'BRL '], attached: ['R$'], after: [' reais'] },
  KRW: { before: ['₩', 'KRW '], attached: ['₩'], after: [' won'] },
  AUD: { before: ['A$', 'AUD '], attached: ['A$'], after: [' Australian dollars'] },
  CAD: { before: ['C$', 'CAD '], attached: ['C$'], after: [' Canadian dollars'] },
  ZAR: { before: ['ZAR '], attached: [], after: [' rand'] },
  MXN: { before: ['MXN '], attached: [], after: [' pesos'] },
  SEK: { before: ['SEK '], attached: [], after: [' kronor'] },
  SGD: { before: ['S$', 'SGD '], attached: ['S$'], after: [' Singapore dollars'] },
  THB: { before: ['฿', 'THB '], attached: [], after: [' baht'] },
  MYR: { before: ['MYR '], attached: [], after: [' ringgit'] },
};

export const FIRST_NAMES = [
  'Amara', 'Daniel', 'Claire', 'Rachel', 'Kenji', 'Priya', 'Lucas', 'Sofia', 'Mateo', 'Hannah', 'Arjun', 'Elena',
  'Tomás', 'Ingrid', 'Yusuf', 'Mei', 'Olivia', 'Rafael', 'Aiko', 'Nikhil', 'Greta', 'Samuel', 'Leila', 'Jonas',
  'Beatriz', 'Hiroshi', 'Chloe', 'Anders', 'Fatima', 'Marco', 'Ji-woo', 'Kavya', 'Pieter', 'Isabel', 'Thabo', 'Noor',
];

export const LAST_NAMES = [
  'Okafor', 'Reyes', 'Whitmore', 'Thornbury', 'Tanaka', 'Raghavan', 'Moreau', 'Castellanos', 'Lindqvist', 'Brennan',
  'Kowalczyk', 'Nakamura', 'Haldane', 'Ferreira', 'Achterberg', 'Siddiqui', 'Vasquez', 'Hollister', 'Mbeki', 'Varga',
  'Delacroix', 'Santoro', 'Iyer', 'Ostrowski', 'Halvorsen', 'Quintero', 'Abernathy', 'Kimura', 'Rasmussen', 'Oyelaran',
  'Pemberton', 'Chaudhry', 'Valdivia', 'Engström', 'Marchetti', 'Odhiambo', 'Fairbanks', 'Yamazaki', 'Bergkamp', 'Duarte',
];

export const NAME_PARTS = [
  'Lumora', 'Harbour', 'North', 'Jade', 'Silver', 'Blue', 'Aster', 'Vantor', 'Kestrel', 'Orion', 'Meridian', 'Cobalt',
  'Sable', 'Verdant', 'Halcyon', 'Tidal', 'Granite', 'Solent', 'Arden', 'Calder', 'Ember', 'Fenwick', 'Larch', 'Quorra',
  'Rivet', 'Stratus', 'Tessel', 'Umbra', 'Wrenfield', 'Zephyr', 'Brightwater', 'Corvid', 'Dunmore', 'Elara', 'Ferro',
];

export const ORG_SUFFIXES = {
  company: ['Robotics', 'Energy', 'Systems', 'Motors', 'Logistics', 'Semiconductors', 'Biotech', 'Networks', 'Foods', 'Materials', 'Aerospace', 'Batteries'],
  investor: ['Capital', 'Ventures', 'Partners', 'Investments', 'Holdings', 'Asset Management'],
  club: ['United', 'Athletic', 'Rovers', 'City', 'Wanderers'],
  bank: ['Development Bank', 'Infrastructure Fund', 'Investment Bank'],
};

export const OUTLETS = [
  'The Daily Ledger', 'Business Standard Review', 'Capital Wire', 'The Morning Courier', 'Global Markets Today',
  'Regional Herald', 'The Evening Post', 'Asia Pacific Monitor', 'Euro Business Journal', 'The Continental',
  'Market Watchtower', 'The Policy Brief', 'Metro Times', 'Financial Dispatch', 'The Observer Weekly',
];

export const SECTORS = [
  'semiconductors', 'clean energy', 'electric vehicles', 'battery storage', 'green hydrogen', 'artificial intelligence',
  'pharmaceuticals', 'food processing', 'railways', 'ports and shipping', 'telecommunications', 'critical minerals',
  'textiles', 'steel', 'aviation', 'data centres', 'water infrastructure', 'agritech',
];

export const PROJECTS = [
  'battery plant', 'rail corridor', 'chip factory', 'offshore wind farm', 'port terminal', 'hydrogen valley',
  'metro line', 'data centre campus', 'solar park', 'steel mill', 'logistics hub', 'pharmaceutical park',
];

/**
 * A fact a story's articles state. `money` facts are amounts in the story's currency; counts carry a noun; percents
 * are plain numbers. Templates use {F} for the figure and the story's slots ({org}, {country}, {project}…).
 */
export interface FactTemplate {
  id: string;
  kind: 'money' | 'count' | 'percent';
  /** The value's range: money in USD (converted to the story currency), counts and percents as they are. */
  low: number;
  high: number;
  /** Whether the figure is a running tally compared only within one date. */
  tally?: boolean;
  noun?: string;
  templates: string[];
  headline?: string[];
}

export interface StoryKind {
  kind: string;
  headlineLead: string[];
  facts: FactTemplate[];
  quotes: string[];
}

export const STORY_KINDS: readonly StoryKind[] = [
  {
    kind: 'investment',
    headlineLead: ['{partnerAdj} investment pledge to {country}', '{partner} to deepen economic ties with {country}'],
    facts: [
      {
        id: 'pledge', kind: 'money', low: 5e9, high: 90e9,
        templates: [
          '{partner} will invest {F} in {country} over the next {period} years, focusing on {sector} and {sector2}.',
          'The investment pledge of {F} over {period} years is the largest {partnerAdj} commitment to {country} so far this decade.',
          'Officials in {capital} said the {F} investment target would be spread over {period} years and include the {project}.',
          'Under the plan, {partnerAdj} companies are expected to invest {F} in {country} across {period} years.',
        ],
        headline: ['{partner} pledges {F} investment in {country}', '{partner} sets {F} investment target for {country}'],
      },
      {
        id: 'earlier', kind: 'money', low: 2e9, high: 40e9,
        templates: [
          'In {prevYear}, {partner} had announced an earlier investment target of {F} for {country}.',
          'The previous pledge, made in {prevYear}, was {F} and was met ahead of schedule, officials said.',
        ],
      },
      {
        id: 'projects', kind: 'count', low: 12, high: 180, noun: 'projects',
        templates: [
          'The investment covers {F} in {sector} and {sector2}, according to a statement from the {ministry}.',
          'About {F} have already been identified for the investment, including the {project} near {city}.',
        ],
      },
      {
        id: 'jobs', kind: 'count', low: 5000, high: 250000, noun: 'jobs',
        templates: [
          'The investment is expected to create {F} in {country} over the period, the {ministry} said.',
          'Officials estimate the pledge will support {F}, most of them in and around {city}.',
        ],
      },
    ],
    quotes: [
      '"This investment reflects our confidence in {country}\'s growth," {person} said after meeting {leader} {leaderName}.',
      '"We want {partnerAdj} companies to see {country} as a long-term home," said {person}, a senior official at the {ministry}.',
    ],
  },
  {
    kind: 'funding',
    headlineLead: ['{org} raises new funding round', 'Start-up {org} lands fresh money from investors'],
    facts: [
      {
        id: 'round', kind: 'money', low: 40e6, high: 900e6,
        templates: [
          '{org}, the {city}-based start-up, has raised {F} in a Series {series} funding round led by {investor}.',
          'The {F} funding round was led by {investor}, with existing backers also taking part.',
          '{org} said the {F} raised in the round would pay for the {project} and new hires in {city}.',
        ],
        headline: ['{org} raises {F} in round led by {investor}', '{investor} leads {F} funding round in {org}'],
      },
      {
        id: 'valuation', kind: 'money', low: 0.5e9, high: 9e9,
        templates: [
          'The round values {org} at {F}, according to people familiar with the deal.',
          'The valuation of {F} makes {org} one of the most valuable {sector} companies in {country}.',
        ],
      },
      {
        id: 'staff', kind: 'count', low: 120, high: 4000, noun: 'employees',
        templates: [
          '{org} has a workforce of {F} in {country} and plans hiring across {city} and abroad.',
          'Founded in {prevYear}, the company now has {F} and operates in several countries.',
        ],
      },
      {
        id: 'growth', kind: 'percent', low: 40, high: 260,
        templates: [
          'Revenue grew {F} last year, though the company remains loss-making.',
          'Its revenue growth of {F} in the past year helped attract {investor}, the company said.',
        ],
      },
    ],
    quotes: [
      '"This gives us the firepower to scale up in {country} and beyond," {person}, chief executive of {org}, said in an interview.',
      '"{org} has the best technology we have seen in {sector}," said {person}, a partner at {investor}.',
    ],
  },
  {
    kind: 'budget',
    headlineLead: ['{country} unveils budget for {year}', '{ministry} spending plans for {year} published'],
    facts: [
      {
        id: 'allocation', kind: 'money', low: 3e9, high: 120e9,
        templates: [
          'The {ministry} budget allocation for {year} is {F}, the finance minister told parliament in {capital}.',
          'Parliament approved spending of {F} for the {ministry} in {year}, including money for the {project}.',
          'The {year} budget earmarked {F} for the {ministry}, according to documents published on {weekday}.',
        ],
        headline: ['{country} sets {F} budget for {ministry}', '{ministry} budget rises to {F}'],
      },
      {
        id: 'gdp-share', kind: 'percent', low: 1, high: 6,
        templates: [
          'The spending is equal to {F} of gross domestic product, the {ministry} said.',
          'That budget amounts to {F} of GDP in {year}, up from the previous year.',
        ],
      },
      {
        id: 'increase', kind: 'percent', low: 3, high: 28,
        templates: [
          'The budget is an increase of {F} on the previous year, the finance ministry said.',
          'Spending on the {ministry} will rise {F} in {year}, officials in {capital} said.',
        ],
      },
    ],
    quotes: [
      '"This budget puts {sector} at the heart of our plans," the finance minister, {person}, said.',
      '"We will scrutinise every line of this spending," said {person}, an opposition spokesperson in {capital}.',
    ],
  },
  {
    kind: 'disaster',
    headlineLead: ['Floods hit {city} region', 'Earthquake strikes near {city}'],
    facts: [
      {
        id: 'deaths', kind: 'count', low: 12, high: 900, noun: 'people', tally: true,
        templates: [
          'At least {F} were killed in the floods around {city}, the disaster management authority said.',
          'The death toll rose to {F}, officials in {city} said on {weekday}.',
        ],
        headline: ['{F} killed as floods hit {city}', 'Death toll rises to {F} near {city}'],
      },
      {
        id: 'injured', kind: 'count', low: 30, high: 3000, noun: 'people', tally: true,
        templates: [
          'Another {F} were injured, many of them in villages outside {city}.',
          'Hospitals in {city} treated {F} who were injured, the health ministry said.',
        ],
      },
      {
        id: 'displaced', kind: 'count', low: 2000, high: 400000, noun: 'people', tally: true,
        templates: [
          'More than {F} have been displaced and are staying in relief camps across {region}.',
          'Authorities said {F} were displaced from their homes along the river near {city}.',
        ],
      },
      {
        id: 'damage', kind: 'money', low: 50e6, high: 8e9,
        templates: [
          'Early estimates put the damage at {F}, according to the {ministry}.',
          'The government said damage to roads, bridges and farms could reach {F}.',
        ],
      },
      {
        id: 'relief', kind: 'money', low: 5e6, high: 400e6,
        templates: [
          'The {ministry} announced relief aid of {F} for families in {region}.',
          '{partner} pledged {F} in emergency aid, its embassy in {capital} said.',
        ],
      },
    ],
    quotes: [
      '"Our teams are working around the clock to reach people who are cut off," said {person}, who leads rescue operations in {city}.',
      '"We lost everything in one night," said a resident of {city} who gave her name as {firstName}.',
    ],
  },
  {
    kind: 'transfer',
    headlineLead: ['{club} complete signing of {player}', '{player} joins {club}'],
    facts: [
      {
        id: 'fee', kind: 'money', low: 10e6, high: 150e6,
        templates: [
          '{club} have agreed a transfer fee of {F} for {player}, the club confirmed.',
          'The {F} fee makes {player} the most expensive signing in the history of {club}.',
          'The transfer, worth {F} including add-ons, was completed after a medical in {city}.',
        ],
        headline: ['{club} sign {player} for {F}', '{player} completes {F} transfer to {club}'],
      },
      {
        id: 'contract', kind: 'count', low: 3, high: 6, noun: 'years',
        templates: [
          '{player} has signed a contract for {F} with {club}.',
          'The deal runs for {F}, with an option to extend, {club} said.',
        ],
      },
    ],
    quotes: [
      '"This is a dream move for me and my family," {player} told the club\'s website.',
      '"{player} is exactly the profile we were looking for," said {person}, sporting director of {club}.',
    ],
  },
  {
    kind: 'trade',
    headlineLead: ['{country} and {partner} sign trade pact', 'Trade between {country} and {partner} hits record'],
    facts: [
      {
        id: 'volume', kind: 'money', low: 8e9, high: 300e9,
        templates: [
          'Bilateral trade between {country} and {partner} reached {F} last year, according to customs data.',
          'Trade between the two countries was worth {F} in {prevYear2}, official figures show.',
        ],
        headline: ['{country}-{partner} trade reaches {F}', 'Trade with {partner} worth {F}, says {country}'],
      },
      {
        id: 'tariff', kind: 'percent', low: 2, high: 35,
        templates: [
          'The pact will cut the average tariff on {sector} to {F}, negotiators said.',
          'Tariffs on {sector} goods will fall to {F} under the agreement.',
        ],
      },
      {
        id: 'exports', kind: 'percent', low: 4, high: 40,
        templates: [
          'Exports of {sector} from {country} to {partner} rose {F} last year.',
          '{country}\'s exports to {partner} increased {F}, driven by {sector}.',
        ],
      },
    ],
    quotes: [
      '"This agreement opens a new chapter for exporters in {city}," said {person}, the trade minister.',
      '"Our farmers and manufacturers will both benefit," {person} told reporters in {capital}.',
    ],
  },
  {
    kind: 'acquisition',
    headlineLead: ['{org} agrees takeover by {investor}', '{investor} buys {org}'],
    facts: [
      {
        id: 'price', kind: 'money', low: 0.3e9, high: 40e9,
        templates: [
          '{investor} has agreed to buy {org} in a deal worth {F}, the companies said.',
          'The {F} acquisition of {org} is expected to close by the end of {year}, subject to approval.',
          'Under the takeover, {investor} will pay {F} for {org}, including debt.',
        ],
        headline: ['{investor} to buy {org} for {F}', '{org} agrees {F} takeover by {investor}'],
      },
      {
        id: 'premium', kind: 'percent', low: 12, high: 60,
        templates: [
          'The offer price is a premium of {F} to {org}\'s closing share price on {weekday}.',
          'Shareholders will receive a premium of {F} over the recent share price.',
        ],
      },
      {
        id: 'workforce', kind: 'count', low: 400, high: 60000, noun: 'employees',
        templates: [
          '{org} has {F}, most of them in {country}.',
          '{investor} said it would keep all {F} of {org} for at least two years.',
        ],
      },
    ],
    quotes: [
      '"Together we will build a leader in {sector}," said {person}, chief executive of {investor}.',
      '"This deal recognises the value our people have built," said {person}, chair of {org}.',
    ],
  },
  {
    kind: 'infrastructure',
    headlineLead: ['Work begins on {project} near {city}', '{country} approves {project}'],
    facts: [
      {
        id: 'cost', kind: 'money', low: 0.2e9, high: 25e9,
        templates: [
          'The {project} near {city} will cost {F}, according to the {ministry}.',
          'Construction of the {project}, estimated to cost {F}, is due to start in {year}.',
          'Officials put the total cost of the {project} at {F}.',
        ],
        headline: ['{country} approves {F} {project}', '{F} {project} planned near {city}'],
      },
      {
        id: 'construction-jobs', kind: 'count', low: 800, high: 40000, noun: 'jobs',
        templates: [
          'The {project} is expected to create {F} during construction.',
          'Local officials said the project would bring {F} to {region}.',
        ],
      },
      {
        id: 'length', kind: 'count', low: 8, high: 600, noun: 'kilometres',
        templates: [
          'The {project} will stretch for {F} between {city} and {city2}.',
          'Plans show the route covering {F} through {region}.',
        ],
      },
    ],
    quotes: [
      '"The {project} will transform how people in {city} live and work," said {person}, the regional governor.',
      '"We have asked for a full environmental review," said {person} of a local residents\' group.',
    ],
  },
  {
    kind: 'loan',
    headlineLead: ['{bank} approves loan for {country}', '{country} secures loan from {bank}'],
    facts: [
      {
        id: 'loan', kind: 'money', low: 0.1e9, high: 12e9,
        templates: [
          'The {bank} approved a loan of {F} to {country} to finance the {project}.',
          '{country} will borrow {F} from the {bank}, the finance ministry said.',
          'The {F} loan will be repaid over {period} years, the {bank} said.',
        ],
        headline: ['{bank} lends {F} to {country}', '{country} secures {F} loan from {bank}'],
      },
      {
        id: 'rate', kind: 'percent', low: 1, high: 7,
        templates: [
          'The loan carries an interest rate of {F} a year, according to the agreement.',
          'The interest rate was set at {F}, below market levels.',
        ],
      },
    ],
    quotes: [
      '"This financing will help {country} build the {project} faster," said {person}, a vice-president at the {bank}.',
      '"We have to make sure this loan does not become a burden for the next generation," said {person}, an economist in {capital}.',
    ],
  },
  {
    kind: 'election',
    headlineLead: ['Voters in {region} go to the polls', 'Election results in {region}'],
    facts: [
      {
        id: 'turnout', kind: 'percent', low: 38, high: 82,
        templates: [
          'Turnout was {F}, the electoral commission said, up from the previous election.',
          'Final turnout reached {F} across {region}, according to the commission.',
        ],
        headline: ['Turnout reaches {F} in {region} election', '{F} turnout in {region} vote'],
      },
      {
        id: 'seats', kind: 'count', low: 20, high: 140, noun: 'seats',
        templates: [
          'The governing party won {F} in the regional assembly, according to official results.',
          '{person}\'s party took {F}, short of a majority in the assembly.',
        ],
      },
      {
        id: 'voters', kind: 'count', low: 200000, high: 9000000, noun: 'voters',
        templates: [
          'About {F} were registered to vote in {region}.',
          'The commission said {F} were eligible to cast ballots in the election.',
        ],
      },
    ],
    quotes: [
      '"People have voted for stability," {person} told supporters in {city}.',
      '"We respect the result but the campaign was not fair," said {person}, leader of the opposition.',
    ],
  },
];

export const MINISTRIES = ['Ministry of Finance', 'Ministry of Defence', 'Ministry of Health', 'Ministry of Education', 'Ministry of Transport', 'Ministry of Industry', 'Ministry of Energy'];
export const REGIONS = ['the northern province', 'the coastal region', 'the eastern districts', 'the southern state', 'the river valley', 'the western highlands'];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Background sentences: context with few or no claimable figures, to reach article length. */
export const BACKGROUND = [
  '{country} has spent the past decade trying to attract more foreign capital into {sector}, with mixed results.',
  'Analysts said the announcement was part of a wider push to diversify supply chains away from a handful of countries.',
  'The {city} area has become a hub for {sector}, drawing engineers and researchers from across {country}.',
  'Critics argue that the benefits of such deals rarely reach smaller towns, and that local firms are often left out.',
  'The news comes as policymakers in {capital} grapple with slowing growth and rising borrowing costs.',
  'Industry groups welcomed the move but called for clearer rules on permits, land and skills training.',
  '{person}, an economist at a research institute in {city}, said the details would matter more than the headline number.',
  'The government has promised to publish a progress report every year so that parliament can track delivery.',
  'Relations between {country} and {partner} have warmed since a series of high-level visits began in {prevYear}.',
  'Business leaders in {city} said they hoped the decision would unlock private money that has been waiting on the sidelines.',
  'Opposition politicians questioned whether the figures had been independently checked before they were announced.',
  'Several companies have already set up offices in {city}, citing the availability of skilled workers and good transport links.',
  'The {ministry} said more details would be released in the coming weeks after consultation with regional authorities.',
  'Environmental groups said any new projects should meet strict standards on emissions and water use.',
  'The announcement was broadly welcomed by markets, with shares of {sector} companies rising in early trading.',
  'Officials stressed that the plan was designed to last beyond the current government and would be reviewed regularly.',
  'Local residents interviewed in {city} were cautiously optimistic, though some worried about rising rents.',
  'The decision follows months of negotiations, some of which took place behind closed doors in {capital}.',
  'Observers noted that similar promises had been made before, and that delivery has often lagged behind ambition.',
  'The {ministry} has set up a special unit to coordinate the work and resolve disputes quickly.',
  'In a statement, {org} said it was committed to working closely with communities and suppliers in {region}.',
  '{person} said the priority now was to turn announcements into contracts, and contracts into construction.',
  'Universities in {city} have expanded courses in {sector} to meet expected demand for graduates.',
  'The move is also seen as a signal to other investors that {country} is open for business.',
  'Trade unions said they would seek guarantees on wages and working conditions at any new sites.',
  'Economists cautioned that global demand for {sector} remains volatile and could shift quickly.',
  'The {partnerAdj} embassy in {capital} described the relationship as one of the most important in the region.',
  'Questions remain over how the spending will be financed and which agencies will oversee it.',
  'A parliamentary committee is expected to examine the proposals before the end of the session.',
  'For many in {region}, the bigger concern is whether the roads, power and water supply can keep up.',
  'The plan builds on a framework agreed by both governments, covering research, training and standards.',
  'Regional newspapers have covered the story extensively, with many focusing on its impact on small businesses.',
  'Several think tanks in {capital} have published reports urging faster reforms to make the most of the opportunity.',
  'Some analysts described the timing as political, coming shortly before regional elections in {region}.',
  'Executives at {org} said they were studying the details and would comment once the terms were final.',
  'Commentators pointed out that the numbers announced so far are targets rather than binding commitments.',
];

export const CLOSINGS = [
  'The {ministry} is expected to publish further details later this month.',
  'Neither side gave a timetable for the next steps.',
  'A follow-up meeting is planned in {city} later this year.',
  '{org} did not respond to a request for further comment.',
  'Talks are expected to continue when officials meet again in {capital}.',
];

export const SCALE_NAMES: ReadonlyArray<{ scale: number; long: string; short: string[] }> = [
  { scale: 1e12, long: 'trillion', short: ['tn'] },
  { scale: 1e9, long: 'billion', short: ['bn'] },
  { scale: 1e6, long: 'million', short: ['m', 'mn'] },
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
