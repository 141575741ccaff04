/** `crosscheck/serverInfo`: the server's process id, heap and corpus size, so tests can kill the process and watch its memory. */
import type { ServerInfo } from '../protocol';
import type { ServerWorkspace } from './workspace';

/** The server's process and corpus now; collects garbage first when the process was started with --expose-gc. */
export function serverInfo(workspace: ServerWorkspace): ServerInfo {
  // Reading the corpus analyses any pending edit, so the heap is measured with the corpus up to date.
  const corpus = workspace.corpus;
  // Without a collection the heap size says more about when V8 last ran one than about what the server holds.
  (globalThis as { gc?: () => void }).gc?.();
  return {
    pid: process.pid,
    heapUsed: process.memoryUsage().heapUsed,
    documents: corpus.paths().length,
    analyses: corpus.analysisCount(),
    trusted: workspace.isTrusted(),
  };
}
