// Bundles the benchmark (test/bench/) into out/bench/main.js, and the extension-tests module its activation step runs
// inside VS Code into out/bench/extension-host/; harper.js (an ES module with inline WebAssembly) stays external.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

await build({ ...common, entryPoints: { main: 'test/bench/main.ts' }, outdir: 'out/bench', external: ['harper.js', 'harper.js/*'] });
await build({ ...common, entryPoints: { activate: 'test/bench/extension-host/activate.ts' }, outdir: 'out/bench/extension-host', external: ['vscode'] });
