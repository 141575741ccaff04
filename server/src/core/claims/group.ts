/** Groups claim mentions from every document into claims, and splits each claim's values into agreeing groups. */
import type { Signature } from './signature';

/** A claim mention with its value normalised to the corpus's comparison unit. */
export interface PlacedMention {
  path: string;
  mentionIndex: number;
  signature: Signature;
  /** The sentence of the mention in its document: two figures of one sentence are two different claims. */
  sentence: number;
  /** The comparison unit: the base currency for money the rate table converts, else the figure's own unit. */
  unit: string;
  /** Value and interval in the comparison unit. */
  value: number;
  low: number;
  high: number;
}

const PERIOD_SLACK = 0.1;
/** How many members of a forming claim a new mention is compared with. */
const SAMPLE_PER_CLAIM = 8;
/** How many of the claims formed so far a new mention is tried against. */
const RECENT_CLAIMS = 64;
/** Within one article, the same amount stated twice is one claim whatever the wording around it. */
const RESTATEMENT_SLACK = 0.02;
/** The one place of mentions that name none, in sharedFeatureLists. */
const NO_PLACE: readonly string[] = ['*'];

function intersects(a: readonly string[], b: readonly string[]): boolean {
  return a.some((item) => b.includes(item));
}

/** Whether two signatures describe the same claim; every rule here is a reason not to link. */
export function compatible(a: Signature, b: Signature): boolean {
  if (a.dimension !== b.dimension || a.concept === null || a.concept !== b.concept || a.past !== b.past) return false;
  if (a.periodYears !== null && b.periodYears !== null && Math.abs(a.periodYears - b.periodYears) > PERIOD_SLACK * Math.max(a.periodYears, b.periodYears)) return false;
  if (a.asOf !== b.asOf || a.perUnit !== b.perUnit || a.partial !== b.partial || a.forecast !== b.forecast || a.stock !== b.stock) return false;
  if (a.years.length > 0 && b.years.length > 0 && !intersects(a.years, b.years)) return false;
  if (!intersects(a.context, b.context)) return false;
  if (a.places.length > 0 && b.places.length > 0 && !intersects(a.places, b.places)) return false;
  if (a.localities.length > 0 && b.localities.length > 0 && !intersects(a.localities, b.localities)) return false;
  if (a.organizations.length > 0 && !intersects(a.organizations, b.mentionedOrganizations)) return false;
  if (b.organizations.length > 0 && !intersects(b.organizations, a.mentionedOrganizations)) return false;
  return true;
}

/** Within one article, the same amount stated twice ("₹2,000 crore" in the headline and the text) is one claim. */
function restates(first: PlacedMention, second: PlacedMention): boolean {
  const a = first.signature;
  const b = second.signature;
  if (a.concept !== null && b.concept !== null && a.concept !== b.concept) return false;
  if (a.perUnit !== b.perUnit || a.past !== b.past || a.stock !== b.stock || a.forecast !== b.forecast) return false;
  return Math.abs(first.value - second.value) <= RESTATEMENT_SLACK * Math.max(Math.abs(first.value), Math.abs(second.value));
}

/**
 * What a claim's other members were matched on with its first, for explanations: each reason once, in the order
 * the members meet it.
 */
export function matchedOn(first: Signature, others: readonly Signature[]): string[] {
  const reasons = new Set<string>();
  const period = first.periodYears === null ? null : `${first.periodYears} years`;
  for (const other of others) {
    reasons.add(first.concept ?? '');
    for (const place of first.places) if (other.places.includes(place)) reasons.add(place);
    if (period !== null && other.periodYears !== null) reasons.add(period);
  }
  return [...reasons];
}

/** Whether two documents can state the same claim: ones about the same people, organisations or places. */
export type RelatedDocuments = (pathA: string, pathB: string) => boolean;

/**
 * Splits a bucket into lists of mentions that share a country and a context word: the only pairs that
 * compatible() can accept, so a bucket of thousands of mentions is never compared pair by pair.
 */
function sharedFeatureLists(mentionAt: (index: number) => PlacedMention, bucket: readonly number[]): number[][] {
  // Nested by place then word rather than keyed by a joined string: no string is built per mention, place and word.
  const byPlace = new Map<string, Map<string, number[]>>();
  const lists: number[][] = [];
  let anywhere = false;
  for (const index of bucket) {
    const { places, context } = mentionAt(index).signature;
    if (places.length === 0) anywhere = true;
    for (const place of places.length > 0 ? places : NO_PLACE) {
      const byWord = byPlace.get(place) ?? byPlace.set(place, new Map()).get(place)!;
      for (const word of context) {
        let list = byWord.get(word);
        if (!list) {
          list = [];
          byWord.set(word, list);
          lists.push(list);
        }
        list.push(index);
      }
    }
  }
  if (!anywhere) return lists;
  // Mentions with no place at all may match mentions of any place that share a context word.
  const byWord = new Map<string, number[]>();
  for (const index of bucket) for (const word of mentionAt(index).signature.context) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(index);
  return [...lists, ...byWord.values()];
}

/**
 * The pairs of mentions (indexes into `mentions`) that restate one amount within their article: neighbours in value
 * order among the article's mentions of one dimension and unit, in different sentences.
 */
export function restatements(mentions: readonly PlacedMention[]): Array<[number, number]> {
  const perDocument = new Map<string, number[]>();
  mentions.forEach((mention, index) => {
    const documentKey = `${mention.path}|${mention.signature.dimension}|${mention.unit}`;
    (perDocument.get(documentKey) ?? perDocument.set(documentKey, []).get(documentKey)!).push(index);
  });
  const pairs: Array<[number, number]> = [];
  for (const members of perDocument.values()) {
    members.sort((a, b) => mentions[a]!.value - mentions[b]!.value);
    for (let i = 1; i < members.length; i++) {
      const first = mentions[members[i - 1]!]!;
      const second = mentions[members[i]!]!;
      if (first.sentence !== second.sentence && restates(first, second)) pairs.push([members[i - 1]!, members[i]!]);
    }
  }
  return pairs;
}

/** The bucket a mention is linked within (its dimension, unit, concept and time), or null when it names no concept. */
export function bucketOf(mention: PlacedMention): string | null {
  const { dimension, concept, past } = mention.signature;
  return concept === null ? null : `${dimension}|${mention.unit}|${concept}|${past}`;
}

/** Every mention's bucket, and each bucket's members in ascending order. */
export function bucketsOf(mentions: readonly PlacedMention[]): { keys: Array<string | null>; members: Map<string, number[]> } {
  const keys = mentions.map(bucketOf);
  const members = new Map<string, number[]>();
  keys.forEach((key, index) => {
    if (key !== null) (members.get(key) ?? members.set(key, []).get(key)!).push(index);
  });
  return { keys, members };
}

/** The root of an index in a union-find forest of parent indexes, halving the path on the way. */
function rootOf(parent: Int32Array, index: number): number {
  while (parent[index] !== index) {
    parent[index] = parent[parent[index]!]!;
    index = parent[index]!;
  }
  return index;
}

/**
 * Links mentions whose signatures are compatible (connected components) within each bucket (indexes into a list of
 * `size` mentions, ascending); returns, per index, a representative of its component (itself outside the buckets).
 * Values play no part, and mentions of different buckets are never linked, so a bucket can be linked again alone.
 */
export function linkBuckets(mentionAt: (index: number) => PlacedMention, buckets: Iterable<readonly number[]>, related: RelatedDocuments, size: number): Int32Array {
  const parent = new Int32Array(size);
  for (let index = 0; index < size; index++) parent[index] = index;
  const find = (index: number) => rootOf(parent, index);
  const union = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA !== rootB) parent[rootB] = rootA;
  };
  const links = (a: number, b: number) => {
    const first = mentionAt(a);
    const second = mentionAt(b);
    if (first.path === second.path && first.sentence === second.sentence) return false;
    return compatible(first.signature, second.signature) && (first.path === second.path || related(first.path, second.path));
  };
  for (const bucket of buckets) {
    for (const members of sharedFeatureLists(mentionAt, bucket)) {
      // Each mention is compared with a few members of every claim formed so far in the list, not with every
      // member: restatements of one claim by the thousand then cost linear time, not quadratic. It joins a claim
      // only if it matches all of them, so claims do not chain from story to story through one shared name.
      const samples = new Map<number, number[]>();
      const order: number[] = [];
      for (const member of members) {
        // Only the most recently formed claims are tried: members come in date order, so a story's mentions
        // sit close together, and a list of thousands of unrelated claims stays linear.
        const tried: number[] = [];
        for (let index = order.length - 1; index >= 0 && tried.length < RECENT_CLAIMS; index--) {
          const root = find(order[index]!);
          if (tried.includes(root) || root === find(member)) continue;
          tried.push(root);
          if (samples.get(order[index]!)!.every((other) => links(other, member))) union(root, member);
        }
        const root = find(member);
        const sample = samples.get(root);
        if (!sample) {
          samples.set(root, [member]);
          order.push(root);
        } else if (sample.length < SAMPLE_PER_CLAIM) {
          sample.push(member);
        }
      }
    }
  }
  for (let index = 0; index < size; index++) parent[index] = find(index);
  return parent;
}

/**
 * Joins linked components through restatements (pairs of indexes into the same list); returns, per index among
 * `members` (ascending, closed under both), the smallest index of its joined group.
 */
export function joinRestatements(linked: readonly number[], pairs: ReadonlyArray<readonly [number, number]>, members: readonly number[]): Int32Array {
  const parent = new Int32Array(linked.length);
  for (const index of members) parent[index] = index;
  const find = (index: number) => rootOf(parent, index);
  const union = (a: number, b: number) => {
    const rootA = find(a);
    const rootB = find(b);
    if (rootA < rootB) parent[rootB] = rootA;
    else if (rootB < rootA) parent[rootA] = rootB;
  };
  for (const index of members) union(index, linked[index]!);
  for (const [first, second] of pairs) union(first, second);
  for (const index of members) parent[index] = find(index);
  return parent;
}

/** The claims among joined groups of `members` (ascending): those with a mention that names a concept, each in index order, ordered by first member. */
export function claimGroups(members: readonly number[], joined: ArrayLike<number>, namesConcept: (index: number) => boolean): number[][] {
  const groups = new Map<number, number[]>();
  for (const index of members) {
    const root = joined[index]!;
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(index);
  }
  return [...groups.values()].filter((group) => group.some(namesConcept));
}

/** Splits a claim's mentions into groups whose intervals overlap (agreeing values); returns indexes per group. */
export function valueGroups(mentions: readonly PlacedMention[], members: readonly number[]): number[][] {
  const sorted = [...members].sort((a, b) => mentions[a]!.low - mentions[b]!.low);
  const groups: number[][] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const index of sorted) {
    const mention = mentions[index]!;
    if (groups.length === 0 || mention.low > reach) {
      groups.push([index]);
      reach = mention.high;
    } else {
      groups[groups.length - 1]!.push(index);
      reach = Math.max(reach, mention.high);
    }
  }
  return groups;
}
