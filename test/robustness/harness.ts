/** Runs jobs in a worker thread with a time limit: a hang or a crash in the core fails one test instead of the run. */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './jobs';

/** What came of a job: its result, or how the worker failed. */
export type Outcome =
  | { status: 'done'; result: JobResult; ms: number }
  | { status: 'timeout'; ms: number; progress: string | null }
  | { status: 'crashed'; ms: number; error: string };

type Message = { type: 'progress'; text: string } | { type: 'result'; result: JobResult } | { type: 'error'; error: string };

/** One worker at a time, replaced after a timeout or a crash. */
export class JobRunner {
  private worker: Worker | null = null;

  constructor(private readonly file: string) {}

  private spawn(): Worker {
    // A runaway allocation kills the worker with ERR_WORKER_OUT_OF_MEMORY instead of the test process.
    const worker = new Worker(this.file, { resourceLimits: { maxOldGenerationSizeMb: 3072 }, stdout: false, stderr: false });
    worker.unref();
    return worker;
  }

  /** Runs one job; after `timeoutMs` the worker is terminated and the job reported as a timeout. */
  run(job: Job, timeoutMs: number): Promise<Outcome> {
    const worker = this.worker ??= this.spawn();
    const started = performance.now();
    return new Promise((resolve) => {
      let progress: string | null = null;
      const finish = (outcome: Outcome, keep: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (!keep) {
          this.worker = null;
          void worker.terminate();
        }
        resolve(outcome);
      };
      const elapsed = () => performance.now() - started;
      const onMessage = (message: Message) => {
        if (message.type === 'progress') progress = message.text;
        else if (message.type === 'result') finish({ status: 'done', result: message.result, ms: elapsed() }, true);
        else finish({ status: 'crashed', ms: elapsed(), error: message.error }, true);
      };
      const onError = (error: Error) => finish({ status: 'crashed', ms: elapsed(), error: error.stack ?? String(error) }, false);
      const onExit = (code: number) => finish({ status: 'crashed', ms: elapsed(), error: `worker exited with code ${code}` }, false);
      const timer = setTimeout(() => finish({ status: 'timeout', ms: elapsed(), progress }, false), timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage(job);
    });
  }

  /** Stops the worker. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

/** The worker side: runs each job it is sent and posts the result; never lets an exception escape. */
export function serveJobs(port: import('node:worker_threads').MessagePort, runJob: (job: Job, progress: (text: string) => void) => JobResult): void {
  port.on('message', (job: Job) => {
    try {
      const result = runJob(job, (text) => port.postMessage({ type: 'progress', text } satisfies Message));
      port.postMessage({ type: 'result', result } satisfies Message);
    } catch (error) {
      port.postMessage({ type: 'error', error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies Message);
    }
  });
}
