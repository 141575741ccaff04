// Bundles the CLI, the language server and the VS Code client into dist/; with --tests, the tests into out/test/;
// with --vscode-tests, the extension-host suite (run inside VS Code by test/vscode/extension-host.test.ts) into out/vscode-test/.
import { build } from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

function testEntries(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : testEntries(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

await build({ ...common, entryPoints: { cli: 'server/src/cli.ts', server: 'server/src/server.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' } });
await build({ ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] });

if (process.argv.includes('--eval')) {
  await build({ ...common, entryPoints: { score: 'test/eval/score.ts' }, outdir: 'out/eval' });
}

if (process.argv.includes('--tests')) {
  rmSync('out/test', { recursive: true, force: true });
  await build({ ...common, entryPoints: testEntries('test'), outdir: 'out/test', outbase: 'test', external: ['vscode'] });
}

if (process.argv.includes('--vscode-tests')) {
  rmSync('out/vscode-test', { recursive: true, force: true });
  const suite = readdirSync('test/vscode/suite').filter((name) => name.endsWith('.ts')).map((name) => join('test/vscode/suite', name));
  // mocha stays a require of the project's node_modules: its reporters are loaded dynamically.
  await build({ ...common, entryPoints: suite, outdir: 'out/vscode-test/suite', external: ['vscode', 'mocha'] });
}
