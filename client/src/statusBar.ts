/** The status bar item: `Crosscheck: 5 sources · 1 conflict`, fed by the server's summary (a click opens the Problems panel), or that the server stopped. */
import * as vscode from 'vscode';
import type { WorkspaceSummary } from '../../server/src/protocol';
import { statusBarText, statusBarTooltip } from './format';

/** Shows the latest workspace summary in the status bar. */
export class SummaryStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('crosscheck.summary', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Crosscheck';
    // The server scans the workspace as soon as it starts, so "indexing" is true until its first summary arrives.
    this.show({ sources: 0, conflicts: 0, claims: 0, findings: 0, indexing: true });
  }

  /** The text the item shows now. */
  get text(): string {
    return this.item.text;
  }

  /** Shows `summary`. */
  show(summary: WorkspaceSummary): void {
    this.item.text = statusBarText(summary);
    this.item.tooltip = summary.indexing ? 'Crosscheck is indexing the workspace.' : statusBarTooltip(summary);
    this.item.command = 'workbench.actions.view.problems';
    this.item.show();
  }

  /** Says the server is not running, instead of a summary that may no longer hold; a click restarts it. */
  showStopped(): void {
    this.item.text = '$(debug-disconnect) Crosscheck: server stopped';
    this.item.tooltip = 'The Crosscheck language server is not running. Click to restart it.';
    this.item.command = 'crosscheck.restartServer';
    this.item.show();
  }

  /** Removes the item. */
  dispose(): void {
    this.item.dispose();
  }
}
