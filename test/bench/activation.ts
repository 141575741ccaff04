/**
 * The benchmark's `activation` step: launches real VS Code (code-server's workbench in headless Chromium, as the
 * extension-host tests do) several times, each with a fresh profile and a fresh copy of seeds/, and times the
 * extension's activation inside it with extension-host/activate.ts.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../support/paths';
import { loadVscodeWeb, runExtensionTests } from '../vscode/support/vscodeWeb';
import type { ActivationLaunch, ActivationReport } from './extension-host/activate';
import { median, round } from './stats';

const EXTENSION_TESTS = projectPath('out', 'bench', 'extension-host', 'activate.js');
const REPORT_FILE = 'activation.json';

/**
 * The step's result: the median activation time of the launches (awaited from the extension host where this module
 * activated the extension, which counts VS Code's own work too, else the extension's own figure), every launch, and
 * the 1-minute load average at its start and end.
 */
export interface ActivationResult {
  activation_ms: number;
  launches: ActivationLaunch[];
  load: [number, number];
}

/** A launch's activation time: awaited from outside when it could be, the extension's own figure otherwise. */
export function activationOf(launch: ActivationLaunch): number {
  return launch.awaitedMs ?? launch.inExtensionMs;
}

/** Runs one launch in this process, writing its report into `stateDir`: the `main.js activation STATEDIR` mode. */
export async function launchOnce(stateDir: string): Promise<void> {
  await runExtensionTests({ extensionTestsPath: EXTENSION_TESTS, stateDir, env: { CROSSCHECK_BENCH_ACTIVATION_RESULT: join(stateDir, REPORT_FILE) } });
}

/**
 * Runs `main.js activation STATEDIR` (this module is bundled into main.js) and resolves to its exit code and output:
 * runTests and the workbench write to stdout, which is the table's, so a child's output is kept for a failure's report.
 */
async function launchInChild(stateDir: string): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, [__filename, 'activation', stateDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(proc, 'close')) as [number | null];
  return { code, output };
}

/** Times the activation in `launches` launches of VS Code; resolves to null, having logged why, when VS Code cannot run here. */
export async function measureActivation(launches: number, log: (line: string) => void): Promise<ActivationResult | null> {
  const web = await loadVscodeWeb();
  const missing = web.missingPrerequisites();
  if (missing.length > 0) {
    log(`## activation: skipped, real VS Code cannot run here; missing: ${missing.join(', ')}. ${web.INSTALL_HINT}`);
    return null;
  }
  log(`## activation in VS Code (${launches} launch${launches === 1 ? '' : 'es'})`);
  const loadAtStart = loadavg()[0]!;
  const measured: ActivationLaunch[] = [];
  for (let launch = 1; launch <= launches; launch++) {
    const stateDir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-activation-'));
    try {
      const { code, output } = await launchInChild(stateDir);
      const reportFile = join(stateDir, REPORT_FILE);
      const report: ActivationReport | undefined = existsSync(reportFile) ? JSON.parse(readFileSync(reportFile, 'utf8')) : undefined;
      if (!report || 'error' in report) {
        throw new Error(`VS Code launch ${launch} of ${launches} (exit code ${code}): ${report?.error ?? 'no activation report'}\n${output}`);
      }
      measured.push(report);
      const awaited = report.awaitedMs === null ? 'activated by the workbench before the test module ran' : `awaited ${report.awaitedMs.toFixed(1)} ms`;
      log(`launch ${launch}: ${awaited}; in the extension ${report.inExtensionMs.toFixed(1)} ms, of which loading its modules ${report.loadMs.toFixed(1)} ms and activate() ${report.activateCallMs.toFixed(1)} ms`);
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  }
  return { activation_ms: median(measured.map(activationOf)), launches: measured, load: [round(loadAtStart, 2), round(loadavg()[0]!, 2)] };
}
