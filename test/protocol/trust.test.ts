/** Workspace trust: the manifest declares limited support, and an untrusted workspace ignores .crosscheck.json's alias groups. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { DidChangeWatchedFilesNotification, FileChangeType, ReferencesRequest } from 'vscode-languageserver-protocol/node';
import { projectPath } from '../support/paths';
import { Session, positionOf, seed, textIn } from './session';

// Any two names the recogniser keeps apart will do; the seeds mention both steelmakers.
const ALIAS_GROUP = ['Nippon Steel', 'JFE Steel'];

/** What Find All References on "JFE Steel" in 001 lists, by text. */
async function referencesOfJfeSteel(session: Session): Promise<string[]> {
  const name = seed('001');
  const locations = await session.connection.sendRequest(ReferencesRequest.type, {
    textDocument: { uri: session.uri(name) }, position: positionOf(session.text(name), 'JFE Steel'), context: { includeDeclaration: true },
  }) ?? [];
  const names = new Map([seed('001'), seed('002')].map((file) => [session.uri(file), file]));
  return locations.map((location) => textIn(session.text(names.get(location.uri)!), location.range)).sort();
}

/** Writes an alias group into .crosscheck.json and announces it; requests sent after this are answered with it read. */
async function configureAliases(session: Session): Promise<void> {
  writeFileSync(session.path('.crosscheck.json'), JSON.stringify({ aliases: [ALIAS_GROUP] }));
  await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: session.uri('.crosscheck.json'), type: FileChangeType.Created }] });
}

for (const trusted of [true, false]) {
  test(`${trusted ? 'a trusted' : 'an untrusted'} workspace ${trusted ? 'applies' : 'ignores'} the alias groups of .crosscheck.json`, async (t) => {
    const session = await new Session({ trusted }).start();
    t.after(() => session.close());
    assert.equal((await session.serverInfo()).trusted, trusted);
    assert.deepEqual(await referencesOfJfeSteel(session), ['JFE Steel', 'JFE Steel'], 'without the group, JFE Steel alone');
    await configureAliases(session);
    assert.deepEqual(await referencesOfJfeSteel(session), trusted ? ['JFE Steel', 'JFE Steel', 'Nippon Steel', 'Nippon Steel'] : ['JFE Steel', 'JFE Steel']);
  });
}

test('the extension declares limited support for untrusted workspaces, saying what it leaves out', () => {
  const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { capabilities: { untrustedWorkspaces: { supported: unknown; description: string } } };
  const { supported, description } = manifest.capabilities.untrustedWorkspaces;
  assert.equal(supported, 'limited');
  assert.match(description, /ignores \.crosscheck\.json rate overrides and alias groups/);
});
