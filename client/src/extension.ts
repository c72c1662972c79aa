// The VS Code client: starts the language server and adds the commands. No analysis here.
// User-facing strings go through vscode.l10n (English in the code, Vietnamese in l10n/bundle.l10n.vi.json);
// the manifest's strings through package.nls.json / package.nls.vi.json.
import * as vscode from 'vscode';
import * as path from 'node:path';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './selector';
import { registerCommands, type ClientStatus } from './commands';
import { pushConfigFiles } from './config-files';
import { registerTasksView } from './tasks';
import { newDocumentWizard } from './wizard';
import { registerExportCommands } from './export';
import { registerWordCommands } from './word';

let client: LanguageClient | undefined;
const status: ClientStatus = {};

export async function activate(context: vscode.ExtensionContext) {
  // Commands first: they must exist (and explain) even if the language server cannot start.
  registerCommands(context, status);
  registerExportCommands(context);
  registerWordCommands(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('ketluan.newDocument', () => {
      if (client?.isRunning()) return newDocumentWizard(client);
      const why = status.startError ?? vscode.l10n.t('the checker is still starting');
      void vscode.window.showWarningMessage(vscode.l10n.t('The ketluan checker could not start: {0}', why));
    }),
  );

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server watches .ketluan.json and asks for settings itself (per folder); it only needs to know the
    // commands this client has.
    initializationOptions: { clientCommands: ['ketluan.showRuleDoc'] },
    outputChannelName: 'ketluan',
  };
  const name = vscode.l10n.t('Kết luận — Party document checker');
  client = new LanguageClient('ketluan', name, serverOptions, clientOptions);
  try {
    await client.start();
    // Virtual folders (vscode-vfs…): the server cannot read their .ketluan.json; send it.
    await pushConfigFiles(context, client, true);
    registerTasksView(context, client);
  } catch (e) {
    status.startError = e instanceof Error ? e.message : String(e);
    const show = vscode.l10n.t('Show output');
    const pick = await vscode.window.showErrorMessage(
      vscode.l10n.t('The ketluan checker could not start: {0}', status.startError),
      show,
    );
    if (pick === show) client.outputChannel.show();
  }
}

export async function deactivate() {
  if (client?.isRunning()) await client.stop();
}
