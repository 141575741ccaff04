/**
 * A folder of 20,000 small articles, empty and whitespace-only ones among them, with files deleted and renamed while
 * it is indexed: the scan finishes with bounded progress and log output, and diagnostics follow what is on disk.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { DidChangeWatchedFilesNotification, FileChangeType, type FileEvent } from 'vscode-languageserver-protocol/node';
import type { WorkspaceSummary } from '../../server/src/protocol';
import { SEEDS, Session, waitFor } from './session';

// 50,000 files behave the same and take 2.5 times as long; 20,000 keep the test near 20 s on two cores.
const FOLDERS = 100;
const FILES_PER_FOLDER = 200;
const TOWNS = ['Arlen', 'Brisk', 'Corvale', 'Dunmore', 'Eastwick', 'Farrow', 'Glenby', 'Harwood'];

/**
 * The n-th article: an empty file, a whitespace-only one, or a sentence with a place, a date and a duration. None
 * states a claim: many articles each stating its own claim of one kind make claim grouping quadratic (see the report).
 */
function article(n: number): string {
  if (n % 10 === 0) return '';
  if (n % 10 === 1) return ' \n\t\n  \r\n';
  return `Notes ${n}. The ${TOWNS[n % TOWNS.length]} reading room reopened on March ${1 + (n % 28)}, 2024, after ${1 + (n % 12)} weeks.\n`;
}

/** A file's name in the bulk folders. */
function bulkName(folder: number, file: number): string {
  return `bulk/${String(folder).padStart(3, '0')}/article-${String(file).padStart(3, '0')}.txt`;
}

test('20,000 small articles: files deleted and renamed mid-scan are skipped, the rest get diagnostics, progress and logs stay bounded', { timeout: 120_000 }, async (t) => {
  const session = new Session();
  t.after(() => session.close());
  const names: string[] = [];
  for (let folder = 0; folder < FOLDERS; folder++) {
    mkdirSync(session.path(`bulk/${String(folder).padStart(3, '0')}`), { recursive: true });
    for (let file = 0; file < FILES_PER_FOLDER; file++) {
      const name = bulkName(folder, file);
      writeFileSync(session.path(name), article(folder * FILES_PER_FOLDER + file));
      names.push(name);
    }
  }
  // The scan reads files in name order, so the last folders are still to come when indexing is under way.
  const deletedQuietly = names.filter((name) => name.startsWith('bulk/09'));
  const deletedAnnounced = names.filter((name) => name.startsWith('bulk/08'));
  const renamed = names.filter((name) => name.startsWith('bulk/07'));
  const renamedTo = (name: string) => name.replace('article-', 'renamed-');

  await session.initialize();
  await waitFor('indexing to be under way', () => (session.progress.some((report) => report.kind === 'report' && (report.percentage ?? 0) >= 1) ? true : undefined), () => session.log());
  assert.notEqual(session.progress.at(-1)?.kind, 'end', 'the scan is still running');
  for (const name of deletedQuietly) rmSync(session.path(name));
  for (const name of deletedAnnounced) rmSync(session.path(name));
  for (const name of renamed) renameSync(session.path(name), session.path(renamedTo(name)));
  // What a client's file watcher reports; the first folder's deletions go unannounced, as when a watcher drops events.
  const events: FileEvent[] = [
    ...deletedAnnounced.map((name): FileEvent => ({ uri: session.uri(name), type: FileChangeType.Deleted })),
    ...renamed.flatMap((name): FileEvent[] => [{ uri: session.uri(name), type: FileChangeType.Deleted }, { uri: session.uri(renamedTo(name)), type: FileChangeType.Created }]),
  ];
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: events });

  await waitFor('indexing to end', () => (session.progress.at(-1)?.kind === 'end' ? true : undefined), () => session.log());
  const remaining = [...names.filter((name) => !name.startsWith('bulk/07') && !name.startsWith('bulk/08') && !name.startsWith('bulk/09')), ...renamed.map(renamedTo)];
  const expectedSources = SEEDS.length + remaining.length;
  // URIs computed once: the probe runs every 20 ms over 18,000 files.
  const remainingUris = remaining.map((name) => session.uri(name));
  const missing = () => remainingUris.filter((uri) => !session.diagnostics.has(uri));
  await waitFor('diagnostics for every remaining file', () => (missing().length === 0 ? true : undefined), () => `${missing().length} files without diagnostics, e.g. ${missing().slice(0, 3).join(', ')}`);

  const gone = [...deletedQuietly, ...deletedAnnounced, ...renamed];
  assert.deepEqual(gone.filter((name) => session.latest(name).length > 0), [], 'no diagnostics on files that are gone');
  for (const n of [0, 1]) assert.deepEqual(session.diagnostics.get(session.uri(bulkName(0, n)))?.diagnostics, [], 'empty and whitespace-only files are analysed, and clean');
  const summary = await session.connection.sendRequest<WorkspaceSummary>('crosscheck/summary');
  assert.deepEqual({ sources: summary.sources, indexing: summary.indexing }, { sources: expectedSources, indexing: false });
  assert.equal(summary.conflicts, 1, 'the seeds\' conflict is still found among 20,000 articles');

  const reports = session.progress.filter((report) => report.kind === 'report').length;
  assert.ok(reports <= 101, `one progress report per percent at most, not one per file (${reports})`);
  assert.deepEqual(session.messages, [], 'no pop-up messages');
  const skipLines = session.logMessages.filter((message) => /: no such file or folder$|more files? skipped/.test(message));
  assert.ok(skipLines.length <= 25, `the skipped files are named a few at a time and then counted, not listed one per line (${skipLines.length} lines)`);
  assert.ok(skipLines.some((line) => /^…and \d+ more files skipped: no such file or folder \(\d+\)$/.test(line)), skipLines.slice(-3).join('\n'));
});
