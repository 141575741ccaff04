/** The extension-host test module (runTests' extensionTestsPath): runs the bundled suite files beside it with mocha. */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import type { SuiteResult } from '../support/results';

/** Runs every suite file in name order; rejects when a test fails, which makes the workbench exit with code 1. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000 });
  for (const file of readdirSync(__dirname).filter((name) => name.endsWith('.js') && name !== 'index.js').sort()) {
    mocha.addFile(join(__dirname, file));
  }
  const results: SuiteResult[] = [];
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'skipped', durationMs: 0 }));
    runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: error.stack ?? error.message }));
  });
  // The node:test runner outside VS Code reads these to report each test on its own.
  const resultsFile = process.env.CROSSCHECK_VSCODE_TEST_RESULTS;
  if (resultsFile) writeFileSync(resultsFile, JSON.stringify(results, null, 2));
  if (failures > 0) throw new Error(`${failures} extension-host test${failures === 1 ? '' : 's'} failed`);
}
