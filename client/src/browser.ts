// The web entry (VS Code for the Web): the same commands, the language server in a web worker, and the
// .ketluan.json files read through the VS Code file-system API (so they work in virtual workspaces too).
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { DOCUMENT_SELECTOR } from './selector';
import { registerCommands, type ClientStatus } from './commands';
import { pushConfigFiles } from './config-files';

// The web extension host's Worker (the project compiles without the DOM typings).
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];

let client: LanguageClient | undefined;
const status: ClientStatus = {};

export async function activate(context: vscode.ExtensionContext) {
  registerCommands(context, status);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    initializationOptions: { clientCommands: ['ketluan.showRuleDoc'] },
    outputChannelName: 'ketluan',
  };
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  client = new LanguageClient('ketluan', vscode.l10n.t('Kết luận — Party document checker'), clientOptions, worker);
  try {
    await client.start();
  } catch (e) {
    status.startError = e instanceof Error ? e.message : String(e);
    void vscode.window.showErrorMessage(vscode.l10n.t('The ketluan checker could not start: {0}', status.startError));
    return;
  }
  await pushConfigFiles(context, client, false);
}

export async function deactivate() {
  if (client?.isRunning()) await client.stop();
}
