/** Neovim's built-in LSP client, headless, against the bundled server on a copy of the seeds: diagnostics and hover as a user gets them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../support/paths';

const RUN_LIMIT_MS = 60_000;
const INSTALL_HINT = 'Neovim (nvim) is not installed: apt-get install neovim';

/** What hover_and_diagnostics.lua writes. */
interface NeovimResult {
  error?: string;
  diagnostics?: Array<{ line: number; message: string; source: string; severity: number }>;
  hover?: string;
  hoverKind?: string;
  hoverLine?: number;
}

function neovimInstalled(): boolean {
  return spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** Runs the Lua script in a headless Neovim whose config, data, state and cache folders are all inside `sandbox`. */
function runNeovim(sandbox: string, workspace: string, resultPath: string): Promise<{ code: number | null; output: string }> {
  const xdg = Object.fromEntries(['CONFIG', 'DATA', 'STATE', 'CACHE', 'RUNTIME'].map((kind) => {
    const folder = join(sandbox, 'xdg', kind.toLowerCase());
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    return [`XDG_${kind}_${kind === 'RUNTIME' ? 'DIR' : 'HOME'}`, folder];
  }));
  const script = projectPath('test', 'neovim', 'hover_and_diagnostics.lua');
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
    cwd: sandbox,
    env: {
      ...process.env, ...xdg,
      CROSSCHECK_SERVER: projectPath('dist', 'server.js'), CROSSCHECK_WORKSPACE: workspace, CROSSCHECK_RESULT: resultPath, CROSSCHECK_NODE: process.execPath,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    // The Lua script has its own deadlines; this one only catches a Neovim that hangs outside them.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`nvim did not finish within ${RUN_LIMIT_MS} ms\n${output}`));
    }, RUN_LIMIT_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test('Neovim shows the conflict diagnostics of 004 and the hover of its first "$6 billion"', async (t) => {
  if (!neovimInstalled()) {
    // In CI a missing prerequisite is a failure, never a skip.
    if (process.env.CI) assert.fail(`${INSTALL_HINT} (required in CI)`);
    t.skip(INSTALL_HINT);
    return;
  }
  assert.ok(existsSync(projectPath('dist', 'server.js')), 'dist/server.js is built (node scripts/build.mjs)');
  const sandbox = mkdtempSync(join(tmpdir(), 'crosscheck-neovim-'));
  t.after(() => rmSync(sandbox, { recursive: true, force: true }));
  const workspace = join(sandbox, 'seeds');
  cpSync(projectPath('seeds'), workspace, { recursive: true });
  const resultPath = join(sandbox, 'result.json');

  const { code, output } = await runNeovim(sandbox, workspace, resultPath);
  const result = (existsSync(resultPath) ? JSON.parse(readFileSync(resultPath, 'utf8')) : {}) as NeovimResult;
  assert.equal(result.error, undefined, `the Lua script failed: ${result.error}\n${output}`);
  assert.equal(code, 0, `nvim exited with ${code}\n${output}`);

  const [first] = result.diagnostics ?? [];
  assert.deepEqual(first, {
    line: 3, source: 'crosscheck', severity: 2,
    message: 'Sources disagree on investment amount · India, Japan · 10 years: this source says $6B; 4 other sources say USD 68 billion '
      + '(000_7a10705b98cdeace.txt, 001_9e5d4650d03e4799.txt, 002_577c1422427bd8b5.txt, 003_d9a360ffe00afb37.txt).',
  });
  assert.equal(result.diagnostics?.length, 6, JSON.stringify(result.diagnostics, null, 1));

  assert.equal(result.hoverKind, 'markdown');
  assert.equal(result.hoverLine, 12);
  const lines = (result.hover ?? '').split('\n');
  const other = pathToFileURL(join(workspace, '000_7a10705b98cdeace.txt')).href;
  for (const expected of [
    '**$6 billion** = 6.0 × 10⁹ USD',
    '- ≈ ¥885B at 1 USD = 147.5 JPY (2025-08)',
    '**Claim:** investment amount · India, Japan · 10 years (conflict)',
    '| Source | Says | Value | |',
    `| [000\\_7a10705b98cdeace.txt:1](${other}#L1) | USD 68 billion | $68.0B | **differs** |`,
  ]) {
    assert.ok(lines.includes(expected), `the hover has the line ${JSON.stringify(expected)}:\n${result.hover}`);
  }
});
