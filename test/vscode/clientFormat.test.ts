/** The client's user-facing wording: the status bar text and the Claims view's descriptions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimDescription, fileNameOf, statusBarText, statusBarTooltip } from '../../client/src/format';
import type { ClaimViewItem, ClaimViewMention, WorkspaceSummary } from '../../server/src/protocol';

const summary = (overrides: Partial<WorkspaceSummary>): WorkspaceSummary => ({ sources: 5, conflicts: 1, claims: 2, findings: 21, indexing: false, ...overrides });
const mention = (uri: string): ClaimViewMention => ({ uri, line: 0, character: 0, text: '', value: '$6 billion', agreesWithConsensus: null });

test('the status bar counts sources and conflicts, singular and plural', () => {
  assert.equal(statusBarText(summary({})), 'Crosscheck: 5 sources · 1 conflict');
  assert.equal(statusBarText(summary({ sources: 1, conflicts: 0 })), 'Crosscheck: 1 source · 0 conflicts');
  assert.equal(statusBarText(summary({ sources: 12, conflicts: 3 })), 'Crosscheck: 12 sources · 3 conflicts');
});

test('while the server indexes, the status bar spins', () => {
  assert.equal(statusBarText(summary({ indexing: true })), '$(sync~spin) Crosscheck: indexing…');
});

test('the tooltip gives the claim and finding counts and says what a click does', () => {
  assert.equal(statusBarTooltip(summary({ claims: 1 })), 'Crosscheck: 1 claim stated by more than one source, 21 findings. Click to open the Problems panel.');
});

test('a claim is described by its status and its number of distinct sources', () => {
  const claim = (status: ClaimViewItem['status'], reviewed: boolean, uris: string[]): ClaimViewItem =>
    ({ id: 'c', label: 'investment amount', status, reviewed, mentions: uris.map(mention) });
  assert.equal(claimDescription(claim('conflict', false, ['file:///a.txt', 'file:///a.txt', 'file:///b.txt'])), 'conflict · 2 sources');
  assert.equal(claimDescription(claim('conflict', true, ['file:///a.txt', 'file:///b.txt'])), 'conflict, reviewed · 2 sources');
  assert.equal(claimDescription(claim('agree', false, ['file:///a.txt', 'file:///b.txt', 'file:///c.txt'])), 'agree · 3 sources');
  assert.equal(claimDescription(claim('single', false, ['file:///a.txt'])), '1 source');
});

test('a mention shows the file name of its URI, decoded', () => {
  assert.equal(fileNameOf('file:///work/seeds/004_1c63032f5add9366.txt'), '004_1c63032f5add9366.txt');
  assert.equal(fileNameOf('file:///work/my%20notes/draft%C3%A9.md'), 'draft\u00e9.md');
  assert.equal(fileNameOf('vscode-remote://127.0.0.1:8080/ws/a.txt?x=1#L3'), 'a.txt');
});
