/**
 * Access to scripts/vscode-web.mjs from the node:test files and the benchmark, the rule for missing prerequisites (skip
 * here, fail in CI), and runs of an extension-tests module inside real VS Code.
 */
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { PROJECT_ROOT, projectPath } from '../../support/paths';

/** The module scripts/vscode-web.mjs. */
export type VscodeWeb = typeof import('../../../scripts/vscode-web.mjs');

/** Loads scripts/vscode-web.mjs at run time: it finds the cache through import.meta, which a CommonJS bundle cannot carry. */
export function loadVscodeWeb(): Promise<VscodeWeb> {
  return import(pathToFileURL(projectPath('scripts', 'vscode-web.mjs')).href) as Promise<VscodeWeb>;
}

/**
 * Loads scripts/vscode-web.mjs when code-server, playwright-core and Chromium are installed. Otherwise fails the test
 * in CI (the CI environment variable is set) and skips it elsewhere, saying how to install them; then resolves to null.
 */
export async function vscodeWebOrSkip(t: TestContext): Promise<VscodeWeb | null> {
  const web = await loadVscodeWeb();
  const missing = web.missingPrerequisites();
  if (missing.length === 0) return web;
  const message = `real VS Code cannot run here; missing: ${missing.join(', ')}. ${web.INSTALL_HINT}`;
  if (process.env.CI) assert.fail(message);
  t.skip(message);
  return null;
}

/**
 * Runs an extension-tests module (a bundled file exporting run()) with the project as the development extension, in
 * code-server's workbench through scripts/vscode-web-launcher.mjs, on a fresh copy of seeds/ in `stateDir`/workspace
 * with a fresh profile in `stateDir`. Rejects when run() rejects or the workbench cannot start.
 */
export async function runExtensionTests({ extensionTestsPath, stateDir, env }: { extensionTestsPath: string; stateDir: string; env: Record<string, string> }): Promise<void> {
  const workspace = join(stateDir, 'workspace');
  cpSync(projectPath('seeds'), workspace, { recursive: true });
  await runTests({
    vscodeExecutablePath: projectPath('scripts', 'vscode-web-launcher.mjs'),
    extensionDevelopmentPath: PROJECT_ROOT,
    extensionTestsPath,
    launchArgs: [workspace, `--user-data-dir=${join(stateDir, 'user-data')}`, `--extensions-dir=${join(stateDir, 'extensions')}`],
    extensionTestsEnv: env,
  });
}
