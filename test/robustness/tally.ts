/** The reliability totals printed at the end of the suite. */

/** What one job or test contributes to the totals. */
export interface Counts {
  /** Texts analysed (documents, configurations, regex probes). */
  inputs: number;
  /** Files generated on disk and handed to the CLI. */
  files: number;
  /** Faults injected: unreadable, binary or looping files, broken configurations, closed pipes... */
  faults: number;
  /** Crashes nobody knew about: uncaught exceptions, internal errors, signals, hangs. */
  crashes: number;
  /** Crashes, hangs or broken invariants caused by a known bug whose fix is pending (see test/fixtures/robustness/regressions and the todo tests). */
  known: Record<string, number>;
}

export function emptyCounts(): Counts {
  return { inputs: 0, files: 0, faults: 0, crashes: 0, known: {} };
}

const totals = emptyCounts();

/** Adds to the totals. */
export function record(counts: Partial<Counts>): void {
  totals.inputs += counts.inputs ?? 0;
  totals.files += counts.files ?? 0;
  totals.faults += counts.faults ?? 0;
  totals.crashes += counts.crashes ?? 0;
  for (const [name, count] of Object.entries(counts.known ?? {})) totals.known[name] = (totals.known[name] ?? 0) + count;
}

/** The summary line: `reliability: N inputs, N files, N faults injected, N crashes` plus known pending bugs. */
export function summary(): string {
  const known = Object.entries(totals.known).sort();
  const knownText = known.length === 0 ? '' : `; known bugs pending a fix: ${known.map(([name, count]) => `${name} (hit ${count}x)`).join(', ')}`;
  return `reliability: ${totals.inputs} inputs, ${totals.files} files, ${totals.faults} faults injected, ${totals.crashes} crashes${knownText}`;
}
