/** The workspace at a glance (`crosscheck/summary`), and the `crosscheck/summaryChanged` notification when it changes. */
import type { WorkspaceSummary } from '../protocol';
import { isReviewedConflict } from './lookup';
import type { WorkspaceView } from './workspace';

/**
 * The summary of the corpus: its documents, the conflicts still to review, the claims stated by more than one
 * source (as the CLI's text report counts them), every finding, and whether a scan is under way.
 */
export function workspaceSummary(view: WorkspaceView, indexing: boolean): WorkspaceSummary {
  const results = view.corpus.results();
  const config = view.corpus.getConfig();
  return {
    sources: view.corpus.paths().length,
    conflicts: results.claims.filter((claim) => claim.status === 'conflict' && !isReviewedConflict(claim, config)).length,
    claims: results.claims.filter((claim) => claim.status !== 'single').length,
    findings: results.findings.length,
    indexing,
  };
}

/** Sends the summary to the client whenever it differs from the one last sent. */
export class SummaryNotifier {
  private lastSent = '';

  constructor(private readonly send: (summary: WorkspaceSummary) => void) {}

  /** Sends `summary` unless the client already has exactly this one. */
  update(summary: WorkspaceSummary): void {
    const key = JSON.stringify(summary);
    if (key === this.lastSent) return;
    this.lastSent = key;
    this.send(summary);
  }
}
