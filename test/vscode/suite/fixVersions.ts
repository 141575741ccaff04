/** A quick fix offered before an edit changes nothing; a current one replaces only the figure, and undo restores the text exactly. */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { applyQuickFix, DISSENTING_ARTICLE, lastConflictAndFix, openAndActivate, poll, workspaceFile } from '../support/workspace';

describe('quick fix versions', () => {
  let editor: vscode.TextEditor;
  const uri = () => workspaceFile(DISSENTING_ARTICLE);

  before(async () => {
    editor = await openAndActivate(DISSENTING_ARTICLE);
  });

  after(async () => {
    // Leaves the article as it is on disk for whatever runs next.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a fix offered before the document changed is not applied and leaves the text as it is', async () => {
    const { fix: offered } = await lastConflictAndFix(uri());
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri(), new vscode.Position(0, 0), 'Editor\'s note: figures checked.\n');
    assert.equal(await vscode.workspace.applyEdit(edit), true);
    const changed = editor.document.getText();

    assert.equal(await applyQuickFix(offered), false);
    assert.equal(editor.document.getText(), changed);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a current fix replaces only the figure, and undo restores the exact text', async () => {
    await vscode.window.showTextDocument(editor.document);
    const original = editor.document.getText();
    const { conflict, fix } = await lastConflictAndFix(uri());
    const start = editor.document.offsetAt(conflict.range.start);
    const end = editor.document.offsetAt(conflict.range.end);
    assert.equal(original.slice(start, end), '$6 billion');

    assert.equal(await applyQuickFix(fix), true);
    const fixed = editor.document.getText();
    assert.notEqual(fixed, original);
    assert.equal(fixed.slice(0, start), original.slice(0, start));
    assert.equal(fixed.slice(fixed.length - (original.length - end)), original.slice(end));

    await vscode.commands.executeCommand('undo');
    await poll('undo to restore the text', () => editor.document.getText() === original);
    assert.equal(editor.document.getText(), original);
  });
});
