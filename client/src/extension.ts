/** The VS Code extension: starts the Crosscheck language server and shows its results in the status bar and the Claims view. */
import { loadStart } from './loadStart';
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  CLAIMS_REQUEST, SERVER_INFO_REQUEST, SUMMARY_CHANGED_NOTIFICATION, SUMMARY_REQUEST, type ClaimViewItem, type ServerInfo, type WorkspaceSummary,
} from '../../server/src/protocol';
import { ClaimsView } from './claimsView';
import { registerCommands } from './commands';
import { createLanguageClient } from './languageClient';
import { SummaryStatusBar } from './statusBar';

/** What the extension offers other extensions (and the extension-host tests) through `vscode.extensions.getExtension(…).exports`. */
export interface CrosscheckApi {
  /** Asks the server for the workspace summary the status bar shows. */
  summary(): Promise<WorkspaceSummary>;
  /** The status bar item's text now. */
  statusBarText(): string;
  /** Asks the server for its process id, heap and corpus size. */
  serverInfo(): Promise<ServerInfo>;
  /** Activation time (ms): from the moment this bundle started to load to the end of activate(). */
  activationMs: number;
  /** How long activate() itself took (ms). */
  activateCallMs: number;
}

let client: LanguageClient | undefined;

/** Creates the views and commands and starts the server without waiting for it, so activation stays fast. */
export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const activationStart = performance.now();
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const languageClient = createLanguageClient(context, log);
  client = languageClient;
  const statusBar = new SummaryStatusBar();
  const claims = new ClaimsView(() => languageClient.sendRequest<ClaimViewItem[]>(CLAIMS_REQUEST, { includeSingle: false }), log);

  const showSummary = (summary: WorkspaceSummary) => {
    statusBar.show(summary);
    claims.refresh();
  };
  // Handlers registered on the client survive restarts; each (re)start asks for the summary afresh.
  languageClient.onNotification(SUMMARY_CHANGED_NOTIFICATION, showSummary);
  context.subscriptions.push(
    log, statusBar, claims,
    registerCommands({ client: languageClient, claims, log }),
    languageClient.onDidChangeState(({ newState }) => {
      // Stopped for a moment on every restart; for good when the server crashed too often to be restarted again.
      if (newState === State.Stopped) statusBar.showStopped();
      if (newState !== State.Running) return;
      languageClient.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST).then(showSummary, (error: unknown) => log.error(`asking for the summary failed: ${String(error)}`));
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('workspace trusted: restarting the server so it reads .crosscheck.json in full');
      void languageClient.restart();
    }),
  );

  languageClient.start().catch((error: unknown) => {
    log.error(`the language server did not start: ${error instanceof Error ? error.stack : String(error)}`);
    void vscode.window.showErrorMessage('Crosscheck\'s language server did not start. See the Crosscheck output for details.');
  });
  const activated = performance.now();
  const activationMs = activated - loadStart;
  const activateCallMs = activated - activationStart;
  log.info(`activated in ${Math.round(activationMs)} ms (loading ${Math.round(activationStart - loadStart)} ms, activate() ${Math.round(activateCallMs)} ms)${vscode.workspace.isTrusted ? '' : ' (untrusted workspace)'}`);

  return {
    summary: () => languageClient.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST),
    statusBarText: () => statusBar.text,
    serverInfo: () => languageClient.sendRequest<ServerInfo>(SERVER_INFO_REQUEST),
    activationMs, activateCallMs,
  };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
