/** Inlay hints, semantic tokens, code lenses, Crosscheck's own requests and the editor settings, over stdio on the seed articles. */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  CodeLensRefreshRequest, CodeLensRequest, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, InlayHintRefreshRequest, InlayHintRequest,
  MessageType, SemanticTokensRequest, type Diagnostic, type InlayHint, type Range,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import {
  CLAIMS_REQUEST, REINDEX_REQUEST, REPORT_REQUEST, SUMMARY_REQUEST, type ClaimViewItem, type WorkspaceSummary,
} from '../../server/src/protocol';
import { SEEDS, Session, offsetOf, positionOf, seed, textIn, waitFor } from './session';

const CONFLICT = 'conflicting-figure';
const WHOLE_DOCUMENT: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

/** The inlay hints of a file, by default all of them. */
async function hintsIn(session: Session, name: string, range: Range = WHOLE_DOCUMENT): Promise<InlayHint[]> {
  return await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: session.uri(name) }, range }) ?? [];
}

/** Whether a hint sits right after `figure`. */
function endsWith(text: string, hint: InlayHint, figure: string): boolean {
  const offset = new LineIndex(text).offsetAt(hint.position);
  return text.slice(offset - figure.length, offset) === figure;
}

/** How many refresh requests of one kind the client has received. */
function refreshCount(session: Session, method: string): number {
  return session.refreshes.filter((refresh) => refresh === method).length;
}

/** The claims the Claims view shows. */
function claims(session: Session, includeSingle: boolean): Promise<ClaimViewItem[]> {
  return session.connection.sendRequest(CLAIMS_REQUEST, { includeSingle });
}

/** Announces a new or changed .crosscheck.json written into the workspace copy. */
async function writeConfig(session: Session, config: unknown, type: FileChangeType = FileChangeType.Created): Promise<void> {
  writeFileSync(session.path('.crosscheck.json'), JSON.stringify(config));
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: session.uri('.crosscheck.json'), type }] });
}

/** Parses RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field + row.join(''), '', 'the CSV ends with a line break');
  return rows;
}

let shared: Session;

before(async () => {
  shared = await new Session().start();
});

after(async () => {
  await shared?.close();
});

test('inlay hints follow the yen figures of 000 with their dollar value at the 2025-08 rate, and nothing else', async () => {
  const name = seed('000');
  const text = shared.text(name);
  const hints = await hintsIn(shared, name);
  assert.deepEqual(hints.map((hint) => hint.label), ['≈ $67.8B', '≈ $33.9B', '≈ $67.8B']);
  const [first] = hints;
  const tenTrillion = offsetOf(text, '10 trillion yen');
  assert.deepEqual(first!.position, new LineIndex(text).positionAt(tenTrillion + '10 trillion yen'.length));
  assert.equal(first!.paddingLeft, true);
  assert.equal(first!.tooltip, '10 trillion yen ≈ $67.8B at 1 JPY = 0.006781 USD (2025-08 average)');
  assert.ok(endsWith(text, hints[1]!, '5 trillion yen') && endsWith(text, hints[2]!, '10 trillion yen'), JSON.stringify(hints));
});

test('inlay hints are limited to the requested range', async () => {
  const name = seed('000');
  const line = positionOf(shared.text(name), '5 trillion yen').line;
  const hints = await hintsIn(shared, name, { start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  assert.deepEqual(hints.map((hint) => hint.label), ['≈ $33.9B', '≈ $67.8B']);
});

test('semantic tokens: the legend is announced and 004 is covered without overlaps, figures and entities by kind', async () => {
  const provider = shared.initializeResult?.capabilities.semanticTokensProvider;
  assert.deepEqual(provider, {
    legend: { tokenTypes: ['number', 'class', 'namespace', 'function', 'parameter'], tokenModifiers: ['definition', 'money', 'quantity', 'percent', 'duration', 'date'] },
    full: true,
  });
  const { tokenTypes, tokenModifiers } = provider.legend;
  const decode = async (name: string) => {
    const { data } = await shared.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: shared.uri(name) } }) ?? { data: [] };
    const lines = shared.text(name).split(/\r?\n/);
    const tokens: Array<{ line: number; character: number; length: number; text: string; type: string; modifiers: string[] }> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
      const [deltaLine, deltaCharacter, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
      line += deltaLine;
      character = deltaLine === 0 ? character + deltaCharacter : deltaCharacter;
      tokens.push({
        line, character, length, text: lines[line]!.slice(character, character + length),
        type: tokenTypes[type]!, modifiers: tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0),
      });
    }
    return tokens;
  };
  const tokens = await decode(seed('004'));
  tokens.forEach((token, index) => {
    assert.ok(token.length > 0 && token.character + token.length <= shared.text(seed('004')).split(/\r?\n/)[token.line]!.length, `token within its line: ${JSON.stringify(token)}`);
    const previous = tokens[index - 1];
    if (previous && previous.line === token.line) assert.ok(previous.character + previous.length <= token.character, `no overlap: ${JSON.stringify([previous, token])}`);
  });
  const described = (text: string) => tokens.filter((token) => token.text === text).map((token) => [token.type, ...token.modifiers].join('+'));
  assert.deepEqual(described('$6B'), ['number+money']);
  assert.deepEqual(described('¥900 billion'), ['number+money']);
  assert.deepEqual(described('August 26, 2025'), ['number+date']);
  assert.deepEqual(described('over the next ten years'), ['number+duration']);
  assert.deepEqual(described('Manmohan Singh'), ['parameter+definition']);
  assert.ok(described('India').every((kind) => kind.startsWith('namespace')), JSON.stringify(described('India')));
  const inOther = await decode(seed('000'));
  const kindOf = (text: string) => inOther.filter((token) => token.text === text).map((token) => [token.type, ...token.modifiers].join('+'));
  assert.deepEqual(kindOf('Ministry of External Affairs'), ['class+definition']);
  assert.deepEqual(kindOf('MEA'), ['class']);
  const initiatives = await decode(seed('002'));
  assert.deepEqual(initiatives.filter((token) => token.text === 'JISSI').map((token) => token.type), ['function', 'function']);
});

test('code lenses on 004 say what the sources say about each conflicting figure, and name the claim for the client command', async () => {
  const name = seed('004');
  const text = shared.text(name);
  const lenses = await shared.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: shared.uri(name) } }) ?? [];
  const dollars = '⚠ 4 sources say USD 68 billion · 1 says $6 billion';
  const yen = '⚠ 4 sources say 10 trillion yen · 1 says ¥900 billion';
  assert.deepEqual(lenses.map((lens) => [textIn(text, lens.range), lens.command?.title]), [
    ['$6B', dollars], ['$6 billion', dollars], ['$6 Billion', dollars], ['$6 billion', dollars], ['¥900 billion', yen], ['$6 billion', dollars],
  ]);
  const [claim] = await claims(shared, false);
  for (const lens of lenses) assert.deepEqual([lens.command?.command, lens.command?.arguments], ['crosscheck.showClaim', [claim!.id]]);
});

test('crosscheck/summary counts the sources, the one conflict, the shared claims and every finding; summaryChanged sent it', async () => {
  const summary = await shared.connection.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST);
  const findings = SEEDS.reduce((count, name) => count + shared.latest(name).length, 0);
  const sharedClaims = (await claims(shared, false)).length;
  assert.deepEqual(summary, { sources: 5, conflicts: 1, claims: sharedClaims, findings, indexing: false });
  assert.equal(shared.summaries[0]?.indexing, true, 'the first summary says indexing is under way');
  await waitFor('the summary to have been sent', () => (JSON.stringify(shared.summaries.at(-1)) === JSON.stringify(summary) ? true : undefined), () => JSON.stringify(shared.summaries));
});

test('crosscheck/claims lists the conflicting claim first, with 004\'s mentions against the consensus', async () => {
  const name = seed('004');
  const text = shared.text(name);
  const items = await claims(shared, false);
  const [conflict] = items;
  assert.ok(conflict);
  assert.equal(conflict.status, 'conflict');
  assert.equal(conflict.reviewed, false);
  assert.ok(items.slice(1).every((item) => item.status === 'agree'), JSON.stringify(items.map((item) => item.status)));
  const message = shared.latest(name).find((diagnostic) => diagnostic.code === CONFLICT)?.message;
  assert.ok(typeof message === 'string' && message.startsWith(`Sources disagree on ${conflict.label}: `), String(message));

  const own = conflict.mentions.filter((mention) => mention.uri === shared.uri(name));
  assert.deepEqual(own.map(({ value, line, character, agreesWithConsensus }) => ({ value, line, character, agreesWithConsensus })), [
    { value: '$6B', ...positionOf(text, '$6B'), agreesWithConsensus: false },
    { value: '$6 billion', ...positionOf(text, '$6 billion'), agreesWithConsensus: false },
    { value: '$6 Billion', ...positionOf(text, '$6 Billion'), agreesWithConsensus: false },
    { value: '$6 billion / ¥900 billion', ...positionOf(text, '$6 billion', 1), agreesWithConsensus: false },
    { value: '$6 billion', ...positionOf(text, '$6 billion', 2), agreesWithConsensus: false },
  ]);
  assert.equal(own[3]!.text, 'Japan has pledged to invest $6 billion (approximately ¥900 billion) in India over the next ten years, targeting sectors such as AI, semiconductors, clean energy, and digital infrastructure.');
  const others = conflict.mentions.filter((mention) => mention.uri !== shared.uri(name));
  assert.deepEqual(new Set(others.map((mention) => mention.uri)), new Set(SEEDS.filter((other) => other !== name).map((other) => shared.uri(other))));
  assert.ok(others.every((mention) => mention.agreesWithConsensus === true));

  const everything = await claims(shared, true);
  assert.deepEqual(everything.slice(0, items.length), items);
  const singles = everything.slice(items.length);
  assert.ok(singles.length > 0 && singles.every((item) => item.status === 'single' && item.mentions.every((mention) => mention.agreesWithConsensus === null)));
});

test('crosscheck/report writes the claims as a Markdown table and as quoted CSV', async () => {
  const name = seed('004');
  const position = positionOf(shared.text(name), '$6 billion');
  const [conflict] = await claims(shared, false);
  const everything = await claims(shared, true);

  const markdown = await shared.connection.sendRequest<string>(REPORT_REQUEST, { format: 'markdown' });
  const lines = markdown.split('\n');
  assert.equal(lines[0], '# Crosscheck report');
  assert.match(lines[2]!, /^5 sources · \d+ shared claims? · 1 conflict to review · \d+ findings?$/);
  assert.equal(lines[4], '| Claim | Status | Source | Line | Says | Value | Agrees with consensus |');
  assert.equal(lines[6], `| ${conflict!.label} | conflict | 000\\_7a10705b98cdeace.txt | 1 | USD 68 billion | $68.0B | yes |`);
  assert.ok(lines.includes(`|  |  | 004\\_1c63032f5add9366.txt | ${position.line + 1} | $6 billion | $6.00B | **no** |`), markdown);
  assert.equal(lines.filter((line) => line.startsWith('| ')).length - 1, everything.reduce((count, item) => count + item.mentions.length, 0));

  const csv = await shared.connection.sendRequest<string>(REPORT_REQUEST, { format: 'csv' });
  assert.ok(csv.includes(`,"${conflict!.label}",`), 'a label with a comma is quoted');
  const rows = parseCsv(csv);
  assert.deepEqual(rows[0], ['claim_id', 'claim', 'status', 'reviewed', 'source', 'line', 'column', 'says', 'value', 'unit', 'agrees_with_consensus']);
  assert.equal(rows.length - 1, everything.reduce((count, item) => count + item.mentions.length, 0));
  assert.ok(rows.every((row) => row.length === 11), 'every row has every column');
  assert.deepEqual(rows.find((row) => row[4] === name && row[5] === String(position.line + 1)), [
    conflict!.id, conflict!.label, 'conflict', 'false', name, String(position.line + 1), String(position.character + 1), '$6 billion', '6000000000', 'USD', 'false',
  ]);

  await assert.rejects(shared.connection.sendRequest(REPORT_REQUEST, { format: 'pdf' }), { code: -32602, message: 'crosscheck/report: "format" must be "markdown" or "csv".' });
});

test('crosscheck.inlayHints.enabled, re-read on didChangeConfiguration, turns the hints off and on live', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const registered = session.registrations.find((registration) => registration.method === DidChangeConfigurationNotification.method);
  assert.deepEqual(registered?.registerOptions, { section: 'crosscheck' });
  const name = seed('000');
  await waitFor('the refresh after indexing', () => (refreshCount(session, InlayHintRefreshRequest.method) > 0 ? true : undefined));

  const toggle = async (enabled: boolean) => {
    const refreshes = refreshCount(session, InlayHintRefreshRequest.method);
    const asked = session.configurationRequests;
    session.settings = { inlayHints: { enabled } };
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await waitFor('an inlay hint refresh', () => (refreshCount(session, InlayHintRefreshRequest.method) > refreshes ? true : undefined));
    assert.equal(session.configurationRequests, asked + 1, 'the settings were asked for once');
  };
  await toggle(false);
  assert.deepEqual(await hintsIn(session, name), []);
  await toggle(true);
  assert.equal((await hintsIn(session, name)).length, 3);
});

test('a client that cannot be asked pushes the settings with didChangeConfiguration, dotted keys included', async (t) => {
  const session = await new Session({ configuration: false }).start();
  t.after(() => session.close());
  await waitFor('the refresh after indexing', () => (refreshCount(session, InlayHintRefreshRequest.method) > 0 ? true : undefined));
  const refreshes = refreshCount(session, InlayHintRefreshRequest.method);
  await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { crosscheck: { 'inlayHints.enabled': false } } });
  await waitFor('an inlay hint refresh', () => (refreshCount(session, InlayHintRefreshRequest.method) > refreshes ? true : undefined));
  assert.deepEqual(await hintsIn(session, seed('000')), []);
  assert.equal(session.configurationRequests, 0);
});

test('rates in .crosscheck.json change the hints, and the client is asked to refresh them', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  await waitFor('the refresh after indexing', () => (refreshCount(session, InlayHintRefreshRequest.method) > 0 ? true : undefined));
  const refreshes = refreshCount(session, InlayHintRefreshRequest.method);
  await writeConfig(session, { rates: { JPY: 100 } });
  await waitFor('an inlay hint refresh', () => (refreshCount(session, InlayHintRefreshRequest.method) > refreshes ? true : undefined));
  const [first] = await hintsIn(session, seed('000'));
  assert.equal(first?.label, '≈ $100B');
  assert.equal(first?.tooltip, '10 trillion yen ≈ $100B at 1 JPY = 0.01 USD (rate set in .crosscheck.json)');
});

test('an untrusted workspace ignores the rate overrides of .crosscheck.json but applies its severities', async (t) => {
  const session = await new Session({ trusted: false }).start();
  t.after(() => session.close());
  await writeConfig(session, { rates: { JPY: 100 }, severity: { 'conflicting-figure': 'off' } });
  const conflicts = () => session.latest(seed('004')).filter((diagnostic) => diagnostic.code === CONFLICT);
  await waitFor('the conflicts silenced by the new configuration', () => (conflicts().length === 0 ? true : undefined));
  const [first] = await hintsIn(session, seed('000'));
  assert.equal(first?.label, '≈ $67.8B');
});

test('a conflict marked reviewed leaves the summary, drops its lenses and stays in the Claims view as reviewed', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  const diagnostic: Diagnostic | undefined = session.latest(name).find((candidate) => candidate.code === CONFLICT);
  assert.ok(diagnostic, 'a conflict to review');
  const lensRefreshes = await waitFor('the lens refresh after indexing', () => refreshCount(session, CodeLensRefreshRequest.method) || undefined);
  await writeConfig(session, { reviewed: [(diagnostic.data as { review: unknown }).review] });
  await waitFor('a summary without conflicts', () => (session.summaries.at(-1)?.conflicts === 0 ? true : undefined), () => JSON.stringify(session.summaries));
  await waitFor('a code lens refresh', () => (refreshCount(session, CodeLensRefreshRequest.method) > lensRefreshes ? true : undefined));
  assert.deepEqual(await session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: session.uri(name) } }), []);
  const [first] = await claims(session, false);
  assert.deepEqual([first?.status, first?.reviewed], ['conflict', true]);
});

test('crosscheck/reindex picks up a file no watcher announced, and answers once it is in the corpus', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const copy = '005_copy.txt';
  writeFileSync(session.path(copy), session.text(seed('004')));
  assert.equal(await session.connection.sendRequest(REINDEX_REQUEST), null);
  assert.equal((await session.connection.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST)).sources, 6);
  await waitFor('diagnostics for the new file', () => (session.latest(copy).some((diagnostic) => diagnostic.code === CONFLICT) ? true : undefined), () => session.log());
});

test('crosscheck.maxFileSizeKB: a larger file is not analysed, the user is told once, and raising the limit brings it in', async (t) => {
  const session = new Session();
  t.after(() => session.close());
  const huge = 'huge.txt';
  const article = readFileSync(session.path(seed('004')), 'utf8');
  const hugeText = article.repeat(Math.ceil((64 * 1024 + 1) / article.length));
  writeFileSync(session.path(huge), hugeText);
  session.settings = { maxFileSizeKB: 64 };
  await session.start();
  const told = 'Crosscheck: huge.txt is larger than the 64 KB limit (setting crosscheck.maxFileSizeKB), so it is not analysed.';
  assert.deepEqual(session.messages, [{ type: MessageType.Info, message: told }]);
  assert.equal((await session.connection.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST)).sources, 5);

  // Opening and typing in it is no news: the summary request answers after the edits are handled, so any message would be in.
  const uri = session.uri(huge);
  await session.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text: hugeText } });
  for (const version of [2, 3]) {
    await session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text: `${hugeText}${'!'.repeat(version)}` }] });
  }
  assert.equal((await session.connection.sendRequest<WorkspaceSummary>(SUMMARY_REQUEST)).sources, 5);
  assert.equal(session.messages.length, 1);
  assert.equal(session.diagnostics.has(uri), false);

  session.settings = { maxFileSizeKB: 2048 };
  await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  await waitFor('conflicts in the file once it is under the limit', () => (session.latest(huge).some((diagnostic) => diagnostic.code === CONFLICT) ? true : undefined), () => session.log());

  session.settings = { maxFileSizeKB: 64 };
  await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  await waitFor('its diagnostics to be cleared', () => (session.diagnostics.get(uri)?.diagnostics.length === 0 ? true : undefined));
  assert.equal(session.messages.length, 1, 'the user was told once');
});
