/**
 * The peers and the floor, on the same articles:
 * - floor: read every file (readFileSync, UTF-8) and run one figure-shaped regular expression over it, in-process;
 * - cspell: the CLI as a whole process (`cspell lint --no-progress --no-cache --file-list …`), start to exit;
 * - harper.js: LocalLinter with the inlined WebAssembly binary, in-process, lint() over every sampled article after
 *   setup() and one warm-up lint (both excluded).
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpuMs, mbPerSecond, median, procCpuMs } from './stats';

/** Money, counts with scales, percents: the shape of most figures Crosscheck reads. */
export const FIGURE_SHAPE = /(?:[$€£¥₹₩]|\b(?:US\$|USD|EUR|GBP|JPY|INR|Rs\.?)\s?)?\d[\d,]*(?:\.\d+)?(?:\s?(?:%|per ?cent|trillion|billion|million|thousand|crore|lakh|tn|bn|mn|m|k)\b)?/g;

export interface FloorResult { bytes: number; runsMs: number[]; cpuMs: number[]; matches: number; floor_mb_s: number; floor_cpu_mb_s: number }

export function runFloor(paths: readonly string[], runs: number): FloorResult {
  const runsMs: number[] = [];
  const cpuRuns: number[] = [];
  let matches = 0;
  let bytes = 0;
  // Run 0 warms the page cache and the regular expression's compiled code and is not counted.
  for (let run = -1; run < runs; run++) {
    matches = 0;
    bytes = 0;
    const start = performance.now();
    const cpuStart = cpuMs();
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      bytes += text.length;
      FIGURE_SHAPE.lastIndex = 0;
      while (FIGURE_SHAPE.exec(text) !== null) matches++;
    }
    if (run < 0) continue;
    runsMs.push(performance.now() - start);
    cpuRuns.push(cpuMs() - cpuStart);
  }
  // Throughput is in bytes on disk, like every other number here.
  bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0);
  return floorResult(bytes, matches, runsMs, cpuRuns);
}

function floorResult(bytes: number, matches: number, runsMs: number[], cpuRuns: number[]): FloorResult {
  return { bytes, runsMs, cpuMs: cpuRuns, matches, floor_mb_s: mbPerSecond(bytes, median(runsMs)), floor_cpu_mb_s: mbPerSecond(bytes, median(cpuRuns)) };
}

/** One floor result from several rounds: their runs together, medians over all of them. */
export function mergeFloor(rounds: readonly FloorResult[]): FloorResult {
  const { bytes, matches } = rounds.at(-1)!;
  return floorResult(bytes, matches, rounds.flatMap((round) => round.runsMs), rounds.flatMap((round) => round.cpuMs));
}

export interface CspellResult { files: number; bytes: number; runsMs: number[]; cpuMs: number[]; summary: string; cspell_mb_s: number; cspell_cpu_mb_s: number }

/** Runs the cspell CLI over the files `runs` times as a whole process; listFile is where the file list is written. */
export async function runCspell(cspellBin: string, paths: readonly string[], listFile: string, runs: number): Promise<CspellResult> {
  writeFileSync(listFile, `${paths.join('\n')}\n`);
  const bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0);
  const runsMs: number[] = [];
  const cpuRuns: number[] = [];
  let summary = '';
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    // The CPU time of waited-for children (cspell and anything it starts).
    const cpuStart = procCpuMs('self', true);
    const stderr = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, [cspellBin, 'lint', '--no-progress', '--no-color', '--no-cache', '--no-must-find-files', '--file-list', listFile], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', reject);
      // Exit code 1 means spelling issues were found, which is expected.
      child.on('exit', (code) => (code === 0 || code === 1 ? resolve(err) : reject(new Error(`cspell exited ${code}: ${err.slice(-500)}`))));
    });
    runsMs.push(performance.now() - start);
    cpuRuns.push(procCpuMs('self', true) - cpuStart);
    summary = stderr.trim().split('\n').at(-1) ?? '';
  }
  const checked = /Files checked: (\d+)/.exec(summary);
  if (!checked || Number(checked[1]) !== paths.length) throw new Error(`cspell checked ${checked?.[1] ?? '?'} of ${paths.length} files: ${summary}`);
  return cspellResult(paths.length, bytes, summary, runsMs, cpuRuns);
}

function cspellResult(files: number, bytes: number, summary: string, runsMs: number[], cpuRuns: number[]): CspellResult {
  return { files, bytes, runsMs, cpuMs: cpuRuns, summary, cspell_mb_s: mbPerSecond(bytes, median(runsMs)), cspell_cpu_mb_s: mbPerSecond(bytes, median(cpuRuns)) };
}

/** One cspell result from several rounds: their runs together, medians over all of them. */
export function mergeCspell(rounds: readonly CspellResult[]): CspellResult {
  const { files, bytes, summary } = rounds.at(-1)!;
  return cspellResult(files, bytes, summary, rounds.flatMap((round) => round.runsMs), rounds.flatMap((round) => round.cpuMs));
}

export interface HarperResult { files: number; bytes: number; setupMs: number; runsMs: number[]; cpuMs: number[]; lints: number; msPerDoc: number; harper_mb_s: number; harper_cpu_mb_s: number }

interface HarperLinter { setup(): Promise<void>; lint(text: string): Promise<unknown[]> }

/** Lints the files with harper.js in this process, `runs` times over the sample; setup and one warm-up lint are not timed. */
export async function runHarper(paths: readonly string[], runs: number): Promise<HarperResult> {
  // harper.js is an ES module that carries its WebAssembly inline; it stays outside the bundle.
  const { LocalLinter } = (await import('harper.js')) as unknown as { LocalLinter: new (init: { binary: unknown }) => HarperLinter };
  const { binaryInlined } = (await import('harper.js/binaryInlined')) as unknown as { binaryInlined: unknown };
  const texts = paths.map((path) => readFileSync(path, 'utf8'));
  const bytes = paths.reduce((sum, path) => sum + statSync(path).size, 0);
  const setupStart = performance.now();
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  await linter.lint(texts[0] ?? '');
  const setupMs = performance.now() - setupStart;
  const runsMs: number[] = [];
  const cpuRuns: number[] = [];
  let lints = 0;
  for (let run = 0; run < runs; run++) {
    lints = 0;
    const start = performance.now();
    const cpuStart = cpuMs();
    for (const text of texts) lints += (await linter.lint(text)).length;
    runsMs.push(performance.now() - start);
    cpuRuns.push(cpuMs() - cpuStart);
  }
  const ms = median(runsMs);
  return { files: paths.length, bytes, setupMs, runsMs, cpuMs: cpuRuns, lints, msPerDoc: ms / paths.length, harper_mb_s: mbPerSecond(bytes, ms), harper_cpu_mb_s: mbPerSecond(bytes, median(cpuRuns)) };
}
