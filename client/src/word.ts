// Word files in VS Code. Right-click a .docx in the Explorer:
//  - "Kiểm tra thể thức (Word)": a read-only text view of the document (line n = paragraph n) opens with the
//    findings in the Problems panel; a click on a finding goes to its paragraph. The view and the findings
//    follow the file when it is saved again in Word.
//  - "Nhập thành bản nháp": the document as a text draft in the templates' layout, in a new editor.
// The reader and checker (dist/word.js) are loaded on first use.
import * as vscode from 'vscode';
import * as path from 'node:path';
import type * as WordBundle from '../../server/src/docx';
import type { AnalyzeOptions } from '../../server/src/core';
export const WORD_SCHEME = 'ketluan-word';

let bundle: typeof WordBundle | undefined;
function word(context: vscode.ExtensionContext): typeof WordBundle {
  // A runtime require of the separate bundle: the path is not a literal, so esbuild leaves it alone.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, so it cannot be an import
  bundle ??= require(context.asAbsolutePath(path.join('dist', 'word.js'))) as typeof WordBundle;
  return bundle;
}

/** Settings, then the nearest .ketluan.json where it says something (as for drafts). */
function optionsFor(context: vscode.ExtensionContext, file: vscode.Uri): AnalyzeOptions {
  const { findConfig, loadConfig, toAnalyzeOptions } = word(context).config;
  const cfg = vscode.workspace.getConfiguration('ketluan', file);
  const ref = cfg.get<string | null>('referenceDate', null);
  const base: AnalyzeOptions = {
    profile: cfg.get<AnalyzeOptions['profile']>('profile', 'auto'),
    referenceDate: ref || null,
    language: cfg.get<'vi' | 'en'>('messageLanguage', 'vi'),
    toneMarkStyle: cfg.get<AnalyzeOptions['toneMarkStyle']>('toneMarkStyle', 'consistent'),
    rules: cfg.get<AnalyzeOptions['rules']>('rules', {}),
  };
  const found = file.scheme === 'file' ? findConfig(file.fsPath) : null;
  if (!found) return base;
  const { config } = loadConfig(found);
  const fromFile = toAnalyzeOptions(config);
  return {
    ...base,
    ...(config.profile ? { profile: fromFile.profile } : {}),
    ...(config.referenceDate !== undefined ? { referenceDate: fromFile.referenceDate } : {}),
    ...(config.messageLanguage ? { language: fromFile.language } : {}),
    ...(config.toneMarkStyle ? { toneMarkStyle: fromFile.toneMarkStyle } : {}),
    rules: { ...base.rules, ...fromFile.rules },
  };
}

/** ketluan-word:/path/to/file.docx — the read-only view of a Word file (line n = paragraph n). */
export function viewUri(file: vscode.Uri): vscode.Uri {
  const query = file.scheme === 'file' ? '' : file.toString();
  return vscode.Uri.from({ scheme: WORD_SCHEME, path: file.path, query });
}
function fileOf(view: vscode.Uri): vscode.Uri {
  return view.query ? vscode.Uri.parse(view.query) : vscode.Uri.file(view.path);
}

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function registerWordCommands(context: vscode.ExtensionContext): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('ketluan-word');
  const views = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const watchers = new Map<string, vscode.Disposable>();

  const provider: vscode.TextDocumentContentProvider = {
    onDidChange: changed.event,
    // A view opened from elsewhere (go to definition into a Word file of the register) is read and checked here.
    provideTextDocumentContent: async (uri) => {
      const key = uri.toString();
      if (!views.has(key)) await check(fileOf(uri));
      return views.get(key) ?? '';
    },
  };

  /** Reads and checks the file; fills the view and the Problems panel. False when the file is unreadable. */
  async function check(file: vscode.Uri): Promise<boolean> {
    const view = viewUri(file);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', path.basename(file.path), String(e)));
      return false;
    }
    const opts = optionsFor(context, file);
    const r = word(context).checkForEditor(bytes, opts);
    if (!r.ok) {
      diagnostics.delete(view);
      const why = opts.language === 'en' ? r.failure.en : r.failure.vi;
      void vscode.window.showErrorMessage(`${path.basename(file.path)}: ${why}`);
      return false;
    }
    views.set(view.toString(), r.view);
    changed.fire(view);
    const docs = context.extensionUri;
    diagnostics.set(
      view,
      r.findings.map((f) => {
        const range = new vscode.Range(f.para, f.column, f.endPara, f.endColumn);
        const d = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
        d.source = 'ketluan';
        d.code = { value: f.rule, target: vscode.Uri.joinPath(docs, 'docs', 'rules', `${f.rule}.md`) };
        return d;
      }),
    );
    if (!watchers.has(file.toString()) && file.scheme === 'file') {
      const folder = vscode.Uri.file(path.dirname(file.fsPath));
      const pattern = new vscode.RelativePattern(folder, path.basename(file.fsPath));
      const w = vscode.workspace.createFileSystemWatcher(pattern);
      w.onDidChange(() => {
        void check(file);
      });
      w.onDidDelete(() => {
        diagnostics.delete(view);
      });
      watchers.set(file.toString(), w);
    }
    return true;
  }

  const pick = async (uri?: vscode.Uri): Promise<vscode.Uri | undefined> => {
    if (uri instanceof vscode.Uri) return uri.scheme === WORD_SCHEME ? fileOf(uri) : uri;
    const chosen = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { 'Word (.docx)': ['docx'] },
      openLabel: vscode.l10n.t('Choose'),
    });
    return chosen?.[0];
  };

  context.subscriptions.push(
    diagnostics,
    changed,
    {
      dispose: () => {
        for (const w of watchers.values()) w.dispose();
      },
    },
    vscode.workspace.registerTextDocumentContentProvider(WORD_SCHEME, provider),
    vscode.commands.registerCommand('ketluan.checkWord', async (uri?: vscode.Uri) => {
      const file = await pick(uri);
      if (!file || !(await check(file))) return;
      const doc = await vscode.workspace.openTextDocument(viewUri(file));
      await vscode.window.showTextDocument(doc, { preview: false });
      const n = diagnostics.get(viewUri(file))?.length ?? 0;
      const name = path.basename(file.path);
      const said = n
        ? vscode.l10n.t('{0}: {1} findings in the Problems panel', name, n)
        : vscode.l10n.t('{0}: no layout problems found', name);
      void vscode.window.setStatusBarMessage(said, 8000);
      if (n) await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
    vscode.commands.registerCommand('ketluan.importWord', async (uri?: vscode.Uri) => {
      const file = await pick(uri);
      if (!file) return;
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(file);
      } catch (e) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', path.basename(file.path), String(e)));
        return;
      }
      const r = word(context).importForEditor(bytes);
      if (!r.ok) {
        const why = optionsFor(context, file).language === 'en' ? r.failure.en : r.failure.vi;
        void vscode.window.showErrorMessage(`${path.basename(file.path)}: ${why}`);
        return;
      }
      const doc = await vscode.workspace.openTextDocument({ language: 'ketluan', content: r.draft });
      await vscode.window.showTextDocument(doc);
    }),
  );
}
