/** Configuration faults: invalid JSON, wrong shapes, enormous files and globs that climb out of the workspace. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseConfig, defaultConfig } from '../../server/src/core/config';
import { projectPath } from '../support/paths';
import { checkReport, crosscheck, expectSurvived, temporaryFolder, writeFiles } from './cli-suite';
import { record } from './tally';

/** Broken configurations, each with what parseConfig must say about it. */
const BROKEN: Array<{ name: string; text: string; message: RegExp }> = [
  { name: 'truncated JSON', text: '{ "tolerance": ', message: /^Invalid JSON: .+; using defaults\.$/ },
  { name: 'empty file', text: '', message: /^Invalid JSON: .+; using defaults\.$/ },
  { name: 'comments and trailing comma', text: '{\n  // mine\n  "tolerance": 0.2,\n}', message: /^Invalid JSON: .+; using defaults\.$/ },
  { name: 'NaN literal', text: '{"tolerance": NaN}', message: /^Invalid JSON: .+; using defaults\.$/ },
  { name: 'binary garbage', text: '\0\u0001\ufffd\ud800PK', message: /^Invalid JSON: .+; using defaults\.$/ },
  { name: 'a JSON array', text: '[{"tolerance": 0.2}]', message: /^Configuration must be a JSON object; using defaults\.$/ },
  { name: 'a JSON string', text: '"**/*.txt"', message: /^Configuration must be a JSON object; using defaults\.$/ },
  { name: 'null', text: 'null', message: /^Configuration must be a JSON object; using defaults\.$/ },
  { name: '500,000 nested arrays', text: `${'['.repeat(500_000)}${']'.repeat(500_000)}`, message: /^Configuration must be a JSON object; using defaults\.$/ },
  { name: 'more than a million characters', text: `{"include": ["**/*.txt"], "pad": "${'x'.repeat(1_000_000)}"}`, message: /^Configuration is larger than 1000000 characters; using defaults\.$/ },
  { name: 'include is a string', text: '{"include": "**/*.txt"}', message: /^"include" must be an array of glob strings\.$/ },
  { name: 'exclude holds numbers', text: '{"exclude": [1, 2]}', message: /^"exclude" must be an array of glob strings\.$/ },
  { name: 'tolerance is a string', text: '{"tolerance": "10%"}', message: /"tolerance" must be a number/ },
  { name: 'tolerance out of range', text: '{"tolerance": 1e308}', message: /"tolerance" must be a number/ },
  { name: 'lower-case currency', text: '{"baseCurrency": "usd"}', message: /"baseCurrency" must be an ISO 4217 code/ },
  { name: 'date without month', text: '{"date": "2025"}', message: /"date" must be YYYY-MM/ },
  { name: 'negative rate', text: '{"rates": {"JPY": -147}}', message: /"rates" must map ISO codes/ },
  { name: 'rates is a list', text: '{"rates": [147]}', message: /"rates" must map ISO codes/ },
  { name: 'aliases is flat', text: '{"aliases": ["JICA", "Japan International Cooperation Agency"]}', message: /"aliases" must be an array of arrays/ },
  { name: 'reviewed without values', text: '{"reviewed": [{"claim": "x"}]}', message: /"reviewed" must be an array/ },
  { name: 'unknown severity', text: '{"severity": {"conflicting-figure": "loud"}}', message: /"severity" values must be/ },
  { name: 'prototype keys', text: '{"__proto__": {"include": ["x/**"]}, "constructor": {"prototype": {"polluted": true}}}', message: /^Unknown setting "(__proto__|constructor)"\.$/ },
  { name: 'include climbs out with ../**', text: '{"include": ["../**"]}', message: /"include" globs must stay inside the workspace/ },
  { name: 'include is absolute /etc/**', text: '{"include": ["/etc/**"]}', message: /"include" globs must stay inside the workspace/ },
  { name: 'include climbs out mid-path', text: '{"include": ["**/../../**/*.txt"]}', message: /"include" globs must stay inside the workspace/ },
  { name: 'exclude is absolute', text: '{"exclude": ["/**"]}', message: /"exclude" globs must stay inside the workspace/ },
];

export function configSuites(): void {
  describe('parseConfig: broken configurations give a clear problem and keep the defaults', () => {
    for (const { name, text, message } of BROKEN) {
      test(name, () => {
        record({ inputs: 1, faults: 1 });
        const { config, problems } = parseConfig(text);
        assert.ok(problems.length > 0, 'a problem is reported');
        assert.ok(problems.some((problem) => message.test(problem.message)), `expected ${message}, got ${JSON.stringify(problems.map((problem) => problem.message))}`);
        for (const problem of problems) assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length, `problem range ${problem.start}-${problem.end}`);
        assert.deepEqual(config, defaultConfig(), 'every setting keeps its default');
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype is untouched');
      });
    }

    test('one bad setting keeps its default while the good ones apply', () => {
      record({ inputs: 1, faults: 1 });
      const { config, problems } = parseConfig('{"tolerance": "lots", "baseCurrency": "EUR", "include": ["../**"], "exclude": ["drafts/**"]}');
      assert.deepEqual(problems.map((problem) => problem.message.split(' ')[0]), ['"include"', '"tolerance"']);
      assert.equal(config.baseCurrency, 'EUR');
      assert.deepEqual(config.exclude, ['drafts/**']);
      assert.deepEqual(config.include, defaultConfig().include);
      assert.equal(config.tolerance, defaultConfig().tolerance);
    });

    test('Windows-style globs that climb out (..\\**, C:/**, C:\\**) are refused too', () => {
      for (const glob of ['..\\**', 'C:/**', 'C:\\**', '\\\\server\\share\\**']) {
        record({ inputs: 1, faults: 1 });
        const { config, problems } = parseConfig(JSON.stringify({ include: [glob] }));
        assert.ok(problems.some((problem) => /stay inside the workspace/.test(problem.message)), `${glob} is refused`);
        assert.deepEqual(config.include, defaultConfig().include);
      }
    });
  });

  describe('CLI: a broken configuration is reported and the check still runs', () => {
    test('each broken .crosscheck.json: one message on stderr, defaults used, articles analysed', () => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { 'a.txt': readFileSync(projectPath('test/fixtures/topics/euro-budget/a-ministry.txt'), 'utf8'), 'c.txt': readFileSync(projectPath('test/fixtures/topics/euro-budget/c-blog.txt'), 'utf8') }) });
      // One of each kind of fault; parseConfig itself sees every case above.
      const kinds = ['truncated JSON', 'empty file', 'binary garbage', 'a JSON array', '500,000 nested arrays', 'more than a million characters', 'tolerance is a string', 'prototype keys', 'include climbs out with ../**', 'include is absolute /etc/**'];
      for (const { name, text, message } of BROKEN.filter((broken) => kinds.includes(broken.name))) {
        writeFiles(folder, { '.crosscheck.json': text });
        record({ files: 1, faults: 1 });
        const run = crosscheck(['check', '.', '--format', 'json'], folder);
        expectSurvived(run);
        const lines = run.stderr.trim().split('\n');
        assert.ok(lines.length >= 1 && lines.every((line) => line.startsWith('crosscheck: .crosscheck.json: ')), `${name}: ${run.stderr}`);
        assert.ok(lines.some((line) => message.test(line.slice('crosscheck: .crosscheck.json: '.length))), `${name}: ${run.stderr}`);
        assert.deepEqual(checkReport(run.stdout, folder).documents.map((document) => document.path), ['a.txt', 'c.txt'], name);
      }
    });

    test('an enormous but valid configuration (30,000 globs, 500 KB) still runs', () => {
      const folder = temporaryFolder();
      const include = [...Array.from({ length: 20_000 }, (_, i) => `**/f${i}-*.txt`), '**/*.txt'];
      const exclude = Array.from({ length: 10_000 }, (_, i) => `**/s${i}/**`);
      record({ files: 3 + writeFiles(folder, { 'a.txt': 'Japan pledged $5 billion to India.\n', 's7/b.txt': 'excluded\n', '.crosscheck.json': JSON.stringify({ include, exclude }) }), faults: 1 });
      const run = crosscheck(['check', '.', '--format', 'json'], folder, { timeoutMs: 60_000 });
      expectSurvived(run);
      assert.equal(run.stderr, '');
      assert.deepEqual(checkReport(run.stdout, folder).documents.map((document) => document.path), ['a.txt']);
    });

    test('--config naming a missing file, a folder or a binary file exits 2 with a message', () => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { 'a.txt': 'Japan pledged $5 billion.\n', 'cfg/x': '', 'bin.json': Buffer.from([0, 0xff, 0xfe]) }), faults: 3 });
      for (const [config, expected] of [['missing.json', /cannot read config missing\.json: ENOENT/], ['cfg', /cannot read config cfg: EISDIR/]] as const) {
        const run = crosscheck(['check', '.', '--config', config], folder);
        expectSurvived(run, [2]);
        assert.match(run.stderr, expected);
      }
      const binary = crosscheck(['check', '.', '--config', 'bin.json', '--fail-on', 'none'], folder);
      expectSurvived(binary, [0]);
      assert.match(binary.stderr, /^crosscheck: bin\.json: Invalid JSON: .*; using defaults\.\n$/);
    });

    test('a glob with many wildcards does not stall the folder walk', () => {
      const folder = temporaryFolder();
      record({ files: writeFiles(folder, { [`${'a'.repeat(60)}.txt`]: 'Japan pledged $5 billion.\n', '.crosscheck.json': JSON.stringify({ include: ['*a*a*a*a*a*a*a*a*a*a*a*a*b'] }) }) + 1, faults: 1 });
      const run = crosscheck(['check', '.', '--fail-on', 'none'], folder, { timeoutMs: 2_000 });
      expectSurvived(run, [0, 2], 'config: backtracking glob');
    });
  });
}
