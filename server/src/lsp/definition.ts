/** Go to Definition: from an entity mention to the mention that defines the entity, in whichever file it is. */
import type { CancellationToken, DefinitionParams, Location } from 'vscode-languageserver';
import { locationOf, targetAt } from './lookup';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

/** The defining mention of the entity at a position, or null when the position is on no entity. */
export function definition(view: WorkspaceView, params: DefinitionParams, token: CancellationToken): Location | null {
  if (token.isCancellationRequested) return null;
  const target = targetAt(view, canonicalUri(params.textDocument.uri), params.position);
  if (target?.kind !== 'entity') return null;
  const { path, start, end } = target.entity.definition;
  return locationOf(view, path, { start, end });
}
