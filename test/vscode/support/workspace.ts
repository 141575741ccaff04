/** Helpers for the extension-host tests: polling, the test workspace's files, Crosscheck's diagnostics. */
import * as vscode from 'vscode';

/** Calls `probe` every `intervalMs` until it returns a value other than undefined, null or false; fails after `timeoutMs` naming `what`. */
export async function poll<T>(what: string, probe: () => T | undefined | null | false | Thenable<T | undefined | null | false>, timeoutMs = 30_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== null && value !== false) return value;
    } catch (error) {
      // A request can fail while the server is still starting; the deadline decides.
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A file of the test workspace (a copy of seeds/). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the tests need a workspace folder (a copy of seeds/)');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens a workspace file in an editor. */
export async function openArticle(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

/** Where `text` starts in the document: its first occurrence, or its last with `{ last: true }`. */
export function rangeOfText(document: vscode.TextDocument, text: string, { last = false } = {}): vscode.Range {
  const content = document.getText();
  const offset = last ? content.lastIndexOf(text) : content.indexOf(text);
  if (offset < 0) throw new Error(`"${text}" is not in ${document.uri.path}`);
  return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** Crosscheck's diagnostics with this code on a file. */
export function crosscheckDiagnostics(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => {
    const value = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    return diagnostic.source === 'crosscheck' && value === code;
  });
}

/** The last path segment of a URI. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** The extension's id: publisher.name from package.json. */
export const EXTENSION_ID = 'crosscheck.crosscheck';

/** The seed article that disagrees with the other four ($6 billion against 10 trillion yen / USD 68 billion). */
export const DISSENTING_ARTICLE = '004_1c63032f5add9366.txt';

/** Opens an article, which activates the extension (onLanguage:plaintext), and waits until it is active. */
export async function openAndActivate(name: string): Promise<vscode.TextEditor> {
  const editor = await openArticle(name);
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded: is extensionDevelopmentPath the project root?`);
  await poll('the Crosscheck extension to activate', () => extension.isActive);
  return editor;
}

/** Waits until the server has published Crosscheck's conflicting-figure diagnostics for a file, and returns them in document order. */
export async function conflictDiagnostics(uri: vscode.Uri): Promise<vscode.Diagnostic[]> {
  const diagnostics = await poll(`conflicting-figure diagnostics on ${baseName(uri)}`, () => {
    const found = crosscheckDiagnostics(uri, 'conflicting-figure');
    return found.length > 0 && found;
  });
  return diagnostics.sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** Applies a code action as the lightbulb does: its edit, then its command; resolves to whether the command applied it. */
export async function applyQuickFix(action: vscode.CodeAction): Promise<boolean> {
  if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) return false;
  if (!action.command) return true;
  return (await vscode.commands.executeCommand<boolean>(action.command.command, ...(action.command.arguments ?? []))) === true;
}

/**
 * The last conflict of a file and its preferred quick fix, once the server offers one for the text as it is now: the
 * diagnostics are read again on every try, since those from before an edit point at the wrong place.
 */
export async function lastConflictAndFix(uri: vscode.Uri): Promise<{ conflict: vscode.Diagnostic; fix: vscode.CodeAction }> {
  return poll('a conflict and its preferred quick fix', async () => {
    const conflict = crosscheckDiagnostics(uri, 'conflicting-figure').sort((a, b) => a.range.start.compareTo(b.range.start)).at(-1);
    if (!conflict) return undefined;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, conflict.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.isPreferred);
    return fix && { conflict, fix };
  });
}
