/** Cross-document entity resolution: one id per entity from acronyms, long forms, surnames and user aliases. */
import type { EntityKind, EntityMention, NameCandidate } from '../types';
import { lookupPlace, placeName } from './gazetteer';
import { IdAllocator, slug } from '../ids';
import { compareText } from '../order';
import { compareSpans, type Span } from '../text';
import { initials, nameKey } from './normalise';
import { candidateOrigin, EntityMentions, type ListedDocument } from './listing';

/** The per-document input to resolution, in corpus order (oldest first). */
export interface EntitySource { path: string; mentions: readonly EntityMention[]; candidates: readonly NameCandidate[] }

/** One entity of the corpus. */
export interface ResolvedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  definition: { path: string; start: number; end: number };
  /** How many mentions the corpus lists for it (EntityMentions.ofEntity lists them). */
  mentionCount: number;
  sources: number;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    let next = this.parent.get(root);
    while (next !== undefined && next !== root) {
      root = next;
      next = this.parent.get(root);
    }
    if (next === undefined) this.parent.set(root, root);
    // Every key on the way now points at the root, so the next find of any of them is one lookup.
    for (let node = key; node !== root;) {
      const parent = this.parent.get(node)!;
      this.parent.set(node, root);
      node = parent;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}


/** Resolves every document's mentions into corpus entities; aliasGroups are the user's extra alias lists. */
export function resolveEntities(sources: readonly EntitySource[], aliasGroups: readonly string[][]): {
  entities: ResolvedEntity[];
  mentions: EntityMentions;
  candidates: CandidateResolution;
} {
  const sets = new UnionFind();
  const longForms = new Map<string, Set<string>>();
  const longNames = new Set<string>();
  const personKeys = new Set<string>();
  // Long forms repeat across articles: each text's initials are read once.
  const lettersOfText = new Map<string, Set<string>>();
  const lettersOf = (text: string) => lettersOfText.get(text) ?? lettersOfText.set(text, new Set([initials(text), initialsAfterPlaces(text)])).get(text)!;
  const knownKeys = new Set<string>();
  // Acronyms no document defines, in corpus order: each is matched with the long forms once they are all known.
  const undefinedAcronyms: string[] = [];
  for (const { mentions } of sources) {
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!;
      sets.find(mention.key);
      knownKeys.add(mention.key);
      if (mention.acronym) {
        sets.union(mention.key, `acronym:${mention.acronym}`);
        knownKeys.add(`acronym:${mention.acronym}`);
      }
      const acronymKey = mention.key.startsWith('acronym:');
      if (acronymKey && !mention.acronym) undefinedAcronyms.push(mention.key);
      const longForm = mention.acronym === null ? !acronymKey : mention.text !== mention.acronym;
      if ((mention.kind === 'organization' || mention.kind === 'initiative') && longForm) {
        for (const letters of lettersOf(mention.text)) {
          if (letters.length >= 2) (longForms.get(letters) ?? longForms.set(letters, new Set()).get(letters)!).add(mention.key);
        }
        longNames.add(mention.key);
      }
      if (mention.kind === 'person') personKeys.add(mention.key);
    }
  }
  for (const key of undefinedAcronyms) {
    const matches = longForms.get(key.slice('acronym:'.length));
    if (matches && matches.size === 1) sets.union([...matches][0]!, key);
  }
  for (const [shorter, longer] of containedNames(longNames)) sets.union(longer, shorter);
  for (const group of aliasGroups) {
    const keys = group.flatMap((name) => [`acronym:${name}`, `org:${nameKey(name, false)}`, `initiative:${nameKey(name, true)}`, `person:${name.toLowerCase()}`]);
    const present = keys.filter((key) => knownKeys.has(key));
    for (const key of present.slice(1)) sets.union(present[0]!, key);
  }

  const surnames = new Map<string, string[]>();
  for (const key of personKeys) {
    const words = key.slice('person:'.length).split(' ');
    const surname = words[words.length - 1]!;
    (surnames.get(surname) ?? surnames.set(surname, []).get(surname)!).push(key);
  }
  const namePrefixes = prefixIndex(longNames);
  const namesByFirstWord = new Map<string, string[]>();
  for (const key of longNames) {
    const first = key.slice(key.indexOf(':') + 1).split(' ')[0]!;
    (namesByFirstWord.get(first) ?? namesByFirstWord.set(first, []).get(first)!).push(key);
  }
  const recurringCounts = new Map<string, RecurringCount>();
  for (const source of sources) countRecurring(recurringCounts, source.candidates);
  const recurring = recurringNames(recurringCounts);
  const firstNames = new Map<string, string[]>();
  for (const key of personKeys) {
    const first = key.slice('person:'.length).split(' ')[0]!;
    (firstNames.get(first) ?? firstNames.set(first, []).get(first)!).push(key);
  }
  const candidateKey = candidateResolver({ personKeys, surnames, firstNames, knownKeys, namesByFirstWord, namePrefixes, recurring, longNames });
  // Places are most of the mentions, and a few names make most of them: each text is looked up once.
  const personOfText = new Map<string, string | null>();
  const placeAsPerson = (mention: EntityMention): string | null => {
    const undefinedAcronym = mention.key.startsWith('acronym:') && !mention.acronym;
    if ((mention.kind !== 'place' && !undefinedAcronym) || mention.text.includes(' ')) return null;
    let person = personOfText.get(mention.text);
    if (person === undefined) {
      const matches = surnames.get(mention.text.toLowerCase());
      person = matches && matches.length === 1 ? matches[0]! : null;
      personOfText.set(mention.text, person);
    }
    return person;
  };

  // Listed mentions are numbered across the corpus; what grouping needs of each is kept in parallel lists of numbers
  // and references, so that no record is built per mention (EntityMentions builds them when asked). What building the
  // entities needs of a mention is read while its document's names are at hand, not later entity by entity. The lists
  // are made at their largest size once: grown by push, they left 100 MB of garbage per resolution at 10,000 articles.
  let capacity = 0;
  for (const { mentions, candidates } of sources) capacity += mentions.length + candidates.length;
  let listedCount = 0;
  const listedSource = new Int32Array(capacity);
  const listedOrigin = new Int32Array(capacity);
  const listedKind = new Array<EntityKind>(capacity);
  const listedName = new Array<EntityMention | NameCandidate>(capacity);
  const listedText = new Int32Array(capacity);
  const listedDefining = new Uint8Array(capacity);
  const listedNameLength = new Int32Array(capacity);
  const roots = new Array<string>(capacity);
  // An entity's mentions repeat a few texts thousands of times: each text is numbered and weighed once.
  const textNumbers = new Map<string, number>();
  const texts: string[] = [];
  const textWeights: number[] = [];
  const textNumber = (text: string): number => {
    let number = textNumbers.get(text);
    if (number === undefined) {
      number = texts.length;
      textNumbers.set(text, number);
      texts.push(text);
      textWeights.push(/^[A-Z]+s?$/.test(text) ? 0.5 : 1);
    }
    return number;
  };
  const list = (sourceIndex: number, origin: number, kind: EntityKind, name: EntityMention | NameCandidate, key: string): void => {
    const number = listedCount++;
    listedSource[number] = sourceIndex;
    listedOrigin[number] = origin;
    listedKind[number] = kind;
    listedName[number] = name;
    listedText[number] = textNumber(name.text);
    listedDefining[number] = 'defining' in name && name.defining && !(name.acronym && name.text === name.acronym) ? 1 : 0;
    listedNameLength[number] = nameForm(name).length;
    roots[number] = sets.find(key);
  };
  const groups = new Map<string, number[]>();
  // Each document's listed numbers in text order, one document after another.
  const documentOrder = new Int32Array(capacity);
  const documentStart = new Int32Array(sources.length + 1);
  let ordered = 0;
  // Plain loops rather than forEach over the corpus's mentions: this runs once per computation, mostly before V8
  // has optimised it, and unoptimised code pays a full call per callback.
  for (let sourceIndex = 0; sourceIndex < sources.length; sourceIndex++) {
    const { mentions, candidates } = sources[sourceIndex]!;
    const first = listedCount;
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index]!;
      if (mention.nested) continue;
      const person = placeAsPerson(mention);
      list(sourceIndex, index, person ? 'person' : mention.kind, mention, person ?? mention.key);
    }
    const firstCandidate = listedCount;
    for (let index = 0; index < candidates.length; index++) {
      const key = candidateKey(candidates[index]!);
      if (key) list(sourceIndex, candidateOrigin(index), kindOfKey(key), candidates[index]!, key);
    }
    const order = textOrder(listedName, first, firstCandidate, listedCount);
    // A place inside a resolved name ("Duarte" in "Duarte Vilaça") is part of that name, not a mention of its own.
    let nameEnd = -1;
    for (let at = 0; at < order.length; at++) {
      const number = order[at]!;
      const { end } = listedName[number]!;
      if (listedKind[number] === 'place') {
        if (end <= nameEnd) continue;
      } else {
        nameEnd = Math.max(nameEnd, end);
      }
      const root = roots[number]!;
      (groups.get(root) ?? groups.set(root, []).get(root)!).push(number);
      documentOrder[ordered++] = number;
    }
    documentStart[sourceIndex + 1] = ordered;
  }

  const entities: ResolvedEntity[] = [];
  const entityOfListed = new Int32Array(listedCount);
  const ids = new IdAllocator();
  // The entity each text was last taken for, so that an entity takes each of its texts once.
  const textTakenBy = new Int32Array(texts.length).fill(-1);
  const kinds: EntityKind[] = [];
  const kindWeights: number[] = [];
  for (const [root, members] of groups) {
    const entityIndex = entities.length;
    kinds.length = 0;
    kindWeights.length = 0;
    const entityTexts: string[] = [];
    let sourceCount = 0;
    let lastSource = -1;
    let definedAt = -1;
    let longest = members[0]!;
    for (let at = 0; at < members.length; at++) {
      const number = members[at]!;
      const text = listedText[number]!;
      const kindAt = kinds.indexOf(listedKind[number]!);
      if (kindAt < 0) {
        kinds.push(listedKind[number]!);
        kindWeights.push(textWeights[text]!);
      } else {
        kindWeights[kindAt] += textWeights[text]!;
      }
      if (textTakenBy[text] !== entityIndex) {
        textTakenBy[text] = entityIndex;
        entityTexts.push(texts[text]!);
      }
      // Members are listed in corpus order, so each new source differs from the member's before.
      if (listedSource[number] !== lastSource) {
        lastSource = listedSource[number]!;
        sourceCount++;
      }
      if (definedAt < 0 && listedDefining[number]) definedAt = number;
      if (listedNameLength[number]! > listedNameLength[longest]!) longest = number;
      entityOfListed[number] = entityIndex;
    }
    // The kind with the most weight; of equal weights, the one seen first.
    let kindAt = 0;
    kindWeights.forEach((weight, at) => { if (weight > kindWeights[kindAt]!) kindAt = at; });
    const kind = kinds[kindAt]!;
    if (definedAt < 0) definedAt = members[0]!;
    const definition = listedName[definedAt]!;
    const definitionPath = sources[listedSource[definedAt]!]!.path;
    const name = kind === 'place' ? placeName(root) : nameForm(listedName[longest]!).replace(/\s+/g, ' ');
    entities.push({
      id: ids.allocate(`${kind}:${slug(name) || slug(root)}`), kind, name,
      aliases: [...new Set(entityTexts.map((text) => text.replace(/\s+/g, ' ')))].sort(),
      definition: { path: definitionPath, start: definition.start, end: definition.end },
      mentionCount: members.length,
      sources: sourceCount,
    });
  }
  const sortedIndexes = entities.map((_, index) => index).sort((a, b) => compareText(entities[a]!.id, entities[b]!.id));
  const finalIndex = new Int32Array(entities.length);
  sortedIndexes.forEach((index, position) => { finalIndex[index] = position; });
  const documents = new Map<string, ListedDocument>();
  sources.forEach((source, sourceIndex) => {
    const numbers = documentOrder.subarray(documentStart[sourceIndex]!, documentStart[sourceIndex + 1]!);
    if (numbers.length === 0) return;
    const listed = new Int32Array(numbers.length * 2);
    for (let at = 0; at < numbers.length; at++) {
      listed[2 * at] = listedOrigin[numbers[at]!]!;
      listed[2 * at + 1] = finalIndex[entityOfListed[numbers[at]!]!]!;
    }
    documents.set(source.path, { mentions: source.mentions, candidates: source.candidates, listed });
  });
  const sorted = sortedIndexes.map((index) => entities[index]!);
  return { entities: sorted, mentions: new EntityMentions(documents, sorted), candidates: new CandidateResolution(candidateKey, recurringCounts) };
}

/**
 * The numbers [first, end) in text order of their names, of equal spans the lower number first. Numbers before
 * `split` are a document's mentions and the rest its candidates, each run nearly always in that order already: the
 * two runs are merged, and sorted only when one is out of order.
 */
export function textOrder(names: readonly Span[], first: number, split: number, end: number): number[] {
  const order: number[] = [];
  for (let k = first + 1; k < end; k++) {
    if (k !== split && compareSpans(names[k]!, names[k - 1]!) < 0) {
      for (let number = first; number < end; number++) order.push(number);
      return order.sort((a, b) => compareSpans(names[a]!, names[b]!) || a - b);
    }
  }
  let candidate = split;
  for (let mention = first; mention < split; mention++) {
    while (candidate < end && compareSpans(names[candidate]!, names[mention]!) < 0) order.push(candidate++);
    order.push(mention);
  }
  while (candidate < end) order.push(candidate++);
  return order;
}

/** Whether every word of `part` appears in `whole` in the same order ("Vindhya Hydrogen Valley" in "Vindhya Green Hydrogen Valley"). */
function containsInOrder(whole: readonly string[], part: readonly string[]): boolean {
  let index = 0;
  for (const word of whole) if (word === part[index]) index++;
  return index === part.length && whole.length > part.length;
}

/** The kind a resolution key stands for. */
function kindOfKey(key: string): EntityKind {
  if (key.startsWith('person:')) return 'person';
  if (key.startsWith('initiative:')) return 'initiative';
  return 'organization';
}

/** Initials of a name without its leading places ("Sindh Provincial Disaster Management Authority" -> "PDMA"). */
function initialsAfterPlaces(name: string): string {
  const words = name.split(/\s+/);
  let first = 0;
  while (first < words.length - 1 && lookupPlace(words[first]!)) first++;
  return initials(words.slice(first).join(' '));
}

/** Pairs (shorter, longer) of names where the shorter, of two words or more, ends the only longer one. */
function containedNames(keys: ReadonlySet<string>): Array<[string, string]> {
  const bySuffix = new Map<string, Set<string>>();
  for (const key of keys) {
    const [kind, name] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
    const words = name.split(' ');
    for (let start = 1; start <= words.length - 2; start++) {
      const suffix = `${kind}:${words.slice(start).join(' ')}`;
      (bySuffix.get(suffix) ?? bySuffix.set(suffix, new Set()).get(suffix)!).add(key);
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const key of keys) {
    const longer = bySuffix.get(key);
    if (longer && longer.size === 1) pairs.push([key, [...longer][0]!]);
  }
  return pairs;
}

/** Index from the leading words of organisation and initiative names to the names ("lumora" -> "lumora robotics ltd"). */
function prefixIndex(keys: ReadonlySet<string>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const key of keys) {
    const words = key.slice(key.indexOf(':') + 1).split(' ');
    for (let length = 1; length < words.length; length++) {
      const prefix = words.slice(0, length).join(' ');
      (index.get(prefix) ?? index.set(prefix, new Set()).get(prefix)!).add(key);
    }
  }
  return index;
}

/** What candidates are resolved against: the corpus's entity names indexed several ways, and its recurring names. */
interface NameIndexes {
  personKeys: ReadonlySet<string>;
  surnames: ReadonlyMap<string, string[]>;
  firstNames: ReadonlyMap<string, string[]>;
  knownKeys: ReadonlySet<string>;
  namesByFirstWord: ReadonlyMap<string, string[]>;
  namePrefixes: ReadonlyMap<string, Set<string>>;
  recurring: ReadonlyMap<string, string>;
  longNames: ReadonlySet<string>;
}

/**
 * Resolves candidates to entity keys (null: no entity) against `names`. The same names recur across articles, so each
 * distinct text is resolved once. Kept apart from resolveEntities so that keeping it keeps only what it reads.
 */
function candidateResolver(names: NameIndexes): (candidate: NameCandidate) => string | null {
  const resolved = new Map<string, string | null>();
  return (candidate) => {
    const known = resolved.get(candidate.text);
    if (known !== undefined) return known;
    const key = resolveCandidate(candidate, names);
    resolved.set(candidate.text, key);
    return key;
  };
}

/** The entity key a candidate names, or null. */
function resolveCandidate(candidate: NameCandidate, { personKeys, surnames, firstNames, knownKeys, namesByFirstWord, namePrefixes, recurring, longNames }: NameIndexes): string | null {
  const name = candidateName(candidate);
  if (personKeys.has(`person:${name}`)) return `person:${name}`;
  const matches = name.includes(' ') ? undefined : surnames.get(name) ?? firstNames.get(name);
  if (matches && matches.length === 1) return matches[0]!;
  for (const key of [`org:${nameKey(candidate.text, false)}`, `initiative:${nameKey(candidate.text, true)}`]) if (knownKeys.has(key)) return key;
  const letters = initials(candidate.text);
  if (name.split(' ').length >= 3 && knownKeys.has(`acronym:${letters}`)) return `acronym:${letters}`;
  if (name.split(' ').length >= 3) {
    const words = nameKey(candidate.text, false).split(' ');
    const containing = (namesByFirstWord.get(words[0]!) ?? []).filter((key) => containsInOrder(key.slice(key.indexOf(':') + 1).split(' '), words));
    if (containing.length === 1) return containing[0]!;
  }
  for (const form of [name, name.replace(/^[a-z]{1,3} /, '')]) {
    const longer = namePrefixes.get(form);
    if (longer && longer.size === 1) return [...longer][0]!;
    const known = recurring.get(form) ?? (longNames.has(`org:${form}`) ? `org:${form}` : undefined);
    if (known) return known;
  }
  return null;
}

const MIN_RECURRING_MENTIONS = 3;

/** How often a name is a candidate across the corpus: in all, and inside sentences. */
interface RecurringCount { all: number; inside: number }

/** The name a candidate counts towards recurring names under, or null: longer names count only after "the". */
function recurringName(candidate: NameCandidate): string | null {
  const name = candidateName(candidate);
  return (name.includes(' ') && !candidate.afterThe) || candidate.key.startsWith('titled:') ? null : name;
}

/** Adds (or with `step` -1, takes away) candidates' counts towards recurring names. */
function countRecurring(counts: Map<string, RecurringCount>, candidates: readonly NameCandidate[], step = 1): void {
  for (const candidate of candidates) {
    const name = recurringName(candidate);
    if (name === null) continue;
    const count = counts.get(name) ?? counts.set(name, { all: 0, inside: 0 }).get(name)!;
    count.all += step;
    if (!candidate.initial) count.inside += step;
  }
}

/** Whether a name with these counts recurs. */
function recurs(count: RecurringCount | undefined): boolean {
  return count !== undefined && count.all >= MIN_RECURRING_MENTIONS && count.inside >= 2;
}

/**
 * Capitalised names the recognisers could not classify but that recur inside sentences across the corpus
 * ("Benfica", "Voltora", "the Green Left"): organisations, by far the most common kind of such names in news
 * copy. Longer names count only after "the", since a person's full name is never written that way.
 */
function recurringNames(counts: ReadonlyMap<string, RecurringCount>): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, count] of counts) if (recurs(count)) names.set(name, `org:${name}`);
  return names;
}

/**
 * How the corpus's candidates resolve, kept with the results: an edit that changes only candidates that resolve to
 * no entity, and no name's standing as a recurring name, leaves every other name's resolution as it was.
 */
export class CandidateResolution {
  constructor(
    /** The key a candidate resolves to, or null when it names no entity. */
    readonly keyOf: (candidate: NameCandidate) => string | null,
    private readonly counts: ReadonlyMap<string, RecurringCount>,
  ) {}

  /**
   * The resolution after a document's candidates changed from `before` to `after`; null when a name starts or stops
   * recurring, and names must be resolved afresh.
   */
  afterChange(before: readonly NameCandidate[], after: readonly NameCandidate[]): CandidateResolution | null {
    const changes = new Map<string, RecurringCount>();
    countRecurring(changes, after);
    countRecurring(changes, before, -1);
    let counts: Map<string, RecurringCount> | null = null;
    for (const [name, change] of changes) {
      if (change.all === 0 && change.inside === 0) continue;
      const count = this.counts.get(name);
      const changed = { all: (count?.all ?? 0) + change.all, inside: (count?.inside ?? 0) + change.inside };
      if (recurs(count) !== recurs(changed)) return null;
      (counts ??= new Map(this.counts)).set(name, changed);
    }
    return counts ? new CandidateResolution(this.keyOf, counts) : this;
  }
}

/** A candidate's name: its key without the "name:" or "titled:" before it. */
function candidateName(candidate: NameCandidate): string {
  return candidate.key.slice(candidate.key.indexOf(':') + 1);
}

/** The form of a name its entity can be called by: an acronym's long form, else its text. */
function nameForm(name: EntityMention | NameCandidate): string {
  return ('longForm' in name ? name.longForm : null) ?? name.text;
}
