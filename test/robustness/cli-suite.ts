/** The CLI part of the reliability suite: bad files, unreadable files, symlink loops, special files, load, closed pipes. */
import { decodeArticle } from '../../server/src/workspace/files';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../support/paths';
import { splitsSurrogatePair } from './invariants';
import { transform } from './adversarial';
import { record } from './tally';

const CLI = projectPath('dist/cli.js');
const SEED = projectPath('seeds/000_7a10705b98cdeace.txt');
const DEFAULT_TIMEOUT_MS = 30_000;
const folders: string[] = [];

/** What one CLI run did. */
export interface CliRun { status: number | null; signal: string | null; stdout: string; stderr: string; timedOut: boolean; ms: number }

/** Runs `crosscheck` with a time limit; a run past the limit is killed and reported as timed out. */
export function crosscheck(args: readonly string[], cwd: string, options: { timeoutMs?: number; uid?: number; gid?: number } = {}): CliRun {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd, encoding: 'utf8', timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 512 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.gid }),
  });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { status: result.status, signal: result.signal, stdout: result.stdout ?? '', stderr: result.stderr ?? '', timedOut, ms: performance.now() - started };
}

const STACK_TRACE = /internal error|^\s+at .+:\d+|Unhandled|node:internal|^\w*Error:/m;

/**
 * Fails unless the run finished by itself, without a signal or a stack trace, with an allowed exit code. A hang,
 * a signal or a trace counts as a crash in the totals, or as a known bug when `known` names the pending fix.
 */
export function expectSurvived(run: CliRun, statuses: readonly number[] = [0, 1], known: string | null = null): void {
  const crash = run.timedOut ? `hang: killed after ${(run.ms / 1000).toFixed(1)} s`
    : run.signal ? `killed by ${run.signal}`
      : STACK_TRACE.test(run.stderr) ? `stack trace on stderr:\n${run.stderr.slice(0, 1500)}` : null;
  if (crash) {
    record(known ? { known: { [known]: 1 } } : { crashes: 1 });
    assert.fail(crash);
  }
  assert.ok(statuses.includes(run.status ?? -1), `exit code ${run.status}, expected ${statuses.join(' or ')}; stderr:\n${run.stderr.slice(0, 1500)}`);
}

/** A new temporary folder, removed after the suite. */
export function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-robustness-'));
  folders.push(folder);
  return folder;
}

/** Writes files (name -> content) into a folder, creating subfolders; returns how many. */
export function writeFiles(folder: string, files: Record<string, string | Uint8Array>): number {
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return Object.keys(files).length;
}

interface JsonReport {
  documents: Array<{ path: string; figures: Array<{ text: string; start: number; end: number }>; entities: Array<{ text: string; start: number; end: number }> }>;
  claims: unknown[];
  findings: Array<{ path: string; start: number; end: number }>;
}

/** Parses a JSON report and checks every offset against the file's text as the CLI reads it (UTF-8, BOM dropped). */
export function checkReport(stdout: string, cwd: string): JsonReport {
  const report = JSON.parse(stdout) as JsonReport;
  const texts = new Map<string, string>();
  for (const document of report.documents) {
    const decoded = decodeArticle(readFileSync(join(cwd, document.path)));
    assert.ok('text' in decoded, `${document.path} was reported but cannot be decoded`);
    const text = decoded.text;
    texts.set(document.path, text);
    for (const item of [...document.figures, ...document.entities]) {
      assert.ok(item.start >= 0 && item.start < item.end && item.end <= text.length, `${document.path}: range ${item.start}-${item.end} outside the text`);
      assert.equal(text.slice(item.start, item.end), item.text, `${document.path}: offsets ${item.start}-${item.end} do not hold ${JSON.stringify(item.text)}`);
      assert.ok(!splitsSurrogatePair(text, item.start) && !splitsSurrogatePair(text, item.end), `${document.path}: ${item.start}-${item.end} splits a surrogate pair`);
    }
  }
  for (const finding of report.findings) {
    const text = texts.get(finding.path);
    assert.ok(text !== undefined && finding.start >= 0 && finding.start < finding.end && finding.end <= text.length, `finding range ${finding.path}:${finding.start}-${finding.end}`);
  }
  return report;
}

/** Whether the CLI can be run as another user (root in CI: chmod 000 does not stop root, but it stops `nobody`). */
function otherUser(): { uid: number; gid: number } | null {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], { uid: 65534, gid: 65534, timeout: 10_000 });
  return probe.status === 0 ? { uid: 65534, gid: 65534 } : null;
}

const seedText = () => readFileSync(SEED, 'utf8');

export function cliSuites(): void {
  after(() => {
    for (const folder of folders) {
      try {
        rmSync(folder, { recursive: true, force: true });
      } catch {
        // A folder we made unreadable as non-root; chmod it back and retry once.
        spawnSync('chmod', ['-R', 'u+rwx', folder]);
        rmSync(folder, { recursive: true, force: true });
      }
    }
  });

  describe('CLI: bad files are skipped with one clear line each, the rest is analysed', () => {
    test('binary, UTF-16, invalid UTF-8, empty, blank, BOM, CRLF, CR-only, late NUL and oversized files', () => {
      const folder = temporaryFolder();
      const seed = seedText();
      const good = {
        'good.txt': seed,
        'crlf-bom.txt': `\ufeff${transform(seed, 'crlf')}`,
        'cr-only.txt': transform(seed, 'cr'),
        'empty.txt': '',
        'blank.txt': ' \t\r\n\n   \r\n',
        'late-nul.txt': `${'x'.repeat(9000)}\0 Japan pledged $5 billion.\n`,
        'emoji-rtl.md': `# 🇯🇵 → 🇮🇳\n\u202bשלום\u202c Japan pledged 👍🏽 $5 billion to India. ＄６８ billion. e\u0301\u0301 10 trillion yen.\n`,
        'dir.txt/nested.txt': 'India and Japan agreed on a target of 10 trillion yen.\n',
        'utf16.txt': Buffer.from('\ufeffJapan pledged $5 billion.\n', 'utf16le'),
      };
      const bad: Record<string, { content: string | Uint8Array; reason: string }> = {
        'binary.txt': { content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), reason: 'binary file (contains NUL bytes), skipped' },
        'latin1.txt': { content: Buffer.from('caf\xe9 10%', 'latin1'), reason: 'not valid UTF-8 text, skipped' },
        'overlong.txt': { content: Buffer.from([0x41, 0xc0, 0xaf, 0x42]), reason: 'not valid UTF-8 text, skipped' },
        'truncated.txt': { content: Buffer.concat([Buffer.from('Price: 5 '), Buffer.from([0xe2, 0x82])]), reason: 'not valid UTF-8 text, skipped' },
        'cesu-surrogate.txt': { content: Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x42]), reason: 'not valid UTF-8 text, skipped' },
        'lone-continuation.txt': { content: Buffer.from([0x80, 0x31, 0x30]), reason: 'not valid UTF-8 text, skipped' },
        'big.txt': { content: 'a'.repeat(2 * 1024 * 1024 + 1), reason: 'larger than the 2048 KB limit (2.0 MB), skipped' },
      };
      const files = writeFiles(folder, good) + writeFiles(folder, Object.fromEntries(Object.entries(bad).map(([name, { content }]) => [name, content])));
      writeFiles(folder, { '.hidden.txt': 'hidden', 'notes.pdf': '%PDF-1.4' });
      record({ files: files + 2, faults: Object.keys(bad).length + 3 });

      const run = crosscheck(['check', '.', '--format', 'json'], folder);
      expectSurvived(run);
      assert.deepEqual(run.stderr.trim().split('\n').sort(), Object.entries(bad).map(([name, { reason }]) => `crosscheck: ${name}: ${reason}`).sort());
      const report = checkReport(run.stdout, folder);
      assert.deepEqual(report.documents.map((document) => document.path).sort(), Object.keys(good).sort());
      const byPath = new Map(report.documents.map((document) => [document.path, document]));
      assert.equal(byPath.get('empty.txt')!.figures.length + byPath.get('empty.txt')!.entities.length, 0);
      assert.equal(byPath.get('blank.txt')!.figures.length + byPath.get('blank.txt')!.entities.length, 0);
      const figuresOf = (path: string) => byPath.get(path)!.figures.map((figure) => figure.text);
      assert.deepEqual(figuresOf('crlf-bom.txt'), figuresOf('good.txt'), 'CRLF and a BOM change no figure');
      assert.deepEqual(figuresOf('cr-only.txt'), figuresOf('good.txt'), 'CR-only line ends change no figure');
      assert.deepEqual(figuresOf('utf16.txt'), ['$5 billion'], 'UTF-16 with a byte-order mark is read as text');

      for (const format of ['text', 'sarif']) expectSurvived(crosscheck(['check', '.', '--format', format], folder));
    });

    test('a folder of nothing but unreadable files exits 2 with a message, not a trace', () => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { 'a.txt': Buffer.from([0, 1, 2]), 'b.md': Buffer.from([0xff, 0xfe, 0xfd]) }), faults: 2 });
      const run = crosscheck(['check', '.'], folder);
      expectSurvived(run, [2]);
      assert.match(run.stderr, /crosscheck: nothing could be read\n$/);
    });

    test('a 1 MB file with no line break is analysed', () => {
      const folder = temporaryFolder();
      const line = transform(seedText(), 'one-line');
      record({ files: writeFiles(folder, { 'one-line.txt': line.repeat(Math.ceil(1_048_576 / line.length)).slice(0, 1_048_576) }) });
      const run = crosscheck(['check', 'one-line.txt', '--format', 'json', '--fail-on', 'none'], folder);
      expectSurvived(run, [0]);
      assert.ok(checkReport(run.stdout, folder).documents[0]!.figures.length > 100);
    });
  });

  describe('CLI: unreadable files and folders', () => {
    const user = otherUser();
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    test(user ? 'as user nobody: a chmod 000 file and folder are reported as unreadable' : root ? 'as root (cannot switch user): chmod 000 does not stop root, the file is analysed' : 'a chmod 000 file and folder are reported as unreadable', () => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { 'good.txt': seedText(), 'secret.txt': seedText(), 'locked/inside.txt': seedText() }), faults: 2 });
      chmodSync(join(folder, 'secret.txt'), 0o000);
      chmodSync(join(folder, 'locked'), 0o000);
      chmodSync(folder, 0o755);
      chmodSync(join(folder, 'good.txt'), 0o644);
      const run = crosscheck(['check', '.', '--format', 'json'], folder, user ?? {});
      expectSurvived(run);
      const paths = checkReport(run.stdout, folder).documents.map((document) => document.path).sort();
      if (root && !user) {
        assert.deepEqual(paths, ['good.txt', 'locked/inside.txt', 'secret.txt']);
        return;
      }
      assert.deepEqual(paths, ['good.txt']);
      assert.deepEqual(run.stderr.trim().split('\n').sort(), ['crosscheck: locked: cannot list folder (EACCES), skipped', 'crosscheck: secret.txt: permission denied']);
    });
  });

  describe('CLI: symlink loops, dangling links and special files', () => {
    const makeLinks = (): string => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { 'good.txt': seedText(), 'sub/inner.txt': 'The budget is €52 billion.\n' }), faults: 5 });
      symlinkSync('..', join(folder, 'sub', 'up'));
      symlinkSync('.', join(folder, 'sub', 'here'));
      symlinkSync('self.txt', join(folder, 'self.txt'));
      symlinkSync('loop-b.txt', join(folder, 'loop-a.txt'));
      symlinkSync('loop-a.txt', join(folder, 'loop-b.txt'));
      symlinkSync('missing.txt', join(folder, 'dangling.txt'));
      symlinkSync('good.txt', join(folder, 'alias.txt'));
      return folder;
    };

    test('folder loops are walked once and file loops do not hang or crash', () => {
      const folder = makeLinks();
      const run = crosscheck(['check', '.', '--format', 'json'], folder);
      expectSurvived(run);
      const paths = checkReport(run.stdout, folder).documents.map((document) => document.path).sort();
      assert.deepEqual(paths, ['alias.txt', 'good.txt', 'sub/inner.txt']);
    });

    test('each loop or dangling link is named on stderr', () => {
      const folder = makeLinks();
      const run = crosscheck(['check', '.', 'self.txt'], folder);
      expectSurvived(run);
      for (const name of ['self.txt', 'loop-a.txt', 'loop-b.txt', 'dangling.txt']) assert.match(run.stderr, new RegExp(`crosscheck: ${name.replace('.', '\\.')}: `));
      assert.doesNotMatch(run.stderr, /self\.txt: no such file or folder/);
    });

    test('a named pipe or device called *.txt is skipped, not read forever', () => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { 'good.txt': seedText() }), faults: 2 });
      symlinkSync('/dev/null', join(folder, 'null.txt'));
      const fifo = spawnSync('mkfifo', [join(folder, 'pipe.txt')]);
      if (fifo.status !== 0) return;
      const run = crosscheck(['check', '.', '--format', 'json'], folder, { timeoutMs: 2_000 });
      expectSurvived(run, [0, 1], 'workspace: FIFO read blocks forever');
      assert.deepEqual(checkReport(run.stdout, folder).documents.map((document) => document.path).sort(), ['good.txt']);
      assert.match(run.stderr, /crosscheck: pipe\.txt: not a regular file \(a pipe, device or socket\), skipped/);
      assert.match(run.stderr, /crosscheck: null\.txt: not a regular file \(a pipe, device or socket\), skipped/);
    });
  });

  describe('CLI: load', () => {
    test('5,000 small files in 50 folders are all reported', () => {
      const folder = temporaryFolder();
      const cities = ['Paris', 'Berlin', 'Madrid', 'Rome', 'Vienna', 'Lisbon', 'Dublin', 'Oslo'];
      const files: Record<string, string> = {};
      for (let i = 0; i < 5000; i++) {
        const city = cities[i % cities.length]!;
        files[`d${String(i % 50).padStart(2, '0')}/f${String(i).padStart(4, '0')}.txt`] = `Report ${i}\n\nThe city of ${city} said ${(i % 7) + 1},${String(i % 1000).padStart(3, '0')} people attended the festival on March ${(i % 28) + 1}, 2024. Tickets cost €${(i % 50) + 5}.\n`;
      }
      record({ files: writeFiles(folder, files) });
      const run = crosscheck(['check', '.', '--format', 'json'], folder, { timeoutMs: 90_000 });
      expectSurvived(run);
      const report = checkReport(run.stdout, folder);
      assert.equal(report.documents.length, 5000);
      assert.deepEqual(report.documents.map((document) => document.path).sort(), Object.keys(files).sort());
    });
  });

  describe('CLI: a reader that goes away', () => {
    test('stdout closed after the first bytes (crosscheck ... | head -c 1) ends quietly', async () => {
      const folder = temporaryFolder();
      const seed = seedText();
      const files: Record<string, string> = {};
      for (let i = 0; i < 40; i++) files[`a${i}.txt`] = seed;
      record({ files: writeFiles(folder, files), faults: 1 });
      const child = spawn(process.execPath, [CLI, 'check', '.', '--format', 'json'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      child.stdout.once('data', () => child.stdout.destroy());
      const started = performance.now();
      const [status, signal] = await new Promise<[number | null, string | null]>((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.on('close', (code, killedBy) => {
          clearTimeout(timer);
          resolve([code, killedBy]);
        });
      });
      expectSurvived({ status, signal, stdout: '', stderr, timedOut: signal === 'SIGKILL', ms: performance.now() - started }, [0, 1, 2], 'cli: EPIPE crash');
    });
  });
}
