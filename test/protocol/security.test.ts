/**
 * No network, no code from strings, no child processes: checked in the sources of the server, the CLI and the client,
 * in the bundles (dependencies included) for code from strings, and in the running server process.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { PROJECT_ROOT, projectPath } from '../support/paths';
import { Session, positionOf, seed } from './session';

/** What the sources must not contain, with the reason and a line it catches. */
const FORBIDDEN: Array<{ pattern: RegExp; what: string; example: string }> = [
  { pattern: /\beval\s*\(/, what: 'eval', example: 'eval(text)' },
  { pattern: /(?<![\w.])(new\s+)?Function\s*\(/, what: 'the Function constructor', example: 'const run = new Function("x", body);' },
  { pattern: /\b(setTimeout|setInterval)\s*\(\s*['"`]/, what: 'a timer given code as a string', example: "setTimeout('tick()', 10);" },
  { pattern: /['"](node:)?(child_process|cluster|worker_threads)['"]/, what: 'a module that starts processes or threads', example: "import { spawn } from 'node:child_process';" },
  { pattern: /['"](node:)?(http|https|http2|net|tls|dgram|dns|inspector)['"]/, what: 'a network module', example: "import * as https from 'https';" },
  { pattern: /\bfetch\s*\(|\b(XMLHttpRequest|WebSocket|EventSource)\b/, what: 'a network API', example: 'const response = await fetch(url);' },
  // A literal relative path names one of the project's own modules, which the bundle holds: only the time it runs is deferred.
  { pattern: /\b(require|import)\s*\((?!\s*'\.{1,2}\/[\w./-]+'\s*\))/, what: 'loading code at run time (configuration must stay data)', example: 'const config = require(configPath);' },
  { pattern: /['"](node:)?vm['"]|process\.(binding|dlopen)\b/, what: 'running code outside the module graph', example: "import { runInNewContext } from 'node:vm';" },
];

/** Every TypeScript file under a folder. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

test('each forbidden pattern catches its example', () => {
  for (const { pattern, what, example } of FORBIDDEN) assert.match(example, pattern, what);
});

test('deferring one of the project\'s own modules is not loading code at run time; any other path is', () => {
  const loading = FORBIDDEN.find(({ what }) => what.startsWith('loading code'))!.pattern;
  assert.doesNotMatch("const client = import('./languageClient');", loading);
  for (const line of ["import(`./${name}`);", "require('./' + name);", "import(userModule);", "require('some-package');"]) assert.match(line, loading, line);
});

test('the server, the CLI and the client use no eval, Function, child process, network module or run-time loading', () => {
  const files = [...sourceFiles(projectPath('server', 'src')), ...sourceFiles(projectPath('client', 'src'))];
  assert.ok(files.length > 40, `the sources were found (${files.length} files)`);
  const found: string[] = [];
  for (const file of files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, index) => {
      for (const { pattern, what } of FORBIDDEN) {
        if (pattern.test(line)) found.push(`${relative(PROJECT_ROOT, file)}:${index + 1}: ${what}: ${line.trim()}`);
      }
    });
  }
  assert.deepEqual(found, []);
});

test('the bundled server, CLI and client, dependencies included, never make code from a string', () => {
  for (const bundle of ['server.js', 'cli.js', 'client.js']) {
    const code = readFileSync(projectPath('dist', bundle), 'utf8');
    assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(/, bundle);
  }
});

test('the running server holds no socket but its standard streams and starts no process', { skip: !existsSync('/proc/self/fd') && 'needs /proc (Linux)' }, async (t) => {
  const session = await new Session().start();
  t.after(() => session.close());
  const name = seed('004');
  await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: session.uri(name) }, position: positionOf(session.text(name), '$6 billion') });
  const pid = session.server.pid!;
  const sockets = readdirSync(`/proc/${pid}/fd`).filter((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:');
    } catch {
      // Closed between listing and reading.
      return false;
    }
  });
  // The client's stdio pipes are socket pairs on Linux; any other socket would be a connection the server made.
  assert.deepEqual(sockets.sort(), ['0', '1', '2']);
  const children = readdirSync(`/proc/${pid}/task`).flatMap((thread) => readFileSync(`/proc/${pid}/task/${thread}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
  assert.deepEqual(children, []);
});
