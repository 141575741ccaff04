/** The cross-source conflict in 004 is reported on each of its statements, pointing at the other sources. */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { baseName, conflictDiagnostics, DISSENTING_ARTICLE, openAndActivate, workspaceFile } from '../support/workspace';

describe('conflicting-figure diagnostics', () => {
  let document: vscode.TextDocument;
  let diagnostics: vscode.Diagnostic[];

  before(async () => {
    document = (await openAndActivate(DISSENTING_ARTICLE)).document;
    diagnostics = await conflictDiagnostics(workspaceFile(DISSENTING_ARTICLE));
  });

  it('flags exactly the six statements of $6 billion and ¥900 billion in 004, as warnings', () => {
    assert.deepEqual(diagnostics.map((diagnostic) => document.getText(diagnostic.range)), ['$6B', '$6 billion', '$6 Billion', '$6 billion', '¥900 billion', '$6 billion']);
    assert.ok(diagnostics.every((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Warning));
    assert.match(diagnostics[0]!.message, /^Sources disagree on investment amount/);
  });

  it('points relatedInformation at the statements of the four other sources', async () => {
    for (const diagnostic of diagnostics) {
      const related = diagnostic.relatedInformation ?? [];
      assert.deepEqual([...new Set(related.map((item) => baseName(item.location.uri)))].sort(),
        ['000_7a10705b98cdeace.txt', '001_9e5d4650d03e4799.txt', '002_577c1422427bd8b5.txt', '003_d9a360ffe00afb37.txt']);
      for (const item of related) {
        const text = (await vscode.workspace.openTextDocument(item.location.uri)).getText(item.location.range);
        assert.match(text, /68 billion|10 trillion/i, `related location ${baseName(item.location.uri)} holds "${text}"`);
      }
    }
  });
});
