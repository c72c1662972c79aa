// The extension's commands, shared by the desktop (Node) and the web (browser) entries. Registered before the
// language server starts, so they exist, and explain, even when it cannot start.
import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR } from './selector';

export interface ClientStatus {
  startError?: string;
}

export function registerCommands(context: vscode.ExtensionContext, status: ClientStatus) {
  context.subscriptions.push(
    vscode.commands.registerCommand('ketluan.showRuleDoc', async (uri: string) => {
      const doc = vscode.Uri.parse(uri);
      await vscode.commands
        .executeCommand('markdown.showPreview', doc)
        .then(undefined, () => vscode.window.showTextDocument(doc));
    }),
    vscode.commands.registerCommand('ketluan.newFromTemplate', async () => {
      const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'ketluan.code-snippets');
      type Snippet = { prefix: string[]; description: string; body: string[] };
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
      const all = JSON.parse(text) as Record<string, Snippet>;
      // Whole documents: Party templates (with their title) and state ones (with the Quốc hiệu).
      const whole = (l: string) =>
        l.includes('ĐẢNG CỘNG SẢN VIỆT NAM') || l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      const docs = Object.entries(all).filter(([, s]) => s.body.some(whole));
      const items = docs.map(([name, s]) => ({ label: name, detail: s.description, body: s.body }));
      const pick = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Choose a template') });
      if (!pick) return;
      const doc = await vscode.workspace.openTextDocument({ language: 'ketluan', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      await editor.insertSnippet(new vscode.SnippetString(pick.body.join('\n')));
    }),
    vscode.commands.registerCommand('ketluan.checkAsPartyDocument', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first.'));
        return;
      }
      if (editor.document.languageId !== 'ketluan') {
        await vscode.languages.setTextDocumentLanguage(editor.document, 'ketluan');
      }
      if (status.startError) {
        const msg = vscode.l10n.t('The ketluan checker could not start: {0}', status.startError);
        void vscode.window.showWarningMessage(msg);
      } else if (!DOCUMENT_SELECTOR.some((s) => s.scheme === editor.document.uri.scheme)) {
        void vscode.window.showInformationMessage(
          vscode.l10n.t('This copy ({0}) is not checked; open the file itself.', editor.document.uri.scheme),
        );
      }
    }),
  );
}
