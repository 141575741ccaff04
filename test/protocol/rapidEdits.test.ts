/** Bursts of edits: the diagnostics end on the final text with its version, memory returns to its baseline, and cancelled requests are answered at once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CancellationTokenSource, CodeActionRequest, DidChangeTextDocumentNotification, HoverRequest, LSPErrorCodes, ResponseError, type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { SUMMARY_REQUEST } from '../../server/src/protocol';
import { SEEDS, Session, positionOf, seed, textIn, waitFor } from './session';

const EDITS = 1_000;
// Heap growth allowed after the burst, once garbage is collected: less than the texts of the 1,000 edits alone would take.
const HEAP_SLACK_BYTES = 4 * 1024 * 1024;

/** The text of edit number `n`: 004 with its first "$6 billion" changed and a line that grows and shrinks, as typing does. */
function editedText(original: string, n: number): string {
  return `${original.replace('$6 billion', `$${6 + (n % 9)} billion`)}\nCorrection ${n}: ${'the figure was revised. '.repeat(n % 5)}`;
}

/** A session's published diagnostics for the seeds, with the session's own folder in URIs replaced so sessions compare. */
function publishedForSeeds(session: Session): Array<PublishDiagnosticsParams | undefined> {
  const root = session.uri('');
  return SEEDS.map((name) => session.diagnostics.get(session.uri(name)))
    .map((published) => published && JSON.parse(JSON.stringify(published).split(root).join('file:///workspace/')));
}

test(`${EDITS} rapid edits to one document: the last diagnostics carry the final version and match a fresh server's on the final text; memory returns to its baseline`, async (t) => {
  const session = await new Session({ nodeOptions: ['--expose-gc'] }).start();
  t.after(() => session.close());
  const name = seed('004');
  const uri = session.uri(name);
  const original = session.text(name);
  await session.open(name);
  await waitFor('diagnostics for version 1', () => (session.diagnostics.get(uri)?.version === 1 ? true : undefined), () => session.log());
  const baseline = await session.serverInfo();

  const publishedBefore = session.published.length;
  const finalVersion = EDITS + 1;
  const sent: Array<Promise<void>> = [];
  for (let version = 2; version <= finalVersion; version++) sent.push(session.change(name, version, editedText(original, version)));
  await Promise.all(sent);
  const finalText = editedText(original, finalVersion);
  await waitFor('diagnostics for the final version', () => (session.diagnostics.get(uri)?.version === finalVersion ? true : undefined), () => session.log());

  const publishedVersions = session.published.slice(publishedBefore).filter((params) => params.uri === uri).map((params) => params.version!);
  assert.ok(publishedVersions.every((version, index) => index === 0 || version > publishedVersions[index - 1]!), `versions only go up: ${publishedVersions.join(', ')}`);
  const conflicts = session.latest(name).filter((diagnostic) => diagnostic.code === 'conflicting-figure');
  assert.ok(conflicts.length > 0, 'the final text still disagrees with the other sources');
  for (const diagnostic of conflicts) assert.match(textIn(finalText, diagnostic.range), /^(\$\d+ ?[Bb]illion|\$6B|¥900 billion)$/);

  // The same text, analysed from scratch by another server, gives the same diagnostics on every seed.
  const fresh = new Session();
  t.after(() => fresh.close());
  await fresh.start();
  await fresh.open(name, finalVersion, finalText);
  await waitFor('the fresh server\'s diagnostics for the final text', () => (fresh.diagnostics.get(fresh.uri(name))?.version === finalVersion ? true : undefined));
  assert.deepEqual(publishedForSeeds(session), publishedForSeeds(fresh));

  const after = await session.serverInfo();
  assert.deepEqual({ documents: after.documents, analyses: after.analyses }, { documents: 5, analyses: 5 }, 'one analysis per document: none of the edits is kept');
  assert.ok(after.heapUsed < baseline.heapUsed + HEAP_SLACK_BYTES,
    `heap after the burst ${(after.heapUsed / 1e6).toFixed(1)} MB, before ${(baseline.heapUsed / 1e6).toFixed(1)} MB`);
});

/** The error code a request was answered with, or "answered" when it got a result. */
async function outcome(request: Promise<unknown>): Promise<number | 'answered'> {
  try {
    await request;
    return 'answered';
  } catch (error) {
    return error instanceof ResponseError ? error.code : Number.NaN;
  }
}

test('over Node IPC, as VS Code runs the server, a hover and a code action cancelled by newer edits are answered RequestCancelled at once, ahead of a request queued before them', async (t) => {
  const session = await new Session({ transport: 'ipc' }).start();
  t.after(() => session.close());
  const name = seed('004');
  const uri = session.uri(name);
  const original = session.text(name);
  await session.open(name);
  const diagnostic = await waitFor('a conflict in version 1', () => (session.diagnostics.get(uri)?.version === 1 ? session.latest(name)[0] : undefined));

  // Analysing a large document keeps the server busy, so everything below is waiting for it when it is done.
  const large = 'large.txt';
  await session.open(large, 1, `${original}\n`.repeat(300));
  const busy = session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(large) }, position: { line: 0, character: 0 } });

  const end = new LineIndex(original).positionAt(original.length);
  let version = 1;
  /** Types `count` characters at the end of the document. */
  const type = (count: number) => {
    for (let n = 0; n < count; n++) {
      const at = { line: end.line, character: end.character + version - 1 };
      void session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ range: { start: at, end: at }, text: 'x' }] });
    }
  };
  const settled: string[] = [];
  const track = <T>(label: string, request: Promise<T>) => request.finally(() => settled.push(label));
  type(100);
  const summary = track('summary', session.connection.sendRequest(SUMMARY_REQUEST));
  const hoverCancel = new CancellationTokenSource();
  const actionCancel = new CancellationTokenSource();
  const hover = track('hover', session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(original, '$6 billion') }, hoverCancel.token));
  const action = track('code action', session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  }, actionCancel.token));
  // The user types on, and the client cancels what it asked about the text before.
  type(100);
  hoverCancel.cancel();
  actionCancel.cancel();

  assert.equal(await outcome(hover), LSPErrorCodes.RequestCancelled);
  assert.equal(await outcome(action), LSPErrorCodes.RequestCancelled);
  await Promise.all([busy, summary]);
  assert.deepEqual(settled, ['hover', 'code action', 'summary'], 'the cancelled requests did not wait for the summary queued before them');
});
