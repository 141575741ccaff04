/**
 * A claim layout carried over to documents whose number of claim mentions changed. Mentions are numbered across the
 * corpus in document order, so every mention after such a document moves; the layout is renumbered as a full
 * computation would number it, and the documents' old mentions leave their buckets and groups for the regrouping.
 */
import type { ClaimLayout } from './index';

/** A resized layout and what the regrouping must redo: the groups and the buckets the resized documents' old mentions were in. */
export interface ResizedLayout {
  layout: ClaimLayout;
  /** Groups that held an old mention; a group whose first mention is gone is named by that mention's number as a negative (-1 - number). */
  dissolved: Set<number>;
  buckets: Set<string>;
}

/**
 * The layout with each document of `counts` given that many mentions, new ones unlinked and in no bucket (so that
 * relinking places them); null when no count changed.
 */
export function resizeLayout(layout: ClaimLayout, counts: ReadonlyMap<string, number>): ResizedLayout | null {
  const documents = [...layout.firstMention];
  const oldCount = (at: number) => (documents[at + 1]?.[1] ?? layout.paths.length) - documents[at]![1];
  if (documents.every(([path], at) => (counts.get(path) ?? oldCount(at)) === oldCount(at))) return null;

  const renumbered = new Int32Array(layout.paths.length);
  const firstMention = new Map<string, number>();
  const paths: string[] = [];
  const dissolvedOld: number[] = [];
  const buckets = new Set<string>();
  documents.forEach(([path, first], at) => {
    const before = oldCount(at);
    const after = counts.get(path) ?? before;
    firstMention.set(path, paths.length);
    if (after === before) {
      for (let offset = 0; offset < before; offset++) renumbered[first + offset] = paths.length + offset;
    } else {
      for (let old = first; old < first + before; old++) {
        renumbered[old] = -1 - old;
        dissolvedOld.push(layout.joined[old]!);
        const bucket = layout.buckets[old];
        if (bucket != null) buckets.add(bucket);
      }
    }
    for (let offset = 0; offset < after; offset++) paths.push(path);
  });

  const renumber = (index: number) => renumbered[index]!;
  const bucketOfMention: Array<string | null> = new Array(paths.length).fill(null);
  const linked = paths.map((_, index) => index);
  const joined = paths.map((_, index) => index);
  for (let old = 0; old < layout.paths.length; old++) {
    const index = renumbered[old]!;
    if (index < 0) continue;
    bucketOfMention[index] = layout.buckets[old]!;
    // A link to a mention that is gone is redone with its bucket's; a group that lost its first mention is dissolved.
    linked[index] = renumber(layout.linked[old]!);
    joined[index] = renumber(layout.joined[old]!);
  }
  const bucketMembers = new Map<string, number[]>();
  for (const [key, members] of layout.bucketMembers) bucketMembers.set(key, members.map(renumber).filter((index) => index >= 0));
  const claimOfGroup = new Map([...layout.claimOfGroup].map(([group, claim]) => [renumber(group), claim]));
  const groupsOfBase = new Map([...layout.groupsOfBase].map(([base, groups]) => [base, groups.map(renumber)]));
  return {
    layout: { firstMention, paths, buckets: bucketOfMention, bucketMembers, linked, joined, claimOfGroup, groupsOfBase },
    dissolved: new Set(dissolvedOld.map(renumber)),
    buckets,
  };
}
