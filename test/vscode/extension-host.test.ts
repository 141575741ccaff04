/**
 * Runs the extension-host suite (test/vscode/suite, bundled into out/vscode-test/) inside real VS Code: @vscode/test-electron's
 * runTests with scripts/vscode-web-launcher.mjs as the executable, on a fresh copy of seeds/. Each mocha test is reported here.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectPath } from '../support/paths';
import type { SuiteResult } from './support/results';
import { runExtensionTests, vscodeWebOrSkip } from './support/vscodeWeb';

test('VS Code extension host', { timeout: 6 * 60_000 }, async (t) => {
  if (!(await vscodeWebOrSkip(t))) return;
  const temp = mkdtempSync(join(tmpdir(), 'crosscheck-extension-host-'));
  try {
    const resultsFile = join(temp, 'results.json');
    let runError: unknown;
    await runExtensionTests({
      extensionTestsPath: projectPath('out', 'vscode-test', 'suite', 'index.js'),
      stateDir: temp,
      env: { CROSSCHECK_VSCODE_TEST_RESULTS: resultsFile },
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
