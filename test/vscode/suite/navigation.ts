/** Hover on a figure and Go to Definition on an acronym, through VS Code's own provider commands. */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { DISSENTING_ARTICLE, openAndActivate, poll, rangeOfText, workspaceFile } from '../support/workspace';

/** The plain text of a hover's contents. */
function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

describe('navigation', () => {
  before(() => openAndActivate(DISSENTING_ARTICLE));

  it('hovering "$6 billion" shows its normalised value and the claim it supports', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile(DISSENTING_ARTICLE));
    const inside = rangeOfText(document, '$6 billion').start.translate(0, 1);
    // The server answers once it has indexed the workspace; before that the hover may be empty.
    const text = await poll('a Crosscheck hover on "$6 billion"', async () => {
      const found = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, inside));
      return found.includes('**Claim:**') && found;
    });
    assert.match(text, /\*\*\$6 billion\*\* = 6\.0 × 10⁹ USD/);
    assert.match(text, /\*\*Claim:\*\* investment amount .*\(conflict\)/);
  });

  it('Go to Definition on "JISSI" lands on "India–Japan Economic Security Initiative"', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('002_577c1422427bd8b5.txt'));
    // The later mention, so the jump goes somewhere else.
    const inside = rangeOfText(document, 'JISSI', { last: true }).start.translate(0, 2);
    const locations = await poll('a definition of "JISSI"', async () => {
      const found = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, inside);
      return found.length > 0 && found;
    });
    assert.equal(locations.length, 1);
    const location = locations[0]!;
    const [uri, range] = 'targetUri' in location ? [location.targetUri, location.targetSelectionRange ?? location.targetRange] : [location.uri, location.range];
    const target = await vscode.workspace.openTextDocument(uri);
    assert.equal(target.getText(range), 'India–Japan Economic Security Initiative');
  });
});
