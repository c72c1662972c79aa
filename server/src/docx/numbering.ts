// Automatic numbering (word/numbering.xml): "I.", "1.", "a)", "-" that Word draws in front of a paragraph but
// does not store in its text. The reader puts the label back in front of the text, so the outline, the
// numbering rules and the imported draft see what the reader of the page sees.

import { walk, NS, type XmlText } from './xml';

interface Level {
  start: number;
  fmt: string;
  text: string;
}

export interface Numbering {
  /** The label of the next paragraph numbered (numId, level), or null when it has none. */
  next(numId: string, ilvl: number): string | null;
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function letters(n: number): string {
  // a … z, then aa, bb … as Word writes them.
  const k = Math.max(1, n);
  return String.fromCharCode(97 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}

function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerLetter':
      return letters(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Bullets drawn from symbol fonts (private-use characters) are shown as "•"; a typed "-" or "+" stays. */
function bullet(text: string): string {
  return /^[-+–—•]$/u.test(text) ? text : '•';
}

export function readNumbering(xml: XmlText | undefined): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, string>();
  if (xml) {
    let cur: Map<number, Level> | null = null;
    let lvl: Level | null = null;
    let numId: string | null = null;
    walk(xml, {
      open(el) {
        if (el.uri !== NS.w) return;
        switch (el.local) {
          case 'abstractNum':
            cur = new Map();
            abstract.set(el.attr('abstractNumId') ?? '', cur);
            break;
          case 'lvl':
            lvl = { start: 1, fmt: 'decimal', text: '' };
            if (cur) cur.set(Number(el.attr('ilvl') ?? 0), lvl);
            break;
          case 'start':
            if (lvl) lvl.start = Number(el.attr('val') ?? 1);
            break;
          case 'numFmt':
            if (lvl) lvl.fmt = el.attr('val') ?? 'decimal';
            break;
          case 'lvlText':
            if (lvl) lvl.text = el.attr('val') ?? '';
            break;
          case 'num':
            numId = el.attr('numId') ?? null;
            break;
          case 'abstractNumId':
            if (numId !== null) nums.set(numId, el.attr('val') ?? '');
            break;
        }
      },
      close(el) {
        if (el.local === 'lvl') lvl = null;
        else if (el.local === 'abstractNum') cur = null;
        else if (el.local === 'num') numId = null;
      },
    });
  }
  // Counters per abstract numbering (Word continues a list across the numIds that share it).
  const counters = new Map<string, number[]>();
  return {
    next(numId, ilvl) {
      const absId = nums.get(numId);
      const levels = absId !== undefined ? abstract.get(absId) : undefined;
      const level = levels?.get(ilvl);
      if (!levels || !level || absId === undefined) return null;
      let c = counters.get(absId);
      if (!c) {
        c = [];
        counters.set(absId, c);
      }
      c[ilvl] = (c[ilvl] ?? level.start - 1) + 1;
      c.length = ilvl + 1; // deeper levels start again
      if (level.fmt === 'bullet') return bullet(level.text);
      const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
        const k = Number(d) - 1;
        const l = levels.get(k);
        return format(c![k] ?? l?.start ?? 1, l?.fmt ?? 'decimal');
      });
      return label.trim() || null;
    },
  };
}
