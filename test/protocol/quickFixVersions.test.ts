/** Quick fixes are versioned edits of the figure's span only; one computed before an edit is refused, and a stale diagnostic gets none. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeActionRequest, TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../server/src/core/text';
import { Session, seed, textIn, waitFor } from './session';

const CONFLICT = 'conflicting-figure';

/** The replacement quick fixes (not "mark as reviewed") offered for a diagnostic. */
async function replacements(session: Session, name: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = await session.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri: session.uri(name) }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] },
  }) ?? [];
  return actions.filter((action): action is CodeAction => 'edit' in action && !action.title.startsWith('Mark as reviewed'));
}

/** The single text edit of a quick fix, with the document and version it names. */
function onlyEdit(edit: WorkspaceEdit | undefined): { uri: string; version: number | null; edit: TextEdit } {
  const changes = edit?.documentChanges ?? [];
  assert.equal(changes.length, 1, 'one document change');
  const [change] = changes;
  assert.ok(change && TextDocumentEdit.is(change), 'a text document edit');
  assert.equal(change.edits.length, 1, 'one text edit');
  const [textEdit] = change.edits;
  assert.ok(textEdit && 'newText' in textEdit);
  return { uri: change.textDocument.uri, version: change.textDocument.version, edit: textEdit };
}

/** What a client that honours versions does with an edit: applies it to the document at `version`, or refuses it (null). */
function applyAsClient(text: string, version: number, edit: WorkspaceEdit): string | null {
  const { version: wanted, edit: textEdit } = onlyEdit(edit);
  if (wanted !== null && wanted !== version) return null;
  const lines = new LineIndex(text);
  return text.slice(0, lines.offsetAt(textEdit.range.start)) + textEdit.newText + text.slice(lines.offsetAt(textEdit.range.end));
}

test('every replacement quick fix is an edit of the open document at its version that touches only the flagged figure', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  const uri = session.uri(name);
  const text = session.text(name);
  await session.open(name, 7);
  const conflicts = await waitFor('the conflicts of version 7', () => {
    const published = session.diagnostics.get(uri);
    return published?.version === 7 ? published.diagnostics.filter((diagnostic) => diagnostic.code === CONFLICT) : undefined;
  });
  assert.ok(conflicts.length > 0);
  let fixes = 0;
  for (const diagnostic of conflicts) {
    for (const action of await replacements(session, name, diagnostic)) {
      fixes++;
      const { uri: edited, version, edit } = onlyEdit(action.edit);
      assert.deepEqual([edited, version], [uri, 7]);
      assert.deepEqual(edit.range, diagnostic.range, `"${action.title}" replaces the figure "${textIn(text, diagnostic.range)}" and nothing else`);
      const lines = new LineIndex(text);
      const [start, end] = [lines.offsetAt(edit.range.start), lines.offsetAt(edit.range.end)];
      const fixed = applyAsClient(text, 7, action.edit!)!;
      assert.equal(fixed.slice(0, start), text.slice(0, start));
      assert.equal(fixed.slice(start + edit.newText.length), text.slice(end));
    }
  }
  assert.ok(fixes >= conflicts.length, `a replacement for every conflict (${fixes} for ${conflicts.length})`);
});

test('a fix computed before an edit names the old version, so a client that honours versions refuses it; a stale diagnostic gets no fix', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  const uri = session.uri(name);
  const text = session.text(name);
  await session.open(name, 1);
  const conflict = await waitFor('a conflict of version 1', () => (session.diagnostics.get(uri)?.version === 1 ? session.latest(name).find((diagnostic) => diagnostic.code === CONFLICT) : undefined));
  const [offered] = await replacements(session, name, conflict);
  assert.ok(offered?.edit, 'a fix for version 1');

  // A line typed above the figure moves it down.
  const edited = `Editor's note: figures checked.\n${text}`;
  await session.change(name, 2, edited);
  assert.equal(applyAsClient(edited, 2, offered.edit), null, 'the version-1 fix is refused on version 2');
  assert.deepEqual(await replacements(session, name, conflict), [], 'the version-1 diagnostic no longer matches the text: no fix');

  const moved = await waitFor('the conflicts of version 2', () => (session.diagnostics.get(uri)?.version === 2 ? session.latest(name).find((diagnostic) => diagnostic.code === CONFLICT) : undefined));
  assert.equal(moved.range.start.line, conflict.range.start.line + 1);
  const [current] = await replacements(session, name, moved);
  assert.equal(onlyEdit(current?.edit).version, 2);
  const fixed = applyAsClient(edited, 2, current!.edit!);
  assert.ok(fixed !== null && fixed.startsWith("Editor's note: figures checked.\n"), 'the current fix applies to version 2');
});

test('a fix for a document the client has not opened names no version: the client applies it to the file as it is', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  const conflict = session.latest(name).find((diagnostic) => diagnostic.code === CONFLICT);
  assert.ok(conflict);
  const [offered] = await replacements(session, name, conflict);
  assert.equal(onlyEdit(offered?.edit).version, null);
});
