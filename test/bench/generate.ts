/**
 * The benchmark corpus: N articles in 60 stories of related articles, built from the seeds and from the templates in
 * lexicon.ts, with figures in varied currencies, scales and styles so that claims span many files and some conflict.
 * Deterministic: article i depends only on the generator's seed and i, so the first 1,000 articles of the
 * 10,000-article corpus are the 1,000-article corpus.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convert } from '../../server/src/core/fx/index';
import {
  BACKGROUND, CLOSINGS, COUNTRIES, CURRENCY_STYLES, FIRST_NAMES, LAST_NAMES, MINISTRIES, MONTHS, MONTHS_SHORT, NAME_PARTS,
  ORG_SUFFIXES, OUTLETS, PROJECTS, REGIONS, SCALE_NAMES, SECTORS, STORY_KINDS, WEEKDAYS, type Country, type FactTemplate,
  type StoryKind,
} from './lexicon';
import { Random, seedOf } from './prng';

/** Bump when the output changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 3;
export const STORIES = 60;
const SEED = 20250828;
/** Probability that an article states a fact with a value other sources contradict. */
const CONFLICT_RATE = 0.05;
/** Probability that a paired conversion uses a wrong rate. */
const BAD_CONVERSION_RATE = 0.1;

/** A fact's figure as written in one article. */
export interface FactMention {
  fact: string;
  start: number;
  end: number;
  text: string;
  /** Whether this article's value was deliberately made to disagree. */
  conflicting: boolean;
}

export interface ArticleMeta {
  /** Relative to the corpus folder, with forward slashes. */
  path: string;
  story: number;
  kind: string;
  date: string;
  bytes: number;
  facts: FactMention[];
}

export interface Manifest {
  version: number;
  docs: number;
  bytes: number;
  articles: ArticleMeta[];
}

interface Story {
  index: number;
  kind: StoryKind | null;
  folder: string;
  date: Date;
  country: Country;
  partner: Country;
  slots: Record<string, string>;
  people: string[];
  /** Fact values in the story's home currency (money) or as counts and percents. */
  values: Map<string, number>;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function roundSignificant(value: number, digits: number): number {
  if (value === 0) return 0;
  const power = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - digits + 1);
  return Math.round(value / power) * power;
}

function trimNumber(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.?0+$/, '');
}

function withCommas(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

function orgName(random: Random, suffixes: readonly string[]): string {
  return `${random.pick(NAME_PARTS)}${random.chance(0.4) ? random.pick(['line', 'gate', 'port', 'field', 'mark']) : ''} ${random.pick(suffixes)}`;
}

function makeStory(index: number): Story {
  const random = new Random(seedOf(SEED, 'story', index));
  const kind = index === 0 ? null : STORY_KINDS[(index - 1) % STORY_KINDS.length]!;
  const country = random.pick(COUNTRIES);
  let partner = random.pick(COUNTRIES);
  while (partner === country) partner = random.pick(COUNTRIES);
  const year = random.int(2019, 2025);
  const date = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 26)));
  const people = [personName(random), personName(random), personName(random), personName(random)];
  const [city, city2] = random.sample(country.cities.length > 1 ? country.cities : [...country.cities, ...country.cities], 2);
  const [sector, sector2] = random.sample(SECTORS, 2);
  const slots: Record<string, string> = {
    country: country.name, countryAdj: country.adjective, partner: partner.name, partnerAdj: partner.adjective,
    capital: country.cities[0]!, city: city!, city2: city2!, region: random.pick(REGIONS), ministry: random.pick(MINISTRIES),
    org: orgName(random, ORG_SUFFIXES.company), investor: orgName(random, ORG_SUFFIXES.investor),
    club: `${random.pick(country.cities)} ${random.pick(ORG_SUFFIXES.club)}`, player: personName(random),
    bank: `${random.pick(['Asian', 'European', 'African', 'Atlantic', 'Pacific', 'Nordic'])} ${random.pick(ORG_SUFFIXES.bank)}`,
    leader: country.leader, leaderName: people[3]!, sector: sector!, sector2: sector2!, project: random.pick(PROJECTS),
    period: String(random.pick([3, 5, 5, 7, 10, 10])), prevYear: String(year - random.int(2, 6)), prevYear2: String(year - 1),
    year: String(year + random.int(0, 1)), series: random.pick(['B', 'C', 'D']),
  };
  const values = new Map<string, number>();
  const month = isoDate(date).slice(0, 7);
  for (const fact of kind?.facts ?? []) {
    // Log-uniform within the fact's range, rounded as a newsroom would.
    const raw = Math.exp(Math.log(fact.low) + random.next() * (Math.log(fact.high) - Math.log(fact.low)));
    if (fact.kind === 'money') {
      const home = raw * (convert(1, 'USD', country.currency, month) ?? 1);
      values.set(fact.id, roundSignificant(home, random.pick([2, 2, 3])));
    } else {
      values.set(fact.id, fact.kind === 'percent' ? (raw < 10 ? Math.round(raw * 10) / 10 : Math.round(raw)) : roundSignificant(raw, random.pick([2, 3])));
    }
  }
  const folder = `s${pad(index, 2)}-${kind?.kind ?? 'seed'}-${country.name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return { index, kind, folder, date, country, partner, slots, people, values };
}

/** Writes a money amount in a currency, in one of its styles; `short` prefers headline forms ("$570m"). */
function formatMoney(random: Random, amount: number, currency: string, short: boolean): string {
  const style = CURRENCY_STYLES[currency] ?? { before: [`${currency} `], attached: [], after: [] };
  if (currency === 'INR' && random.chance(0.6) && amount >= 1e7) {
    const crore = roundSignificant(amount / 1e7, 3);
    const prefix = random.pick(['₹', 'Rs ', 'Rs. ', 'INR ']);
    return `${prefix}${crore >= 1e5 && random.chance(0.5) ? `${trimNumber(crore / 1e5, 2)} lakh crore` : `${withCommas(crore)} crore`}`;
  }
  const scale = SCALE_NAMES.find((candidate) => amount >= candidate.scale) ?? SCALE_NAMES[SCALE_NAMES.length - 1]!;
  let mantissa = trimNumber(amount / scale.scale, amount / scale.scale >= 100 ? 0 : amount / scale.scale >= 10 ? 1 : 2);
  if (random.chance(0.15) && scale.scale === 1e9 && amount < 1e10) mantissa = withCommas(amount / 1e6);
  const scaleWord = mantissa.includes(',') ? 'million' : scale.long;
  if ((short || random.chance(0.3)) && style.attached.length > 0 && !mantissa.includes(',')) {
    return `${random.pick(style.attached)}${mantissa}${random.pick(scale.short)}`;
  }
  if (style.after.length > 0 && random.chance(0.3)) return `${mantissa} ${scaleWord}${random.pick(style.after)}`;
  return `${random.pick(style.before)}${mantissa} ${scaleWord}`;
}

function formatCount(random: Random, value: number, noun: string): string {
  if (noun === 'years') return `${random.chance(0.5) ? ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'][value] ?? value : value} years`;
  if (value >= 1e6 && random.chance(0.6)) return `${trimNumber(value / 1e6, 2)} million ${noun}`;
  return `${withCommas(value)} ${noun}`;
}

function formatPercent(random: Random, value: number): string {
  const number = trimNumber(value, 1);
  return `${number}${random.pick(['%', '%', ' per cent', ' percent'])}`;
}

function formatDate(random: Random, date: Date): string {
  const d = date.getUTCDate();
  const m = date.getUTCMonth();
  const y = date.getUTCFullYear();
  return random.pick([
    `${MONTHS[m]} ${d}, ${y}`, `${d} ${MONTHS[m]} ${y}`, isoDate(date), `${pad(d, 2)}/${MONTHS_SHORT[m]}/${y}`,
    `Published: ${d} ${MONTHS[m]} ${y}`, `Updated ${MONTHS_SHORT[m]} ${d}, ${y}`,
  ]);
}

function fill(template: string, slots: Record<string, string>, random: Random, people: readonly string[]): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'person') return random.chance(0.8) ? random.pick(people.slice(0, 3)) : personName(random);
    if (name === 'firstName') return random.pick(FIRST_NAMES);
    if (name === 'weekday') return random.pick(WEEKDAYS);
    return slots[name] ?? whole;
  });
}

/** Builds an article's text piece by piece, remembering where fact figures land. */
class ArticleText {
  private text = '';
  readonly facts: FactMention[] = [];

  append(piece: string): void {
    this.text += piece;
  }

  /** Appends a filled template whose {F} is the figure. */
  appendWithFigure(filled: string, figure: string, fact: string, conflicting: boolean): void {
    const at = filled.indexOf('{F}');
    if (at < 0) {
      this.text += filled;
      return;
    }
    this.text += filled.slice(0, at);
    this.facts.push({ fact, start: this.text.length, end: this.text.length + figure.length, text: figure, conflicting });
    this.text += figure + filled.slice(at + 3);
  }

  get length(): number {
    return this.text.length;
  }

  toString(): string {
    return this.text;
  }
}

/** One article's way of writing figures. */
interface ArticleStyle { currency: string; paired: boolean; month: string }

function figureFor(random: Random, story: Story, fact: FactTemplate, style: ArticleStyle, value: number, short: boolean): string {
  if (fact.kind === 'percent') return formatPercent(random, value);
  if (fact.kind === 'count') return formatCount(random, value, fact.noun ?? 'people');
  const home = story.country.currency;
  const shown = style.currency === home ? value : roundSignificant(convert(value, home, style.currency, style.month) ?? value, 3);
  const primary = formatMoney(random, shown, style.currency, short);
  if (short || !style.paired) return primary;
  const other = style.currency === 'USD' ? home : 'USD';
  if (other === style.currency) return primary;
  let converted = convert(shown, style.currency, other, style.month) ?? shown;
  if (random.chance(BAD_CONVERSION_RATE)) converted *= random.pick([0.6, 1.5, 1.8]);
  return `${primary} (${random.pick(['', 'about ', 'approximately '])}${formatMoney(random, roundSignificant(converted, 2), other, false)})`;
}

const QUALIFIERS = ['', '', '', '', 'about ', 'nearly ', 'more than ', 'around '];

function templateArticle(story: Story, kind: StoryKind, index: number): { text: string; facts: FactMention[]; date: string } {
  const random = new Random(seedOf(SEED, 'article', index));
  const dayOffset = kind.kind === 'disaster' ? random.pick([0, 0, 0, 1]) : random.int(0, 6);
  const date = new Date(story.date.getTime() + dayOffset * 86_400_000);
  const month = isoDate(date).slice(0, 7);
  const currencyRoll = random.next();
  const style: ArticleStyle = {
    currency: currencyRoll < 0.6 ? story.country.currency : currencyRoll < 0.85 ? 'USD' : story.partner.currency,
    paired: random.chance(0.3),
    month,
  };
  const slots = { ...story.slots };
  const people = random.shuffle(story.people);
  const value = (fact: FactTemplate): { value: number; conflicting: boolean } => {
    const base = story.values.get(fact.id)!;
    if (!random.chance(CONFLICT_RATE)) return { value: base, conflicting: false };
    const factor = random.pick([0.5, 0.7, 1.4, 2]);
    return { value: fact.kind === 'money' ? roundSignificant(base * factor, 2) : Math.max(1, Math.round(base * factor)), conflicting: true };
  };

  const out = new ArticleText();
  const [lead, ...rest] = kind.facts;
  const leadValue = value(lead!);
  const headline = lead!.headline ? fill(random.pick(lead!.headline), slots, random, people) : fill(random.pick(kind.headlineLead), slots, random, people);
  out.appendWithFigure(headline, figureFor(random, story, lead!, style, leadValue.value, true), lead!.id, leadValue.conflicting);
  out.append(`\n${formatDate(random, date)}\n`);
  if (random.chance(0.7)) out.append(`By ${personName(random)}${random.chance(0.5) ? `, ${random.pick(OUTLETS)}` : ''}\n`);
  out.append('\n');
  out.append(random.chance(0.5) ? `${slots.city!.toUpperCase()} — ` : '');
  out.appendWithFigure(fill(random.pick(lead!.templates), slots, random, people), figureFor(random, story, lead!, style, leadValue.value, false), lead!.id, leadValue.conflicting);
  out.append(` ${fill(random.pick(BACKGROUND), slots, random, people)}\n\n`);

  const target = random.int(4500, 8000);
  const background = random.shuffle(BACKGROUND);
  let nextBackground = 0;
  const backgroundSentence = () => {
    const template = background[nextBackground++ % background.length]!;
    const sentence = fill(template, slots, random, people);
    // Only sentences that open with a common word can take a linking word in front.
    if (template.startsWith('{') || !random.chance(0.25)) return sentence;
    return `${random.pick(['Meanwhile, ', 'At the same time, ', 'However, ', 'Still, ', 'Separately, '])}${sentence[0]!.toLowerCase()}${sentence.slice(1)}`;
  };
  const blocks: Array<() => void> = [];
  for (const fact of rest) {
    if (!random.chance(0.85)) continue;
    blocks.push(() => {
      const stated = value(fact);
      const qualifier = fact.kind === 'money' ? '' : random.pick(QUALIFIERS);
      const template = fill(random.pick(fact.templates), slots, random, people);
      out.appendWithFigure(template, `${qualifier}${figureFor(random, story, fact, style, stated.value, false)}`, fact.id, stated.conflicting);
      out.append(` ${backgroundSentence()}\n\n`);
    });
  }
  for (const quote of random.sample(kind.quotes, random.int(1, kind.quotes.length))) blocks.push(() => out.append(`${fill(quote, slots, random, people)}\n\n`));
  if (random.chance(0.5)) {
    blocks.push(() => {
      const again = value(lead!);
      out.appendWithFigure(fill(random.pick(lead!.templates), slots, random, people), figureFor(random, story, lead!, style, again.value, false), lead!.id, again.conflicting);
      out.append('\n\n');
    });
  }
  for (const block of random.shuffle(blocks)) {
    block();
    if (random.chance(0.6)) out.append(`${backgroundSentence()} ${backgroundSentence()}\n\n`);
  }
  while (out.length < target) out.append(`${backgroundSentence()} ${backgroundSentence()}${random.chance(0.5) ? ` ${backgroundSentence()}` : ''}\n\n`);
  out.append(`${fill(random.pick(CLOSINGS), slots, random, people)}\n`);
  return { text: out.toString(), facts: out.facts, date: isoDate(date) };
}

function letters(index: number): string {
  let code = '';
  let n = index + 1;
  while (n > 0) {
    code += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  }
  return code;
}

/** An article of the seed story: a seed with some paragraphs left out and a note that makes it unique. */
function seedArticle(seeds: readonly string[], index: number): { text: string; date: string } {
  const random = new Random(seedOf(SEED, 'article', index));
  const seed = seeds[Math.floor(index / STORIES) % seeds.length]!;
  const lines = seed.split('\n');
  const kept = lines.filter((_, line) => line < 4 || random.chance(0.85));
  return { text: `${kept.join('\n')}\nArchive tag ${letters(index)}, desk ${random.pick(OUTLETS)}.\n`, date: '' };
}

function loadSeeds(seedsDir: string): string[] {
  return readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort().map((name) => readFileSync(join(seedsDir, name), 'utf8'));
}

/** Generates `docs` articles into `dir` (replacing it) and returns the manifest, also written to `${dir}.manifest.json`. */
export function generateCorpus(dir: string, docs: number, seedsDir: string): Manifest {
  const seeds = loadSeeds(seedsDir);
  const stories = Array.from({ length: STORIES }, (_, index) => makeStory(index));
  rmSync(dir, { recursive: true, force: true });
  for (const story of stories) mkdirSync(join(dir, story.folder), { recursive: true });
  const articles: ArticleMeta[] = [];
  let bytes = 0;
  for (let index = 0; index < docs; index++) {
    const story = stories[index % STORIES]!;
    const built = story.kind ? templateArticle(story, story.kind, index) : { ...seedArticle(seeds, index), facts: [] };
    const path = `${story.folder}/a${pad(index, 5)}.txt`;
    const size = Buffer.byteLength(built.text);
    writeFileSync(join(dir, path), built.text);
    bytes += size;
    articles.push({ path, story: story.index, kind: story.kind?.kind ?? 'seed', date: built.date, bytes: size, facts: built.facts });
  }
  const manifest: Manifest = { version: GENERATOR_VERSION, docs, bytes, articles };
  writeFileSync(`${dir}.manifest.json`, JSON.stringify(manifest));
  return manifest;
}

/** The corpus of `docs` articles under `root`, generated unless an up-to-date one is there. */
export function ensureCorpus(root: string, docs: number, seedsDir: string): { dir: string; manifest: Manifest } {
  const dir = join(root, `n${docs}`);
  const manifestPath = `${dir}.manifest.json`;
  if (existsSync(manifestPath) && existsSync(dir)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    if (manifest.version === GENERATOR_VERSION && manifest.docs === docs) return { dir, manifest };
  }
  return { dir, manifest: generateCorpus(dir, docs, seedsDir) };
}
