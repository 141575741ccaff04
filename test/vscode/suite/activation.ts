/** The extension activates on an article, contributes its commands, and the status bar reports the workspace. */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../client/src/extension';
import { DISSENTING_ARTICLE, EXTENSION_ID, openAndActivate, poll } from '../support/workspace';

describe('activation', () => {
  let api: CrosscheckApi;

  before(async () => {
    await openAndActivate(DISSENTING_ARTICLE);
    api = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID)!.exports;
  });

  it('registers every command the manifest contributes', async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const id of ['crosscheck.showClaims', 'crosscheck.showClaim', 'crosscheck.reindex', 'crosscheck.restartServer', 'crosscheck.exportReport']) {
      assert.ok(commands.has(id), `${id} is not registered`);
    }
  });

  it('shows "Crosscheck: 5 sources · 1 conflict" in the status bar once indexed', async () => {
    await poll('the status bar summary', () => api.statusBarText() === 'Crosscheck: 5 sources · 1 conflict', 30_000)
      .catch((error: Error) => assert.fail(`${error.message}; the status bar shows "${api.statusBarText()}"`));
    const summary = await api.summary();
    assert.deepEqual({ sources: summary.sources, conflicts: summary.conflicts, indexing: summary.indexing }, { sources: 5, conflicts: 1, indexing: false });
  });
});
