// Test helpers: read fixture drafts and their sidecar expectations, render what a user would see.
//
// SIDECAR FORMAT (test/rules/<rule>/<case>.expect) — a document a reviewer reads beside the draft.
//
//   # Why this case exists (comments start with "#", anywhere; a comment just above a finding stays with it).
//   @profile hd36                       options passed to analyze: profile, referenceDate, language, toneMarkStyle,
//                                       words (the user dictionary, comma-separated)
//   12:1-12:30 error recipients-missing
//     Văn bản thiếu phần "Nơi nhận" …          the message exactly as the user sees it (Vietnamese)
//     en: The document has no "Nơi nhận" …     the English message (optional per finding; every rule needs one)
//     fix "Thêm dấu *":                         the safe fix of this finding, as a mini-diff of the lines it touches
//       @ line 3                                (line numbers of the draft before the edit)
//       - Nơi nhận
//       + Nơi nhận:
//     suggest "Chèn mẫu Nơi nhận":             every suggestion, each with its title and its mini-diff
//       @ line 33
//       + **Nơi nhận:**
//   none                                 (instead of findings) the case must produce no finding
//
// A finding line is "START-END SEVERITY RULE": START and END are LINE:COLUMN, 1-based, columns counted in
// UTF-16 code units (as VS Code counts them); END is the position just after the last character (an empty
// range has START = END). Findings are listed in the order the engine reports them (by position).
// Characters a reader could not see or tell apart are written as \u{…}: combining marks, Cyrillic and Greek
// letters, zero-width and no-break spaces, control characters, tabs, and spaces at the end of a line.
// The test asserts the findings of the folder's rule and of every rule named in the sidecar; others are ignored.
// The fixed text of the whole case (all safe fixes of the folder's rule) is <case>.fixed.<ext>.
//
// SHORT FORMAT (input only): "LINE[:COL] rule-id" per finding, or "none". A short sidecar fails the test until
// it is converted: UPDATE_FIXTURES=1 npx vitest run test/rules.test.ts rewrites every sidecar in the full format
// from the current results (and writes or refreshes <case>.fixed.<ext>), but refuses — the test fails and nothing
// is written — when the current findings' lines and rules differ from what the sidecar said (and, for
// "LINE:COL", the column). Review the rewritten files in the diff before committing: they are the contract.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { buildRegisterSync } from '../server/src/shared/register-files';
import { analyze, positionAt, applyEdits, type AnalyzeOptions, type Finding } from '../server/src/core';

export const TODAY = { y: 2026, m: 11, d: 22 };
export const DRAFT = /\.(kl\.md|tb\.md|md|txt|ketluan)$/;

export interface Expectation {
  line: number;
  col: number | null;
  rule: string;
}
/** One finding of a full-format sidecar: its lines as written (first the "START-END SEVERITY RULE" line). */
export interface SidecarBlock {
  line: number;
  col: number;
  rule: string;
  lines: string[];
  lead: string[];
}
export interface Sidecar {
  format: 'short' | 'full';
  expected: Expectation[];
  options: AnalyzeOptions;
  /** Full format: the findings with their text. Short format: empty. */
  blocks: SidecarBlock[];
  /** Comments, options and "none" before the first finding; comments after the last one. */
  head: string[];
  tail: string[];
  /** The sidecar says "none". */
  none: boolean;
}

const SHORT = /^(\d+)(?::(\d+))?\s+([a-z0-9-]+)$/;
const FULL = /^(\d+):(\d+)-(\d+):(\d+) (error|warning|information|hint) ([a-z0-9-]+)$/;

export function readSidecar(path: string): Sidecar {
  const side: Sidecar = { format: 'full', expected: [], options: {}, blocks: [], head: [], tail: [], none: false };
  let pending: string[] = [];
  let short = 0;
  let block: SidecarBlock | null = null;
  for (const raw of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (block && line.startsWith('  ')) {
      block.lines.push(line);
      continue;
    }
    block = null;
    const l = line.trim();
    if (!l) continue;
    const opt = /^@(\w+)\s+(.+)$/.exec(l);
    // "@register <folder>": the drafts of that folder (relative to the sidecar) form the workspace register.
    if (opt?.[1] === 'register') {
      const dir = resolve(dirname(path), opt[2]);
      side.options.register = buildRegisterSync([dir], dir).view(null);
      pending.push(l);
      continue;
    }
    // "@words a, b": the user dictionary (the `words` setting), comma-separated.
    if (opt?.[1] === 'words') {
      side.options.words = opt[2].split(',').map((w) => w.trim());
      pending.push(l);
      continue;
    }
    if (opt) {
      (side.options as Record<string, unknown>)[opt[1]] = opt[2];
      pending.push(l);
      continue;
    }
    if (l.startsWith('#') || l === 'none') {
      if (l === 'none') side.none = true;
      pending.push(l);
      continue;
    }
    const f = FULL.exec(l);
    if (f) {
      block = { line: +f[1], col: +f[2], rule: f[6], lines: [l], lead: side.blocks.length || short ? pending : [] };
      if (!side.blocks.length && !short) side.head = pending;
      pending = [];
      side.blocks.push(block);
      side.expected.push({ line: +f[1], col: +f[2], rule: f[6] });
      continue;
    }
    const m = SHORT.exec(l);
    if (!m) throw new Error(`${path}: cannot read "${l}"`);
    if (!side.blocks.length && !short) {
      side.head = pending;
      pending = [];
    }
    short++;
    side.expected.push({ line: +m[1], col: m[2] ? +m[2] : null, rule: m[3] });
  }
  if (!side.blocks.length && !short) side.head = pending;
  else side.tail = pending;
  if (short) side.format = 'short';
  return side;
}

export interface FixtureCase {
  name: string;
  draft: string;
  sidecar: string;
  fixed: string | null;
  fixedPath: string;
}
/** Word fixtures (<case>.docx.json, run by test/docx-rules.test.ts) are listed only when `word` is set. */
export function fixtureCases(dir: string, opts: { word?: boolean } = {}): FixtureCase[] {
  if (!statSync(dir).isDirectory()) return []; // test/rules/README.md
  const files = readdirSync(dir).sort();
  const kind = opts.word ? new RegExp(`${DRAFT.source}|\\.docx\\.json$`) : DRAFT;
  return files
    .filter((f) => kind.test(f) && !f.includes('.fixed.'))
    .map((f) => {
      const stem = f.replace(kind, '');
      const ext = f.slice(stem.length);
      const fixedPath = join(dir, `${stem}.fixed${ext}`);
      const fixed = existsSync(fixedPath) ? fixedPath : null;
      return { name: f, draft: join(dir, f), sidecar: join(dir, `${stem}.expect`), fixed, fixedPath };
    });
}

/** Findings of the given rules as "LINE rule" strings (1-based lines), sorted. */
export function findingsOf(text: string, rules: Set<string>, options: AnalyzeOptions = {}) {
  const r = analyze(text, { today: TODAY, ...options });
  return r.findings
    .filter((f) => rules.has(f.ruleId))
    .map((f) => {
      const p = positionAt(r.model.src, f.start);
      return { line: p.line + 1, col: p.character + 1, rule: f.ruleId, message: f.message };
    });
}

// ---- Rendering what the user sees -------------------------------------------------------------------------

// Characters shown as \u{…}: controls and tab, no-break and zero-width spaces, soft hyphen, combining marks,
// Greek and Cyrillic letters, line/paragraph separators, BOM, replacement character, lone surrogates.
const HIDDEN_PARTS = [
  '[\\u0000-\\u001F\\u007F-\\u009F\\u00A0\\u00AD]',
  '[\\u0300-\\u036F]',
  '[\\u0370-\\u03FF\\u0400-\\u04FF]',
  '[\\u2000-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\uFEFF\\uFFFD]',
  '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
  '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
];
const HIDDEN = new RegExp(HIDDEN_PARTS.join('|'), 'g');
const code = (c: string) => `\\u{${c.charCodeAt(0).toString(16)}}`;

/** Text as written in a sidecar: hidden characters and trailing spaces made visible. */
export function show(s: string): string {
  const out = s.replace(HIDDEN, code);
  const m = /[ ]+$/.exec(out);
  return m ? out.slice(0, m.index) + m[0].replace(/ /g, code) : out;
}

const EOL = /\r\n?|\n/g;
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(EOL)) starts.push(m.index! + m[0].length);
  return starts;
}
function lineOf(starts: number[], off: number): number {
  let lo = 0,
    hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= off) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The lines an edit set touches, before and after, as "@ line N" / "- old" / "+ new" lines. */
export function miniDiff(text: string, edits: { start: number; end: number; newText: string }[]): string[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const starts = lineStarts(text);
  const lineEnd = (i: number) => {
    if (i + 1 >= starts.length) return text.length;
    const next = starts[i + 1];
    return text[next - 2] === '\r' && text[next - 1] === '\n' ? next - 2 : next - 1;
  };
  const groups: { from: number; to: number; edits: typeof sorted }[] = [];
  for (const e of sorted) {
    const from = lineOf(starts, e.start),
      to = lineOf(starts, e.end);
    const g = groups[groups.length - 1];
    if (g && from <= g.to) {
      g.to = Math.max(g.to, to);
      g.edits.push(e);
    } else groups.push({ from, to, edits: [e] });
  }
  const out: string[] = [];
  for (const g of groups) {
    const a = starts[g.from],
      b = Math.max(lineEnd(g.to), ...g.edits.map((e) => e.end));
    const before = text.slice(a, b);
    const after = applyEdits(
      before,
      g.edits.map((e) => ({ start: e.start - a, end: e.end - a, newText: e.newText })),
    );
    out.push(`@ line ${g.from + 1}`);
    if (before === after) {
      out.push('(no change)');
      continue;
    }
    const split = (s: string) => s.split(/\r\n?|\n/);
    const [ob, ab] = [split(before), split(after)];
    if (ob.join('\n') === ab.join('\n')) {
      out.push('(line endings only)');
      continue;
    }
    for (const l of ob) out.push(l ? `- ${show(l)}` : '-');
    for (const l of ab) out.push(l ? `+ ${show(l)}` : '+');
  }
  return out;
}

export interface Rendered {
  line: number;
  col: number;
  rule: string;
  lines: string[];
}

/**
 * The findings of the given rules as sidecar blocks: position, severity, rule, message in the requested
 * language (Vietnamese by default) with the English one as "en:", the fix and every suggestion as mini-diffs.
 */
export function renderFindings(text: string, rules: Set<string>, options: AnalyzeOptions = {}): Rendered[] {
  const opts = { today: TODAY, ...options };
  const main = analyze(text, opts);
  const en = opts.language === 'en' ? null : analyze(text, { ...opts, language: 'en' }).findings;
  const src = main.model.src;
  const pos = (o: number) => {
    const p = positionAt(src, o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const out: Rendered[] = [];
  main.findings.forEach((f: Finding, i) => {
    if (!rules.has(f.ruleId)) return;
    const s = positionAt(src, f.start);
    const lines = findingLines(`${pos(f.start)}-${pos(f.end)}`, f, en ? en[i].message : null, text);
    out.push({ line: s.line + 1, col: s.character + 1, rule: f.ruleId, lines });
  });
  return out;
}

/**
 * One finding's sidecar lines: "RANGE SEVERITY RULE", the message, "en:" when `en` is given, the fix and the
 * suggestions as mini-diffs of `text`. Shared by the text drafts and the Word fixtures (RANGE in ¶:column).
 */
export function findingLines(
  range: string,
  f: Pick<Finding, 'severity' | 'ruleId' | 'message' | 'fix' | 'suggestions'>,
  en: string | null,
  text: string,
): string[] {
  const lines = [`${range} ${f.severity} ${f.ruleId}`, `  ${show(f.message)}`];
  if (en !== null) lines.push(`  en: ${show(en)}`);
  const edits = (kind: string, x: { title: string; edits: Finding['suggestions'][number]['edits'] }) => {
    lines.push(`  ${kind} "${show(x.title)}":`);
    for (const d of miniDiff(text, x.edits)) lines.push(`    ${d}`);
  };
  if (f.fix) edits('fix', f.fix);
  for (const sg of f.suggestions) edits('suggest', sg);
  return lines;
}

/**
 * Compares a full sidecar with the rendered findings as the test shows them: a finding written without an
 * "en:" line does not pin the English message. Returns [shown, expected] for expect(...).toBe(...).
 */
export function sidecarComparison(side: Sidecar, actual: Rendered[]): [string, string] {
  const withEn = side.blocks.map((b) => b.lines.some((l) => l.startsWith('  en: ')));
  const dropEn = (lines: string[]) => lines.filter((l) => !l.startsWith('  en: '));
  const shown = actual.map((a, i) => (withEn[i] === false ? dropEn(a.lines) : a.lines));
  return [shown.map((l) => l.join('\n')).join('\n\n'), side.blocks.map((b) => b.lines.join('\n')).join('\n\n')];
}

/**
 * Why a sidecar may not be rewritten from the current results, or null: the findings' lines and rules must be
 * the ones the sidecar announced, and a "LINE:COL" must still hold.
 */
export function conversionProblem(side: Sidecar, actual: Rendered[]): string | null {
  const key = (x: { line: number; rule: string }) => `${x.line} ${x.rule}`;
  const said = side.expected.map(key).sort().join(', '),
    now = actual.map(key).sort().join(', ');
  if (said !== now) return `the findings changed: the sidecar says [${said}], the rules now give [${now}]`;
  for (const e of side.expected) {
    if (e.col !== null && !actual.some((a) => a.line === e.line && a.col === e.col && a.rule === e.rule)) {
      return `no ${e.rule} at ${e.line}:${e.col}`;
    }
  }
  return null;
}

/** The sidecar text for the current results, keeping the sidecar's comments and options. */
export function formatSidecar(side: Sidecar, actual: Rendered[]): string {
  const out: string[] = side.head.filter((l) => l !== 'none');
  const leads = new Map<string, string[][]>();
  for (const b of side.blocks) {
    const k = `${b.line} ${b.rule}`;
    if (!leads.has(k)) leads.set(k, []);
    leads.get(k)!.push(b.lead);
  }
  if (!actual.length) out.push('none');
  for (const a of actual) {
    out.push(...(leads.get(`${a.line} ${a.rule}`)?.shift() ?? []));
    out.push(...a.lines);
  }
  out.push(...side.tail);
  return out.join('\n') + '\n';
}
