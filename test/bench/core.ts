/**
 * Core throughput, in one thread: analyseDocument over every article, and a whole Corpus (upsert every article, then
 * results() with its cross-document entities, claims and findings). Files are read before the clock starts.
 */
import { readFileSync } from 'node:fs';
import { analyzeDocument } from '../../server/src/core/analyze';
import { Corpus } from '../../server/src/core/corpus';
import { cpuMs, listArticles, mbPerSecond, median } from './stats';

export interface CoreResult {
  docs: number;
  bytes: number;
  analyzeMs: number[];
  corpusMs: number[];
  /** CPU time of the same runs (less sensitive to other load on the machine). */
  analyzeCpuMs: number[];
  corpusCpuMs: number[];
  /** Of each corpus run: the upserts (per-document analysis) and results() (cross-document work). */
  upsertMs: number[];
  resultsMs: number[];
  core_mb_s: number;
  corpus_mb_s: number;
  core_cpu_mb_s: number;
  corpus_cpu_mb_s: number;
  claims: number;
  findings: number;
  figures: number;
  /** Heap in use (after a full GC, when node runs with --expose-gc) with the last corpus and its results alive. */
  corpusHeapMb: number | null;
}

/**
 * Up to `runs` runs of each measurement; after the first, another run starts only while the measurement's runs so far
 * plus one more fit in budgetMs, so a slow build stays bounded (the run counts are in the result).
 */
export function runCore(dir: string, runs: number, log: (line: string) => void = () => {}, mode: 'both' | 'analyze' | 'corpus' = 'both', budgetMs = Infinity): CoreResult {
  const more = (done: number[]) => done.length === 0 || (done.length < runs && done.reduce((a, b) => a + b, 0) + Math.max(...done) <= budgetMs);
  const paths = listArticles(dir);
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const analyzeMs: number[] = [];
  const analyzeCpuMs: number[] = [];
  let figures = 0;
  for (let run = 0; mode !== 'corpus' && more(analyzeMs); run++) {
    figures = 0;
    const start = performance.now();
    const cpuStart = cpuMs();
    for (const text of texts) figures += analyzeDocument(text).figures.length;
    analyzeMs.push(performance.now() - start);
    analyzeCpuMs.push(cpuMs() - cpuStart);
    log(`analyze run ${run + 1}: ${analyzeMs.at(-1)!.toFixed(0)} ms`);
  }
  const corpusMs: number[] = [];
  const corpusCpuMs: number[] = [];
  const upsertMs: number[] = [];
  const resultsMs: number[] = [];
  let claims = 0;
  let findings = 0;
  let corpusHeapMb: number | null = null;
  let lastCorpus: Corpus | null = null;
  for (let run = 0; mode !== 'analyze' && more(corpusMs); run++) {
    const start = performance.now();
    const cpuStart = cpuMs();
    const corpus = new Corpus();
    for (let i = 0; i < paths.length; i++) corpus.upsert(paths[i]!, texts[i]!);
    const upserted = performance.now();
    const results = corpus.results();
    const end = performance.now();
    claims = results.claims.length;
    findings = results.findings.length;
    lastCorpus = corpus;
    corpusMs.push(end - start);
    corpusCpuMs.push(cpuMs() - cpuStart);
    upsertMs.push(upserted - start);
    resultsMs.push(end - upserted);
    log(`corpus run ${run + 1}: ${corpusMs.at(-1)!.toFixed(0)} ms (upserts ${upsertMs.at(-1)!.toFixed(0)}, results ${resultsMs.at(-1)!.toFixed(0)})`);
  }
  // Only after the last run: a forced full collection makes the runs after it 20-30% slower, which no real use sees.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc && lastCorpus) {
    gc();
    corpusHeapMb = process.memoryUsage().heapUsed / 1e6;
    // Keeps the corpus alive until it has been measured.
    if (lastCorpus.paths().length !== paths.length) throw new Error('corpus lost documents');
  }
  return withThroughputs({ docs: paths.length, bytes, analyzeMs, corpusMs, analyzeCpuMs, corpusCpuMs, upsertMs, resultsMs, claims, findings, figures, corpusHeapMb });
}

type CoreRuns = Omit<CoreResult, 'core_mb_s' | 'corpus_mb_s' | 'core_cpu_mb_s' | 'corpus_cpu_mb_s'>;

function withThroughputs(runs: CoreRuns): CoreResult {
  const { bytes, analyzeMs, corpusMs, analyzeCpuMs, corpusCpuMs } = runs;
  return {
    ...runs,
    core_mb_s: mbPerSecond(bytes, median(analyzeMs)), corpus_mb_s: mbPerSecond(bytes, median(corpusMs)),
    core_cpu_mb_s: mbPerSecond(bytes, median(analyzeCpuMs)), corpus_cpu_mb_s: mbPerSecond(bytes, median(corpusCpuMs)),
  };
}

/** One result from several rounds of runs on the same articles: their runs together, medians over all of them. */
export function mergeCore(rounds: readonly CoreResult[]): CoreResult {
  const last = rounds.at(-1)!;
  const all = (pick: (round: CoreResult) => number[]) => rounds.flatMap(pick);
  return withThroughputs({
    docs: last.docs, bytes: last.bytes, claims: last.claims, findings: last.findings, figures: last.figures, corpusHeapMb: last.corpusHeapMb,
    analyzeMs: all((round) => round.analyzeMs), corpusMs: all((round) => round.corpusMs),
    analyzeCpuMs: all((round) => round.analyzeCpuMs), corpusCpuMs: all((round) => round.corpusCpuMs),
    upsertMs: all((round) => round.upsertMs), resultsMs: all((round) => round.resultsMs),
  });
}
