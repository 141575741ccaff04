/** The core part of the reliability suite: properties, the fixed hostile corpus, linearity, regexes, regressions. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { JobRunner, Outcome } from './harness';
import { FAMILIES, FUZZ_SEED, PROPERTIES, RATIO_BOUND, type Job } from './jobs';
import { adversarialNames, regressions } from './adversarial';
import { record } from './tally';

const TIMEOUT_MS = { property: 45_000, adversarial: 20_000, linearity: 60_000, regexSweep: 60_000, regression: 45_000 } as const;

/** Runs a job in the worker, adds its counts to the totals, and fails the test with the job's account if it failed. */
async function runChecked(runner: JobRunner, job: Job, diagnostic: (message: string) => void): Promise<void> {
  const outcome: Outcome = await runner.run(job, TIMEOUT_MS[job.kind]);
  if (outcome.status === 'timeout') {
    record({ crashes: 1 });
    assert.fail(`hang: no result after ${(outcome.ms / 1000).toFixed(0)} s${outcome.progress ? ` (last step: ${outcome.progress})` : ''}`);
  }
  if (outcome.status === 'crashed') {
    record({ crashes: 1 });
    assert.fail(`crash: ${outcome.error}`);
  }
  const { result } = outcome;
  record({ inputs: result.inputs, known: result.known, crashes: result.crashes ?? 0 });
  const known = Object.entries(result.known).map(([name, count]) => `${name} x${count}`);
  diagnostic(`${result.message}${known.length > 0 ? `; known core bugs hit: ${known.join(', ')}` : ''} (${(outcome.ms / 1000).toFixed(1)} s)`);
  if (!result.ok) assert.fail(result.message);
}

export function coreSuites(runner: JobRunner): void {
  describe(`core survives hostile input (fast-check, seed ${FUZZ_SEED})`, () => {
    for (const name of Object.keys(PROPERTIES)) {
      test(name, (t) => runChecked(runner, { kind: 'property', name }, (message) => t.diagnostic(message)));
    }
  });

  describe('core survives the fixed hostile corpus (test/fixtures/robustness/adversarial.json)', () => {
    for (const name of adversarialNames()) {
      test(name, (t) => runChecked(runner, { kind: 'adversarial', name }, (message) => t.diagnostic(message)));
    }
  });

  describe(`analysis time grows linearly (1 MB / 10 KB < ${RATIO_BOUND}x)`, () => {
    for (const family of Object.keys(FAMILIES)) {
      test(family, (t) => runChecked(runner, { kind: 'linearity', family }, (message) => t.diagnostic(message)));
    }
  });

  describe('no regular expression in server/src/core or server/src/workspace backtracks catastrophically', () => {
    test('every regex literal against pumped input', (t) => runChecked(runner, { kind: 'regexSweep' }, (message) => t.diagnostic(message)));
  });

  describe('regressions found by these tests (test/fixtures/robustness/regressions)', () => {
    for (const regression of regressions()) {
      const options = regression.todo ? { todo: regression.todo } : {};
      test(regression.name, options, (t) => runChecked(runner, { kind: 'regression', name: regression.name }, (message) => t.diagnostic(message)));
    }
  });
}
