/**
 * `npm run bench`: generates the benchmark corpora (.cache/bench/), measures Crosscheck's core and language server
 * on them next to cspell, harper.js and a read-and-regex floor, times the extension's activation in real VS Code, and
 * prints a table; with --json, one JSON object last.
 *
 * Options: --json, --sizes 1000,10000, --quick (fewer runs), --skip activation,core,floor,cspell,harper,server,
 * --profile (CPU profiles of the core and of the server's index instead of the benchmark).
 * Internal: `main.js core DIR RUNS MODE`, `main.js harper LISTFILE RUNS` and `main.js activation STATEDIR` run one
 * measurement in a child process.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { projectPath } from '../support/paths';
import { launchOnce, measureActivation, type ActivationResult } from './activation';
import { mergeCore, runCore, type CoreResult } from './core';
import { ensureCorpus, type Manifest } from './generate';
import { runServer, type ServerRun } from './lsp';
import { mergeCspell, mergeFloor, runCspell, runFloor, runHarper, type CspellResult, type FloorResult, type HarperResult } from './peers';
import { formatSummary, summariseProfile, topByTotal } from './profile';
import { listArticles, median, round } from './stats';

const CACHE = projectPath('.cache', 'bench');
const SERVER_JS = projectPath('dist', 'server.js');
const CSPELL_BIN = projectPath('node_modules', 'cspell', 'bin.mjs');
const HARPER_SAMPLE = 100;
const CSPELL_SAMPLE = 1000;
const HOVERS = 1000;
const EDITS = 50;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The commit measured, with "+dirty" when server/src has uncommitted changes. */
function revision(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectPath(), encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'server/src'], { cwd: projectPath(), encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

/** Every n-th item, so a sample covers every story. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]!);
}

/** Runs this script in a child process and parses the JSON it prints last. */
function child<T>(args: string[], nodeArgs: string[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [...nodeArgs, '--max-old-space-size=8192', __filename, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${args[0]} child exited ${code}`));
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)!) as T);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

interface SizeResult {
  docs: number;
  bytes: number;
  /** The 1-minute load average when this size started and ended: other work on the machine skews wall times. */
  load: [number, number];
  core?: CoreResult;
  floor?: FloorResult;
  cspell?: CspellResult;
  harper?: HarperResult;
  server?: { runs: ServerRun[]; index_s: number; server_rss_mb: number; idle_rss_mb?: number };
}

/**
 * How many runs of each measurement, and the time budgets that bound slow ones: a further core or index run starts
 * only while it fits in the budget, and edits stop once their budget is spent (at least one of each is measured).
 */
interface Plan {
  /**
   * Rounds of core, floor and cspell runs, one after the other: this machine's speed drifts over seconds, so
   * Crosscheck and its peers are each measured in every round and the medians are taken over all of them.
   */
  rounds: number;
  coreRuns: number; coreBudgetMs: number; floorRuns: number; cspellRuns: number; cspellSample: number; harperRuns: number;
  indexRuns: number; indexBudgetMs: number; editBudgetMs: number;
}

function planFor(docs: number, quick: boolean): Plan {
  if (quick) return { rounds: 1, coreRuns: 1, coreBudgetMs: 0, floorRuns: 3, cspellRuns: 1, cspellSample: Math.min(docs, 300), harperRuns: 1, indexRuns: 1, indexBudgetMs: 0, editBudgetMs: 30_000 };
  if (docs <= 2000) return { rounds: 3, coreRuns: 5, coreBudgetMs: 30_000, floorRuns: 3, cspellRuns: 1, cspellSample: docs, harperRuns: 2, indexRuns: 3, indexBudgetMs: 40_000, editBudgetMs: 100_000 };
  return { rounds: 1, coreRuns: 3, coreBudgetMs: 90_000, floorRuns: 9, cspellRuns: 1, cspellSample: CSPELL_SAMPLE, harperRuns: 2, indexRuns: 3, indexBudgetMs: 60_000, editBudgetMs: 90_000 };
}

async function measureSize(docs: number, skip: Set<string>, quick: boolean): Promise<SizeResult> {
  const { dir, manifest } = ensureCorpus(CACHE, docs, projectPath('seeds'));
  const paths = listArticles(dir);
  const plan = planFor(docs, quick);
  const result: SizeResult = { docs: manifest.docs, bytes: manifest.bytes, load: [round(loadavg()[0]!, 2), Number.NaN] };
  log(`\n# ${docs} articles, ${(manifest.bytes / 1e6).toFixed(1)} MB in ${dir}`);
  const cores: CoreResult[] = [];
  const floors: FloorResult[] = [];
  const cspells: CspellResult[] = [];
  const cspellSample = spread(paths, plan.cspellSample);
  for (let round = 1; round <= plan.rounds; round++) {
    if (plan.rounds > 1) log(`## round ${round} of ${plan.rounds}`);
    if (!skip.has('core')) {
      log('## core (child process, one thread)');
      cores.push(await child<CoreResult>(['core', dir, String(plan.coreRuns), 'both', String(plan.coreBudgetMs)], ['--expose-gc']));
    }
    if (!skip.has('floor')) {
      floors.push(runFloor(paths, plan.floorRuns));
      log(`## floor: ${floors.at(-1)!.floor_mb_s.toFixed(1)} MB/s (${floors.at(-1)!.matches} matches)`);
    }
    if (!skip.has('cspell')) {
      cspells.push(await runCspell(CSPELL_BIN, cspellSample, join(CACHE, `cspell-${docs}.list`), plan.cspellRuns));
      log(`## cspell: ${cspells.at(-1)!.cspell_mb_s.toFixed(3)} MB/s over ${cspellSample.length} files (${cspells.at(-1)!.summary})`);
    }
  }
  if (cores.length > 0) result.core = mergeCore(cores);
  if (floors.length > 0) result.floor = mergeFloor(floors);
  if (cspells.length > 0) result.cspell = mergeCspell(cspells);
  if (!skip.has('harper')) {
    const sample = spread(paths, HARPER_SAMPLE);
    const listFile = join(CACHE, `harper-${docs}.list`);
    writeFileSync(listFile, sample.join('\n'));
    result.harper = await child<HarperResult>(['harper', listFile, String(plan.harperRuns)]);
    log(`## harper.js: ${result.harper.harper_mb_s.toFixed(3)} MB/s, ${result.harper.msPerDoc.toFixed(1)} ms per article (${sample.length} articles)`);
  }
  if (!skip.has('server')) {
    log('## language server');
    // One session with hovers and edits, then index-only sessions while they fit in the budget.
    const runs: ServerRun[] = [await runServer({ serverJs: SERVER_JS, dir, log }, manifest, { hovers: HOVERS, edits: EDITS, editBudgetMs: plan.editBudgetMs, typing: true })];
    const spent = () => runs.reduce((sum, run) => sum + run.indexMs, 0);
    while (runs.length < plan.indexRuns && spent() + Math.max(...runs.map((run) => run.indexMs)) <= plan.indexBudgetMs) {
      runs.push(await runServer({ serverJs: SERVER_JS, dir, log }, manifest, { hovers: 0, edits: 0 }));
    }
    result.server = {
      runs, index_s: median(runs.map((run) => run.indexMs)) / 1000,
      server_rss_mb: Math.max(...runs.map((run) => run.peakMb ?? run.peakAfterIndexMb)),
    };
  }
  result.load[1] = round(loadavg()[0]!, 2);
  return result;
}

/** The RSS of a server with an empty workspace, for reading memory growth. */
async function idleServerRss(): Promise<number> {
  const empty = join(CACHE, 'empty');
  rmSync(empty, { recursive: true, force: true });
  mkdirSync(empty, { recursive: true });
  const manifest: Manifest = { version: 0, docs: 0, bytes: 0, articles: [] };
  const run = await runServer({ serverJs: SERVER_JS, dir: empty }, manifest, { hovers: 0, edits: 0 });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return run.peakAfterIndexMb;
}

function fmt(value: number | undefined, digits = 2): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The flat record of issue 4's JSON keys for one size. */
function flat(size: SizeResult) {
  const last = size.server?.runs[0];
  return {
    docs: size.docs,
    bytes: size.bytes,
    core_mb_s: round(size.core?.core_mb_s ?? Number.NaN, 3),
    corpus_mb_s: round(size.core?.corpus_mb_s ?? Number.NaN, 3),
    index_s: round(size.server?.index_s ?? Number.NaN, 3),
    server_rss_mb: round(size.server?.server_rss_mb ?? Number.NaN, 1),
    server_rss_index_mb: round(size.server?.runs[0]?.peakAfterIndexMb ?? Number.NaN, 1),
    hover_p50_ms: round(last?.hover?.p50 ?? Number.NaN, 3),
    hover_p99_ms: round(last?.hover?.p99 ?? Number.NaN, 3),
    edit_p50_ms: round(last?.edit?.p50 ?? Number.NaN, 1),
    edit_p95_ms: round(last?.edit?.p95 ?? Number.NaN, 1),
    type_p50_ms: round(last?.typing?.p50 ?? Number.NaN, 1),
    type_p95_ms: round(last?.typing?.p95 ?? Number.NaN, 1),
    harper_mb_s: round(size.harper?.harper_mb_s ?? Number.NaN, 4),
    cspell_mb_s: round(size.cspell?.cspell_mb_s ?? Number.NaN, 4),
    floor_mb_s: round(size.floor?.floor_mb_s ?? Number.NaN, 2),
  };
}

function ratios(size: SizeResult) {
  const corpus = size.core?.corpus_mb_s ?? Number.NaN;
  const corpusCpu = size.core?.corpus_cpu_mb_s ?? Number.NaN;
  return {
    cpu_corpus_vs_cspell: round(corpusCpu / (size.cspell?.cspell_cpu_mb_s ?? Number.NaN), 2),
    cpu_floor_vs_corpus: round((size.floor?.floor_cpu_mb_s ?? Number.NaN) / corpusCpu, 2),
    corpus_vs_cspell: round(corpus / (size.cspell?.cspell_mb_s ?? Number.NaN), 2),
    corpus_vs_harper: round(corpus / (size.harper?.harper_mb_s ?? Number.NaN), 2),
    core_vs_cspell: round((size.core?.core_mb_s ?? Number.NaN) / (size.cspell?.cspell_mb_s ?? Number.NaN), 2),
    floor_vs_corpus: round((size.floor?.floor_mb_s ?? Number.NaN) / corpus, 2),
    floor_vs_core: round((size.floor?.floor_mb_s ?? Number.NaN) / (size.core?.core_mb_s ?? Number.NaN), 2),
  };
}

function table(sizes: SizeResult[], idleRss: number | undefined): string {
  const header = `| | ${sizes.map((size) => `${size.docs.toLocaleString('en-US')} articles`).join(' | ')} |`;
  const rule = `|---|${sizes.map(() => '---:').join('|')}|`;
  const row = (label: string, cell: (size: SizeResult) => string) => `| ${label} | ${sizes.map(cell).join(' | ')} |`;
  const server = (size: SizeResult) => size.server?.runs[0];
  const rows = [
    header, rule,
    row('corpus size', (s) => `${fmt(s.bytes / 1e6, 1)} MB`),
    row('core: analyse every document (MB/s)', (s) => fmt(s.core?.core_mb_s)),
    row('core: whole corpus with claims and findings (MB/s)', (s) => fmt(s.core?.corpus_mb_s)),
    row('  of which per-document upserts / cross-document results() (s)', (s) => (s.core ? `${fmt(median(s.core.upsertMs) / 1000)} / ${fmt(median(s.core.resultsMs) / 1000)}` : '–')),
    row('  heap held by the Corpus and its results after a full GC (MB)', (s) => fmt(s.core?.corpusHeapMb ?? undefined, 0)),
    row('floor: read + one figure regex (MB/s)', (s) => fmt(s.floor?.floor_mb_s, 1)),
    row('cspell CLI, whole process (MB/s)', (s) => (s.cspell ? `${fmt(s.cspell.cspell_mb_s, 3)} (${s.cspell.files} files)` : '–')),
    row('harper.js in-process (MB/s)', (s) => (s.harper ? `${fmt(s.harper.harper_mb_s, 3)} (${s.harper.files} files, ${fmt(s.harper.msPerDoc, 1)} ms each)` : '–')),
    row('server: initialize → last diagnostic of the index (s)', (s) => fmt(s.server?.index_s)),
    row('server: peak RSS after the index / over the session with edits (MB)', (s) => (s.server ? `${fmt(s.server.runs[0]!.peakAfterIndexMb, 0)} / ${fmt(s.server.server_rss_mb, 0)}` : '–')),
    row('server: hover p50 / p99 (ms)', (s) => (server(s)?.hover ? `${fmt(server(s)!.hover!.p50)} / ${fmt(server(s)!.hover!.p99)}` : '–')),
    row('server: edit → other files\' diagnostics p50 / p95 (ms)', (s) => (server(s)?.edit ? `${fmt(server(s)!.edit!.p50, 0)} / ${fmt(server(s)!.edit!.p95, 0)}` : '–')),
    row('  edits measured (that refreshed other files); median other files refreshed', (s) => (server(s)?.edit ? `${server(s)!.edit!.count} (${server(s)!.edit!.count - server(s)!.edit!.withoutOthers}); ${fmt(server(s)!.edit!.refreshedMedian, 0)}` : '–')),
    row('server: keystroke → hover answer, typing a sentence, p50 / p95 / max (ms)', (s) => (server(s)?.typing ? `${fmt(server(s)!.typing!.p50, 0)} / ${fmt(server(s)!.typing!.p95, 0)} / ${fmt(server(s)!.typing!.max, 0)}` : '–')),
    row('Crosscheck corpus MB/s ÷ cspell MB/s (target ≥ 15)', (s) => fmt(ratios(s).corpus_vs_cspell, 1)),
    row('Crosscheck corpus MB/s ÷ harper.js MB/s', (s) => fmt(ratios(s).corpus_vs_harper, 0)),
    row('floor MB/s ÷ Crosscheck corpus MB/s (target ≤ 25, stretch ≤ 10)', (s) => fmt(ratios(s).floor_vs_corpus, 1)),
    row('same two ratios on CPU time (corpus÷cspell, floor÷corpus)', (s) => `${fmt(ratios(s).cpu_corpus_vs_cspell, 1)}, ${fmt(ratios(s).cpu_floor_vs_corpus, 1)}`),
    row('server: diagnostics published by the index; MB sent', (s) => (s.server ? `${s.server.runs[0]!.indexDiagnostics.toLocaleString('en-US')}; ${fmt(s.server.runs[0]!.indexMbSent, 1)}` : '–')),
    row('server: MB sent per edit (median)', (s) => fmt(server(s)?.edit?.mbSentMedian, 1)),
    row('server CPU time to the end of the index (s)', (s) => fmt(s.server ? median(s.server.runs.map((run) => run.indexCpuMs)) / 1000 : undefined)),
    row('load average at start / end of this column', (s) => `${fmt(s.load[0])} / ${fmt(s.load[1])}`),
  ];
  if (idleRss !== undefined) rows.push(row('server RSS with an empty workspace (MB)', () => fmt(idleRss, 0)));
  return rows.join('\n');
}

function growth(sizes: SizeResult[]) {
  const small = sizes.find((size) => size.docs === 1000);
  const large = sizes.find((size) => size.docs === 10000);
  if (!small || !large) return null;
  const ratio = (a: number | undefined, b: number | undefined) => round((b ?? Number.NaN) / (a ?? Number.NaN), 2);
  return {
    docs: ratio(small.docs, large.docs),
    corpus_time: ratio(small.core ? median(small.core.corpusMs) : undefined, large.core ? median(large.core.corpusMs) : undefined),
    results_time: ratio(small.core ? median(small.core.resultsMs) : undefined, large.core ? median(large.core.resultsMs) : undefined),
    index_time: ratio(small.server?.index_s, large.server?.index_s),
    server_rss: ratio(small.server?.server_rss_mb, large.server?.server_rss_mb),
    server_rss_after_index: ratio(small.server?.runs[0]?.peakAfterIndexMb, large.server?.runs[0]?.peakAfterIndexMb),
    server_cpu_to_index: ratio(small.server ? median(small.server.runs.map((run) => run.indexCpuMs)) : undefined, large.server ? median(large.server.runs.map((run) => run.indexCpuMs)) : undefined),
    edit_p50: ratio(small.server?.runs[0]?.edit?.p50, large.server?.runs[0]?.edit?.p50),
  };
}

/** The activation step's result in one line: it does not depend on the corpus size. */
function activationLine(activation: ActivationResult): string {
  const launches = activation.launches.length;
  const load = median(activation.launches.map((launch) => launch.loadMs));
  const activateCall = median(activation.launches.map((launch) => launch.activateCallMs));
  return `Extension activation in VS Code, median of ${launches} launch${launches === 1 ? '' : 'es'}: ${fmt(activation.activation_ms, 0)} ms `
    + `(the extension's own code: ${fmt(load, 0)} ms evaluating its modules, ${fmt(activateCall, 0)} ms in activate(); the rest is VS Code's).`;
}

function verdicts(sizes: SizeResult[], activation: ActivationResult | null): string[] {
  const lines: string[] = [];
  const check = (label: string, ok: boolean | null, value: string) => lines.push(`- ${ok === null ? '?' : ok ? 'PASS' : 'FAIL'} ${label}: ${value}`);
  for (const size of sizes) {
    const r = ratios(size);
    check(`${size.docs}: corpus ≥ 15× cspell`, Number.isNaN(r.corpus_vs_cspell) ? null : r.corpus_vs_cspell >= 15, `${r.corpus_vs_cspell}×`);
    check(`${size.docs}: floor ≤ 25× corpus (stretch 10×)`, Number.isNaN(r.floor_vs_corpus) ? null : r.floor_vs_corpus <= 25, `${r.floor_vs_corpus}×`);
  }
  const large = sizes.find((size) => size.docs === 10000);
  const server = large?.server;
  if (server) {
    const last = server.runs[0]!;
    check('10,000: index < 15 s', server.index_s < 15, `${round(server.index_s, 2)} s`);
    check('10,000: RSS < 1 GB', server.server_rss_mb < 1024, `${round(server.server_rss_mb, 0)} MB`);
    check('10,000: hover p99 < 20 ms', last.hover ? last.hover.p99 < 20 : null, `${round(last.hover?.p99 ?? Number.NaN, 2)} ms`);
    check('10,000: edit p95 < 150 ms', last.edit ? last.edit.p95 < 150 : null, `${round(last.edit?.p95 ?? Number.NaN, 0)} ms`);
  }
  if (activation) check('extension activates < 200 ms', activation.activation_ms < 200, `${round(activation.activation_ms, 0)} ms`);
  return lines;
}

async function profile(sizes: number[]): Promise<void> {
  const root = projectPath();
  for (const docs of sizes) {
    const { dir, manifest } = ensureCorpus(CACHE, docs, projectPath('seeds'));
    for (const mode of ['analyze', 'corpus'] as const) {
      const out = join(CACHE, 'profiles', `core-${mode}-${docs}`);
      rmSync(out, { recursive: true, force: true });
      await child<CoreResult>(['core', dir, '1', mode], ['--cpu-prof', '--cpu-prof-dir', out]);
      report(`core ${mode === 'analyze' ? 'analyzeDocument over every article' : 'Corpus: upsert every article + results()'}, ${docs} articles`, out, root);
    }
    const out = join(CACHE, 'profiles', `server-index-${docs}`);
    rmSync(out, { recursive: true, force: true });
    await runServer({ serverJs: SERVER_JS, dir, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', out], log }, manifest, { hovers: 0, edits: 0 });
    report(`language server: initialize → every diagnostic of the index, ${docs} articles`, out, root);
    const editsOut = join(CACHE, 'profiles', `server-edits-${docs}`);
    rmSync(editsOut, { recursive: true, force: true });
    const edits = docs > 2000 ? 3 : 10;
    await runServer({ serverJs: SERVER_JS, dir, nodeArgs: ['--cpu-prof', '--cpu-prof-dir', editsOut], log }, manifest, { hovers: 0, edits });
    report(`language server: index then ${edits} edits, ${docs} articles`, editsOut, root);
  }
}

function report(title: string, out: string, root: string): void {
  const file = readdirSync(out).find((name) => name.endsWith('.cpuprofile'));
  if (!file) {
    log(`no profile written in ${out}`);
    return;
  }
  const path = join(out, file);
  const text = formatSummary(title, summariseProfile(path, root), topByTotal(path, root, 'server/src'));
  writeFileSync(`${out}.txt`, `${text}\n`);
  process.stdout.write(`${text}\n(profile: ${path})\n\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === 'core') {
    const [, dir, runs, mode] = args;
    const result = runCore(dir!, Number(runs), log, (mode ?? 'both') as 'both' | 'analyze' | 'corpus', Number(args[4] ?? Infinity));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (args[0] === 'harper') {
    const paths = readFileSync(args[1]!, 'utf8').split('\n').filter(Boolean);
    process.stdout.write(`${JSON.stringify(await runHarper(paths, Number(args[2])))}\n`);
    return;
  }
  if (args[0] === 'activation') {
    await launchOnce(args[1]!);
    return;
  }
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const sizes = (option('--sizes') ?? '1000,10000').split(',').map(Number);
  const skip = new Set((option('--skip') ?? '').split(',').filter(Boolean));
  mkdirSync(CACHE, { recursive: true });
  if (args.includes('--profile')) {
    await profile(sizes);
    return;
  }
  const started = performance.now();
  const results: SizeResult[] = [];
  for (const docs of sizes) results.push(await measureSize(docs, skip, args.includes('--quick')));
  const idleRss = skip.has('server') ? undefined : await idleServerRss();
  // Last, as VS Code and Chromium load the machine for a while after they exit. A failed launch is reported, and the
  // results so far still printed.
  const activation = skip.has('activation') ? null : await measureActivation(args.includes('--quick') ? 1 : 5, log).catch((error: unknown) => {
    log(`## activation: failed: ${(error instanceof Error ? error.message : String(error)).split('\n').slice(0, 3).join('\n')}`);
    return null;
  });
  const headline = results.at(-1)!;
  const summary = {
    ...flat(headline),
    ratios: ratios(headline),
    growth_1000_to_10000: growth(results),
    server_idle_rss_mb: idleRss === undefined ? null : round(idleRss, 1),
    activation_ms: activation ? round(activation.activation_ms, 1) : null,
    activation: activation && {
      launches: activation.launches.map((launch) => ({
        awaited_ms: launch.awaitedMs === null ? null : round(launch.awaitedMs, 1), in_extension_ms: round(launch.inExtensionMs, 1),
        load_ms: round(launch.loadMs, 1), activate_call_ms: round(launch.activateCallMs, 1),
      })),
      load: activation.load,
    },
    sizes: Object.fromEntries(results.map((size) => [size.docs, { ...flat(size), ratios: ratios(size), detail: size }])),
    node: process.version,
    commit: revision(),
    seconds: round((performance.now() - started) / 1000, 1),
  };
  const lines = ['', table(results, idleRss), ...(activation ? ['', activationLine(activation)] : []), '', ...verdicts(results, activation)];
  const grown = growth(results);
  if (grown) {
    lines.push(`- growth 1,000 → 10,000 (×${grown.docs} articles): corpus time ×${grown.corpus_time} (results() ×${grown.results_time}), `
      + `index time ×${grown.index_time} (server CPU ×${grown.server_cpu_to_index}), RSS after index ×${grown.server_rss_after_index}, peak RSS ×${grown.server_rss}, edit p50 ×${grown.edit_p50}`);
  }
  lines.push(`- total benchmark time ${summary.seconds} s; commit ${summary.commit}; Node ${process.version}`);
  const text = lines.join('\n');
  writeFileSync(join(CACHE, 'latest.md'), `${text}\n`);
  writeFileSync(join(CACHE, 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${text}\n`);
  if (args.includes('--json')) process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
