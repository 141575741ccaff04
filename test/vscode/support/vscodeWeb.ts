/** Access to scripts/vscode-web.mjs from the node:test files, and the rule for missing prerequisites (skip here, fail in CI). */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../../support/paths';

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
