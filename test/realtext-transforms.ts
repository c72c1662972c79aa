// Transforms that turn a draft into what a clerk gets when the same document is copied out of Word or a
// PDF viewer: table cells joined by one space or a tab, columns stacked one after the other, paragraphs
// wrapped at 72 columns, CRLF line ends with no-break spaces. Each transform also returns, for every
// line of its output, the line of the input it came from (so findings can be compared line for line).

export interface Transformed {
  text: string;
  origin: number[];
}

/** A gap between two columns of a row: a tab, three or more spaces, or two or more no-break spaces. */
const GAP = /(?:\t| {3,}|\u00A0{2,})+/g;
const RIGHT_INDENT = 25;

function split(text: string): string[] {
  return text.split('\n');
}

/** The parts of a line: its column cells and the column where each starts. */
function cells(line: string): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  let at = 0;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line); ; m = GAP.exec(line)) {
    // The blanks of a draft's number and date ("Số     -KL/TU", "ngày     tháng     năm") are no column gap.
    const blankBefore = m && /(?:Số|ngày|tháng)$/u.test(line.slice(0, m.index));
    if (m && (blankBefore || /^(?:-\p{Lu}|tháng|năm)/u.test(line.slice(m.index + m[0].length)))) continue;
    const end = m ? m.index : line.length;
    const piece = line.slice(at, end);
    if (piece.trim()) out.push({ col: at + (piece.length - piece.trimStart().length), text: piece.trim() });
    if (!m) break;
    at = m.index + m[0].length;
  }
  return out;
}

/** Row cells joined by one separator; a line that held only a right-hand cell starts at column 0. */
export function flatten(text: string, sep: ' ' | '\t'): Transformed {
  const lines = split(text);
  const out = lines.map((l) => {
    const cs = cells(l.replace(/\r$/, ''));
    return cs.length ? cs.map((c) => c.text).join(sep) + (l.endsWith('\r') ? '\r' : '') : l;
  });
  return { text: out.join('\n'), origin: lines.map((_, i) => i) };
}

/**
 * Two-column blocks (header and closing tables) written as the left column's lines, then the right
 * column's. A block is a run of lines, blank lines included, in which some line has two cells; a
 * line indented past the left column belongs to the right column.
 */
export function stack(text: string): Transformed {
  const lines = split(text);
  const parts = lines.map((l) => cells(l));
  const twoCol = (i: number) => parts[i].length >= 2;
  const rightOnly = (i: number) => parts[i].length === 1 && parts[i][0].col >= RIGHT_INDENT;
  const outLines: string[] = [],
    origin: number[] = [];
  for (let i = 0; i < lines.length;) {
    if (!twoCol(i)) {
      outLines.push(lines[i]);
      origin.push(i);
      i++;
      continue;
    }
    // Extend the block over lines that belong to a two-column layout (and blank lines between them).
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (/^\s*\f|PHỤ LỤC|Phụ lục/u.test(lines[j])) break; // a table ends at a page break or an annex heading
      if (twoCol(j) || rightOnly(j)) {
        end = j;
        continue;
      }
      if (!parts[j].length) continue;
      if (j > end + 1 && !parts[j - 1].length) break;
      if (parts[j][0].col < RIGHT_INDENT && j === end + 1) {
        end = j;
        continue;
      }
      break;
    }
    const left: [string, number][] = [],
      right: [string, number][] = [];
    for (let k = i; k <= end; k++) {
      const cs = parts[k];
      if (!cs.length) {
        right.push(['', k]);
        continue;
      }
      if (rightOnly(k)) {
        right.push([cs[0].text, k]);
        continue;
      }
      left.push([cs[0].text, k]);
      if (cs.length >= 2)
        right.push([
          cs
            .slice(1)
            .map((c) => c.text)
            .join(' '),
          k,
        ]);
    }
    for (const [t, k] of [...left, ...right]) {
      outLines.push(t);
      origin.push(k);
    }
    i = end + 1;
  }
  return { text: outLines.join('\n'), origin };
}

/** A continuation line must not start like a heading, a list item, a label or a number. */
const BAD_START = /^(?:[-–—•+*#>]|\d|[IVX]+\s*[.-]|[a-zđ]\)|\(|Điều\s|Nơi\s|Lưu\b|Kính\s|T\/M|K\/T|T\/L|\p{Lu}{2,})/u;

/**
 * Paragraphs wrapped at `width` columns, as a PDF viewer copies them. Lines of a two-column layout
 * and short lines are left alone; a break is never placed where the next line would read as a new
 * heading or item, nor right after "," or ";" in a list item (that reads as the item's end).
 */
export function wrap(text: string, width = 72): Transformed {
  const lines = split(text);
  const outLines: string[] = [],
    origin: number[] = [];
  lines.forEach((l, i) => {
    const cr = l.endsWith('\r') ? '\r' : '';
    const body = cr ? l.slice(0, -1) : l;
    if (body.length <= width || cells(body).length !== 1 || /^\s/.test(body) || body.includes('<!--')) {
      outLines.push(l);
      origin.push(i);
      return;
    }
    const item = /^[-–—•+]\s/.test(body);
    let rest = body;
    while (rest.length > width) {
      let cut = -1;
      for (let k = Math.min(width, rest.length - 1); k > 10; k--) {
        if (rest[k] !== ' ') continue;
        const before = rest.slice(0, k),
          after = rest.slice(k + 1);
        if (!after || BAD_START.test(after)) continue;
        if (item && /[,;]$/.test(before)) continue;
        if (/\*\*|__/.test(before) && before.match(/\*\*|__/g)!.length % 2 === 1) continue; // inside bold
        cut = k;
        break;
      }
      if (cut < 0) break;
      outLines.push(rest.slice(0, cut) + cr);
      origin.push(i);
      rest = rest.slice(cut + 1);
    }
    outLines.push(rest + cr);
    origin.push(i);
  });
  return { text: outLines.join('\n'), origin };
}

/** CRLF line ends, and every second single space after a word replaced by a no-break space. */
export function crlfNbsp(text: string): Transformed {
  const lines = split(text.replace(/\r\n/g, '\n'));
  let n = 0;
  const out = lines.map((l) => l.replace(/(?<=\S) (?=\S)/g, () => (n++ % 2 ? '\u00A0' : ' ')));
  return { text: out.join('\r\n'), origin: lines.map((_, i) => i) };
}
