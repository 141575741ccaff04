/** The server killed in the middle of its work: the client starts a new one, which re-indexes, and the diagnostics come back. */
import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../client/src/extension';
import { conflictDiagnostics, DISSENTING_ARTICLE, EXTENSION_ID, openAndActivate, poll, workspaceFile } from '../support/workspace';

describe('server restart', () => {
  let api: CrosscheckApi;

  before(async () => {
    await openAndActivate(DISSENTING_ARTICLE);
    api = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID)!.exports;
  });

  it('the server process killed while re-indexing is restarted, re-indexes, and the conflicts of 004 come back', async () => {
    const killed = await poll('the server to answer crosscheck/serverInfo', () => api.serverInfo());
    assert.equal(killed.trusted, vscode.workspace.isTrusted, 'the client told the server whether the workspace is trusted');
    // In the middle of work: a re-index is under way when the process dies, and requests keep coming. Those written
    // after the pipe broke and before the client saw the connection close fail (EPIPE); they must not stop it for good.
    void vscode.commands.executeCommand('crosscheck.reindex');
    const requests: Promise<unknown>[] = [];
    const asking = setInterval(() => requests.push(api.summary().catch(() => undefined)), 1);
    process.kill(killed.pid, 'SIGKILL');

    const restarted = await poll('a new server process', async () => {
      const info = await api.serverInfo();
      return info.pid !== killed.pid && info;
    });
    clearInterval(asking);
    assert.notEqual(restarted.pid, killed.pid);
    await Promise.all(requests);
    await poll('the new server to index the five articles', async () => {
      const summary = await api.summary();
      return !summary.indexing && summary.sources === 5;
    });
    const diagnostics = await conflictDiagnostics(workspaceFile(DISSENTING_ARTICLE));
    assert.equal(diagnostics.length, 6);
    await poll('the status bar summary', () => api.statusBarText() === 'Crosscheck: 5 sources · 1 conflict');
  });
});
