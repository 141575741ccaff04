/**
 * Creates the language client that runs the bundled Crosscheck server over IPC. The extension loads this module (and
 * with it the language client library) after activation.
 */
import * as vscode from 'vscode';
import {
  ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions, type WorkspaceEdit,
} from 'vscode-languageclient/node';
import { APPLY_FIX_COMMAND, applyFix, versionCheckedCodeActions } from './versionedFixes';

/** What the server is told at start-up; it may ignore what it does not support yet. */
export interface CrosscheckInitializationOptions {
  /** False in an untrusted workspace: the server should then ignore .crosscheck.json's rate overrides and alias groups. */
  trusted: boolean;
}

/** A language client for the server in dist/server.js, not yet started, with the command its quick fixes run. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const server = { module: serverModule, transport: TransportKind.ipc };
  const serverOptions: ServerOptions = { run: server, debug: server };
  // A function, so a restart after the user grants trust tells the server the new state.
  const initializationOptions = (): CrosscheckInitializationOptions => ({ trusted: vscode.workspace.isTrusted });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/.crosscheck.json' },
    ],
    outputChannel: output,
    initializationOptions,
    synchronize: { configurationSection: 'crosscheck' },
    middleware: { provideCodeActions: versionCheckedCodeActions(() => client) },
    errorHandler: restartWhenClosed(() => client),
  };
  const client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
  // The quick fix's caller gets whether the edit was applied.
  context.subscriptions.push(vscode.commands.registerCommand(APPLY_FIX_COMMAND, (edit: WorkspaceEdit) => applyFix(client, edit, output)));
  return client;
}

/**
 * Leaves the decision to the connection's close: a dead server fails every write until the client sees the close, and the
 * library's default would shut the client down for good after a few such errors instead of restarting the server.
 */
function restartWhenClosed(client: () => LanguageClient): ErrorHandler {
  let restarts: ErrorHandler | undefined;
  return {
    error: (error) => ({ action: ErrorAction.Continue, message: `writing to the language server failed: ${error.message}`, handled: true }),
    // The library's policy on closes: restart, unless the server crashed five times within three minutes.
    closed: () => (restarts ??= client().createDefaultErrorHandler()).closed(),
  };
}

/** Calls `running` each time the server has (re)started and `stopped` each time it stops. */
export function watchServerState(client: LanguageClient, on: { running: () => void; stopped: () => void }): vscode.Disposable {
  return client.onDidChangeState(({ newState }) => {
    if (newState === State.Stopped) on.stopped();
    if (newState === State.Running) on.running();
  });
}
