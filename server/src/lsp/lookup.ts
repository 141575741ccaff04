/** Shared by the feature providers: what sits at a position, corpus lookups by id, and core spans as protocol ranges. */
import type { Location, Position, Range } from 'vscode-languageserver';
import type { ClaimRecord } from '../core/claims/index';
import type { CrosscheckConfig } from '../core/config';
import type { CorpusResults } from '../core/corpus';
import type { ResolvedMention } from '../core/entities/listing';
import type { ResolvedEntity } from '../core/entities/resolve';
import { isReviewed } from '../core/findings';
import type { Figure } from '../core/types';
import type { WorkspaceView } from './workspace';

/** A figure under the cursor, with the claim it supports if any. */
export interface FigureTarget { kind: 'figure'; uri: string; figure: Figure; index: number; claim: ClaimRecord | null }

/** An entity mention under the cursor, with its corpus entity. */
export interface EntityTarget { kind: 'entity'; uri: string; mention: ResolvedMention; entity: ResolvedEntity }

/** What a position points at. */
export type Target = FigureTarget | EntityTarget;

interface ResultIndexes { entities: Map<string, ResolvedEntity>; claims: Map<string, ClaimRecord> }

// Results are replaced, never mutated, after a change, so indexes keyed on them stay valid as long as they live.
const indexes = new WeakMap<CorpusResults, ResultIndexes>();

function indexesOf(results: CorpusResults): ResultIndexes {
  let found = indexes.get(results);
  if (!found) {
    found = {
      entities: new Map(results.entities.map((entity) => [entity.id, entity])),
      claims: new Map(results.claims.map((claim) => [claim.id, claim])),
    };
    indexes.set(results, found);
  }
  return found;
}

/** The corpus entity with an id. */
export function entityById(results: CorpusResults, id: string): ResolvedEntity | undefined {
  return indexesOf(results).entities.get(id);
}

/** The claim with an id. */
export function claimById(results: CorpusResults, id: string): ClaimRecord | undefined {
  return indexesOf(results).claims.get(id);
}

function covers(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The figure or entity mention at a position of a corpus document; a figure wins where both are. */
export function targetAt(view: WorkspaceView, uri: string, position: Position): Target | null {
  const lineIndex = view.lineIndex(uri);
  const analysis = view.corpus.analysis(uri);
  if (!lineIndex || !analysis) return null;
  const offset = lineIndex.offsetAt(position);
  const results = view.corpus.results();
  const index = analysis.figures.findIndex((figure) => covers(figure, offset));
  if (index >= 0) {
    const claimId = results.figureClaims.get(uri)?.[index] ?? null;
    return { kind: 'figure', uri, figure: analysis.figures[index]!, index, claim: claimId === null ? null : claimById(results, claimId) ?? null };
  }
  const mention = results.entityMentions.get(uri)?.find((candidate) => covers(candidate, offset));
  const entity = mention && entityById(results, mention.id);
  return mention && entity ? { kind: 'entity', uri, mention, entity } : null;
}

/** A span of a corpus document as a protocol range. */
export function rangeOf(view: WorkspaceView, uri: string, span: { start: number; end: number }): Range | null {
  const lineIndex = view.lineIndex(uri);
  return lineIndex ? { start: lineIndex.positionAt(span.start), end: lineIndex.positionAt(span.end) } : null;
}

/** A span of a corpus document as a protocol location. */
export function locationOf(view: WorkspaceView, uri: string, span: { start: number; end: number }): Location | null {
  const range = rangeOf(view, uri, span);
  return range ? { uri, range } : null;
}

/** The figures of a document that state a claim, both expressions of a paired mention included. */
export function claimFiguresIn(view: WorkspaceView, uri: string, claim: ClaimRecord): Figure[] {
  const figures = view.corpus.analysis(uri)?.figures ?? [];
  return claim.mentions.filter((mention) => mention.path === uri).flatMap((mention) => mention.figures.map((index) => figures[index]!));
}

/** Whether a conflicting claim is marked reviewed in the configuration with its current values. */
export function isReviewedConflict(claim: ClaimRecord, config: CrosscheckConfig): boolean {
  return claim.status === 'conflict' && isReviewed(claim, config);
}
