/** The extension's commands, as contributed in package.json. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REINDEX_REQUEST, REPORT_REQUEST } from '../../server/src/protocol';
import { CLAIMS_VIEW_ID, type ClaimsView } from './claimsView';
import { exportReport } from './exportReport';

/** What the commands act on; the language client once it is loaded. */
export interface CommandContext { client: () => Promise<LanguageClient>; claims: ClaimsView; log: vscode.LogOutputChannel }

/** Registers a command whose failure is logged and shown to the user as "Crosscheck could not <doing>: <reason>". */
function registerGuarded(id: string, doing: string, run: (...args: unknown[]) => Thenable<unknown>, log: vscode.LogOutputChannel): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: unknown[]) => {
    try {
      await run(...args);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log.error(`${id} failed: ${error instanceof Error ? error.stack : reason}`);
      void vscode.window.showErrorMessage(`Crosscheck could not ${doing}: ${reason}`);
    }
  });
}

/** Registers every Crosscheck command. */
export function registerCommands({ client, claims, log }: CommandContext): vscode.Disposable {
  const focusClaims = () => vscode.commands.executeCommand(`${CLAIMS_VIEW_ID}.focus`);
  return vscode.Disposable.from(
    registerGuarded('crosscheck.showClaims', 'show the Claims view', focusClaims, log),
    registerGuarded('crosscheck.showClaim', 'show the claim', async (claimId) => {
      if (typeof claimId !== 'string') await focusClaims();
      else if (!(await claims.reveal(claimId))) {
        void vscode.window.showWarningMessage(`Crosscheck found no claim "${claimId}" stated by more than one source; it may have changed since.`);
      }
    }, log),
    registerGuarded('crosscheck.reindex', 're-index the workspace', () => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Crosscheck: re-indexing' },
      async () => (await client()).sendRequest(REINDEX_REQUEST),
    ), log),
    registerGuarded('crosscheck.restartServer', 'restart the language server', async () => {
      log.info('restarting the language server');
      await (await client()).restart();
    }, log),
    registerGuarded('crosscheck.exportReport', 'export the claims report', () => exportReport(
      async (format) => (await client()).sendRequest<string>(REPORT_REQUEST, { format }),
    ), log),
  );
}
