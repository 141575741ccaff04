/** Find All References: every mention of an entity, or every statement of a figure's claim, in every file. */
import type { CancellationToken, Location, ReferenceParams } from 'vscode-languageserver';
import { claimFiguresIn, locationOf, targetAt } from './lookup';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

/** The mentions of the entity (or claim) at a position; the defining mention only when the client asks for declarations. */
export function references(view: WorkspaceView, params: ReferenceParams, token: CancellationToken): Location[] | null {
  if (token.isCancellationRequested) return null;
  const target = targetAt(view, canonicalUri(params.textDocument.uri), params.position);
  if (!target) return null;
  if (target.kind === 'figure') {
    const claim = target.claim;
    if (!claim) return null;
    const paths = [...new Set(claim.mentions.map((mention) => mention.path))];
    return paths.flatMap((path) => claimFiguresIn(view, path, claim).flatMap((figure) => locationOf(view, path, figure) ?? []));
  }
  const { definition } = target.entity;
  const isDefinition = (mention: { path: string; start: number; end: number }) =>
    mention.path === definition.path && mention.start === definition.start && mention.end === definition.end;
  return view.corpus.results().entityMentions.ofEntity(target.entity.id)
    .filter((mention) => params.context.includeDeclaration || !isDefinition(mention))
    .flatMap((mention) => locationOf(view, mention.path, mention) ?? []);
}
