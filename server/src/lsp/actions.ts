// Code actions, following the kinds VS Code and vscode-markdownlint use: quick fixes (`quickfix`) for the
// diagnostics in the request, and one fix-all (`source.fixAll.ketluan`) for the whole document. A request
// filtered with `context.only` gets only the kinds it asked for ("source" → fix-all, no quick fixes).
// Edits name the document version they were computed for, when the client accepts versioned edits.
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { positionAt, compatibleFixEdits, type AnalyzeResult, type Finding } from '../core';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ketluan`;
export const CODE_ACTION_KINDS = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/** What the server puts in Diagnostic.data: enough to find the finding again in the same version. */
export interface DiagnosticData {
  ruleId: string;
  start: number;
  end: number;
  version: number;
}

export interface ActionContext {
  uri: string;
  version: number;
  result: AnalyzeResult;
  lang: 'vi' | 'en';
  /** The client applies `documentChanges` (versioned edits). */
  versionedEdits: boolean;
  /** The rule documentation action: a client command, or none. */
  docCommand: ((ruleId: string) => { title: string; command: string; arguments: unknown[] }) | null;
  /** More quick fixes for a finding (the Node server's "Thêm vào từ điển"). */
  extra?: (f: Finding, d: Diagnostic, text: string) => CodeAction[];
}

/** Does a requested kind filter (`context.only`) admit this kind? "source" admits "source.fixAll.ketluan". */
export function kindWanted(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The finding a diagnostic was made from: by its data when it belongs to this version, else by its place. */
export function findingOf(d: Diagnostic, c: ActionContext): Finding | undefined {
  const { findings, model } = c.result;
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (data && data.version === c.version && typeof data.start === 'number') {
    return findings.find((x) => x.ruleId === data.ruleId && x.start === data.start && x.end === data.end);
  }
  return findings.find((x) => {
    if (x.ruleId !== d.code) return false;
    const s = positionAt(model.src, x.start),
      e = positionAt(model.src, x.end);
    return (
      s.line === d.range.start.line &&
      s.character === d.range.start.character &&
      e.line === d.range.end.line &&
      e.character === d.range.end.character
    );
  });
}

export function codeActions(params: CodeActionParams, c: ActionContext): CodeAction[] {
  const { findings, model } = c.result;
  const only = params.context.only;
  const T = (vi: string, en: string) => (c.lang === 'vi' ? vi : en);
  const toEdits = (edits: { start: number; end: number; newText: string }[]): TextEdit[] =>
    edits.map((e) => ({
      range: { start: positionAt(model.src, e.start), end: positionAt(model.src, e.end) },
      newText: e.newText,
    }));
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    c.versionedEdits
      ? { documentChanges: [{ textDocument: { uri: c.uri, version: c.version }, edits }] }
      : { changes: { [c.uri]: edits } };
  const actions: CodeAction[] = [];

  if (kindWanted(only, CodeActionKind.QuickFix)) {
    const eol = model.src.eol;
    for (const d of params.context.diagnostics) {
      if (d.source !== 'ketluan') continue;
      const f = findingOf(d, c);
      if (!f) continue;
      const quick = (title: string, edits: TextEdit[], preferred = false): CodeAction => ({
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        ...(preferred ? { isPreferred: true } : {}),
        edit: edit(edits),
      });
      if (f.fix) actions.push(quick(f.fix.title, toEdits(f.fix.edits), true));
      for (const s of f.suggestions) actions.push(quick(s.title, toEdits(s.edits)));
      const same = findings.filter((x) => x.ruleId === f.ruleId && x.fix);
      if (f.fix && same.length > 1) {
        const { edits } = compatibleFixEdits(same);
        actions.push(
          quick(
            T(
              `Sửa tất cả lỗi loại này (${f.ruleId}, ${same.length} chỗ)`,
              `Fix all of this kind (${f.ruleId}, ${same.length})`,
            ),
            toEdits(edits),
          ),
        );
      }
      const line = positionAt(model.src, f.start).line;
      const lineText = model.src.lines[line]?.raw ?? '';
      const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
      const at = (l: number, ch: number) => ({ start: { line: l, character: ch }, end: { line: l, character: ch } });
      actions.push(
        quick(T(`Tắt quy tắc ${f.ruleId} cho dòng này`, `Disable ${f.ruleId} for this line`), [
          { range: at(line, 0), newText: `${indent}<!-- ketluan-disable-next-line ${f.ruleId} -->${eol}` },
        ]),
      );
      const top = model.src.hasBom ? 1 : 0;
      actions.push(
        quick(T(`Tắt quy tắc ${f.ruleId} cho cả tệp`, `Disable ${f.ruleId} for the whole file`), [
          { range: at(0, top), newText: `<!-- ketluan-disable-file ${f.ruleId} -->${eol}` },
        ]),
      );
      if (c.extra) actions.push(...c.extra(f, d, model.src.text));
      if (c.docCommand) {
        actions.push({
          title: T(`Xem hướng dẫn quy tắc ${f.ruleId}`, `Show documentation for ${f.ruleId}`),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: c.docCommand(f.ruleId),
        });
      }
    }
  }
  // Source actions are offered when asked for (Source Action… menu, editor.codeActionsOnSave), as in VS Code.
  if (only && kindWanted(only, FIX_ALL_KIND)) {
    const { edits } = compatibleFixEdits(findings);
    if (edits.length) {
      actions.push({
        title: T('Sửa tất cả lỗi ketluan có thể sửa tự động', 'Fix all auto-fixable ketluan findings'),
        kind: FIX_ALL_KIND,
        edit: edit(toEdits(edits)),
      });
    }
  }
  return actions;
}
