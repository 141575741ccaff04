/** Go to Symbol in Workspace: entities by any of their names, claims by label. */
import { SymbolKind, type CancellationToken, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { ENTITY_SYMBOL_KIND } from './documentSymbols';
import { locationOf } from './lookup';
import type { WorkspaceView } from './workspace';

const MAX_SYMBOLS = 500;

/** Whether the query's characters appear in order in the text, ignoring case: the client ranks the matches. */
function matches(query: string, text: string): boolean {
  const haystack = text.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** Entities and claims whose names match the query, at their defining mention and first statement. */
export function workspaceSymbols(view: WorkspaceView, params: WorkspaceSymbolParams, token: CancellationToken): SymbolInformation[] | null {
  if (token.isCancellationRequested) return null;
  const results = view.corpus.results();
  const symbols: SymbolInformation[] = [];
  for (const entity of results.entities) {
    if (symbols.length >= MAX_SYMBOLS || token.isCancellationRequested) return symbols;
    if (![entity.name, ...entity.aliases].some((name) => matches(params.query, name))) continue;
    const location = locationOf(view, entity.definition.path, entity.definition);
    if (location) symbols.push({ name: entity.name, kind: ENTITY_SYMBOL_KIND[entity.kind], location, containerName: entity.kind });
  }
  for (const claim of results.claims) {
    if (symbols.length >= MAX_SYMBOLS || token.isCancellationRequested) return symbols;
    const first = claim.mentions[0];
    if (!first || !matches(params.query, claim.label)) continue;
    const location = locationOf(view, first.path, first);
    if (location) symbols.push({ name: claim.label, kind: SymbolKind.Number, location, containerName: `claim (${claim.status})` });
  }
  return symbols;
}
