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
