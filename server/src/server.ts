/** The Crosscheck language server: connection, capabilities, workspace indexing with progress, file watching, features. */
import {
  CodeActionKind, createConnection, DidChangeWatchedFilesNotification, FileChangeType, ProposedFeatures, TextDocuments,
  TextDocumentSyncKind, type ClientCapabilities, type InitializeResult, type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import packageJson from '../../package.json';
import { codeActions } from './lsp/codeActions';
import { definition } from './lsp/definition';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { documentHighlights } from './lsp/documentHighlight';
import { documentSymbols } from './lsp/documentSymbols';
import { hover } from './lsp/hover';
import { references } from './lsp/references';
import { canonicalUri } from './lsp/uris';
import { CONFIG_FILE_NAME, ServerWorkspace } from './lsp/workspace';
import { workspaceSymbols } from './lsp/workspaceSymbols';

// Reads --stdio, --node-ipc, --pipe or --socket from the process arguments.
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const log = (message: string) => connection.console.info(message);
const workspace = new ServerWorkspace(log);
const publisher = new DiagnosticsPublisher(
  workspace,
  (uri, diagnostics, version) => void connection.sendDiagnostics({ uri, diagnostics, version: version ?? undefined }),
  (error) => connection.console.error(`publishing diagnostics failed: ${error instanceof Error ? error.stack : String(error)}`),
);

let capabilities: ClientCapabilities = {};
let folders: WorkspaceFolder[] = [];
let indexing: Promise<void> = Promise.resolve();

/** Scans the workspace folders into the corpus with a progress report; diagnostics wait until the scan is complete. */
async function indexWorkspace(): Promise<void> {
  publisher.suspend();
  // The library hands back a reporter that does nothing when the client does not support work-done progress.
  const progress = await connection.window.createWorkDoneProgress().catch(() => null);
  progress?.begin('Crosscheck', 0, 'Indexing articles…', false);
  try {
    await workspace.scan(async (done, total) => {
      progress?.report(Math.round((done / total) * 100), `${done}/${total} articles`);
      // Lets progress go out and other messages be handled between files.
      await new Promise((resolve) => setImmediate(resolve));
    });
  } catch (error) {
    connection.console.error(`indexing failed: ${error instanceof Error ? error.stack : String(error)}`);
  } finally {
    progress?.done();
    publisher.resume();
  }
}

/** Queues a scan after any running one, so scans never interleave. */
function reindex(): Promise<void> {
  indexing = indexing.then(indexWorkspace);
  return indexing;
}

/** Re-reads the configuration, then rescans if its globs changed, else just republishes. */
function configurationChanged(): void {
  if (workspace.reloadConfig()) void reindex();
  else publisher.schedule();
}

connection.onInitialize((params): InitializeResult => {
  capabilities = params.capabilities;
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  workspace.setFolders(folders);
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
  workspace.reloadConfig();
  void reindex();
});

documents.onDidChangeContent(({ document }) => {
  const uri = workspace.documentChanged(document);
  if (workspace.isConfig(uri)) configurationChanged();
  else publisher.schedule();
});

documents.onDidClose(({ document }) => {
  const uri = workspace.documentClosed(document.uri);
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

connection.onShutdown(() => publisher.dispose());

documents.listen(connection);
connection.listen();
