// The Word-file API for the editor and the CLI (bundled on its own as dist/word.js, loaded on first use).
// Pure: bytes in, results out; no file system, no editor. `config` re-exports the .ketluan.json reader for the
// editor's Word commands, so the client bundle does not carry the analysis core.
import { positionAt, type AnalyzeOptions, type Finding } from '../core';
import { checkWord, type WordCheck } from './check';
import { readDocx } from './reader';
import { toDraft } from './draft';
import type { ReadFailure } from './model';

export { checkWord, readDocx, toDraft };
export * as config from '../shared/config';
export type { WordCheck, ReadFailure };

/** A finding located by paragraph (0-based) and UTF-16 column inside it. */
export interface WordLocated {
  rule: string;
  severity: Finding['severity'];
  message: string;
  fixable: boolean;
  para: number;
  column: number;
  endPara: number;
  endColumn: number;
  /** Up to 60 characters of the paragraph. */
  context: string;
}

/** Findings with paragraph locations (a blank line the reader put between blocks counts as the next paragraph). */
export function locate(r: WordCheck & { ok: true }): WordLocated[] {
  const { model, map, doc } = r;
  const para = (line: number) => {
    for (let l = line; l < map.paraOfLine.length; l++) if (map.paraOfLine[l] >= 0) return map.paraOfLine[l];
    return Math.max(0, doc.paragraphs.length - 1);
  };
  return r.findings.map((d) => {
    const s = positionAt(model.src, d.start),
      e = positionAt(model.src, d.end);
    const ps = para(s.line),
      pe = para(e.line);
    const context = (doc.paragraphs[ps]?.text ?? '').replace(/\s+/g, ' ').trim();
    return {
      rule: d.ruleId,
      severity: d.severity,
      message: d.message,
      fixable: !!d.fix,
      para: ps,
      column: s.character,
      endPara: pe,
      endColumn: e.character,
      context: context.length > 60 ? context.slice(0, 59) + '…' : context,
    };
  });
}

/** What the editor shows for a .docx: the read-only text (line n = paragraph n) and the findings on it. */
export function checkForEditor(
  bytes: Uint8Array,
  options: AnalyzeOptions,
): { ok: true; view: string; findings: WordLocated[]; profile: string } | { ok: false; failure: ReadFailure } {
  const r = checkWord(bytes, options);
  if (!r.ok) return r;
  const view = r.doc.paragraphs.map((p) => p.text.replace(/\t/g, '    ')).join('\n');
  // Tabs are shown as four spaces: columns after a tab move by three.
  const shift = (para: number, col: number) => {
    const t = r.doc.paragraphs[para]?.text ?? '';
    let extra = 0;
    for (let i = 0; i < col && i < t.length; i++) if (t[i] === '\t') extra += 3;
    return col + extra;
  };
  const findings = locate(r).map((f) => ({
    ...f,
    column: shift(f.para, f.column),
    endColumn: shift(f.endPara, f.endColumn),
  }));
  return { ok: true, view, findings, profile: r.model.profile };
}

/** The text draft of a .docx (spec §9), and the type code that names its extension (.tb.md for TB). */
export function importForEditor(bytes: Uint8Array): { ok: true; draft: string } | { ok: false; failure: ReadFailure } {
  const r = readDocx(bytes);
  if (!r.ok) return r;
  return { ok: true, draft: toDraft(r.doc) };
}
