/**
 * Runs the extension-host suite (test/vscode/suite, bundled into out/vscode-test/) inside real VS Code: @vscode/test-electron's
 * runTests with scripts/vscode-web-launcher.mjs as the executable, on a fresh copy of seeds/. Each mocha test is reported here.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runTests } from '@vscode/test-electron';
import { PROJECT_ROOT, projectPath } from '../support/paths';
import type { SuiteResult } from './support/results';
import { vscodeWebOrSkip } from './support/vscodeWeb';

test('VS Code extension host', { timeout: 6 * 60_000 }, async (t) => {
  if (!(await vscodeWebOrSkip(t))) return;
  const temp = mkdtempSync(join(tmpdir(), 'crosscheck-extension-host-'));
  try {
    const workspace = join(temp, 'workspace');
    cpSync(projectPath('seeds'), workspace, { recursive: true });
    const resultsFile = join(temp, 'results.json');
    let runError: unknown;
    await runTests({
      vscodeExecutablePath: projectPath('scripts', 'vscode-web-launcher.mjs'),
      extensionDevelopmentPath: PROJECT_ROOT,
      extensionTestsPath: projectPath('out', 'vscode-test', 'suite', 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${join(temp, 'user-data')}`, `--extensions-dir=${join(temp, 'extensions')}`],
      extensionTestsEnv: { CROSSCHECK_VSCODE_TEST_RESULTS: resultsFile },
    }).catch((error: unknown) => { runError = error; });

    const results: SuiteResult[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
    for (const result of results) {
      await t.test(result.title, (subtest) => {
        if (result.state === 'skipped') subtest.skip();
        if (result.state === 'failed') {
          const failure = new Error('failed in the extension host');
          failure.stack = result.error;
          throw failure;
        }
      });
    }
    if (runError) throw runError;
    assert.ok(results.length > 0, 'the extension-host suite reported no test');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
