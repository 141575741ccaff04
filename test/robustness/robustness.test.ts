/**
 * Reliability suite: hostile input for the core (fast-check properties with a fixed seed, a fixed hostile corpus,
 * linear-time and regex checks, regression fixtures) and bad files, faults and load for the CLI.
 * Core work runs in a worker thread with time limits; this same file is the worker's entry point.
 */
import { isMainThread, parentPort } from 'node:worker_threads';
import { after } from 'node:test';
import { JobRunner, serveJobs } from './harness';
import { runJob } from './jobs';
import { coreSuites } from './core-suite';
import { cliSuites } from './cli-suite';
import { configSuites } from './config-suite';
import { summary } from './tally';

if (isMainThread) {
  const runner = new JobRunner(__filename);
  coreSuites(runner);
  configSuites();
  cliSuites();
  after(async () => {
    await runner.close();
    console.log(summary());
  });
} else {
  serveJobs(parentPort!, runJob);
}
