// Bundles the benchmark (test/bench/) into out/bench/main.js; harper.js (an ES module with inline WebAssembly) stays external.
import { build } from 'esbuild';

await build({
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  entryPoints: { main: 'test/bench/main.ts' }, outdir: 'out/bench', external: ['harper.js', 'harper.js/*'],
});
