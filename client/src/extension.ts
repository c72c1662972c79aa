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
import { registerWordCommands, viewUri } from './word';

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
    // The register places a Word file's documents at its paragraphs: such places open the file's read-only text
    // view (paragraph n = line n), not the .docx itself, which VS Code can only show as binary.
    middleware: {
      provideDefinition: async (doc, pos, token, next) => toWordViews(await next(doc, pos, token)),
      provideReferences: async (doc, pos, ctx, token, next) => toWordViews(await next(doc, pos, ctx, token)),
      provideWorkspaceSymbols: async (query, token, next) => {
        const found = await next(query, token);
        for (const s of found ?? []) if ('range' in s.location) s.location.uri = wordView(s.location.uri);
        return found;
      },
    },
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

function wordView(uri: vscode.Uri): vscode.Uri {
  return uri.path.toLowerCase().endsWith('.docx') ? viewUri(uri) : uri;
}
/** Definition and reference results with the places in Word files moved to their views. */
function toWordViews<T extends vscode.Definition | vscode.LocationLink[] | vscode.Location[] | null | undefined>(
  r: T,
): T {
  if (!r) return r;
  for (const l of Array.isArray(r) ? r : [r]) {
    if (l instanceof vscode.Location) l.uri = wordView(l.uri);
    else if ('targetUri' in l) (l as { targetUri: vscode.Uri }).targetUri = wordView(l.targetUri);
  }
  return r;
}
