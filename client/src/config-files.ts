// Sends the text of each .ketluan.json to the language server, read through the VS Code file-system API:
// in a virtual workspace (vscode-vfs…) or VS Code for the Web the server cannot read files itself.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

/** `onlyVirtual`: the desktop server reads file: folders from disk; send only the other schemes' files. */
export async function pushConfigFiles(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  onlyVirtual: boolean,
) {
  const wanted = (uri: vscode.Uri) => !onlyVirtual || uri.scheme !== 'file';
  const send = async (uri: vscode.Uri, deleted = false) => {
    if (!wanted(uri)) return;
    let text: string | null = null;
    if (!deleted) {
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        text = null;
      }
    }
    await client.sendNotification('ketluan/configFile', { uri: uri.toString(), text });
  };
  if (onlyVirtual && !(vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme !== 'file')) return;
  for (const uri of await vscode.workspace.findFiles('**/.ketluan.json', '**/node_modules/**', 50)) await send(uri);
  const watcher = vscode.workspace.createFileSystemWatcher('**/.ketluan.json');
  context.subscriptions.push(
    watcher,
    watcher.onDidCreate((u) => send(u)),
    watcher.onDidChange((u) => send(u)),
    watcher.onDidDelete((u) => send(u, true)),
  );
}
