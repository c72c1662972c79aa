// The VS Code client: starts the language server and adds the commands. No analysis here.
import * as vscode from 'vscode';
import * as path from 'node:path';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerTasksView } from './tasks';
import { newDocumentWizard } from './wizard';
import { registerExportCommands } from './export';
import { registerWordCommands } from './word';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext) {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'ketluan' }],
    synchronize: { configurationSection: 'ketluan', fileEvents: vscode.workspace.createFileSystemWatcher('**/.ketluan.json') },
    outputChannelName: 'ketluan',
  };
  client = new LanguageClient('ketluan', 'Kết luận — kiểm tra văn bản Đảng', serverOptions, clientOptions);
  registerExportCommands(context);
  registerWordCommands(context);
  await client.start();
  const started = client;
  registerTasksView(context, started);
  context.subscriptions.push(vscode.commands.registerCommand('ketluan.newDocument', () => newDocumentWizard(started)));

  context.subscriptions.push(
    vscode.commands.registerCommand('ketluan.showRuleDoc', async (uri: string) => {
      const doc = vscode.Uri.parse(uri);
      await vscode.commands.executeCommand('markdown.showPreview', doc).then(undefined, () => vscode.window.showTextDocument(doc));
    }),
    vscode.commands.registerCommand('ketluan.newFromTemplate', async () => {
      const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'ketluan.code-snippets');
      const all = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(file)).toString('utf8')) as Record<string, { prefix: string[]; description: string; body: string[] }>;
      const docs = Object.entries(all).filter(([, s]) => s.body.some((l) => /ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u.test(l)));
      const pick = await vscode.window.showQuickPick(docs.map(([name, s]) => ({ label: name, detail: s.description, body: s.body })), { placeHolder: vscode.l10n.t('Chọn mẫu văn bản') });
      if (!pick) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'ketluan', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(pick.body.join('\n')));
    }),
    vscode.commands.registerCommand('ketluan.checkAsPartyDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) { void vscode.window.showInformationMessage(vscode.l10n.t('Hãy mở một văn bản trước.')); return; }
      if (editor.document.languageId !== 'ketluan') await vscode.languages.setTextDocumentLanguage(editor.document, 'ketluan');
    }),
  );
}

export async function deactivate() {
  if (client) await client.stop();
}
