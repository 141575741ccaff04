/** The VS Code extension: starts the Crosscheck language server and shows the workspace's state in the status bar. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

function conflictCount(): number {
  const claims = new Set<string>();
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const diagnostic of diagnostics) {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      if (diagnostic.source === 'crosscheck' && code === 'conflicting-figure') claims.add(diagnostic.message.split(':')[0] ?? '');
    }
  }
  return claims.size;
}

async function updateStatus(item: vscode.StatusBarItem): Promise<void> {
  const sources = await vscode.workspace.findFiles('**/*.{txt,md}', '**/node_modules/**');
  const conflicts = conflictCount();
  item.text = `Crosscheck: ${sources.length} source${sources.length === 1 ? '' : 's'} · ${conflicts} conflict${conflicts === 1 ? '' : 's'}`;
  item.tooltip = 'Open the Problems panel to see every cross-source conflict';
  item.show();
}

/** Starts the language server and the status bar item. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc },
  };
  const output = vscode.window.createOutputChannel('Crosscheck', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', pattern: '**/.crosscheck.json' },
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'crosscheck' },
  };
  client = new LanguageClient('crosscheck', 'Crosscheck', serverOptions, clientOptions);
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 10);
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(output, status, vscode.languages.onDidChangeDiagnostics(() => void updateStatus(status)));
  context.subscriptions.push(vscode.commands.registerCommand('crosscheck.restartServer', async () => {
    await client?.restart();
  }));
  await updateStatus(status);
  await client.start();
}

/** Stops the language server. */
export async function deactivate(): Promise<void> {
  await client?.stop();
}
