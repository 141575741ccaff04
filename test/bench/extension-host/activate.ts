/**
 * The bench's extension-tests module, run inside real VS Code by test/bench/activation.ts on a copy of seeds/ with no
 * editor open and no .crosscheck.json, so that usually nothing has activated Crosscheck yet: times its activation and
 * writes the figures to the file named by CROSSCHECK_BENCH_ACTIVATION_RESULT.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import type { CrosscheckApi } from '../../../client/src/extension';
import { EXTENSION_ID } from '../../vscode/support/workspace';

/**
 * One launch's figures (ms): the extension's own activation time (from its bundle starting to load to the end of
 * activate()), of which evaluating its modules and activate() itself (the rest is VS Code's); and
 * `extension.activate()` as awaited here, which adds VS Code's own work, when this module was the one to activate it
 * (null when something in the workbench activated it first).
 */
export interface ActivationLaunch {
  inExtensionMs: number;
  loadMs: number;
  activateCallMs: number;
  awaitedMs: number | null;
}

/** What a launch writes for test/bench/activation.ts: its figures, or why there are none. */
export type ActivationReport = ActivationLaunch | { error: string };

async function measure(): Promise<ActivationReport> {
  const extension = vscode.extensions.getExtension<CrosscheckApi>(EXTENSION_ID);
  if (!extension) return { error: `extension ${EXTENSION_ID} is not loaded: is extensionDevelopmentPath the project root?` };
  const wasActive = extension.isActive;
  const started = performance.now();
  const api = await extension.activate();
  const awaitedMs = wasActive ? null : performance.now() - started;
  return { inExtensionMs: api.activationMs, loadMs: api.loadMs, activateCallMs: api.activateCallMs, awaitedMs };
}

/** Measures one activation and writes the report; rejects when there is no figure, which makes the workbench exit 1. */
export async function run(): Promise<void> {
  const resultFile = process.env.CROSSCHECK_BENCH_ACTIVATION_RESULT;
  if (!resultFile) throw new Error('CROSSCHECK_BENCH_ACTIVATION_RESULT is not set');
  const report = await measure();
  writeFileSync(resultFile, JSON.stringify(report));
  if ('error' in report) throw new Error(report.error);
}
