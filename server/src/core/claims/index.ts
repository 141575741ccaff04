/** Builds the corpus's claims: placed mentions, grouping, value groups, status, labels and explanations. */
import type { DocumentAnalysis } from '../analyze';
import type { CrosscheckConfig } from '../config';
import { convert } from '../fx/index';
import { IdAllocator, slug } from '../ids';
import { placeName } from '../entities/gazetteer';
import { groupClaims, matchedOn, valueGroups, type PlacedMention, type RelatedDocuments } from './group';

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


function mostCommon<T>(items: readonly T[]): T[] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([item]) => item);
}

function labelOf(members: readonly PlacedMention[]): string {
  const signature = (members.find((member) => member.signature.concept !== null) ?? members[0]!).signature;
  const what = signature.dimension === 'money' ? `${signature.concept} amount`
    : signature.dimension === 'people' ? `${signature.concept} (people)`
      : signature.dimension.startsWith('count:') ? `${signature.concept} (${signature.dimension.slice(6)})`
        : `${signature.concept} (${signature.dimension})`;
  const parts = [what];
  const places = mostCommon(members.flatMap((member) => member.signature.places)).slice(0, 2);
  if (places.length > 0) parts.push(places.map(placeName).join(', '));
  const period = mostCommon(members.map((member) => member.signature.periodYears).filter((years) => years !== null))[0];
  if (period !== undefined) parts.push(`${period} years`);
  if (signature.past) parts.push('earlier');
  return parts.join(' · ');
}

/** Places every claimable mention of every document and groups them into claims. */
export function buildClaims(sources: readonly ClaimSource[], config: CrosscheckConfig, related: RelatedDocuments): ClaimRecord[] {
  const placed: PlacedMention[] = [];
  const records: Array<Omit<ClaimMentionRecord, 'group'>> = [];
  for (const source of sources) {
    source.analysis.mentions.forEach((mention, mentionIndex) => {
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
      placed.push({ path: source.path, mentionIndex, sentence: mention.sentence, signature: mention.signature, unit, value, low, high });
      records.push({ path: source.path, mentionIndex, figures: mention.figures, start: figure.start, end: figure.end, value: figure.value, unit: figure.unit, normalised: value });
    });
  }
  const claims: ClaimRecord[] = [];
  const ids = new IdAllocator();
  for (const members of groupClaims(placed, related)) {
    const groups = valueGroups(placed, members);
    const groupOf = new Map<number, number>();
    groups.forEach((group, index) => group.forEach((member) => groupOf.set(member, index)));
    const groupSources = groups.map((group) => new Set(group.map((member) => placed[member]!.path)).size);
    const documents = new Set(members.map((member) => placed[member]!.path)).size;
    const best = Math.max(...groupSources);
    const consensus = groupSources.filter((count) => count === best).length === 1 ? groupSources.indexOf(best) : null;
    const first = placed[members.find((member) => placed[member]!.signature.concept !== null) ?? members[0]!]!;
    const label = labelOf(members.map((member) => placed[member]!));
    const id = ids.allocate(slug(label));
    const reasons = new Set<string>();
    for (const member of members) if (placed[member] !== first) for (const reason of matchedOn(first.signature, placed[member]!.signature)) reasons.add(reason);
    claims.push({
      id, label,
      status: documents < 2 ? 'single' : groups.length > 1 ? 'conflict' : 'agree',
      unit: first.unit,
      matchedOn: [...reasons].map((reason) => (reason.startsWith('place:') ? placeName(reason) : reason)),
      mentions: members.map((member) => ({ ...records[member]!, group: groupOf.get(member)! })),
      groupSources, consensus,
    });
  }
  claims.sort((a, b) => a.id.localeCompare(b.id));
  return claims;
}
