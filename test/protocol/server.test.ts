/** The language server over stdio, driven by a real protocol client on a fresh copy of the seed articles. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest, DefinitionRequest, DiagnosticSeverity, DidChangeTextDocumentNotification, DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification, FileChangeType, HoverRequest, ReferencesRequest, TextDocumentEdit,
  type CodeAction, type Diagnostic, type Location, type MarkupContent, type Position,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { SEEDS, Session, positionOf, samePosition, seed, textIn, waitFor } from './session';

const CONFLICT = 'conflicting-figure';

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
