// A Word file as a text draft in the templates' layout (snippets/, examples/): the header and closing tables
// as two columns on shared lines (left block, then the right block from column 41), the title block together,
// body paragraphs separated by blank lines. Pure: used by `ketluan import` and by the VS Code command.

import type { WordDoc, WordParagraph } from './model';

/** 0-based column where the right block starts (as in the templates and examples). */
export const RIGHT_COLUMN = 41;
const DATE = /ngày\s+\S*\s*tháng/u;
const NUMBER = /^(?:Số|SỐ)(?![\p{L}])/u;
const NAME = /^\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+){1,5}$/u;

/** A paragraph's text for a draft: tabs and runs of spaces inside it become single spaces. */
function clean(t: string): string {
  return t.replace(/[\t\u00a0 ]+/g, ' ').trim();
}

function pad(left: string, right: string): string {
  if (!right) return left;
  const gap = Math.max(4, RIGHT_COLUMN - left.length);
  return left + ' '.repeat(gap) + right;
}

/** Two blocks as rows: the number beside the date, a signer's name under the right block after a blank row. */
export function twoColumns(left: string[], right: string[]): string[] {
  const L = left.filter((s) => s !== ''),
    R = right.filter((s) => s !== '');
  const rows: [string, string][] = L.map((l) => [l, '']);
  let name: string | null = null;
  if (R.length > 1 && NAME.test(R[R.length - 1])) name = R.pop()!;
  const numAt = L.findIndex((l) => NUMBER.test(l));
  const dateAt = R.findIndex((r) => DATE.test(r));
  let k = 0;
  for (let j = 0; j < R.length; j++) {
    if (j === dateAt && numAt >= k) k = numAt;
    while (rows.length <= k) rows.push(['', '']);
    rows[k][1] = R[j];
    k++;
  }
  const out = rows.map(([l, r]) => (l ? pad(l, r) : r ? ' '.repeat(RIGHT_COLUMN) + r : ''));
  if (name) out.push('', ' '.repeat(RIGHT_COLUMN) + name);
  return out;
}

type Block = { kind: 'table'; rows: WordParagraph[][][] } | { kind: 'para'; p: WordParagraph };

function blocks(doc: WordDoc): Block[] {
  const out: Block[] = [];
  let cur: { table: number; rows: WordParagraph[][][] } | null = null;
  for (const p of doc.paragraphs) {
    if (p.cell && !p.inTextBox) {
      if (!cur || cur.table !== p.cell.table) {
        cur = { table: p.cell.table, rows: [] };
        out.push({ kind: 'table', rows: cur.rows });
      }
      const row = (cur.rows[p.cell.row] ??= []);
      (row[p.cell.col] ??= []).push(p);
    } else {
      cur = null;
      out.push({ kind: 'para', p });
    }
  }
  return out;
}

export function toDraft(doc: WordDoc): string {
  const lines: string[] = [];
  const blank = () => {
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  let prevCentred = false;
  for (const b of blocks(doc)) {
    if (b.kind === 'table') {
      const cols = Math.max(...b.rows.map((r) => r.length));
      blank();
      if (cols === 2) {
        const left: string[] = [],
          right: string[] = [];
        for (const r of b.rows) {
          for (const p of r[0] ?? []) left.push(clean(p.text));
          for (const p of r[1] ?? []) right.push(clean(p.text));
        }
        lines.push(...twoColumns(left, right));
      } else {
        // Other tables: one line per row, cells separated by a tab.
        const cellText = (c: WordParagraph[] | undefined) =>
          (c ?? [])
            .map((p) => clean(p.text))
            .filter(Boolean)
            .join(' ');
        for (const r of b.rows) lines.push(r.map(cellText).join('\t'));
      }
      blank();
      prevCentred = false;
      continue;
    }
    const t = clean(b.p.text);
    if (!t) {
      prevCentred = false;
      continue;
    }
    const centred = b.p.align === 'center';
    // The centred title block stays together; other paragraphs are separated by a blank line.
    if (!(centred && prevCentred)) blank();
    lines.push(t);
    prevCentred = centred;
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}

/** A place in the Word file: 0-based paragraph and UTF-16 column in its text (as `check` reports Word findings). */
export interface ParagraphPlace {
  line: number;
  character: number;
}

const GAP = /[\t\u00a0 ]/;

/**
 * Maps positions of toDraft(doc)'s text back to the paragraphs of the Word file: the text at the position (a
 * number, a citation, the first cell of a line) is looked up in the paragraphs, spaces collapsed as toDraft
 * collapses them, taking the same occurrence as in the draft (the n-th "14-KL/ĐU" of the draft is the n-th of
 * the paragraphs, as long as toDraft keeps the order). A text that is not found maps to the first paragraph.
 */
export function paragraphPlacer(
  draft: string,
  paragraphs: readonly string[],
): (line: number, character: number, length: number) => ParagraphPlace {
  // The paragraphs joined by "\n", with each run of spaces or tabs as one space, and where each character came from.
  let norm = '';
  const from: number[] = [];
  const paraStarts: number[] = [];
  let at = 0;
  paragraphs.forEach((p, k) => {
    if (k) {
      norm += '\n';
      from.push(at - 1);
    }
    paraStarts.push(at);
    for (let i = 0; i < p.length; i++) {
      const gap = GAP.test(p[i]);
      if (gap && norm.endsWith(' ')) continue;
      norm += gap ? ' ' : p[i];
      from.push(at + i);
    }
    at += p.length + 1;
  });
  const lines = draft.split('\n');
  const lineStarts: number[] = [];
  let s = 0;
  for (const l of lines) {
    lineStarts.push(s);
    s += l.length + 1;
  }
  return (line, character, length) => {
    const text = lines[line] ?? '';
    // The text at the position; for a whole line, its first cell (a two-column row is two paragraphs).
    const lead = text.slice(character, character + length).search(/\S/);
    const start = character + Math.max(0, lead);
    const needle = text
      .slice(start, character + length)
      .split(/\s{2,}|\t/)[0]
      .trimEnd()
      .slice(0, 60);
    if (!needle) return { line: 0, character: 0 };
    const abs = lineStarts[line] + start;
    let k = 0;
    for (let i = draft.indexOf(needle); i >= 0 && i < abs; i = draft.indexOf(needle, i + 1)) k++;
    let found = -1;
    for (let i = norm.indexOf(needle), n = 0; i >= 0; i = norm.indexOf(needle, i + 1), n++) {
      found = i;
      if (n === k) break;
    }
    if (found < 0) return { line: 0, character: 0 };
    const o = from[found];
    let p = 0;
    while (p + 1 < paraStarts.length && paraStarts[p + 1] <= o) p++;
    return { line: p, character: o - paraStarts[p] };
  };
}
