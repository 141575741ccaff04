/** The server process's life: a clean exit on shutdown, and no orphan when the client goes away without one. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { ExitNotification, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { Session, seed, waitFor } from './session';

// A server that fails to exit fails its test here instead of holding up the run.
const EXIT_LIMIT = { timeout: 30_000 };

test('crosscheck/serverInfo names the server process and its corpus', async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const info = await session.serverInfo();
  assert.equal(info.pid, session.server.pid);
  assert.deepEqual({ documents: info.documents, analyses: info.analyses, trusted: info.trusted }, { documents: 5, analyses: 5, trusted: true });
  assert.ok(info.heapUsed > 0);
});

test('shutdown, then exit: the server process ends with code 0', EXIT_LIMIT, async (t) => {
  const session = await new Session().start();
  t.after(() => session.discard());
  assert.equal(await session.connection.sendRequest(ShutdownRequest.type), null);
  await session.connection.sendNotification(ExitNotification.type);
  assert.deepEqual(await session.exited, { code: 0, signal: null });
});

test('a client that disconnects in the middle of indexing, without shutdown, leaves no server process behind', EXIT_LIMIT, async (t) => {
  const session = new Session();
  t.after(() => session.discard());
  // Enough articles that the scan is still going when the client goes.
  const article = session.text(seed('004'));
  for (let n = 0; n < 1_000; n++) writeFileSync(session.path(`extra-${n}.txt`), `${article}\n${n}`);
  await session.initialize();
  await waitFor('indexing to be under way', () => (session.progress.some((report) => report.kind === 'report' && (report.percentage ?? 0) > 0) ? true : undefined), () => session.log());
  assert.notEqual(session.progress.at(-1)?.kind, 'end', 'the scan is still running');
  // What the server sees when the client process is killed: its input ends.
  session.server.stdin!.destroy();
  // Exit code 1: the protocol's code for an exit without shutdown.
  assert.deepEqual(await session.exited, { code: 1, signal: null });
});

test('a client that closes the Node IPC channel without shutdown, and lives on, leaves no server process behind', EXIT_LIMIT, async (t) => {
  const session = await new Session({ transport: 'ipc' }).start();
  t.after(() => session.discard());
  session.server.disconnect();
  assert.deepEqual(await session.exited, { code: 1, signal: null });
});

test('a client process that dies while its pipes stay open is noticed through initialize.processId, and the server exits', EXIT_LIMIT, async (t) => {
  const client = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60_000)'], { stdio: 'ignore' });
  t.after(() => client.kill());
  const session = await new Session({ processId: client.pid }).start();
  t.after(() => session.discard());
  client.kill('SIGKILL');
  assert.deepEqual(await session.exited, { code: 1, signal: null });
});
