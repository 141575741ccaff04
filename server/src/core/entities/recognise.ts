/** Finds entity mentions in one document: places, people, organisations, initiatives, acronym definitions. */
import type { EntityKind, EntityMention, NameCandidate } from '../types';
import type { Token } from '../figures/tokens';
import { longestPlaceName, lookupPlace, mayNamePlace, startsPlaceName, type Place } from './gazetteer';
import { initials, lowerNameText, nameKey, nameWordCount } from './normalise';
import { flat } from '../format';
import { compareSpans, WordSet } from '../text';
import {
  INITIATIVE_HEADS, MONTH_AND_DAY_NAMES, NAME_CONNECTORS, NON_ENTITY_ACRONYMS, NON_NAME_WORDS, ORGANIZATION_SUFFIXES, PERSON_ROLES,
  PERSON_TITLES, SPEECH_VERBS,
} from './lexicon';

/** What the entity recogniser found in a document. */
export interface EntityResult { mentions: EntityMention[]; candidates: NameCandidate[] }

interface Chunk { first: number; last: number }

/** What a mention may say beyond its kind and key. */
type MentionDetails = Partial<Pick<EntityMention, 'acronym' | 'longForm' | 'defining' | 'nested'>>;

/** A name to keep as a candidate if, once the whole document has been read, it is not an ordinary word. */
interface CandidateProposal { first: number; last: number; titled: boolean; inHeading: boolean }

const TAIL_CONNECTORS = new Set(['on', 'for', 'of']);
const JOINING_PREPOSITIONS = new Set(['in', 'of', 'for', 'on', 'at']);
const HEADING_SHARE = 0.6;
const MAX_ACRONYM = 10;
/** Capitalised runs longer than this are headings or shouting, not names; cutting them keeps the work linear. */
const MAX_NAME_TOKENS = 16;
/** Unclassified names up to this long are kept for the corpus to match against names and acronyms seen elsewhere. */
const MAX_CANDIDATE_WORDS = 6;

function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.casing === 'capitalised';
}

function isAllCaps(token: Token | undefined): boolean {
  return !!token && token.type === 'word' && token.text.length >= 2 && token.text === token.text.toUpperCase() && /[A-Z]/.test(token.text);
}

/** The acronym a word writes (2 to 10 capitals, a plural "s" dropped: "NGOs" is "NGO"), if any. */
function acronymOf(token: Token | undefined): string | null {
  if (!token || token.type !== 'word') return null;
  const { text } = token;
  const length = text.charCodeAt(text.length - 1) === 115 ? text.length - 1 : text.length;
  if (length < 2 || length > MAX_ACRONYM) return null;
  for (let k = 0; k < length; k++) {
    const code = text.charCodeAt(k);
    if (code < 65 || code > 90) return null;
  }
  return length === text.length ? text : text.slice(0, length);
}

/** Marks the tokens of heading lines: lines where most words are capitalised. */
function headingTokens(tokens: readonly Token[]): Uint8Array {
  const heading = new Uint8Array(tokens.length);
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(tokens[i]!.newline && i > lineStart)) continue;
    // A line ending in a full stop is prose, however many capitals it has; most lines are, so they are not counted.
    if (i > lineStart && tokens[i - 1]!.text !== '.') {
      let words = 0;
      let capitalised = 0;
      for (let k = lineStart; k < i; k++) {
        const token = tokens[k]!;
        if (token.type === 'word' && !NAME_CONNECTORS.has(token.lower) && token.lower !== 'a' && token.lower !== 'to') {
          words++;
          if (isCapitalised(token)) capitalised++;
        }
      }
      if (words >= 2 && capitalised / words >= HEADING_SHARE) heading.fill(1, lineStart, i);
    }
    lineStart = i;
  }
  return heading;
}

function isNameToken(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k]!;
  if (isCapitalised(token)) return true;
  if (token.type === 'num' && token.spaced && /^\d{1,2}\.\d$/.test(token.text)) {
    const after = tokens[k + 1];
    return isCapitalised(tokens[k - 1]) && !(after && (after.text === '%' || after.lower === 'per' || after.lower === 'percent'));
  }
  return false;
}

/** Capitalised words that continue a name after a connector; months and weekdays end it ("Commission on November 24"). */
function continuesName(token: Token | undefined): boolean {
  return isCapitalised(token) && !MONTH_AND_DAY_NAMES.has(token!.lower);
}

/** Marks that open a list item. */
const BULLETS = new Set(['-', '•', '*', '·']);
/** Punctuation after which any word is capitalised: sentence ends, colons and quotes. */
const CAPITALISING_PUNCTUATION = new Set(['.', '!', '?', ':', '"', "'"]);

/** Prefixes joined by a hyphen to a lower-case word inside names ("Co-operation", "Non-Aligned"). */
const HYPHEN_PREFIXES = new Set(['co', 'non', 'anti', 'inter', 'pre', 're', 'post', 'pan', 'trans', 'sub', 'self']);

/** Splits the tokens into maximal capitalised runs, joined by connectors and unspaced hyphens, within a line. */
function findChunks(tokens: readonly Token[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i)) {
      i++;
      continue;
    }
    let last = i;
    let k = i + 1;
    while (k < tokens.length && !tokens[k]!.newline && k - i < MAX_NAME_TOKENS) {
      const token = tokens[k]!;
      if (isNameToken(tokens, k)) {
        last = k;
        k++;
      } else if (token.text === '-' && !token.spaced && tokens[k + 1] && !tokens[k + 1]!.spaced && isCapitalised(tokens[k + 1])) {
        k++;
      } else if (token.text === '-' && !token.spaced && tokens[k + 1]?.type === 'word' && !tokens[k + 1]!.spaced && HYPHEN_PREFIXES.has(tokens[k - 1]!.lower)) {
        last = k + 1;
        k += 2;
      } else if (token.type === 'word' && NAME_CONNECTORS.has(token.lower)) {
        let after = k + 1;
        while (tokens[after]?.type === 'word' && NAME_CONNECTORS.has(tokens[after]!.lower) && after - k < 2) after++;
        if (!continuesName(tokens[after]) || tokens[after]!.newline) break;
        k = after;
      } else {
        break;
      }
    }
    chunks.push({ first: i, last });
    i = last + 1;
  }
  return chunks;
}

class DocumentEntities {
  readonly mentions: EntityMention[] = [];
  readonly candidates: NameCandidate[] = [];
  private readonly heading: Uint8Array;
  /** Tokens before this index belong to a name already classified (the acronym inside a definition). */
  private consumed = 0;

  private readonly proposals: CandidateProposal[] = [];
  /** The gazetteer entry of each token's text, filled in as asked for (null: none); the same words are asked about repeatedly. */
  private readonly tokenPlaces: Array<Place | null | undefined>;
  /** One copy of each text and key that mentions and candidates keep: names recur, and every analysis is kept. */
  private readonly strings = new Map<string, string>();

  constructor(private readonly text: string, private readonly tokens: readonly Token[]) {
    this.heading = headingTokens(tokens);
    this.tokenPlaces = new Array<Place | null | undefined>(tokens.length);
  }

  run(): EntityResult {
    for (const chunk of this.joinDefinedNames(findChunks(this.tokens))) {
      if (chunk.first >= this.consumed) this.classify(chunk);
    }
    const ordinaryWords = this.proposedWordsWrittenLowerCase();
    for (const proposal of this.proposals) this.addCandidate(proposal, ordinaryWords);
    this.mentions.sort(compareSpans);
    return { mentions: this.mentions, candidates: this.candidates };
  }

  /**
   * The one-word proposals that the document also writes in lower case: ordinary words, whatever their capital at a
   * sentence start. Only the proposed words are looked for, which is far cheaper than collecting every lower-case word.
   */
  private proposedWordsWrittenLowerCase(): Set<string> {
    const words: string[] = [];
    for (const { first, last } of this.proposals) if (first === last) words.push(this.tokens[first]!.lower);
    const found = new Set<string>();
    if (words.length === 0) return found;
    const proposed = new WordSet(words);
    for (const token of this.tokens) if (token.casing === 'lower' && proposed.has(token.lower)) found.add(token.lower);
    return found;
  }

  /**
   * Joins two names split by a preposition when together they are the long form of the acronym that follows
   * ("Organization for Security and Co-operation in Europe (OSCE)").
   */
  private joinDefinedNames(chunks: Chunk[]): Chunk[] {
    const { tokens } = this;
    const joined: Chunk[] = [];
    for (const chunk of chunks) {
      const previous = joined[joined.length - 1];
      const acronym = tokens[chunk.last + 1]?.text === '(' && tokens[chunk.last + 3]?.text === ')' ? acronymOf(tokens[chunk.last + 2]) : null;
      if (previous && acronym && chunk.first === previous.last + 2 && JOINING_PREPOSITIONS.has(tokens[previous.last + 1]!.lower)
        && initials(this.slice(previous.first, chunk.last)) === acronym) {
        previous.last = chunk.last;
      } else {
        // The chunks are findChunks' own, so a joined name may extend one in place rather than a copy.
        joined.push(chunk);
      }
    }
    return joined;
  }

  /** The document's one copy of a string that a mention or candidate keeps. */
  private shared(value: string): string {
    const known = this.strings.get(value);
    if (known !== undefined) return known;
    this.strings.set(value, value);
    return value;
  }

  /** The document's one copy of a key built from a prefix and a name, as one flat string (keys are kept with the analysis). */
  private sharedKey(prefix: string, name: string): string {
    return this.shared(flat`${prefix}${name}`);
  }

  private slice(first: number, last: number): string {
    return this.text.slice(this.tokens[first]!.start, this.tokens[last]!.end);
  }

  /** Whether token k is a word written in the text just as the token has it (folding changed none of its characters). */
  private isVerbatimWord(k: number): boolean {
    const token = this.tokens[k]!;
    return token.type === 'word' && token.end - token.start === token.text.length && this.text.startsWith(token.text, token.start);
  }

  /** The document's one copy of the text of tokens [first, last]; a single word is the tokenizer's string, already shared. */
  private sharedText(first: number, last: number): string {
    return first === last && this.isVerbatimWord(first) ? this.tokens[first]!.text : this.shared(this.slice(first, last));
  }

  /** The place a token's text names, if any. */
  private placeOfToken(k: number): Place | undefined {
    let place = this.tokenPlaces[k];
    if (place === undefined) {
      place = lookupPlace(this.tokens[k]!.text, this.tokens[k]!.lower) ?? null;
      this.tokenPlaces[k] = place;
    }
    return place ?? undefined;
  }

  /** The place the text of tokens [first, last] names, if any, its spaces collapsed. */
  private placeNamedBy(first: number, last: number): Place | undefined {
    if (first === last && this.isVerbatimWord(first)) return this.placeOfToken(first);
    const name = this.slice(first, last);
    return mayNamePlace(name) ? lookupPlace(name.replace(/\s+/g, ' ')) : undefined;
  }

  /** How many of tokens [first, last] are words. */
  private wordCount(first: number, last: number): number {
    let count = 0;
    for (let k = first; k <= last; k++) if (this.tokens[k]!.type === 'word') count++;
    return count;
  }

  /** Whether every word among tokens [first, last] names a place. */
  private allWordsArePlaces(first: number, last: number): boolean {
    for (let k = first; k <= last; k++) if (this.tokens[k]!.type === 'word' && !this.placeOfToken(k)) return false;
    return true;
  }

  /** Adds a mention; its key is shared already, a gazetteer key or one from sharedKey. */
  private add(first: number, last: number, kind: EntityKind, key: string, details: MentionDetails = {}): void {
    const start = this.tokens[first]!.start;
    const end = this.tokens[last]!.end;
    // Built whole rather than spread from the details: every mention gets one shape, and spreading is slow.
    this.mentions.push({
      start, end, text: this.sharedText(first, last), kind, key,
      acronym: details.acronym ?? null, longForm: details.longForm ?? null, defining: details.defining ?? false, nested: details.nested ?? false,
    });
  }

  /** Places (longest gazetteer match first) inside tokens [first, last], as nested or top-level mentions. */
  private addPlaces(first: number, last: number, nested: boolean): number {
    let found = 0;
    let k = first;
    while (k <= last) {
      let matched = 0;
      if (!startsPlaceName(this.tokens[k]!.text, this.tokens[k]!.lower)) {
        k++;
        continue;
      }
      for (let words = Math.min(longestPlaceName(), last - k + 1); words >= 1 && matched === 0; words--) {
        let end = k;
        let count = 1;
        while (count < words && end + 1 <= last) {
          end++;
          if (this.tokens[end]!.type === 'word') count++;
        }
        if (count !== words || this.tokens[end]!.type !== 'word') continue;
        const place = this.placeNamedBy(k, end);
        if (place && isCapitalised(this.tokens[k])) {
          this.add(k, end, 'place', place.key, { nested });
          matched = end - k + 1;
          found++;
        }
      }
      k += Math.max(1, matched);
    }
    return found;
  }

  private classify(chunk: Chunk): void {
    const { tokens } = this;
    let first = chunk.first;
    let last = chunk.last;
    while (first <= last && tokens[first]!.type === 'word' && NON_NAME_WORDS.has(tokens[first]!.lower) && !this.isDefinedAcronymAt(first)) first++;
    while (last >= first && tokens[last]!.type === 'word' && NAME_CONNECTORS.has(tokens[last]!.lower)) last--;
    while (first <= last && tokens[first]!.type !== 'word') first++;
    if (first > last) return;
    if (this.heading[first]) {
      this.addHeadingEntities(first, last);
      return;
    }
    if (this.tryAcronymDefinition(first, last)) return;
    this.classifyName(first, last);
  }

  private isDefinedAcronymAt(k: number): boolean {
    return acronymOf(this.tokens[k]) !== null && this.tokens[k]!.text.length > 1 && this.tokens[k]!.text !== 'A' && this.tokens[k]!.text !== 'I';
  }

  private addHeadingEntities(first: number, last: number): void {
    for (let k = first; k <= last; k++) {
      const acronym = acronymOf(this.tokens[k]);
      const shouting = isAllCaps(this.tokens[k - 1]) || isAllCaps(this.tokens[k + 1]);
      if (acronym && !shouting && !NON_ENTITY_ACRONYMS.has(acronym) && !lookupPlace(acronym)) this.add(k, k, 'organization', this.sharedKey('acronym:', acronym));
      // A headline in capitals ("NEWCASTLE SEAL SWOOP FOR RIVAS") may still name people and clubs seen elsewhere.
      else if (acronym && shouting && !this.placeOfToken(k)) this.proposeCandidate(k, k, false, true);
    }
    this.addPlaces(first, last, false);
    // A headline's capitalised run may be a name written in full elsewhere ("What is the Vindhya Green Hydrogen Valley").
    const words = this.wordCount(first, last);
    if (words >= 2 && words <= MAX_CANDIDATE_WORDS) this.proposeCandidate(first, last, false, true);
  }

  /** "Long Form (ACR)" and "ACR (Long Form)". */
  private tryAcronymDefinition(first: number, last: number): boolean {
    const { tokens } = this;
    const open = tokens[last + 1];
    const inner = tokens[last + 2];
    const close = tokens[last + 3];
    if (open?.text === '(' && close?.text === ')' && last > first) {
      const acronym = acronymOf(inner);
      const named = this.kindOfName(first, last) !== null;
      if (acronym && !NON_ENTITY_ACRONYMS.has(acronym) && (named || initials(this.slice(first, last)).includes(acronym[0]!))) {
        const longForm = this.slice(first, last);
        const kind = this.kindOfName(first, last) ?? 'organization';
        const key = this.keyOf(kind, longForm);
        this.add(first, last, kind, key, { acronym, longForm, defining: true });
        this.add(last + 2, last + 2, kind, key, { acronym, longForm });
        this.addPlaces(first, last, true);
        this.consumed = last + 4;
        return true;
      }
    }
    const acronym = acronymOf(tokens[first]);
    if (acronym && !NON_ENTITY_ACRONYMS.has(acronym) && first === last && open?.text === '(') {
      let end = last + 2;
      while (end < tokens.length && tokens[end]!.text !== ')' && end - last < 12 && !tokens[end]!.newline) end++;
      if (tokens[end]?.text === ')' && end > last + 2) {
        const longForm = this.slice(last + 2, end - 1);
        if (initials(longForm) === acronym) {
          const kind = this.kindOfName(last + 2, end - 1) ?? 'organization';
          const key = this.keyOf(kind, longForm);
          this.add(first, first, kind, key, { acronym, longForm });
          this.add(last + 2, end - 1, kind, key, { acronym, longForm, defining: true });
          this.addPlaces(last + 2, end - 1, true);
          this.consumed = end + 1;
          return true;
        }
      }
    }
    return false;
  }

  private keyOf(kind: EntityKind, name: string): string {
    return this.sharedKey(kind === 'initiative' ? 'initiative:' : 'org:', nameKey(name, kind === 'initiative'));
  }

  /** The kind a capitalised phrase's head word gives it, if any. */
  private kindOfName(first: number, last: number): EntityKind | null {
    // One token is at most one word of a name, and a one-word name has no kind.
    if (first === last) return null;
    const { tokens } = this;
    let headEnd = last;
    for (let k = first + 1; k < last; k++) {
      if (TAIL_CONNECTORS.has(tokens[k]!.lower)) {
        headEnd = k - 1;
        break;
      }
    }
    while (headEnd > first && tokens[headEnd]!.type === 'num') headEnd--;
    const head = tokens[headEnd]!.lower;
    if (headEnd === last && nameWordCount(this.slice(first, headEnd)) < 2) return null;
    if (INITIATIVE_HEADS.has(head)) return 'initiative';
    if (ORGANIZATION_SUFFIXES.has(head)) return 'organization';
    if (head === 'ministry' || tokens[first]!.lower === 'ministry' || tokens[first]!.lower === 'bank' || tokens[first]!.lower === 'university') return 'organization';
    return null;
  }

  /**
   * A capitalised run like "Trains for the Mumbai-Ahmedabad High-Speed Rail" that is no name as a whole but
   * ends in one: the words before the connector are classified apart from the name after it.
   */
  private splitAtConnector(first: number, last: number): boolean {
    const { tokens } = this;
    for (let k = first + 1; k < last; k++) {
      if (tokens[k]!.type !== 'word' || !NAME_CONNECTORS.has(tokens[k]!.lower)) continue;
      let tail = k + 1;
      while (tail < last && NAME_CONNECTORS.has(tokens[tail]!.lower)) tail++;
      if (this.kindOfName(tail, last) === null) return false;
      this.classifyName(first, k - 1);
      this.classifyName(tail, last);
      return true;
    }
    return false;
  }

  /**
   * Two or three capitalised words used as a person is: followed by a verb of speech ("Vivek Bhargava said"),
   * or by an apposition naming a role or an age ("Nadeem Abbasi, a spokesman", "Ghulam Mustafa, 54,").
   */
  private looksLikePerson(first: number, last: number): boolean {
    const { tokens } = this;
    if (last - first < 1 || last - first > 2) return false;
    for (let k = first; k <= last; k++) if (tokens[k]!.type !== 'word' || !isCapitalised(tokens[k]) || isAllCaps(tokens[k])) return false;
    for (let k = first; k <= last; k++) if (this.placeOfToken(k)?.country || NON_NAME_WORDS.has(tokens[k]!.lower)) return false;
    if (tokens[first - 1]?.lower === 'the') return false;
    const next = tokens[last + 1];
    if (next?.type === 'word' && SPEECH_VERBS.has(next.lower)) return true;
    const previous = tokens[first - 1];
    if (previous?.type === 'word' && SPEECH_VERBS.has(previous.lower)) return true;
    if (next?.text !== ',') return false;
    const after = tokens[last + 2];
    if (after?.type === 'num' && /^\d{1,3}$/.test(after.text) && tokens[last + 3]?.text === ',') return true;
    for (let k = last + 2; k < Math.min(tokens.length, last + 7); k++) {
      const token = tokens[k]!;
      if (token.type !== 'word') break;
      if (PERSON_ROLES.has(token.lower)) return true;
    }
    return false;
  }

  private titleBefore(first: number): boolean {
    const previous = this.tokens[first - 1];
    return !!previous && previous.type === 'word' && PERSON_TITLES.has(previous.lower);
  }

  private classifyName(first: number, last: number): void {
    const { tokens } = this;
    const single = first === last;
    const acronym = single ? acronymOf(tokens[first]) : null;
    if (acronym) {
      const place = this.placeOfToken(first);
      if (place) this.add(first, last, 'place', place.key);
      else if (!NON_ENTITY_ACRONYMS.has(acronym)) this.add(first, last, 'organization', this.sharedKey('acronym:', acronym));
      return;
    }
    const whole = this.placeNamedBy(first, last);
    if (whole) {
      this.add(first, last, 'place', whole.key);
      return;
    }
    if (last === first + 2 && (tokens[first + 1]!.lower === 'and' || tokens[first + 1]!.text === '&') && acronymOf(tokens[first]) && acronymOf(tokens[last])) {
      this.classifyName(first, first);
      this.classifyName(last, last);
      return;
    }
    const kind = this.kindOfName(first, last);
    if (kind === null && this.splitAtConnector(first, last)) return;
    if (kind === 'organization') {
      for (let k = first + 2; k < last; k++) {
        if (tokens[k]!.lower === 'and' && this.kindOfName(k + 1, last) === 'organization') {
          this.classifyName(first, k - 1);
          this.classifyName(k + 1, last);
          return;
        }
      }
    }
    if (kind) {
      let nameFirst = first;
      while (nameFirst < last && PERSON_TITLES.has(tokens[nameFirst]!.lower)) nameFirst++;
      this.add(nameFirst, last, kind, this.keyOf(kind, this.slice(nameFirst, last)));
      this.addPlaces(nameFirst, last, true);
      return;
    }
    const trailingAcronym = acronymOf(tokens[last]);
    const placesBefore = this.allWordsArePlaces(first, last - 1);
    if (trailingAcronym && placesBefore && !NON_ENTITY_ACRONYMS.has(trailingAcronym) && !this.placeOfToken(last)) {
      this.add(first, last, 'organization', this.sharedKey('acronym:', trailingAcronym));
      this.addPlaces(first, last - 1, true);
      return;
    }
    if (this.looksLikePerson(first, last)) {
      this.add(first, last, 'person', this.sharedKey('person:', lowerNameText(this.slice(first, last))), { defining: true });
      return;
    }
    let titled = this.titleBefore(first);
    let lastTitle = -1;
    for (let k = first; k < last; k++) if (PERSON_TITLES.has(tokens[k]!.lower)) lastTitle = k;
    if (lastTitle >= 0) {
      titled = true;
      this.addPlaces(first, lastTitle, false);
    }
    let nameFirst = lastTitle + 1 > first ? lastTitle + 1 : first;
    while (nameFirst < last && (this.placeOfToken(nameFirst)?.country || tokens[nameFirst]!.type !== 'word')) {
      if (tokens[nameFirst]!.type === 'word') this.addPlaces(nameFirst, nameFirst, false);
      nameFirst++;
    }
    if (nameFirst > last) return;
    const nameWordsCount = this.wordCount(nameFirst, last);
    let allCapitalised = true;
    for (let k = nameFirst; k <= last; k++) if (tokens[k]!.type === 'word' && !isCapitalised(tokens[k])) allCapitalised = false;
    if (titled && nameWordsCount <= 3 && allCapitalised) {
      const name = this.slice(nameFirst, last);
      if (nameWordsCount === 1) this.proposeCandidate(nameFirst, last, true);
      else this.add(nameFirst, last, 'person', this.sharedKey('person:', lowerNameText(name)), { defining: true });
      return;
    }
    if (nameWordsCount <= MAX_CANDIDATE_WORDS) this.proposeCandidate(nameFirst, last, false);
    this.addPlaces(nameFirst, last, false);
  }

  private proposeCandidate(first: number, last: number, titled: boolean, inHeading = false): void {
    this.proposals.push({ first, last, titled, inHeading });
  }

  private addCandidate({ first, last, titled, inHeading }: CandidateProposal, ordinaryWords: ReadonlySet<string>): void {
    if (first === last && ordinaryWords.has(this.tokens[first]!.lower)) return;
    if (this.allWordsArePlaces(first, last)) return;
    const start = this.tokens[first]!.start;
    const end = this.tokens[last]!.end;
    const text = this.sharedText(first, last);
    const previous = this.tokens[first - 1];
    const bullet = !!previous && BULLETS.has(previous.text) && (previous.newline || first === 1);
    const initial = inHeading || !previous || this.tokens[first]!.newline || bullet || CAPITALISING_PUNCTUATION.has(previous.text);
    const afterThe = previous?.lower === 'the';
    this.candidates.push({ start, end, text, key: this.sharedKey(titled ? 'titled:' : 'name:', lowerNameText(text)), initial, afterThe });
  }
}

/** Recognises the entity mentions of one document from its tokens. */
export function recogniseEntities(text: string, tokens: readonly Token[]): EntityResult {
  return new DocumentEntities(text, tokens).run();
}
