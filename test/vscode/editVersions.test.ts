/** The client's version check on quick-fix edits, in plain Node: which documents changed since an edit was computed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { staleDocuments } from '../../client/src/editVersions';

const ARTICLE = 'file:///work/004.txt';
const CONFIG = 'file:///work/.crosscheck.json';
const replace = { range: { start: { line: 3, character: 10 }, end: { line: 3, character: 20 } }, newText: 'USD 68 billion' };

/** An edit of the article at `version`. */
const articleEdit = (version: number | null): WorkspaceEdit => ({ documentChanges: [{ textDocument: { uri: ARTICLE, version }, edits: [replace] }] });

test('an edit for the version the document still has is current', () => {
  assert.deepEqual(staleDocuments(articleEdit(4), (uri) => (uri === ARTICLE ? 4 : undefined)), []);
});

test('an edit for an older version, or for a document closed since, is stale', () => {
  assert.deepEqual(staleDocuments(articleEdit(4), () => 5), [ARTICLE]);
  assert.deepEqual(staleDocuments(articleEdit(4), () => undefined), [ARTICLE]);
});

test('an edit that names no version (the file as it is on disk) is never stale', () => {
  assert.deepEqual(staleDocuments(articleEdit(null), () => 9), []);
});

test('file creations are not checked; every versioned document is', () => {
  const edit: WorkspaceEdit = {
    documentChanges: [
      { kind: 'create', uri: CONFIG },
      { textDocument: { uri: CONFIG, version: 2 }, edits: [{ range: replace.range, newText: '{}' }] },
      { textDocument: { uri: ARTICLE, version: 4 }, edits: [replace] },
    ],
  };
  assert.deepEqual(staleDocuments(edit, (uri) => (uri === ARTICLE ? 4 : 3)), [CONFIG]);
});
