/** Builds the corpus's claims: placed mentions, grouping, value groups, status, labels and explanations. */
import type { DocumentAnalysis } from '../analyze';
import type { CrosscheckConfig } from '../config';
import { convert } from '../fx/index';
import { IdAllocator, slug } from '../ids';
import { placeName } from '../entities/gazetteer';
import { compareText } from '../order';
import { resizeLayout } from './resize';
import { bucketOf, bucketsOf, claimGroups, joinRestatements, linkBuckets, matchedOn, restatements, valueGroups, type PlacedMention, type RelatedDocuments } from './group';

/** One document as the claim builder sees it. */
export interface ClaimSource { path: string; month: string; analysis: DocumentAnalysis }

/** One mention of a claim in one document. */
export interface ClaimMentionRecord {
  path: string;
  mentionIndex: number;
  /** Indexes of the figures (expressions) of this mention in its document. */
  figures: number[];
  start: number;
  end: number;
  value: number;
  unit: string;
  /** Value in the comparison unit, and the index of the value group it agrees with. */
  normalised: number;
  group: number;
}

/** A claim: the same quantity stated in one or more documents. */
export interface ClaimRecord {
  id: string;
  label: string;
  status: 'agree' | 'conflict' | 'single';
  /** The comparison unit: the base currency for money, else the figures' unit. */
  unit: string;
  matchedOn: string[];
  mentions: ClaimMentionRecord[];
  /** For each value group: how many documents state it. The consensus group has the most, if unique. */
  groupSources: number[];
  consensus: number | null;
}


/** The `limit` items that occur most often, most frequent first, ties in the order they first occur. */
function mostCommon<T>(items: readonly T[], limit: number): T[] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const top: Array<[T, number]> = [];
  for (const entry of counts) {
    let at = top.length;
    while (at > 0 && top[at - 1]![1] < entry[1]) at--;
    if (at < limit) top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map(([item]) => item);
}

function labelOf(members: readonly PlacedMention[]): string {
  const signature = (members.find((member) => member.signature.concept !== null) ?? members[0]!).signature;
  const what = signature.dimension === 'money' ? `${signature.concept} amount`
    : signature.dimension === 'people' ? `${signature.concept} (people)`
      : signature.dimension.startsWith('count:') ? `${signature.concept} (${signature.dimension.slice(6)})`
        : `${signature.concept} (${signature.dimension})`;
  const parts = [what];
  const places = mostCommon(members.flatMap((member) => member.signature.places), 2);
  if (places.length > 0) parts.push(places.map(placeName).join(', '));
  const period = mostCommon(members.map((member) => member.signature.periodYears).filter((years) => years !== null), 1)[0];
  if (period !== undefined) parts.push(`${period} years`);
  if (signature.past) parts.push('earlier');
  return parts.join(' · ');
}

/** A mention placed for grouping, and the record a claim keeps of it. */
interface Placement { placed: PlacedMention; record: Omit<ClaimMentionRecord, 'group'> }

/** Places one claimable mention: its value and interval in the comparison unit, at its document's month. */
function placeMention(source: ClaimSource, mentionIndex: number, config: CrosscheckConfig): Placement {
  const mention = source.analysis.mentions[mentionIndex]!;
  const figure = source.analysis.figures[mention.figures[0]!]!;
  let { value, low, high } = figure;
  let unit = figure.kind === 'money' ? config.baseCurrency : figure.unit;
  if (figure.kind === 'money' && figure.unit !== config.baseCurrency) {
    const converted = convert(1, figure.unit, config.baseCurrency, source.month, config.rates);
    if (converted === null) {
      unit = figure.unit;
    } else {
      value *= converted;
      low *= converted * (1 - config.tolerance);
      high *= converted * (1 + config.tolerance);
    }
  }
  return {
    placed: { path: source.path, mentionIndex, sentence: mention.sentence, signature: mention.signature, unit, value, low, high },
    record: { path: source.path, mentionIndex, figures: mention.figures, start: figure.start, end: figure.end, value: figure.value, unit: figure.unit, normalised: value },
  };
}

/** Places every claimable mention of one document. */
export function placeDocument(source: ClaimSource, config: CrosscheckConfig): Placement[] {
  return source.analysis.mentions.map((_, mentionIndex) => placeMention(source, mentionIndex, config));
}

/** A claim's values, their agreeing groups and its status, from its placed members; id, label and matchedOn are given. */
function claimRecord(members: readonly Placement[], identity: Pick<ClaimRecord, 'id' | 'label' | 'matchedOn'>): ClaimRecord {
  const placed = members.map((member) => member.placed);
  const groups = valueGroups(placed, placed.map((_, index) => index));
  const groupOf = new Int32Array(placed.length);
  groups.forEach((group, index) => {
    for (const member of group) groupOf[member] = index;
  });
  const groupSources = groups.map((group) => new Set(group.map((member) => placed[member]!.path)).size);
  const documents = new Set(placed.map((member) => member.path)).size;
  const best = Math.max(...groupSources);
  const consensus = groupSources.filter((count) => count === best).length === 1 ? groupSources.indexOf(best) : null;
  const first = placed.find((member) => member.signature.concept !== null) ?? placed[0]!;
  return {
    id: identity.id, label: identity.label,
    status: documents < 2 ? 'single' : groups.length > 1 ? 'conflict' : 'agree',
    unit: first.unit, matchedOn: identity.matchedOn,
    mentions: members.map(({ record }, index) => ({
      path: record.path, mentionIndex: record.mentionIndex, figures: record.figures, start: record.start, end: record.end,
      value: record.value, unit: record.unit, normalised: record.normalised, group: groupOf[index]!,
    })),
    groupSources, consensus,
  };
}

/**
 * How the corpus's mentions were grouped, kept so that an edit regroups only the claims it touches. Mentions are
 * numbered across the corpus in source order; a group is named by its smallest member.
 */
export interface ClaimLayout {
  /** The number of each document's first mention. */
  firstMention: Map<string, number>;
  /** Per mention: its document. */
  paths: string[];
  /** Per mention: the bucket it is linked within, or null (see bucketOf). */
  buckets: Array<string | null>;
  /** Each bucket's members, ascending. */
  bucketMembers: Map<string, number[]>;
  /** Per mention: a representative of its component under signature links alone (see linkBuckets). */
  linked: number[];
  /** Per mention: its group once restatements join components. */
  joined: number[];
  /** The id of each group that is a claim, and the base it was numbered from (its label's slug). */
  claimOfGroup: Map<number, { id: string; base: string }>;
  /** The groups numbered from each base: claims that share a base are numbered in the order of their first mentions. */
  groupsOfBase: Map<string, number[]>;
}

/** What a group of placed mentions is called and was matched on. */
function identityOf(members: readonly PlacedMention[]): { label: string; matchedOn: string[] } {
  const first = members.find((member) => member.signature.concept !== null) ?? members[0]!;
  const reasons = matchedOn(first.signature, members.filter((member) => member !== first).map((member) => member.signature));
  return { label: labelOf(members), matchedOn: reasons.map((reason) => (reason.startsWith('place:') ? placeName(reason) : reason)) };
}

/** Places every claimable mention of every document and groups them into claims. */
export function buildClaims(sources: readonly ClaimSource[], config: CrosscheckConfig, related: RelatedDocuments): { claims: ClaimRecord[]; layout: ClaimLayout } {
  const firstMention = new Map<string, number>();
  const placements: Placement[] = [];
  for (const source of sources) {
    firstMention.set(source.path, placements.length);
    placements.push(...placeDocument(source, config));
  }
  const placed = placements.map((placement) => placement.placed);
  const buckets = bucketsOf(placed);
  const linked = [...linkBuckets((index) => placed[index]!, buckets.members.values(), related, placed.length)];
  const everyMention = placed.map((_, index) => index);
  const joined = [...joinRestatements(linked, restatements(placed), everyMention)];
  const claims: ClaimRecord[] = [];
  const claimOfGroup = new Map<number, { id: string; base: string }>();
  const groupsOfBase = new Map<string, number[]>();
  const ids = new IdAllocator();
  for (const members of claimGroups(everyMention, joined, (index) => placed[index]!.signature.concept !== null)) {
    const identity = identityOf(members.map((member) => placed[member]!));
    const base = slug(identity.label);
    const id = ids.allocate(base);
    claimOfGroup.set(members[0]!, { id, base });
    (groupsOfBase.get(base) ?? groupsOfBase.set(base, []).get(base)!).push(members[0]!);
    claims.push(claimRecord(members.map((member) => placements[member]!), { id, ...identity }));
  }
  claims.sort((a, b) => compareText(a.id, b.id));
  const layout = { firstMention, paths: placed.map((mention) => mention.path), buckets: buckets.keys, bucketMembers: buckets.members, linked, joined, claimOfGroup, groupsOfBase };
  return { claims, layout };
}

/** The same claim with its members' values placed afresh from their documents (whose claim structure is unchanged). */
export function revalueClaim(claim: ClaimRecord, sourceOf: (path: string) => ClaimSource, config: CrosscheckConfig): ClaimRecord {
  const members = claim.mentions.map((mention) => placeMention(sourceOf(mention.path), mention.mentionIndex, config));
  return claimRecord(members, claim);
}

/** The claims rebuilt after an edit changed which of a document's amounts restate each other. */
export interface Regrouping {
  layout: ClaimLayout;
  /** The ids of the claims the edit dissolved or rebuilt, and the claims now in their place. */
  replaced: Set<string>;
  claims: ClaimRecord[];
  /** Other claims whose number changed with the claims that share their base: old id -> new id. */
  renamed: Map<string, string>;
  /** The documents whose mentions were regrouped. */
  paths: Set<string>;
}

/** A document's placements, each placed once however many buckets or groups ask for it. */
function placementsOf(sourceOf: (path: string) => ClaimSource, config: CrosscheckConfig): (path: string) => Placement[] {
  const placed = new Map<string, Placement[]>();
  return (path) => placed.get(path) ?? placed.set(path, placeDocument(sourceOf(path), config)).get(path)!;
}

/** Signature links redone in the buckets the edited documents' mentions leave or enter. */
interface Relinked { buckets: Array<string | null>; bucketMembers: Map<string, number[]>; linked: number[]; touched: number[] }

/**
 * Links again the buckets the edited documents' mentions were or are now in, and `left` (buckets that mentions of
 * theirs left when their count changed), after an edit changed how those mentions are worded.
 */
function relink(layout: ClaimLayout, edited: readonly string[], placementsFor: (path: string) => Placement[], related: RelatedDocuments, left: Iterable<string>): Relinked {
  const buckets = [...layout.buckets];
  const bucketMembers = new Map(layout.bucketMembers);
  const affected = new Set(left);
  for (const path of edited) {
    const first = layout.firstMention.get(path)!;
    placementsFor(path).forEach((placement, offset) => {
      const index = first + offset;
      const before = buckets[index]!;
      const after = bucketOf(placement.placed);
      if (before === after) {
        if (after !== null) affected.add(after);
        return;
      }
      if (before !== null) {
        bucketMembers.set(before, bucketMembers.get(before)!.filter((member) => member !== index));
        affected.add(before);
      }
      if (after !== null) {
        bucketMembers.set(after, [...(bucketMembers.get(after) ?? []), index].sort((a, b) => a - b));
        affected.add(after);
      }
      buckets[index] = after;
    });
  }
  for (const key of affected) if (bucketMembers.get(key)!.length === 0) bucketMembers.delete(key);
  const lists = [...affected].flatMap((key) => (bucketMembers.has(key) ? [bucketMembers.get(key)!] : []));
  const mentionAt = (index: number) => {
    const path = layout.paths[index]!;
    return placementsFor(path)[index - layout.firstMention.get(path)!]!.placed;
  };
  const representatives = linkBuckets(mentionAt, lists, related, layout.paths.length);
  const linked = [...layout.linked];
  const touched = lists.flat();
  for (const index of touched) linked[index] = representatives[index]!;
  for (const path of edited) {
    const first = layout.firstMention.get(path)!;
    placementsFor(path).forEach((_, offset) => {
      if (buckets[first + offset] === null) linked[first + offset] = first + offset;
      touched.push(first + offset);
    });
  }
  return { buckets, bucketMembers, linked, touched };
}

/**
 * Regroups the groups that hold the mentions of `edited` documents, after an edit changed which of their amounts
 * restate each other, or (with `related`, how documents relate) how their claims are worded, which links again the
 * buckets they leave or enter. The groups' linked components are joined again through the restatements of every
 * document among them. An edited document that gained or lost mentions has them all regrouped, and every later mention
 * renumbered. Null when the claims formed there cannot be numbered as a full computation would, and the corpus must be
 * grouped afresh.
 */
export function regroupClaims(original: ClaimLayout, edited: readonly string[], sourceOf: (path: string) => ClaimSource, config: CrosscheckConfig, related: RelatedDocuments | null = null): Regrouping | null {
  const placementsFor = placementsOf(sourceOf, config);
  const resized = resizeLayout(original, new Map(edited.map((path) => [path, placementsFor(path).length])));
  // A document's count of mentions changes only with how its claims are worded, which relinks them.
  if (resized && related === null) return null;
  const layout = resized?.layout ?? original;
  const relinked = related === null ? null : relink(layout, edited, placementsFor, related, resized?.buckets ?? []);
  const linked = relinked?.linked ?? layout.linked;
  const groups = new Set<number>(resized?.dissolved);
  for (const path of edited) {
    const first = layout.firstMention.get(path)!;
    placementsFor(path).forEach((_, offset) => groups.add(layout.joined[first + offset]!));
  }
  for (const index of relinked?.touched ?? []) groups.add(layout.joined[index]!);
  const members: number[] = [];
  layout.joined.forEach((group, index) => {
    if (groups.has(group)) members.push(index);
  });
  const paths = new Set(members.map((index) => layout.paths[index]!));
  const placements = new Map<number, Placement>();
  const pairs: Array<[number, number]> = [];
  for (const path of paths) {
    const first = layout.firstMention.get(path)!;
    const placed = placementsFor(path);
    placed.forEach((placement, offset) => placements.set(first + offset, placement));
    for (const [a, b] of restatements(placed.map((placement) => placement.placed))) {
      const inside = [first + a, first + b].filter((index) => groups.has(layout.joined[index]!)).length;
      // The other documents' restatements stay inside the groups they joined; one that reaches out means the layout is stale.
      if (inside === 1) return null;
      if (inside === 2) pairs.push([first + a, first + b]);
    }
  }
  const joinedByIndex = joinRestatements(linked, pairs, members);
  const placed = (index: number) => placements.get(index)!.placed;
  const before = [...groups].filter((group) => layout.claimOfGroup.has(group));
  const after = claimGroups(members, joinedByIndex, (index) => placed(index).signature.concept !== null)
    .map((group) => ({ group, identity: identityOf(group.map(placed)) }));
  const renumbered = renumber(layout, new Set(before), after.map(({ group, identity }) => ({ first: group[0]!, base: slug(identity.label) })));
  if (!renumbered) return null;
  const joined = [...layout.joined];
  for (const index of members) joined[index] = joinedByIndex[index]!;
  const { renamed, ...numbering } = renumbered;
  return {
    layout: { ...layout, ...(relinked && { buckets: relinked.buckets, bucketMembers: relinked.bucketMembers, linked: relinked.linked }), joined, ...numbering },
    replaced: new Set(before.map((group) => layout.claimOfGroup.get(group)!.id)),
    renamed,
    claims: after.map(({ group, identity }) => claimRecord(group.map((index) => placements.get(index)!), { id: renumbered.claimOfGroup.get(group[0]!)!.id, ...identity })),
    paths,
  };
}

/**
 * Numbers regrouped claims as buildClaims would: claims that share a base are numbered base, base-2… in the order of
 * their first mentions, so other claims of the same bases may be renumbered (returned as old id -> new id). Null
 * when a number would collide with another base's id.
 */
function renumber(layout: ClaimLayout, dissolved: ReadonlySet<number>, formed: ReadonlyArray<{ first: number; base: string }>): Pick<ClaimLayout, 'claimOfGroup' | 'groupsOfBase'> & { renamed: Map<string, string> } | null {
  const claimOfGroup = new Map(layout.claimOfGroup);
  const groupsOfBase = new Map(layout.groupsOfBase);
  const bases = new Set([...formed.map((claim) => claim.base), ...[...dissolved].map((group) => layout.claimOfGroup.get(group)!.base)]);
  for (const group of dissolved) claimOfGroup.delete(group);
  for (const base of bases) groupsOfBase.set(base, (groupsOfBase.get(base) ?? []).filter((group) => !dissolved.has(group)));
  for (const { first, base } of formed) groupsOfBase.get(base)!.push(first);
  const taken = new Set([...claimOfGroup.values()].filter((claim) => !bases.has(claim.base)).map((claim) => claim.id));
  const renamed = new Map<string, string>();
  for (const base of bases) {
    const numbered = groupsOfBase.get(base)!.sort((a, b) => a - b);
    if (numbered.length === 0) groupsOfBase.delete(base);
    for (const [n, group] of numbered.entries()) {
      const id = n === 0 ? base : `${base}-${n + 1}`;
      if (taken.has(id)) return null;
      taken.add(id);
      const previous = claimOfGroup.get(group)?.id;
      if (previous !== undefined && previous !== id) renamed.set(previous, id);
      claimOfGroup.set(group, { id, base });
    }
  }
  return { claimOfGroup, groupsOfBase, renamed };
}
