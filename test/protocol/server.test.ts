/** The language server over stdio, driven by a real protocol client on a fresh copy of the seed articles. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DefinitionRequest, DiagnosticSeverity, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification, ExitNotification, FileChangeType, HoverRequest, InitializedNotification, InitializeRequest,
  LogMessageNotification, PublishDiagnosticsNotification, ReferencesRequest, RegistrationRequest, ShutdownRequest,
  StreamMessageReader, StreamMessageWriter, TextDocumentEdit, WorkDoneProgressCreateRequest, createMessageConnection,
  type CodeAction, type Diagnostic, type Location, type MarkupContent, type MessageConnection, type Position,
  type PublishDiagnosticsParams, type Range, type Registration, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { projectPath } from '../support/paths';

const SEEDS = readdirSync(projectPath('seeds')).filter((name) => name.endsWith('.txt')).sort();
const WAIT_LIMIT_MS = 30_000;
const CONFLICT = 'conflicting-figure';

/** The seed whose name starts with a prefix ("004"). */
function seed(prefix: string): string {
  const name = SEEDS.find((candidate) => candidate.startsWith(prefix));
  assert.ok(name, `no seed starts with ${prefix}`);
  return name;
}

/** Polls `probe` until it returns something other than undefined, failing after WAIT_LIMIT_MS with what was awaited. */
function waitFor<T>(what: string, probe: () => T | undefined, describe: () => string = () => ''): Promise<T> {
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

/** A running server on its own copy of the seeds, and what it has told the client. */
class Session {
  readonly root = mkdtempSync(join(tmpdir(), 'crosscheck-protocol-'));
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly progress: Array<WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd> = [];
  readonly registrations: Registration[] = [];
  private readonly logs: string[] = [];
  private readonly server: ChildProcess;
  readonly connection: MessageConnection;

  constructor() {
    cpSync(projectPath('seeds'), this.root, { recursive: true });
    this.server = spawn(process.execPath, [projectPath('dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', (chunk: Buffer) => this.logs.push(chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
    });
    this.connection.onNotification(LogMessageNotification.type, ({ message }) => {
      this.logs.push(message);
    });
    this.connection.onNotification('$/progress', ({ value }: { value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd }) => {
      this.progress.push(value);
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => {});
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registrations.push(...registrations);
    });
    this.connection.listen();
  }

  /** Initializes with the copy as the only workspace folder and waits until every seed has diagnostics. */
  async start(): Promise<this> {
    const rootUri = pathToFileURL(this.root).href;
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'seeds' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true },
          workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    await waitFor('diagnostics for all five seeds', () => (SEEDS.every((name) => this.diagnostics.has(this.uri(name))) ? true : undefined), () => this.log());
    return this;
  }

  /** The URI of a file in the workspace copy. */
  uri(name: string): string {
    return pathToFileURL(join(this.root, name)).href;
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
      this.connection.dispose();
      if (this.server.exitCode === null && this.server.signalCode === null) {
        const exited = once(this.server, 'exit');
        this.server.kill();
        await exited;
      }
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}

/** The position where the n-th occurrence of a string starts in a text. */
function positionOf(text: string, needle: string, occurrence = 0): Position {
  let at = -1;
  for (let n = 0; n <= occurrence; n++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return new LineIndex(text).positionAt(at);
}

/** The text a range covers. */
function textIn(text: string, range: Range): string {
  const lines = new LineIndex(text);
  return text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

function conflictAt(session: Session, name: string, position: Position): Diagnostic | undefined {
  return session.latest(name).find((diagnostic) => diagnostic.code === CONFLICT && samePosition(diagnostic.range.start, position));
}

let shared: Session;

before(async () => {
  shared = await new Session().start();
});

after(async () => {
  await shared?.close();
});

test('004 has conflicting-figure warnings at "$6 billion" that point into the other sources', () => {
  const name = seed('004');
  const text = shared.text(name);
  const warning = conflictAt(shared, name, positionOf(text, '$6 billion'));
  assert.ok(warning, `no conflict at "$6 billion"; got:\n${JSON.stringify(shared.latest(name), null, 1)}`);
  assert.equal(warning.severity, DiagnosticSeverity.Warning);
  assert.equal(warning.source, 'crosscheck');
  assert.equal(textIn(text, warning.range), '$6 billion');
  assert.equal(warning.codeDescription?.href, `https://github.com/crosscheck/crosscheck#${CONFLICT}`);
  const relatedFiles = new Set(warning.relatedInformation?.map((related) => related.location.uri));
  assert.deepEqual([...relatedFiles].sort(), SEEDS.filter((other) => other !== name).map((other) => shared.uri(other)).sort());
  for (const related of warning.relatedInformation ?? []) {
    const relatedName = SEEDS.find((other) => shared.uri(other) === related.location.uri)!;
    assert.match(textIn(shared.text(relatedName), related.location.range), /68|10 trillion/i, JSON.stringify(related.message));
  }
});

test('indexing is reported as work-done progress and the watchers are registered', () => {
  assert.equal(shared.progress[0]?.kind, 'begin');
  assert.equal(shared.progress.at(-1)?.kind, 'end');
  const watchers = shared.registrations.filter((registration) => registration.method === DidChangeWatchedFilesNotification.method)
    .flatMap((registration) => (registration.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((watcher) => watcher.globPattern));
  assert.deepEqual(watchers, ['**/*.{txt,md}', '**/.crosscheck.json']);
});

test('hover over "$6 billion" gives the normalised value and the claim it supports', async () => {
  const name = seed('004');
  const text = shared.text(name);
  const position = positionOf(text, '$6 billion');
  const message = conflictAt(shared, name, position)?.message ?? '';
  const label = /^Sources disagree on (.+?): /.exec(typeof message === 'string' ? message : message.value)?.[1];
  assert.ok(label, 'the conflict names its claim');
  const hover = await shared.connection.sendRequest(HoverRequest.type, { textDocument: { uri: shared.uri(name) }, position: { ...position, character: position.character + 2 } });
  const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
  assert.ok(markdown.includes('**$6 billion** = 6.0 × 10⁹ USD'), markdown);
  assert.ok(markdown.includes(label), markdown);
  assert.match(markdown, /≈ ¥[\d.]+[BT] at 1 USD = [\d.]+ JPY \(\d{4}-\d{2}\)/);
  assert.ok(markdown.includes(`(${shared.uri(seed('000'))}#L`), 'the table links the other sources');
});

test('definition on "JISSI" in 002 is where "India–Japan Economic Security Initiative" introduces it', async () => {
  const name = seed('002');
  const text = shared.text(name);
  const result = await shared.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: shared.uri(name) }, position: positionOf(text, 'JISSI') });
  const location = (Array.isArray(result) ? result[0] : result) as Location | null;
  assert.ok(location, 'a definition');
  assert.equal(location.uri, shared.uri(name));
  assert.equal(textIn(text, location.range), 'India–Japan Economic Security Initiative');
});

test('references on "JCM" include the mentions of "Joint Crediting Mechanism" in 002', async () => {
  const name = seed('002');
  const text = shared.text(name);
  const locations = await shared.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri: shared.uri(name) }, position: positionOf(text, 'JCM'), context: { includeDeclaration: true },
  }) ?? [];
  const inSeed = locations.filter((location) => location.uri === shared.uri(name)).map((location) => textIn(text, location.range));
  assert.ok(inSeed.includes('Joint Crediting Mechanism'), JSON.stringify(inSeed));
  assert.ok(inSeed.includes('JCM'), JSON.stringify(inSeed));
});

test('the preferred quick fix on a 004 conflict, applied, makes that conflict disappear', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  const uri = session.uri(name);
  const text = session.text(name);
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const spot = positionOf(text, '$6 billion');
  const diagnostic = await waitFor('the conflict at "$6 billion" for version 1', () => {
    const found = conflictAt(session, name, spot);
    return (found?.data as { version?: number } | undefined)?.version === 1 ? found : undefined;
  }, () => session.log());

  const actions = await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
  }) ?? [];
  const preferred = actions.find((action): action is CodeAction => 'isPreferred' in action && action.isPreferred === true);
  assert.ok(preferred, `no preferred fix among ${JSON.stringify(actions.map((action) => action.title))}`);
  const [change] = preferred.edit?.documentChanges ?? [];
  assert.ok(change && TextDocumentEdit.is(change), 'a text document edit');
  assert.deepEqual(change.textDocument, { uri, version: 1 });

  const lines = new LineIndex(text);
  let fixed = text;
  for (const edit of [...change.edits].sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))) {
    if (!('newText' in edit)) continue;
    fixed = fixed.slice(0, lines.offsetAt(edit.range.start)) + edit.newText + fixed.slice(lines.offsetAt(edit.range.end));
  }
  assert.notEqual(fixed, text);
  await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
  await waitFor('the conflict at the fixed spot to go', () => (conflictAt(session, name, spot) ? undefined : true), () => JSON.stringify(session.latest(name), null, 1));
  assert.ok(session.latest(name).some((other) => other.code === CONFLICT), 'the other $6 billion mentions are still flagged');
});

test('severity "off" in .crosscheck.json, announced by a watched-file event, silences the conflicts', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  assert.ok(session.latest(seed('004')).some((diagnostic) => diagnostic.code === CONFLICT));
  const configPath = join(session.root, '.crosscheck.json');
  writeFileSync(configPath, JSON.stringify({ severity: { [CONFLICT]: 'off' } }));
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configPath).href, type: FileChangeType.Created }] });
  await waitFor('every conflict warning to go', () => (SEEDS.some((name) => session.latest(name).some((diagnostic) => diagnostic.code === CONFLICT)) ? undefined : true));
});

test('"mark as reviewed" creates .crosscheck.json with the conflict, which then stays quiet', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  const diagnostic = conflictAt(session, name, positionOf(session.text(name), '$6 billion'));
  assert.ok(diagnostic, 'a conflict to review');
  const actions = await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: session.uri(name) }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  }) ?? [];
  const review = actions.find((action): action is CodeAction => action.title.startsWith('Mark as reviewed'));
  assert.ok(review, `no review action among ${JSON.stringify(actions.map((action) => action.title))}`);
  const [create, insert] = review.edit?.documentChanges ?? [];
  const configUri = session.uri('.crosscheck.json');
  assert.deepEqual(create, { kind: 'create', uri: configUri });
  assert.ok(insert && TextDocumentEdit.is(insert) && insert.textDocument.uri === configUri);
  const [edit] = insert.edits;
  assert.ok(edit && 'newText' in edit);
  const written = JSON.parse(edit.newText) as { reviewed: Array<{ claim: string; values: string[] }> };
  assert.equal(written.reviewed.length, 1);
  assert.deepEqual(written.reviewed[0], (diagnostic.data as { review: unknown }).review);

  writeFileSync(join(session.root, '.crosscheck.json'), edit.newText);
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Created }] });
  await waitFor('the reviewed conflict to go quiet', () => (SEEDS.some((seedName) => session.latest(seedName).some((other) => other.code === CONFLICT)) ? undefined : true));
});

test('a broken .crosscheck.json gets a diagnostic in that file and the defaults stay in force', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const configPath = join(session.root, '.crosscheck.json');
  writeFileSync(configPath, '{ "severity": { "conflicting-figure": "loud" } }');
  const configUri = pathToFileURL(configPath).href;
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Created }] });
  const problems = await waitFor('a diagnostic in .crosscheck.json', () => {
    const published = session.diagnostics.get(configUri)?.diagnostics;
    return published && published.length > 0 ? published : undefined;
  });
  assert.equal(problems[0]!.severity, DiagnosticSeverity.Error);
  assert.equal(problems[0]!.source, 'crosscheck');
  assert.ok(session.latest(seed('004')).some((diagnostic) => diagnostic.code === CONFLICT));

  writeFileSync(configPath, '{}');
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
  await waitFor('the configuration diagnostic to clear', () => (session.diagnostics.get(configUri)?.diagnostics.length === 0 ? true : undefined));
});
