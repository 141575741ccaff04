/** The Outline: the article's entities (once each, where first mentioned) and its figures, in document order. */
import { SymbolKind, type CancellationToken, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import type { EntityKind, FigureKind } from '../core/types';
import { claimById, entityById, rangeOf } from './lookup';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

/** How each kind of entity shows in outlines and symbol searches. */
export const ENTITY_SYMBOL_KIND: Record<EntityKind, SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  place: SymbolKind.Namespace,
  initiative: SymbolKind.Module,
};

// Ordinals ("first", "second") are figures for the grammar but noise in an outline.
const FIGURE_SYMBOL_KIND: Partial<Record<FigureKind, SymbolKind>> = {
  money: SymbolKind.Number,
  quantity: SymbolKind.Number,
  percent: SymbolKind.Number,
  duration: SymbolKind.Number,
  date: SymbolKind.Event,
};

/** The outline of a corpus document, or null when the document is not in the corpus. */
export function documentSymbols(view: WorkspaceView, params: DocumentSymbolParams, token: CancellationToken): DocumentSymbol[] | null {
  if (token.isCancellationRequested) return null;
  const uri = canonicalUri(params.textDocument.uri);
  const analysis = view.corpus.analysis(uri);
  if (!analysis) return null;
  const results = view.corpus.results();
  const symbols: Array<{ start: number; symbol: DocumentSymbol }> = [];
  const add = (span: { start: number; end: number }, name: string, detail: string, kind: SymbolKind) => {
    const range = rangeOf(view, uri, span);
    if (range && name.trim()) symbols.push({ start: span.start, symbol: { name, detail, kind, range, selectionRange: range } });
  };
  const listed = new Set<string>();
  for (const mention of results.entityMentions.get(uri) ?? []) {
    const entity = entityById(results, mention.id);
    if (!entity || listed.has(entity.id)) continue;
    listed.add(entity.id);
    add(mention, entity.name, entity.kind, ENTITY_SYMBOL_KIND[entity.kind]);
  }
  const claims = results.figureClaims.get(uri) ?? [];
  analysis.figures.forEach((figure, index) => {
    const kind = FIGURE_SYMBOL_KIND[figure.kind];
    if (kind === undefined) return;
    const claimId = claims[index];
    const label = claimId ? claimById(results, claimId)?.label : undefined;
    add(figure, figure.text.replace(/\s+/g, ' '), label ?? figure.kind, kind);
  });
  return symbols.sort((a, b) => a.start - b.start).map(({ symbol }) => symbol);
}
