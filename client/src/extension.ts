// The VS Code client: starts the language server and adds the commands. No analysis here.
// User-facing strings go through vscode.l10n (English in the code, Vietnamese in l10n/bundle.l10n.vi.json);
// the manifest's strings through package.nls.json / package.nls.vi.json.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DOCUMENT_SELECTOR } from './selector';

let client: LanguageClient | undefined;
let startError: string | undefined;

export async function activate(context: vscode.ExtensionContext) {
  // Commands first: they must exist (and explain) even if the language server cannot start.
  registerCommands(context);

  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server watches .ketluan.json and asks for settings itself (per folder); it only needs to know the
    // commands this client has.
    initializationOptions: { clientCommands: ['ketluan.showRuleDoc'] },
    outputChannelName: 'ketluan',
  };
  client = new LanguageClient('ketluan', vscode.l10n.t('Kết luận — Party document checker'), serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    startError = e instanceof Error ? e.message : String(e);
    const show = vscode.l10n.t('Show output');
    const pick = await vscode.window.showErrorMessage(
      vscode.l10n.t('The ketluan checker could not start: {0}', startError), show);
    if (pick === show) client.outputChannel.show();
  }
}

function registerCommands(context: vscode.ExtensionContext) {
  context.subscriptions.push(
    vscode.commands.registerCommand('ketluan.showRuleDoc', async (uri: string) => {
      const doc = vscode.Uri.parse(uri);
      await vscode.commands.executeCommand('markdown.showPreview', doc).then(undefined, () => vscode.window.showTextDocument(doc));
    }),
    vscode.commands.registerCommand('ketluan.newFromTemplate', async () => {
      const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'ketluan.code-snippets');
      type Snippet = { prefix: string[]; description: string; body: string[] };
      const all = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, Snippet>;
      const docs = Object.entries(all).filter(([, s]) => s.body.some((l) => l.includes('ĐẢNG CỘNG SẢN VIỆT NAM')));
      const pick = await vscode.window.showQuickPick(docs.map(([name, s]) => ({ label: name, detail: s.description, body: s.body })),
        { placeHolder: vscode.l10n.t('Choose a template') });
      if (!pick) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'ketluan', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(pick.body.join('\n')));
    }),
    vscode.commands.registerCommand('ketluan.checkAsPartyDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) { void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first.')); return; }
      if (editor.document.languageId !== 'ketluan') await vscode.languages.setTextDocumentLanguage(editor.document, 'ketluan');
      if (startError) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The ketluan checker could not start: {0}', startError));
      } else if (!DOCUMENT_SELECTOR.some((s) => s.scheme === editor.document.uri.scheme)) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('This copy ({0}) is not checked; open the file itself.', editor.document.uri.scheme));
      }
    }),
  );
}

export async function deactivate() {
  if (client?.isRunning()) await client.stop();
}
