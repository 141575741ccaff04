/**
 * Each document's listed entity mentions, kept as numbers and built into records only when asked for: a corpus lists
 * dozens of mentions per article, and most of them are never looked at one by one.
 */
import type { EntityKind, EntityMention, NameCandidate } from '../types';

/** A listed mention with its entity's id and kind. */
export interface ResolvedMention { path: string; start: number; end: number; text: string; kind: EntityKind; id: string }

/** What a listed mention needs of its entity. */
export interface ListedEntity { id: string; kind: EntityKind }

/**
 * One document's listing: the names it was read from, and per listed mention (in document order) its origin, an index
 * into `mentions` (n >= 0) or into `candidates` (written ~n, below zero), followed by its entity's index.
 */
export interface ListedDocument {
  mentions: readonly EntityMention[];
  candidates: readonly NameCandidate[];
  listed: Int32Array;
}

/** The origin code of a candidate: below zero, so that one number can point into either list. */
export function candidateOrigin(index: number): number {
  return ~index;
}

/** The listed mentions of every document, by path, and of every entity. */
export class EntityMentions {
  private readonly built = new Map<string, ResolvedMention[]>();

  /** `documents` in corpus order (oldest first): an entity's mentions are listed in that order. */
  constructor(private readonly documents: ReadonlyMap<string, ListedDocument>, private readonly entities: readonly ListedEntity[]) {}

  /** A document's listed mentions in document order, or undefined when it lists none. */
  get(path: string): readonly ResolvedMention[] | undefined {
    const known = this.built.get(path);
    if (known) return known;
    const document = this.documents.get(path);
    if (!document) return undefined;
    const list: ResolvedMention[] = [];
    for (let at = 0; at < document.listed.length; at += 2) list.push(this.mentionAt(path, document, at));
    this.built.set(path, list);
    return list;
  }

  /** The documents that list a mention, in corpus order. */
  paths(): string[] {
    return [...this.documents.keys()];
  }

  /** Every document's listed mentions, in corpus order. */
  entries(): Array<[string, readonly ResolvedMention[]]> {
    return this.paths().map((path) => [path, this.get(path)!]);
  }

  /** The indexes of the entities a document lists, once each, in the order first listed. */
  entityIndexesIn(path: string): number[] {
    const listed = this.documents.get(path)?.listed;
    if (!listed) return [];
    const indexes = new Set<number>();
    for (let at = 1; at < listed.length; at += 2) indexes.add(listed[at]!);
    return [...indexes];
  }

  /** Every listed mention of an entity, document by document in corpus order. */
  ofEntity(id: string): ResolvedMention[] {
    const entityIndex = this.entities.findIndex((entity) => entity.id === id);
    const mentions: ResolvedMention[] = [];
    for (const [path, document] of this.documents) {
      for (let at = 1; at < document.listed.length; at += 2) {
        if (document.listed[at] === entityIndex) mentions.push(this.mentionAt(path, document, at - 1));
      }
    }
    return mentions;
  }

  /** A document's listing, or undefined when it lists nothing. */
  listing(path: string): ListedDocument | undefined {
    return this.documents.get(path);
  }

  /** The same listing with the given documents' listings replaced, over `entities` (the same entities in the same order). */
  withListings(edited: ReadonlyMap<string, ListedDocument>, entities: readonly ListedEntity[]): EntityMentions {
    const documents = new Map(this.documents);
    for (const [path, listing] of edited) documents.set(path, listing);
    return new EntityMentions(documents, entities);
  }

  private mentionAt(path: string, document: ListedDocument, at: number): ResolvedMention {
    const origin = document.listed[at]!;
    const name = origin >= 0 ? document.mentions[origin]! : document.candidates[~origin]!;
    const entity = this.entities[document.listed[at + 1]!]!;
    return { path, start: name.start, end: name.end, text: name.text, kind: entity.kind, id: entity.id };
  }
}
