import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT } from '../support/paths';

interface Report {
  documents: Array<{ path: string; date: string | null; figures: Array<{ text: string; start: number; end: number; claim: string | null; value: unknown; unit: string }>; entities: Array<{ text: string; id: string; kind: string }> }>;
  claims: Array<{ id: string; status: string; mentions: Array<{ path: string; value: number; unit: string }> }>;
  findings: Array<{ code: string; severity: string; path: string; start: number; end: number; related: Array<{ path: string }> }>;
}

function seedReport(): Report {
  const stdout = execFileSync('node', ['dist/cli.js', 'check', 'seeds', '--format', 'json', '--fail-on', 'none'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return JSON.parse(stdout) as Report;
}

const report = seedReport();
const file = (prefix: string) => report.documents.find((document) => document.path.startsWith(`seeds/${prefix}`))!;
const textAt = (prefix: string, start: number, end: number) => file(prefix).figures.find((figure) => figure.start === start && figure.end === end)?.text;

test('the ten-year target conflicts: 004 says $6 billion (and ¥900 billion), the other four say 68 billion / 10 trillion yen', () => {
  const conflicts = report.claims.filter((claim) => claim.status === 'conflict');
  assert.equal(conflicts.length, 1);
  const paths = new Set(conflicts[0]!.mentions.map((mention) => mention.path.slice(6, 9)));
  assert.deepEqual([...paths].sort(), ['000', '001', '002', '003', '004']);
  const flagged004 = report.findings.filter((finding) => finding.path.startsWith('seeds/004') && finding.code === 'conflicting-figure')
    .map((finding) => textAt('004', finding.start, finding.end));
  assert.deepEqual(flagged004, ['$6B', '$6 billion', '$6 Billion', '$6 billion', '¥900 billion', '$6 billion']);
  const related = report.findings.find((finding) => finding.path.startsWith('seeds/004'))!.related.map((item) => item.path.slice(6, 9));
  assert.deepEqual(related, ['000', '001', '002', '003']);
});

test('no warning ties the target to the earlier 5 trillion yen, the $43 billion stock, Sumitomo, the MoUs or the automakers', () => {
  const flaggedTexts = new Set(report.findings.map((finding) => textAt(finding.path.slice(6, 9), finding.start, finding.end)));
  for (const text of ['5 trillion yen', '5 trillion-yen', '¥5 trillion', '$43 billion', '$4.76 billion', 'USD 13 billion', 'Rs 600 billion', 'Rs10,500 crore', '¥60 billion']) {
    assert.equal(flaggedTexts.has(text), false, `${text} must not be flagged`);
  }
  assert.deepEqual(report.findings.map((finding) => finding.code).filter((code) => code !== 'conflicting-figure'), []);
});

test('figures carry exact offsets and normalised values', () => {
  const document = file('000');
  const text = document.figures.find((figure) => figure.text === '10 trillion yen')!;
  assert.equal(text.value, 1e13);
  assert.equal(text.unit, 'JPY');
  assert.equal(document.date, '2025-08-28');
  assert.equal(file('004').date, '2025-08-26');
});

test('aliases share one id: JISSI / India–Japan Economic Security Initiative / Economic Security Initiative; JCM; MAHSR', () => {
  const idsOf = (...texts: string[]) => new Set(report.documents.flatMap((document) => document.entities.filter((entity) => texts.includes(entity.text)).map((entity) => entity.id)));
  assert.deepEqual([...idsOf('JISSI', 'India–Japan Economic Security Initiative', 'Economic Security Initiative')], ['initiative:india-japan-economic-security-initiative']);
  assert.deepEqual([...idsOf('JCM', 'Joint Crediting Mechanism')], ['initiative:joint-crediting-mechanism']);
  assert.deepEqual([...idsOf('MAHSR', 'Mumbai–Ahmedabad High-Speed Rail')], ['initiative:mumbai-ahmedabad-high-speed-rail']);
});

test('text output is linter style and the exit code follows --fail-on', () => {
  let status = 0;
  let stdout = '';
  try {
    execFileSync('node', ['dist/cli.js', 'check', 'seeds'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  } catch (error) {
    status = (error as { status: number }).status;
    stdout = (error as { stdout: string }).stdout;
  }
  assert.equal(status, 1);
  assert.match(stdout.split('\n')[0]!, /^seeds\/004_1c63032f5add9366\.txt:4:24: warning conflicting-figure Sources disagree on .*: this source says \$6B; 4 other sources say USD 68 billion/);
  const quiet = execFileSync('node', ['dist/cli.js', 'check', 'seeds', '--fail-on', 'error'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.match(quiet, /5 sources · \d+ shared claims · 1 conflict · \d+ findings\n$/);
});
