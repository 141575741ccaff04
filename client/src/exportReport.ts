/** The `crosscheck.exportReport` command: asks for Markdown or CSV, then opens the report in a new editor or saves it. */
import * as vscode from 'vscode';

/** The report formats the server writes. */
export type ReportFormat = 'markdown' | 'csv';

interface FormatChoice extends vscode.QuickPickItem { format: ReportFormat; language: string; extension: string }
interface DestinationChoice extends vscode.QuickPickItem { save: boolean }

const FORMATS: FormatChoice[] = [
  { label: 'Markdown', description: 'a table per claim, for a briefing or an issue', format: 'markdown', language: 'markdown', extension: 'md' },
  { label: 'CSV', description: 'one row per source statement, for a spreadsheet', format: 'csv', language: 'csv', extension: 'csv' },
];

const DESTINATIONS: DestinationChoice[] = [
  { label: 'Open in a new editor', save: false },
  { label: 'Save to a file…', save: true },
];

/** Runs the export; `fetchReport` sends `crosscheck/report`. Does nothing when the user cancels a step. */
export async function exportReport(fetchReport: (format: ReportFormat) => Promise<string>): Promise<void> {
  const choice = await vscode.window.showQuickPick(FORMATS, { title: 'Crosscheck: Export Claims Report', placeHolder: 'Report format' });
  if (!choice) return;
  const destination = await vscode.window.showQuickPick(DESTINATIONS, { title: 'Crosscheck: Export Claims Report', placeHolder: 'Where to put the report' });
  if (!destination) return;
  const report = await fetchReport(choice.format);
  if (!destination.save) {
    const document = await vscode.workspace.openTextDocument({ language: choice.language, content: report });
    await vscode.window.showTextDocument(document);
    return;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = await vscode.window.showSaveDialog({
    title: 'Save the Crosscheck report',
    defaultUri: folder && vscode.Uri.joinPath(folder, `crosscheck-report.${choice.extension}`),
    filters: { [choice.label]: [choice.extension] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(report));
  const open = 'Open';
  if ((await vscode.window.showInformationMessage(`Crosscheck report saved to ${vscode.workspace.asRelativePath(target)}.`, open)) === open) {
    await vscode.window.showTextDocument(target);
  }
}
