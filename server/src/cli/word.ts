// The CLI's handling of Word files (spec §8): check and inspect of .docx, with locations as paragraph numbers
// (¶n:column) and a context excerpt; files that are not readable .docx are told with what to do.
import { readFileSync } from 'node:fs';
import type { AnalyzeOptions, Finding } from '../core';
import { inspect } from '../core/inspect';
import { checkWord, type WordCheck } from '../docx/check';
import { locate } from '../docx';
import type { ReadFailure } from '../docx/model';

/** Extensions read as Word files (.doc is recognised to tell the user to re-save it). */
export const WORD_EXTENSIONS = ['.docx', '.docm', '.dotx', '.dotm', '.doc'];
/** Extensions a directory walk collects as Word files. */
export const WORD_WALK = ['.docx'];

export function isWordPath(p: string): boolean {
  const l = p.toLowerCase();
  return WORD_EXTENSIONS.some((x) => l.endsWith(x));
}

export interface WordDiag {
  rule: string;
  severity: Finding['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fixable: boolean;
  /** Up to 60 characters of the paragraph. */
  context: string;
}
export interface WordCheckedFile {
  path: string;
  profile: string;
  documentType: string | null;
  diagnostics: WordDiag[];
  word: true;
}

export function failureText(f: ReadFailure, lang: string | undefined): string {
  return lang === 'en' ? f.en : f.vi;
}

/** Reads and checks one Word file. Never throws. */
export function checkWordFile(
  path: string,
  shown: string,
  opts: AnalyzeOptions,
): { file: WordCheckedFile } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { error: `không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const r = checkWord(bytes, opts);
  if (!r.ok) return { error: failureText(r.failure, opts.language) };
  for (const f of r.failures) {
    process.stderr.write(`ketluan: ${shown}: quy tắc ${f.ruleId} gặp lỗi / rule failed: ${f.error}\n`);
  }
  const { profile, documentType } = r.model;
  return { file: { path: shown, profile, documentType, diagnostics: wordDiagnostics(r), word: true } };
}

/** Findings with paragraph-number locations, 1-based as the CLI prints them. */
export function wordDiagnostics(r: WordCheck & { ok: true }): WordDiag[] {
  return locate(r).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    line: f.para + 1,
    column: f.column + 1,
    endLine: f.endPara + 1,
    endColumn: f.endColumn + 1,
    fixable: f.fixable,
    context: f.context,
  }));
}

/** `inspect --format json` of a Word file: the model and each component found, with its confidence. */
export function inspectWord(path: string, opts: AnalyzeOptions): { json: object } | { error: string } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { error: `không đọc được / cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const r = checkWord(bytes, opts);
  if (!r.ok) return { error: failureText(r.failure, opts.language) };
  return {
    json: {
      ...inspect(r.model),
      paragraphs: r.doc.paragraphs.length,
      sections: r.facts.sections.map(({ start: _s, end: _e, ...rest }) => rest),
      pageNumber: { ...r.facts.pageNumber, start: undefined, end: undefined },
      components: r.detected.map((d) => ({
        component: d.id,
        paragraph: d.para + 1,
        confidence: d.confidence,
        score: d.score,
        signals: d.signals,
        text: r.doc.paragraphs[d.para]?.text.slice(d.start, d.end),
      })),
    },
  };
}
