/** Document highlight: the other mentions of the same entity, or the other statements of the same claim, in this file. */
import { DocumentHighlightKind, type CancellationToken, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import { claimFiguresIn, rangeOf, targetAt } from './lookup';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

/** Highlights for the entity or claim at a position, or null when the position is on neither. */
export function documentHighlights(view: WorkspaceView, params: DocumentHighlightParams, token: CancellationToken): DocumentHighlight[] | null {
  if (token.isCancellationRequested) return null;
  const uri = canonicalUri(params.textDocument.uri);
  const target = targetAt(view, uri, params.position);
  if (!target) return null;
  const spans = target.kind === 'entity'
    ? view.corpus.results().entityMentions.get(uri)?.filter((mention) => mention.id === target.entity.id) ?? []
    : target.claim ? claimFiguresIn(view, uri, target.claim) : [target.figure];
  return spans.flatMap((span) => {
    const range = rangeOf(view, uri, span);
    return range ? [{ range, kind: DocumentHighlightKind.Text }] : [];
  });
}
