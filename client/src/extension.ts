/** The VS Code extension: starts the Crosscheck language server and shows its results in the status bar and the Claims view. */
import { loadStart } from './loadStart';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CLAIMS_REQUEST, SERVER_INFO_REQUEST, SUMMARY_CHANGED_NOTIFICATION, SUMMARY_REQUEST, type ClaimViewItem, type ServerInfo, type WorkspaceSummary,
} from '../../server/src/protocol';
import { ClaimsView } from './claimsView';
import { registerCommands } from './commands';
import { SummaryStatusBar } from './statusBar';

/** When this module, and everything it imports, had been evaluated. */
const loadedAt = performance.now();

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
  /** Of that, evaluating this bundle's modules (ms), and activate() itself (ms); the rest is VS Code's, in between. */
  loadMs: number;
  activateCallMs: number;
}

let started: Promise<LanguageClient> | undefined;

/**
 * Creates the status bar, views and commands, and returns; the language client (a large library) is loaded and the
 * server started right after, so that activation does not wait for either.
 */
export function activate(context: vscode.ExtensionContext): CrosscheckApi {
  const activationStart = performance.now();
  const log = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const statusBar = new SummaryStatusBar();
  const clientReady = import('./languageClient').then(({ createLanguageClient, watchServerState }) => {
    const languageClient = createLanguageClient(context, log);
    // Handlers registered on the client survive restarts; each (re)start asks for the summary afresh.
    languageClient.onNotification(SUMMARY_CHANGED_NOTIFICATION, showSummary);
    context.subscriptions.push(
      watchServerState(languageClient, {
        running: () => languageClient.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST).then(showSummary, (error: unknown) => log.error(`asking for the summary failed: ${String(error)}`)),
        // Stopped for a moment on every restart; for good when the server crashed too often to be restarted again.
        stopped: () => statusBar.showStopped(),
      }),
    );
    languageClient.start().catch((error: unknown) => {
      log.error(`the language server did not start: ${error instanceof Error ? error.stack : String(error)}`);
      void vscode.window.showErrorMessage('Crosscheck\'s language server did not start. See the Crosscheck output for details.');
    });
    return languageClient;
  });
  started = clientReady;
  const request = async <T>(method: string, params?: object) => (await clientReady).sendRequest<T>(method, params);
  const claims = new ClaimsView(() => request<ClaimViewItem[]>(CLAIMS_REQUEST, { includeSingle: false }), log);
  const showSummary = (summary: WorkspaceSummary) => {
    statusBar.show(summary);
    claims.refresh();
  };
  context.subscriptions.push(
    log, statusBar, claims,
    registerCommands({ client: () => clientReady, claims, log }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      log.info('workspace trusted: restarting the server so it reads .crosscheck.json in full');
      void clientReady.then((languageClient) => languageClient.restart());
    }),
  );
  const activated = performance.now();
  const activationMs = activated - loadStart;
  const loadMs = loadedAt - loadStart;
  const activateCallMs = activated - activationStart;
  log.info(`activated in ${Math.round(activationMs)} ms (loading ${Math.round(loadMs)} ms, activate() ${Math.round(activateCallMs)} ms)${vscode.workspace.isTrusted ? '' : ' (untrusted workspace)'}`);

  return {
    summary: () => request<WorkspaceSummary>(SUMMARY_REQUEST),
    statusBarText: () => statusBar.text,
    serverInfo: () => request<ServerInfo>(SERVER_INFO_REQUEST),
    activationMs, loadMs, activateCallMs,
  };
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await (await started)?.stop();
}
