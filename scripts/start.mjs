#!/usr/bin/env node
// `npm start`: opens seeds/ in VS Code with the extension loaded from this folder, after printing the cross-source
// report in the terminal. Uses desktop VS Code (`code`) when it is on PATH; otherwise real VS Code's web workbench from
// code-server in .cache/vscode-web/ (installed on first use), on 127.0.0.1, with the address to open printed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { INSTALL_HINT, PROJECT_ROOT, VSCODE_WEB_CACHE, missingPrerequisites, startCodeServer, workbenchUrl } from './vscode-web.mjs';

const SEEDS = join(PROJECT_ROOT, 'seeds');

/** Runs a command in the project root with the terminal attached; exits with its code if it fails. */
function run(command, args) {
  const { status } = spawnSync(command, args, { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => folder && existsSync(join(folder, command)));
}

run(process.execPath, ['scripts/build.mjs']);
console.log('\nCrosscheck report for seeds/:\n');
// The report's own exit code says whether it found conflicts; here it is for reading, not for failing.
spawnSync(process.execPath, ['dist/cli.js', 'check', 'seeds', '--format', 'text', '--fail-on', 'none'], { cwd: PROJECT_ROOT, stdio: 'inherit' });

if (onPath('code')) {
  console.log('\nOpening seeds/ in VS Code with the extension from this folder…');
  spawn('code', [`--extensionDevelopmentPath=${PROJECT_ROOT}`, SEEDS], { cwd: PROJECT_ROOT, stdio: 'inherit' });
} else {
  if (missingPrerequisites({ browser: false }).length > 0) {
    console.log('\nVS Code is not on PATH: installing its web workbench (code-server) into .cache/vscode-web/ once…');
    run('bash', ['scripts/setup-vscode-web.sh']);
  }
  const missing = missingPrerequisites({ browser: false });
  if (missing.length > 0) {
    console.error(`Cannot start VS Code; missing: ${missing.join(', ')}. ${INSTALL_HINT}`);
    process.exit(1);
  }
  // A kept profile, so the layout and settings a person chooses survive restarts. The workbench honours the URL's
  // extensionDevelopmentPath only with the smoke-test driver enabled.
  const server = await startCodeServer({ folder: SEEDS, stateDir: join(VSCODE_WEB_CACHE, 'profile'), smokeTestDriver: true });
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  console.log(`\nVS Code (web) is running with the extension from this folder. Open in a browser:\n\n  ${workbenchUrl(server, SEEDS, { extensionDevelopmentPath: PROJECT_ROOT })}\n`);
  console.log('After changing the extension, run `npm run build` and reload the page. Press Ctrl+C to stop.');
}
