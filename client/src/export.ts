// Export commands of the VS Code client: Word (.docx), the A4 preview beside the editor, the printable page in
// the browser, and PDF through LibreOffice. The exporter (dist/export.js, with the docx library) is loaded on the
// first use, so neither the extension's start-up nor the language server grows.
import * as vscode from 'vscode';
import * as path from 'node:path';
import * as os from 'node:os';
import * as fs from 'node:fs';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type * as ExportBundle from '../../server/src/export';
import { findSoffice } from './export-soffice';
const DRAFT_EXT = /(?:\.kl\.md|\.tb\.md|\.ketluan|\.md|\.txt)$/iu;
const PREVIEW_DEBOUNCE_MS = 250;

let bundle: typeof ExportBundle | undefined;
function exporter(context: vscode.ExtensionContext): typeof ExportBundle {
  if (!bundle) {
    const file = context.asAbsolutePath(path.join('dist', 'export.js'));
    // A runtime require of the separate bundle: the path is not a literal, so esbuild leaves it alone.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime path, so it cannot be an import
    bundle = require(file) as typeof ExportBundle;
  }
  return bundle;
}

function optionsFor(doc: vscode.TextDocument): ExportBundle.ExportOptions {
  const cfg = vscode.workspace.getConfiguration('ketluan', doc.uri);
  const profile = cfg.get<string>('profile', 'auto');
  const ref = cfg.get<string | null>('referenceDate', null);
  const m = ref ? /^(\d{4})-(\d{2})-(\d{2})$/u.exec(ref) : null;
  return {
    profile: (['hd36', 'hd05', 'nd30'].includes(profile) ? profile : 'auto') as ExportBundle.ExportOptions['profile'],
    referenceDate: m ? { y: +m[1], m: +m[2], d: +m[3] } : null,
  };
}

function activeDraft(): vscode.TextDocument | undefined {
  const ed = vscode.window.activeTextEditor;
  if (ed) return ed.document;
  void vscode.window.showInformationMessage(vscode.l10n.t('Open a document first.'));
  return undefined;
}

/** The file beside the draft with another extension (untitled drafts: the home folder). */
function besideDraft(doc: vscode.TextDocument, ext: string): vscode.Uri {
  if (doc.uri.scheme === 'file') {
    return vscode.Uri.file(doc.uri.fsPath.replace(DRAFT_EXT, '') + ext);
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? vscode.Uri.file(os.homedir());
  return vscode.Uri.joinPath(folder, 'van-ban' + ext);
}

/** Findings of the draft (from the language server's diagnostics) as original offsets. */
function marksOf(doc: vscode.TextDocument): ExportBundle.Mark[] {
  const sev = ['error', 'warning', 'information', 'hint'];
  return vscode.languages.getDiagnostics(doc.uri).map((d) => ({
    start: doc.offsetAt(d.range.start),
    end: doc.offsetAt(d.range.end),
    severity: sev[d.severity] ?? 'information',
    message: d.message,
  }));
}

async function exportDocx(context: vscode.ExtensionContext): Promise<vscode.Uri | undefined> {
  const doc = activeDraft();
  if (!doc) return undefined;
  const target = await vscode.window.showSaveDialog({
    defaultUri: besideDraft(doc, '.docx'),
    filters: { 'Word (.docx)': ['docx'] },
    title: vscode.l10n.t('Export to Word (.docx)'),
  });
  if (!target) return undefined;
  const bytes = await exporter(context).exportDocx(doc.getText(), optionsFor(doc));
  await vscode.workspace.fs.writeFile(target, bytes);
  const open = vscode.l10n.t('Open file');
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Exported {0}', path.basename(target.fsPath)), open)
    .then((a) => {
      if (a === open) void vscode.env.openExternal(target);
    });
  return target;
}

async function openInBrowser(context: vscode.ExtensionContext) {
  const doc = activeDraft();
  if (!doc) return;
  const html = exporter(context).exportHtml(doc.getText(), optionsFor(doc));
  const name = path.basename(doc.uri.path).replace(DRAFT_EXT, '') || 'van-ban';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketluan-'));
  const file = path.join(dir, `${name}.html`);
  fs.writeFileSync(file, html);
  await vscode.env.openExternal(vscode.Uri.file(file));
}

async function exportPdf(context: vscode.ExtensionContext) {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'PDF export runs LibreOffice, so it is disabled in an untrusted folder. Trust the folder (Manage Workspace '
          + 'Trust), or Export to Word (.docx) and in Word choose Save As → PDF.',
      ),
    );
    return;
  }
  const doc = activeDraft();
  if (!doc) return;
  const soffice = findSoffice();
  if (!soffice) {
    const toWord = vscode.l10n.t('Export to Word (.docx)');
    const a = await vscode.window.showWarningMessage(
      vscode.l10n.t(
        'LibreOffice was not found. Export to Word (.docx), open the file in Word and choose File → Save As → PDF; or '
          + 'install LibreOffice and try again.',
      ),
      toWord,
    );
    if (a === toWord) await exportDocx(context);
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: besideDraft(doc, '.pdf'),
    filters: { PDF: ['pdf'] },
    title: vscode.l10n.t('Export PDF'),
  });
  if (!target) return;
  await vscode.window
    .withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Converting to PDF with LibreOffice…') },
      async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ketluan-pdf-'));
        const docx = path.join(dir, 'van-ban.docx');
        fs.writeFileSync(docx, await exporter(context).exportDocx(doc.getText(), optionsFor(doc)));
        const profileDir = vscode.Uri.file(path.join(dir, 'lo-profile')).toString();
        await new Promise<void>((resolve, reject) =>
          execFile(
            soffice,
            [`-env:UserInstallation=${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
            { timeout: 120_000 },
            (err) => (err ? reject(err) : resolve()),
          ),
        );
        await vscode.workspace.fs.writeFile(target, fs.readFileSync(path.join(dir, 'van-ban.pdf')));
        fs.rmSync(dir, { recursive: true, force: true });
      },
    )
    .then(
      () => {
        const open = vscode.l10n.t('Open file');
        void vscode.window
          .showInformationMessage(vscode.l10n.t('Exported {0}', path.basename(target.fsPath)), open)
          .then((a) => {
            if (a === open) void vscode.env.openExternal(target);
          });
      },
      (e: unknown) => {
        void vscode.window.showErrorMessage(vscode.l10n.t('LibreOffice could not convert to PDF: {0}', String(e)));
      },
    );
}

/** The A4 preview: one panel, following the draft it was opened for (and the next draft made active). */
class Preview {
  private panel: vscode.WebviewPanel;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private subs: vscode.Disposable[] = [];
  constructor(
    private context: vscode.ExtensionContext,
    private doc: vscode.TextDocument,
    onClose: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel(
      'ketluan.previewA4',
      this.title(),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false },
    );
    this.panel.webview.html = this.page();
    this.subs.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onClose();
      }),
      this.panel.webview.onDidReceiveMessage((m: { type?: string; line?: number }) => this.reveal(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.doc) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === this.doc.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (ed && ed.document !== this.doc && ed.document.languageId === 'ketluan') this.show(ed.document);
      }),
    );
  }
  show(doc: vscode.TextDocument) {
    if (doc !== this.doc) {
      this.doc = doc;
      this.panel.title = this.title();
      this.panel.webview.html = this.page();
    }
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }
  private title() {
    return vscode.l10n.t('A4 preview: {0}', path.basename(this.doc.uri.path));
  }
  private page(): string {
    const nonce = randomBytes(16).toString('base64');
    const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:;`;
    return exporter(this.context).exportHtml(
      this.doc.getText(),
      { ...optionsFor(this.doc), nonce, csp },
      marksOf(this.doc),
    );
  }
  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const ex = exporter(this.context);
      const blocks = ex.blocksOf(this.doc.getText(), optionsFor(this.doc));
      void this.panel.webview.postMessage({
        type: 'update',
        html: ex.renderFragment(blocks, marksOf(this.doc)),
        css: ex.stylesheet(blocks.layout),
      });
    }, PREVIEW_DEBOUNCE_MS);
  }
  private async reveal(m: { type?: string; line?: number }) {
    if (m.type !== 'reveal' || typeof m.line !== 'number') return;
    const pos = new vscode.Position(Math.max(0, Math.min(m.line, this.doc.lineCount - 1)), 0);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.doc);
    const ed = await vscode.window.showTextDocument(this.doc, {
      viewColumn: visible?.viewColumn,
      preserveFocus: false,
    });
    ed.selection = new vscode.Selection(pos, pos);
    ed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  dispose() {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subs) s.dispose();
    this.subs = [];
  }
}

export function registerExportCommands(context: vscode.ExtensionContext) {
  let preview: Preview | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand('ketluan.exportDocx', () => exportDocx(context)),
    vscode.commands.registerCommand('ketluan.previewA4', () => {
      const doc = activeDraft();
      if (!doc) return;
      if (preview) preview.show(doc);
      else
        preview = new Preview(context, doc, () => {
          preview = undefined;
        });
    }),
    vscode.commands.registerCommand('ketluan.openInBrowser', () => openInBrowser(context)),
    vscode.commands.registerCommand('ketluan.exportPdf', () => exportPdf(context)),
    { dispose: () => preview?.dispose() },
  );
}
