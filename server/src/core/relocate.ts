/**
 * Following the corpus's names through edits without resolving them afresh. An edit that keeps a document's entity
 * mentions and changes only capitalised words that name no entity (a word typed at the start of a sentence, a name
 * half typed) leaves every entity as it was: the document's listed names move with the text, and its topics are read
 * again, unless a changed word starts or stops recurring across the corpus or changes which topics are distinctive.
 */
import type { DocumentAnalysis } from './analyze';
import type { CorpusResults } from './corpus';
import type { CandidateResolution, ResolvedEntity } from './entities/resolve';
import type { ListedDocument } from './entities/listing';
import type { CorpusNames, DocumentEdit, PatchState } from './incremental';
import { compareSpans } from './text';
import { documentTopics, sameMembers } from './topics';
import type { NameCandidate, Span } from './types';

const mentionStructures = new WeakMap<DocumentAnalysis, string>();

/** Everything of an analysis's entity mentions (and its date) that resolution reads, without offsets. */
function mentionStructureOf(analysis: DocumentAnalysis): string {
  const known = mentionStructures.get(analysis);
  if (known !== undefined) return known;
  const structure = JSON.stringify([
    analysis.date?.iso ?? null,
    analysis.entities.map((entity) => [entity.text, entity.kind, entity.key, entity.acronym, entity.longForm, entity.defining, entity.nested]),
  ]);
  mentionStructures.set(analysis, structure);
  return structure;
}

/** Everything of a candidate that resolution and topics read. */
function candidateShape(candidate: NameCandidate): string {
  return JSON.stringify([candidate.text, candidate.key, candidate.initial, candidate.afterThe]);
}

/** Where each of a document's names went in an edit: old span to new span, and old candidate index to new. */
interface MovedNames {
  spans: Map<string, Span>;
  candidates: Map<number, number>;
  /** Whether the edit changed the candidates at all (beyond moving them). */
  changed: boolean;
}

/** The key a span is found under. */
const spanKey = (span: Span) => `${span.start}:${span.end}`;

/**
 * Pairs a document's names before and after an edit that kept its entity mentions: the mentions one for one, and the
 * candidates of each shape occurrence by occurrence. Null when a candidate that came or went names an entity.
 */
function moveNames(edit: DocumentEdit, resolution: CandidateResolution): MovedNames | null {
  const spans = new Map<string, Span>();
  edit.before.entities.forEach((mention, index) => spans.set(spanKey(mention), edit.after.entities[index]!));
  const occurrences = (candidates: readonly NameCandidate[]) => {
    const byShape = new Map<string, number[]>();
    candidates.forEach((candidate, index) => {
      const shape = candidateShape(candidate);
      (byShape.get(shape) ?? byShape.set(shape, []).get(shape)!).push(index);
    });
    return byShape;
  };
  const before = occurrences(edit.before.candidates);
  const after = occurrences(edit.after.candidates);
  const moved = new Map<number, number>();
  let changed = edit.before.candidates.length !== edit.after.candidates.length;
  for (const [shape, indexes] of before) {
    const now = after.get(shape) ?? [];
    if (now.length !== indexes.length) {
      if (resolution.keyOf(edit.before.candidates[indexes[0]!]!) !== null) return null;
      changed = true;
      continue;
    }
    indexes.forEach((index, occurrence) => {
      moved.set(index, now[occurrence]!);
      spans.set(spanKey(edit.before.candidates[index]!), edit.after.candidates[now[occurrence]!]!);
    });
  }
  for (const [shape, indexes] of after) {
    if (before.has(shape)) continue;
    if (resolution.keyOf(edit.after.candidates[indexes[0]!]!) !== null) return null;
    changed = true;
  }
  return { spans, candidates: moved, changed };
}

/**
 * A document's listing with its candidates renumbered as they moved; null when a listed candidate did not move, or
 * the listed names are no longer in text order (one was moved past another), which the listing must be.
 */
function movedListing(listing: ListedDocument | undefined, analysis: DocumentAnalysis, moved: MovedNames): ListedDocument | null {
  if (!listing) return null;
  const listed = listing.listed.slice();
  let previous: Span | null = null;
  for (let at = 0; at < listed.length; at += 2) {
    if (listed[at]! < 0) {
      const index = moved.candidates.get(~listed[at]!);
      if (index === undefined) return null;
      listed[at] = ~index;
    }
    const name: Span = listed[at]! >= 0 ? analysis.entities[listed[at]!]! : analysis.candidates[~listed[at]!]!;
    if (previous && compareSpans(previous, name) > 0) return null;
    previous = name;
  }
  return { mentions: analysis.entities, candidates: analysis.candidates, listed };
}

/**
 * The entities and topics after edits that keep every edited document's entity mentions and change only candidates
 * that name no entity; null when a name cannot be followed or another document's names or topics would change, and
 * entities must be resolved afresh.
 */
export function relocatedNames(results: CorpusResults, state: PatchState, edits: readonly DocumentEdit[]): CorpusNames | null {
  let { candidates, topicCounts, topics } = state;
  const entities: ResolvedEntity[] = [...results.entities];
  const listings = new Map<string, ListedDocument>();
  for (const edit of edits) {
    if (mentionStructureOf(edit.before) !== mentionStructureOf(edit.after)) return null;
    const moved = moveNames(edit, candidates);
    if (!moved) return null;
    const indexes = results.entityMentions.entityIndexesIn(edit.path);
    for (const index of indexes) {
      const entity = entities[index]!;
      if (entity.definition.path !== edit.path) continue;
      const target = moved.spans.get(spanKey(entity.definition));
      if (!target) return null;
      entities[index] = { ...entity, definition: { path: edit.path, start: target.start, end: target.end } };
    }
    if (indexes.length > 0) {
      const listing = movedListing(results.entityMentions.listing(edit.path), edit.after, moved);
      if (!listing) return null;
      listings.set(edit.path, listing);
    }
    if (!moved.changed) continue;
    const afterChange = candidates.afterChange(edit.before.candidates, edit.after.candidates);
    if (!afterChange) return null;
    candidates = afterChange;
    const topicsBefore = documentTopics(edit.before, indexes, results.entities);
    const topicsAfter = documentTopics(edit.after, indexes, results.entities);
    if (sameMembers(topicsBefore, topicsAfter)) continue;
    const counts = topicCounts.withChange(topicsBefore, topicsAfter);
    if (!counts) return null;
    topicCounts = counts;
    topics = new Map(topics).set(edit.path, counts.distinctive(topicsAfter));
  }
  const entityMentions = results.entityMentions.withListings(listings, entities);
  return { entities, entityMentions, topics, topicCounts, candidates, generation: results.generation };
}
