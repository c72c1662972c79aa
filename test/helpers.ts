// Test helpers: read fixture drafts and their sidecar expectations.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, positionAt, type AnalyzeOptions } from '../server/src/core';

export const TODAY = { y: 2026, m: 11, d: 22 };
export const DRAFT = /\.(kl\.md|tb\.md|md|txt|ketluan)$/;

export interface Expectation { line: number; col: number | null; rule: string }
export interface Sidecar { expected: Expectation[]; options: AnalyzeOptions }

/**
 * Sidecar format (<case>.expect): one finding per line, "LINE[:COL] rule-id"; "none" for no finding;
 * "# …" comments; "@option value" lines (profile, referenceDate, language, toneMarkStyle).
 */
export function readSidecar(path: string): Sidecar {
  const expected: Expectation[] = [];
  const options: AnalyzeOptions = {};
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const l = raw.trim();
    if (!l || l.startsWith('#') || l === 'none') continue;
    const opt = /^@(\w+)\s+(.+)$/.exec(l);
    if (opt) { (options as Record<string, unknown>)[opt[1]] = opt[2]; continue; }
    const m = /^(\d+)(?::(\d+))?\s+([a-z0-9-]+)$/.exec(l);
    if (!m) throw new Error(`${path}: cannot read "${l}"`);
    expected.push({ line: +m[1], col: m[2] ? +m[2] : null, rule: m[3] });
  }
  return { expected, options };
}

/** Word fixtures (<case>.docx.json, run by test/docx-rules.test.ts) are listed only when `word` is set. */
export function fixtureCases(dir: string, opts: { word?: boolean } = {}): { name: string; draft: string; sidecar: string; fixed: string | null }[] {
  const files = readdirSync(dir);
  const kind = opts.word ? new RegExp(`${DRAFT.source}|\\.docx\\.json$`) : DRAFT;
  return files.filter((f) => kind.test(f) && !f.includes('.fixed.')).map((f) => {
    const stem = f.replace(kind, '');
    const ext = f.slice(stem.length);
    const fixed = join(dir, `${stem}.fixed${ext}`);
    return { name: f, draft: join(dir, f), sidecar: join(dir, `${stem}.expect`), fixed: existsSync(fixed) ? fixed : null };
  });
}

/** Findings of the given rules as "LINE rule" strings (1-based lines), sorted. */
export function findingsOf(text: string, rules: Set<string>, options: AnalyzeOptions = {}) {
  const r = analyze(text, { today: TODAY, ...options });
  return r.findings.filter((f) => rules.has(f.ruleId)).map((f) => {
    const p = positionAt(r.model.src, f.start);
    return { line: p.line + 1, col: p.character + 1, rule: f.ruleId, message: f.message };
  });
}
