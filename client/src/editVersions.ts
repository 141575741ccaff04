/** The document versions a workspace edit was computed for, checked before it is applied; free of `vscode` for plain Node tests. */
import { TextDocumentEdit, type WorkspaceEdit } from 'vscode-languageserver-protocol';

/**
 * The URIs of the documents an edit names a version for whose version is now different; `versionOf` answers an open
 * document's version, undefined when it is not open. A document closed since the edit was computed counts as changed:
 * the text the edit was made for may be gone.
 */
export function staleDocuments(edit: WorkspaceEdit, versionOf: (uri: string) => number | undefined): string[] {
  const stale: string[] = [];
  for (const change of edit.documentChanges ?? []) {
    if (!TextDocumentEdit.is(change) || change.textDocument.version === null) continue;
    if (versionOf(change.textDocument.uri) !== change.textDocument.version) stale.push(change.textDocument.uri);
  }
  return stale;
}
