/** The Crosscheck language server: connection, capabilities, settings, workspace indexing with progress, file watching, features. */
import {
  CodeActionKind, CodeLensRefreshRequest, createConnection, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  ErrorCodes, FileChangeType, LSPErrorCodes, MessageType, ProposedFeatures, ResponseError, ShowMessageNotification, TextDocuments,
  TextDocumentSyncKind, type ClientCapabilities, type InitializeResult, type RequestMessage, type ResponseMessage, type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../package.json';
import { codeActions } from './lsp/codeActions';
import { codeLenses } from './lsp/codeLens';
import { claimsView, type ClaimsParams } from './lsp/claimsView';
import { definition } from './lsp/definition';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { documentHighlights } from './lsp/documentHighlight';
import { documentSymbols } from './lsp/documentSymbols';
import { oversizedMessage } from './lsp/fileSizeLimit';
import { hover } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { references } from './lsp/references';
import { codeLensFingerprint, inlayHintFingerprint, semanticTokensFingerprint, ViewRefresher, type RefreshableView } from './lsp/refresh';
import { claimsReport, type ReportParams } from './lsp/report';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from './lsp/semanticTokens';
import { serverInfo } from './lsp/serverInfo';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_SECTION, type ClientSettings } from './lsp/settings';
import { SummaryNotifier, workspaceSummary } from './lsp/summary';
import { canonicalUri } from './lsp/uris';
import { CONFIG_FILE_NAME, ServerWorkspace } from './lsp/workspace';
import { workspaceSymbols } from './lsp/workspaceSymbols';
import { CLAIMS_REQUEST, REINDEX_REQUEST, REPORT_REQUEST, SERVER_INFO_REQUEST, SUMMARY_CHANGED_NOTIFICATION, SUMMARY_REQUEST } from './protocol';

/**
 * The answer to a request the client cancelled before the server started on it, sent as soon as the cancellation is
 * read instead of after every message queued ahead of the request (a burst of edits, say). Over Node IPC, as VS Code
 * runs the server, messages are read faster than they are handled, so a cancellation can find its request still queued.
 */
function cancelledBeforeStart(request: RequestMessage): ResponseMessage {
  return { jsonrpc: request.jsonrpc, id: request.id, error: { code: LSPErrorCodes.RequestCancelled, message: `${request.method} was cancelled before it started` } };
}

// Reads --stdio, --node-ipc, --pipe or --socket from the process arguments.
const connection = createConnection(ProposedFeatures.all, { connectionStrategy: { cancelUndispatched: (message) => cancelledBeforeStart(message as RequestMessage) } });
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.info(message);
const workspace = new ServerWorkspace(log);
const publisher = new DiagnosticsPublisher(
  workspace,
  (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version: version ?? undefined }),
  (error) => connection.console.error(`publishing diagnostics failed: ${error instanceof Error ? error.stack : String(error)}`),
);

const summaries = new SummaryNotifier((summary) => void connection.sendNotification(SUMMARY_CHANGED_NOTIFICATION, summary));
const reportError = (what: string) => (error: unknown) => connection.console.error(`${what} failed: ${error instanceof Error ? error.stack : String(error)}`);

let capabilities: ClientCapabilities = {};
let folders: WorkspaceFolder[] = [];
let settings: ClientSettings = DEFAULT_SETTINGS;
let indexing: Promise<void> = Promise.resolve();
// Settled when the first scan is complete (or failed): until then requests see the open documents alone.
let markIndexed: () => void = () => {};
const firstIndex = new Promise<void>((resolve) => (markIndexed = resolve));
let scansRunning = 0;
// Replaced once the client's capabilities say which views it can be asked to refresh.
let refresher = new ViewRefresher([], reportError('refreshing views'));

/**
 * At the end of a batch of work: tells the user, once per file and in one message, about files over the size limit
 * found since the last call, and sums up in the log the skipped files it did not name.
 */
function reportSkippedFiles(): void {
  const uris = workspace.takeOversizedNotices();
  // A notification, not window/showMessageRequest: nothing to answer, and a client without that request cannot fail it.
  if (uris.length > 0) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: oversizedMessage(uris, settings.maxFileSizeKB) });
  workspace.summariseSkippedFiles();
}

/** Scans the workspace folders into the corpus with a progress report; diagnostics wait until the scan is complete. */
async function indexWorkspace(): Promise<void> {
  publisher.suspend();
  scansRunning++;
  summaries.update(workspaceSummary(workspace, true));
  // The library hands back a reporter that does nothing when the client does not support work-done progress.
  const progress = await connection.window.createWorkDoneProgress().catch(() => null);
  progress?.begin('Crosscheck', 0, 'Indexing articles…', false);
  // One report per percent, so a folder of 50,000 files sends a hundred progress messages rather than 50,000.
  let reportedPercent = -1;
  try {
    await workspace.scan(async (done, total) => {
      const percent = Math.floor((done / total) * 100);
      if (percent !== reportedPercent) {
        reportedPercent = percent;
        progress?.report(percent, `${done}/${total} articles`);
      }
      // Lets other messages be handled between files.
      await new Promise((resolve) => setImmediate(resolve));
    });
  } catch (error) {
    connection.console.error(`indexing failed: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    progress?.done();
    scansRunning--;
    reportSkippedFiles();
    publisher.resume();
  }
}

/** Queues a scan after any running one, so scans never interleave. */
function reindex(): Promise<void> {
  indexing = indexing.then(indexWorkspace);
  return indexing;
}

/** The client's `crosscheck` settings, asked for when it supports workspace/configuration; otherwise those in force. */
async function pullSettings(): Promise<ClientSettings> {
  if (!capabilities.workspace?.configuration) return settings;
  try {
    return parseSettings(await connection.workspace.getConfiguration(SETTINGS_SECTION));
  } catch (error) {
    reportError('reading the crosscheck settings')(error);
    return settings;
  }
}

/** Puts settings in force; returns true when the size limit changed, so the folders need a rescan. */
function useSettings(next: ClientSettings): boolean {
  settings = next;
  return workspace.setMaxFileBytes(Math.round(next.maxFileSizeKB * 1024));
}

/** Re-reads the configuration, then rescans if its globs changed, else just republishes. */
function configurationChanged(): void {
  if (workspace.reloadConfig()) void reindex();
  else publisher.schedule();
}

/** The views the client lets the server refresh, each with what it depends on beyond its own document. */
function refreshableViews(): RefreshableView[] {
  const views: RefreshableView[] = [];
  const client = capabilities.workspace;
  if (client?.codeLens?.refreshSupport) {
    views.push({ refresh: () => connection.sendRequest(CodeLensRefreshRequest.type), fingerprint: () => codeLensFingerprint(workspace, workspace.corpus.results()) });
  }
  if (client?.inlayHint?.refreshSupport) {
    views.push({ refresh: () => connection.languages.inlayHint.refresh(), fingerprint: () => inlayHintFingerprint(workspace, workspace.corpus.results(), settings.inlayHintsEnabled) });
  }
  if (client?.semanticTokens?.refreshSupport) {
    views.push({ refresh: () => connection.languages.semanticTokens.refresh(), fingerprint: () => semanticTokensFingerprint(workspace.corpus.results()) });
  }
  return views;
}

publisher.onDidPublish(() => {
  // Edits are analysed when the publisher reads the corpus, so a file that grew over the size limit shows up here.
  reportSkippedFiles();
  summaries.update(workspaceSummary(workspace, scansRunning > 0));
  refresher.check();
});

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  workspace.setFolders(folders);
  workspace.setTrusted((params.initializationOptions as { trusted?: unknown } | undefined)?.trusted !== false);
  refresher = new ViewRefresher(refreshableViews(), reportError('refreshing views'));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'crosscheck', version: packageJson.version },
  };
});

connection.onInitialized(() => {
  if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/*.{txt,md}' }, { globPattern: `**/${CONFIG_FILE_NAME}` }],
    });
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
      const gone = new Set(removed.map((folder) => canonicalUri(folder.uri)));
      folders = [...folders.filter((folder) => !gone.has(canonicalUri(folder.uri))), ...added];
      workspace.setFolders(folders);
      // The first folder, and so the configuration file, may have changed; the rescan covers any change of globs.
      workspace.reloadConfig();
      void reindex();
    });
  }
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
  workspace.reloadConfig();
  // The first scan waits for the settings, so files over the user's size limit are never read in.
  indexing = indexing.then(pullSettings).then((initial) => {
    useSettings(initial);
    return indexWorkspace();
  }).finally(markIndexed);
});

connection.onDidChangeConfiguration(async ({ settings: pushed }) => {
  // Clients that can be asked are asked; others push the settings with the notification.
  const next = capabilities.workspace?.configuration ? await pullSettings() : parseSettings((pushed as Record<string, unknown> | null)?.[SETTINGS_SECTION]);
  const limitChanged = useSettings(next);
  refresher.check();
  if (limitChanged) void reindex();
});

documents.onDidChangeContent(({ document }) => {
  const uri = workspace.documentChanged(document);
  if (workspace.isConfig(uri)) configurationChanged();
  else publisher.schedule();
});

documents.onDidClose(({ document }) => {
  const uri = workspace.documentClosed(document.uri);
  reportSkippedFiles();
  if (workspace.isConfig(uri)) configurationChanged();
  else publisher.schedule();
});

connection.onDidChangeWatchedFiles(({ changes }) => {
  let configChanged = false;
  for (const change of changes) {
    const uri = canonicalUri(change.uri);
    if (workspace.isConfig(uri)) configChanged = true;
    else if (change.type === FileChangeType.Deleted) workspace.fileDeleted(uri);
    else workspace.fileChanged(uri);
  }
  reportSkippedFiles();
  if (configChanged) configurationChanged();
  else publisher.schedule();
});

connection.onHover((params, token) => hover(workspace, params, token));
connection.onDefinition((params, token) => definition(workspace, params, token));
connection.onReferences((params, token) => references(workspace, params, token));
connection.onDocumentHighlight((params, token) => documentHighlights(workspace, params, token));
connection.onDocumentSymbol((params, token) => documentSymbols(workspace, params, token));
connection.onWorkspaceSymbol((params, token) => workspaceSymbols(workspace, params, token));
connection.onCodeAction((params, token) => {
  const canCreateFiles = capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') ?? false;
  return codeActions(workspace, params, { canCreateFiles }, token);
});

// A lens is about what the other sources say: asked for before the first index is complete, it waits for it,
// instead of coming back empty and relying on a refresh the editor may act on too early.
connection.onCodeLens(async (params, token) => {
  await firstIndex;
  return codeLenses(workspace, params, token);
});
connection.languages.inlayHint.on((params, token) => (settings.inlayHintsEnabled ? inlayHints(workspace, params, token) : []));
connection.languages.semanticTokens.on((params, token) => semanticTokens(workspace, params, token) ?? { data: [] });

connection.onRequest(SUMMARY_REQUEST, () => workspaceSummary(workspace, scansRunning > 0));
connection.onRequest(SERVER_INFO_REQUEST, () => serverInfo(workspace));
connection.onRequest(CLAIMS_REQUEST, (params: ClaimsParams | null) => claimsView(workspace, params));
connection.onRequest(REPORT_REQUEST, (params: ReportParams | null) => {
  if (params?.format !== 'markdown' && params?.format !== 'csv') {
    return new ResponseError(ErrorCodes.InvalidParams, 'crosscheck/report: "format" must be "markdown" or "csv".');
  }
  return claimsReport(workspace, params, (uri) => workspace.displayPath(uri));
});
connection.onRequest(REINDEX_REQUEST, async () => {
  // A rescan on request also picks up a configuration file changed where no watcher saw it.
  workspace.reloadConfig();
  await reindex();
  return null;
});

let shutdownRequested = false;
connection.onShutdown(() => {
  shutdownRequested = true;
  publisher.dispose();
});

// Over --node-ipc the library watches only the client's process id: a client that closes the channel and lives on
// would leave this process running forever. With the channel gone there is no one left to serve.
process.on('disconnect', () => process.exit(shutdownRequested ? 0 : 1));

documents.listen(connection);
connection.listen();
