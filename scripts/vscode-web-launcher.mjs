#!/usr/bin/env node
// Stands in for the VS Code executable in @vscode/test-electron's runTests ({ vscodeExecutablePath: this file }), where
// desktop VS Code cannot be downloaded: it runs the extension tests in code-server's web workbench in headless Chromium
// and exits with their code. Accepts --extensionDevelopmentPath=, --extensionTestsPath=, --user-data-dir=,
// --extensions-dir= and a folder; ignores the Electron flags runTests adds.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';
import { INSTALL_HINT, PROJECT_ROOT, launchChromium, missingPrerequisites, startCodeServer, workbenchUrl } from './vscode-web.mjs';

const TIMEOUT_SECONDS = Number(process.env.CROSSCHECK_VSCODE_TIMEOUT_SECONDS ?? 300);

// The workbench's complaints about hosts it cannot reach from this machine (extension gallery, GitHub sign-in) and its
// sandbox notices: harmless here, and dozens of lines each run.
const HARMLESS = /open-vsx\.org|authentication provider 'github'|ERR_NAME_NOT_RESOLVED|status of 404|allow-scripts and allow-same-origin|web worker extension host/;

/**
 * A page console message as written: the workbench relays each log line as console.log('%c LEVEL', css, format, ...args),
 * the extension host's (mocha's reporter among them) included.
 */
async function consoleText(message) {
  try {
    const args = await Promise.all(message.args().map((argument) => argument.jsonValue()));
    if (typeof args[0] === 'string' && args[0].startsWith('%c')) return format(...args.slice(2));
    return format(...args);
  } catch {
    return message.text();
  }
}

function parseArguments(argv) {
  const options = { folders: [] };
  for (const argument of argv) {
    const match = /^--([^=]+)=(.*)$/.exec(argument);
    if (match?.[1] === 'extensionDevelopmentPath') options.extensionDevelopmentPath = resolve(match[2]);
    else if (match?.[1] === 'extensionTestsPath') options.extensionTestsPath = resolve(match[2]);
    else if (match?.[1] === 'user-data-dir') options.userDataDir = resolve(match[2]);
    else if (match?.[1] === 'extensions-dir') options.extensionsDir = resolve(match[2]);
    else if (!argument.startsWith('-')) options.folders.push(resolve(argument));
  }
  return options;
}

/** Opens the workbench with the test payload and resolves with the code the tests' run() settled with. */
async function runInWorkbench(server, options) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    let exitWith;
    const exited = new Promise((resolveExit) => { exitWith = resolveExit; });
    // The workbench calls this when the test module's run() settles (the smoke-test driver's contract).
    await page.exposeFunction('codeAutomationExit', (code) => exitWith(Number(code)));
    // Extension-host console output (mocha's reporter among it) arrives as page console messages.
    page.on('console', async (message) => {
      const text = await consoleText(message);
      if (text.trim() !== '' && !HARMLESS.test(text)) console.log(text);
    });
    page.on('pageerror', (error) => console.error(`workbench error: ${error.message}`));
    await page.goto(workbenchUrl(server, options.folders[0] ?? PROJECT_ROOT, options));
    let timer;
    const timedOut = new Promise((resolveTimeout) => {
      timer = setTimeout(() => {
        const serverLog = readFileSync(server.logFile, 'utf8').split('\n').slice(-40).join('\n');
        console.error(`vscode-web-launcher: the tests did not finish within ${TIMEOUT_SECONDS} s (CROSSCHECK_VSCODE_TIMEOUT_SECONDS). The end of code-server's log:\n${serverLog}`);
        resolveTimeout(124);
      }, TIMEOUT_SECONDS * 1000);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close();
  }
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (!options.extensionTestsPath || !options.extensionDevelopmentPath) {
    console.error('usage: vscode-web-launcher.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--user-data-dir=DIR] [--extensions-dir=DIR] [FOLDER]');
    return 2;
  }
  const missing = missingPrerequisites();
  if (missing.length > 0) {
    console.error(`vscode-web-launcher: cannot run VS Code here; missing:\n  ${missing.join('\n  ')}\n${INSTALL_HINT}`);
    return 1;
  }
  const server = await startCodeServer({ userDataDir: options.userDataDir, extensionsDir: options.extensionsDir, smokeTestDriver: true });
  const stopOnSignal = (signal) => void server.stop().then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    return await runInWorkbench(server, options);
  } finally {
    await server.stop();
  }
}

process.exitCode = await main().catch((error) => {
  console.error(`vscode-web-launcher: ${error instanceof Error ? error.stack : String(error)}`);
  return 1;
});
