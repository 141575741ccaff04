/** The preferred quick fix on a 004 conflict replaces the figure with the consensus value, and the warning goes away. */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { applyQuickFix, conflictDiagnostics, crosscheckDiagnostics, DISSENTING_ARTICLE, openAndActivate, poll, workspaceFile } from '../support/workspace';

describe('quick fix', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openAndActivate(DISSENTING_ARTICLE);
  });

  after(async () => {
    // Leaves the article as it is on disk for whatever runs next.
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('applies the preferred replacement and the conflict\'s diagnostic disappears', async () => {
    const uri = workspaceFile(DISSENTING_ARTICLE);
    const conflict = (await conflictDiagnostics(uri)).at(-1)!;
    const fixedRange = conflict.range;
    assert.equal(editor.document.getText(fixedRange), '$6 billion');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider', uri, fixedRange, vscode.CodeActionKind.QuickFix.value);
    const titles = actions.map((action) => action.title);
    assert.ok(titles.some((title) => title.startsWith('Mark as reviewed')), `no "Mark as reviewed" among ${JSON.stringify(titles)}`);
    const preferred = actions.filter((action) => action.isPreferred);
    assert.equal(preferred.length, 1, `expected one preferred fix among ${JSON.stringify(titles)}`);
    assert.equal(await applyQuickFix(preferred[0]!), true);
    const replacement = editor.document.getText(new vscode.Range(fixedRange.start, editor.document.lineAt(fixedRange.start.line).range.end));
    assert.match(replacement, /^\$68 billion/);
    await poll('the fixed conflict\'s diagnostic to disappear', () =>
      !crosscheckDiagnostics(uri, 'conflicting-figure').some((diagnostic) => diagnostic.range.start.isEqual(fixedRange.start)));
    assert.equal(crosscheckDiagnostics(uri, 'conflicting-figure').length, 5);
  });
});
