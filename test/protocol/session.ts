/** A language server over stdio on a fresh copy of the seed articles, driven by a real protocol client, for the protocol tests. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest, ConfigurationRequest, DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
  InitializedNotification, InitializeRequest, InlayHintRefreshRequest, IPCMessageReader, IPCMessageWriter, LogMessageNotification, PublishDiagnosticsNotification, RegistrationRequest, SemanticTokensRefreshRequest, ShowMessageNotification,
  ShutdownRequest, StreamMessageReader, StreamMessageWriter, WorkDoneProgressCreateRequest, createMessageConnection,
  type Diagnostic, type InitializeResult, type MessageConnection, type Position, type PublishDiagnosticsParams, type Range,
  type Registration, type ShowMessageParams, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { SERVER_INFO_REQUEST, SUMMARY_CHANGED_NOTIFICATION, type ServerInfo, type WorkspaceSummary } from '../../server/src/protocol';
import { projectPath } from '../support/paths';

/** The seed articles' file names, sorted. */
export const SEEDS = readdirSync(projectPath('seeds')).filter((name) => name.endsWith('.txt')).sort();
const WAIT_LIMIT_MS = 30_000;

/** The seed whose name starts with a prefix ("004"). */
export function seed(prefix: string): string {
  const name = SEEDS.find((candidate) => candidate.startsWith(prefix));
  assert.ok(name, `no seed starts with ${prefix}`);
  return name;
}

/** Polls `probe` until it returns something other than undefined, failing after WAIT_LIMIT_MS with what was awaited. */
export function waitFor<T>(what: string, probe: () => T | undefined, describe: () => string = () => ''): Promise<T> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + WAIT_LIMIT_MS;
    const check = () => {
      const value = probe();
      if (value !== undefined) {
        clearInterval(timer);
        resolve(value);
      } else if (Date.now() > deadline) {
        clearInterval(timer);
        reject(new Error(`timed out waiting for ${what}${describe() ? `\n${describe()}` : ''}`));
      }
    };
    const timer = setInterval(check, 20);
    check();
  });
}

/** How the test client presents itself. */
export interface SessionOptions {
  /** Whether the client answers workspace/configuration (default true); if not, settings come with didChangeConfiguration. */
  configuration?: boolean;
  /** Whether the client says the workspace is trusted (default true), as the VS Code client does in initializationOptions. */
  trusted?: boolean;
  /** Options for the server's Node process, such as --expose-gc. */
  nodeOptions?: string[];
  /** The process id the client gives in initialize, which the server watches and exits after (default this test process's). */
  processId?: number;
  /** How messages travel: stdio (the default) or Node IPC, as the VS Code client runs the server. */
  transport?: 'stdio' | 'ipc';
}

/** How the server process ended. */
export interface ServerExit { code: number | null; signal: NodeJS.Signals | null }

/** A running server on its own copy of the seeds, and what it has told and asked the client. */
export class Session {
  readonly root = mkdtempSync(join(tmpdir(), 'crosscheck-protocol-'));
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics notification received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly progress: Array<WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd> = [];
  readonly registrations: Registration[] = [];
  /** The window/showMessage notifications received. */
  readonly messages: ShowMessageParams[] = [];
  /** The crosscheck/summaryChanged notifications received. */
  readonly summaries: WorkspaceSummary[] = [];
  /** The methods of the refresh requests received (workspace/inlayHint/refresh…), in order. */
  readonly refreshes: string[] = [];
  /** How many workspace/configuration requests the server made. */
  configurationRequests = 0;
  /** The `crosscheck` settings section this client answers workspace/configuration with. */
  settings: unknown = {};
  initializeResult: InitializeResult | null = null;
  /** The window/logMessage messages received: what the output channel shows. */
  readonly logMessages: string[] = [];
  private readonly logs: string[] = [];
  /** The server's process. */
  readonly server: ChildProcess;
  /** Resolves once the server's process has exited. */
  readonly exited: Promise<ServerExit>;
  readonly connection: MessageConnection;

  constructor(private readonly options: SessionOptions = {}) {
    cpSync(projectPath('seeds'), this.root, { recursive: true });
    const ipc = options.transport === 'ipc';
    this.server = spawn(process.execPath, [...options.nodeOptions ?? [], projectPath('dist', 'server.js'), ipc ? '--node-ipc' : '--stdio'], {
      stdio: ipc ? ['pipe', 'pipe', 'pipe', 'ipc'] : ['pipe', 'pipe', 'pipe'],
    });
    this.exited = new Promise((resolve) => this.server.once('exit', (code, signal) => resolve({ code, signal })));
    this.server.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = ipc
      ? createMessageConnection(new IPCMessageReader(this.server), new IPCMessageWriter(this.server))
      : createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
    });
    this.connection.onNotification(LogMessageNotification.type, ({ message }) => {
      this.logs.push(message);
      this.logMessages.push(message);
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
    });
    this.connection.onNotification(SUMMARY_CHANGED_NOTIFICATION, (summary: WorkspaceSummary) => {
      this.summaries.push(summary);
    });
    this.connection.onNotification('$/progress', ({ value }: { value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }) => {
      this.progress.push(value);
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => {});
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registrations.push(...registrations);
    });
    this.connection.onRequest(ConfigurationRequest.type, ({ items }) => {
      this.configurationRequests++;
      return items.map((item) => (item.section === 'crosscheck' ? this.settings : null));
    });
    for (const refresh of [InlayHintRefreshRequest.method, CodeLensRefreshRequest.method, SemanticTokensRefreshRequest.method]) {
      this.connection.onRequest(refresh, () => {
        this.refreshes.push(refresh);
        return null;
      });
    }
    this.connection.listen();
  }

  /** Initializes with the copy as the only workspace folder and waits until every seed has diagnostics. */
  async start(): Promise<this> {
    await this.initialize();
    await waitFor('diagnostics for all five seeds', () => (SEEDS.every((name) => this.diagnostics.has(this.uri(name))) ? true : undefined), () => this.log());
    return this;
  }

  /** Sends initialize and initialized with the copy as the only workspace folder, and returns while the server starts indexing. */
  async initialize(): Promise<void> {
    const rootUri = pathToFileURL(this.root).href;
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: this.options.processId ?? process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'seeds' }],
      initializationOptions: { trusted: this.options.trusted ?? true },
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
          configuration: this.options.configuration ?? true, didChangeConfiguration: { dynamicRegistration: true },
          inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true }, semanticTokens: { refreshSupport: true },
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Asks the server for its process id, heap and corpus size. */
  serverInfo(): Promise<ServerInfo> {
    return this.connection.sendRequest<ServerInfo>(SERVER_INFO_REQUEST);
  }

  /** Opens a file of the workspace copy in the client, with its text on disk unless `text` is given. */
  open(name: string, version = 1, text = this.text(name)): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: this.uri(name), languageId: 'plaintext', version, text } });
  }

  /** Replaces the whole text of an open document, as its version `version`. */
  change(name: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri(name), version }, contentChanges: [{ text }] });
  }

  /** The URI of a file in the workspace copy. */
  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
  }

  /** The path of a file in the workspace copy. */
  path(name: string): string {
    return join(this.root, name);
  }

  /** The text of a file in the workspace copy. */
  text(name: string): string {
    return readFileSync(join(this.root, name), 'utf8');
  }

  /** The latest diagnostics published for a file. */
  latest(name: string): Diagnostic[] {
    return this.diagnostics.get(this.uri(name))?.diagnostics ?? [];
  }

  /** What the server logged, for failure messages. */
  log(): string {
    return this.logs.join('\n');
  }

  /** Shuts the server down politely, then makes sure it is gone, and deletes the copy. */
  async close(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      await this.discard();
    }
  }

  /** Drops the connection, kills the server if it still runs, and deletes the copy: for tests that end the session themselves. */
  async discard(): Promise<void> {
    this.connection.dispose();
    if (this.server.exitCode === null && this.server.signalCode === null) this.server.kill();
    await this.exited;
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** The position where the n-th occurrence of a string starts in a text. */
export function positionOf(text: string, needle: string, occurrence = 0): Position {
  return new LineIndex(text).positionAt(offsetOf(text, needle, occurrence));
}

/** The offset where the n-th occurrence of a string starts in a text. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return at;
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** Whether two positions are the same. */
export function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}
