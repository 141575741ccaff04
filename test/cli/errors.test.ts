import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, copyFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../support/paths';

function crosscheck(args: string[], cwd: string) {
  const result = spawnSync('node', [projectPath('dist/cli.js'), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function workspace(): string {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
  copyFileSync(projectPath('test/fixtures/topics/euro-budget/a-ministry.txt'), join(folder, 'a.txt'));
  copyFileSync(projectPath('test/fixtures/topics/euro-budget/c-blog.txt'), join(folder, 'c.txt'));
  writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
  writeFileSync(join(folder, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x31, 0x30, 0x25]));
  return folder;
}

test('unreadable inputs get one line each on stderr and the rest is still analysed', () => {
  const folder = workspace();
  const before = readFileSync(join(folder, 'a.txt'), 'utf8');
  const result = crosscheck(['check', '.', 'missing.txt', '--format', 'json'], folder);
  assert.equal(result.status, 1);
  assert.deepEqual(result.stderr.trim().split('\n').sort(), [
    'crosscheck: binary.txt: binary file (contains NUL bytes), skipped',
    'crosscheck: latin1.txt: not valid UTF-8 text, skipped',
    'crosscheck: missing.txt: no such file or folder',
  ]);
  const report = JSON.parse(result.stdout) as { documents: Array<{ path: string }>; findings: Array<{ code: string; path: string }> };
  assert.deepEqual(report.documents.map((document) => document.path), ['a.txt', 'c.txt']);
  assert.deepEqual(report.findings.map((finding) => `${finding.path} ${finding.code}`), ['a.txt conflicting-figure', 'a.txt conflicting-figure', 'c.txt conflicting-figure']);
  assert.equal(readFileSync(join(folder, 'a.txt'), 'utf8'), before);
});

test('exit 2 when nothing could be read, with no stack trace', () => {
  const folder = workspace();
  const result = crosscheck(['check', 'nothing-here.txt'], folder);
  assert.equal(result.status, 2);
  assert.equal(result.stderr, 'crosscheck: nothing-here.txt: no such file or folder\ncrosscheck: nothing could be read\n');
});

test('usage errors exit 2 with a message and the usage', () => {
  const folder = workspace();
  const result = crosscheck(['check', '.', '--format', 'xml'], folder);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /^crosscheck: unknown format "xml" \(use text, json or sarif\)\nUsage: crosscheck check/);
});

test('--fail-on none exits 0 and a broken config keeps the defaults with a message', () => {
  const folder = workspace();
  writeFileSync(join(folder, '.crosscheck.json'), '{ "tolerance": ');
  const result = crosscheck(['check', 'a.txt', 'c.txt', '--fail-on', 'none'], folder);
  assert.equal(result.status, 0);
  assert.match(result.stderr, /^crosscheck: \.crosscheck\.json: Invalid JSON: .*; using defaults\.\n$/);
  assert.match(result.stdout, /^a\.txt:4:48: warning conflicting-figure Sources disagree on budget amount · Germany: this source says €52 billion; 1 other source says EUR 5.2 billion \(c\.txt\)\.\n/);
});

test('SARIF 2.1.0 carries rules, UTF-16 columns and related locations', () => {
  const folder = workspace();
  const result = crosscheck(['check', 'a.txt', 'c.txt', '--format', 'sarif'], folder);
  const sarif = JSON.parse(result.stdout) as { version: string; runs: Array<{ columnKind: string; results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>; relatedLocations: unknown[] }> }> };
  assert.equal(sarif.version, '2.1.0');
  const [first] = sarif.runs[0]!.results;
  assert.equal(first!.ruleId, 'conflicting-figure');
  assert.equal(first!.level, 'warning');
  assert.deepEqual(first!.locations[0]!.physicalLocation.artifactLocation.uri, 'a.txt');
  assert.deepEqual(first!.locations[0]!.physicalLocation.region.startLine, 4);
  assert.equal(first!.relatedLocations.length, 1);
});
