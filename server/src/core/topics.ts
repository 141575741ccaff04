/** What each document is about, and which documents can therefore state the same claim. */
import type { DocumentAnalysis } from './analyze';
import type { RelatedDocuments } from './claims/group';
import type { ResolvedEntity } from './entities/resolve';
import { countryOfPlace } from './entities/gazetteer';
import { mainCountries } from './claims/signature';
import { flat } from './format';

const topicsOfAnalysis = new WeakMap<DocumentAnalysis, readonly string[]>();

/**
 * The topics a document has whatever the rest of the corpus says: its cities and regions, other capitalised names
 * inside sentences, and its main countries. Worked out once per analysis, as names are resolved again after edits.
 */
function topicsOfItsOwn(analysis: DocumentAnalysis): readonly string[] {
  const known = topicsOfAnalysis.get(analysis);
  if (known) return known;
  const topics = new Set<string>();
  for (const entity of analysis.entities) if (entity.kind === 'place' && countryOfPlace(entity.key) !== entity.key) topics.add(entity.key);
  for (const candidate of analysis.candidates) {
    if (!candidate.initial) topics.add(candidate.key.startsWith('titled:') ? flat`name:${candidate.key.slice('titled:'.length)}` : candidate.key);
  }
  for (const country of mainCountries(analysis.entities)) topics.add(`main:${country}`);
  const list = [...topics];
  topicsOfAnalysis.set(analysis, list);
  return list;
}

/**
 * What a document is about, for deciding which documents can state the same claim: its named people,
 * organisations and initiatives, other capitalised names inside sentences, its cities and regions, and its
 * main countries.
 */
export function documentTopics(analysis: DocumentAnalysis, entityIndexes: readonly number[], entities: readonly ResolvedEntity[]): Set<string> {
  const topics = new Set<string>();
  for (const index of entityIndexes) if (entities[index]!.kind !== 'place') topics.add(entities[index]!.id);
  for (const topic of topicsOfItsOwn(analysis)) topics.add(topic);
  return topics;
}

/** Below this many documents every topic is distinctive: a small folder is usually one story. */
const SMALL_CORPUS = 40;
/** The largest share of the documents a topic may appear in and still tie two of them to one story. */
const DISTINCTIVE_SHARE = 0.05;

/** How many documents have each topic, which decides whether a topic is distinctive. */
export class TopicCounts {
  private readonly counts = new Map<string, number>();

  /** Counts the topics of every document. */
  constructor(topics: Iterable<ReadonlySet<string>>, private readonly documents: number) {
    for (const set of topics) for (const topic of set) this.counts.set(topic, (this.counts.get(topic) ?? 0) + 1);
  }

  /** Whether a topic found in `documents` documents singles out a story in this corpus. */
  private isDistinctive(documents: number): boolean {
    return this.documents < SMALL_CORPUS || documents <= Math.max(SMALL_CORPUS, this.documents * DISTINCTIVE_SHARE);
  }

  /** How many documents have a topic. */
  of(topic: string): number {
    return this.counts.get(topic) ?? 0;
  }

  /**
   * The same counts with one document's topics changed from `before` to `after`; null when a topic it gained or lost
   * starts or stops being distinctive, which changes other documents' topics too.
   */
  withChange(before: ReadonlySet<string>, after: ReadonlySet<string>): TopicCounts | null {
    const changed = new TopicCounts([], this.documents);
    for (const [topic, count] of this.counts) changed.counts.set(topic, count);
    const move = (topic: string, step: number) => {
      const count = this.of(topic) + step;
      changed.counts.set(topic, count);
      return this.isDistinctive(this.of(topic)) === this.isDistinctive(count);
    };
    for (const topic of before) if (!after.has(topic) && !move(topic, -1)) return null;
    for (const topic of after) if (!before.has(topic) && !move(topic, 1)) return null;
    return changed;
  }

  /**
   * Keeps only the topics that single out a story: in a large folder, a name or country found in more than
   * one document in twenty (a ministry, the United States) ties together articles about different events.
   */
  distinctive(topics: ReadonlySet<string>): Set<string> {
    return new Set([...topics].filter((topic) => this.isDistinctive(this.of(topic))));
  }
}

/** Whether two sets of topics hold the same members. */
export function sameMembers(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const member of a) if (!b.has(member)) return false;
  return true;
}

/** Two documents can state the same claim when they share a distinctive topic. */
export function relatedByTopics(topics: ReadonlyMap<string, ReadonlySet<string>>): RelatedDocuments {
  return (a, b) => {
    const theirs = topics.get(b)!;
    for (const topic of topics.get(a)!) if (theirs.has(topic)) return true;
    return false;
  };
}
