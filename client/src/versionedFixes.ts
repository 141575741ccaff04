/**
 * Quick fixes that never apply to a document changed since they were offered. The server puts the document's version
 * in each fix's edit, but VS Code drops it when it takes a code action's edit (it only checks versions for
 * workspace/applyEdit), so the client asks for code actions itself and hands VS Code each edit behind a command that
 * checks the versions first.
 */
import * as vscode from 'vscode';
import { CodeActionRequest, Command, type CodeAction, type LanguageClient, type Middleware, type WorkspaceEdit } from 'vscode-languageclient/node';
import { staleDocuments } from './editVersions';
import { fileNameOf } from './format';

/** The command a quick fix runs: applies its edit (the protocol's WorkspaceEdit) unless a document it edits changed. */
export const APPLY_FIX_COMMAND = 'crosscheck.applyFix';

/** Moves an action's edit behind APPLY_FIX_COMMAND; an action that runs a command of its own keeps VS Code's order, edit then command. */
function behindVersionCheck(item: Command | CodeAction): Command | CodeAction {
  if (Command.is(item) || !item.edit || item.command) return item;
  const { edit, ...action } = item;
  return { ...action, command: { title: item.title, command: APPLY_FIX_COMMAND, arguments: [edit] } };
}

/** The provideCodeActions middleware: the request as the library sends it, with every edit moved behind the version check. */
export function versionCheckedCodeActions(client: () => LanguageClient): NonNullable<Middleware['provideCodeActions']> {
  return async (document, range, context, token) => {
    const converter = client().code2ProtocolConverter;
    const params = { textDocument: converter.asTextDocumentIdentifier(document), range: converter.asRange(range), context: converter.asCodeActionContextSync(context) };
    try {
      const actions = await client().sendRequest(CodeActionRequest.type, params, token);
      if (token.isCancellationRequested || !actions) return null;
      return await client().protocol2CodeConverter.asCodeActionResult(actions.map(behindVersionCheck), token);
    } catch (error) {
      return client().handleFailedRequest(CodeActionRequest.type, token, error, null);
    }
  };
}

/** The version of an open document, by the URI the server wrote. */
function openVersion(uri: string): number | undefined {
  const wanted = vscode.Uri.parse(uri).toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === wanted)?.version;
}

/** Applies a quick fix's edit unless a document it edits changed since the server computed it; resolves to whether it was applied. */
export async function applyFix(client: LanguageClient, edit: WorkspaceEdit, log: vscode.LogOutputChannel): Promise<boolean> {
  // Converted before the check, so no await separates the check from applyEdit.
  const converted = await client.protocol2CodeConverter.asWorkspaceEdit(edit);
  const stale = staleDocuments(edit, openVersion);
  if (stale.length > 0) {
    const names = stale.map(fileNameOf).join(', ');
    log.warn(`quick fix not applied: ${names} changed since it was offered`);
    void vscode.window.showWarningMessage(`Crosscheck did not apply the fix: ${names} changed since it was offered. Try the quick fix again.`);
    return false;
  }
  return vscode.workspace.applyEdit(converted);
}
