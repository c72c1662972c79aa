// Formatting properties and their inheritance: docDefaults → paragraph style (basedOn chain) → character
// style (basedOn chain) → direct formatting; theme fonts resolved per level (a theme attribute wins over a
// font name given at the same level).

import { walk, NS, type El, type XmlText } from './xml';
import type { RunFormat, WordAlign } from './model';

/** Run properties as written at one level (unset = inherited). */
export interface RProps {
  ascii?: string;
  hAnsi?: string;
  sz?: number;
  b?: boolean;
  i?: boolean;
  u?: boolean;
  caps?: boolean;
}

/** Paragraph properties as written at one level. */
export interface PProps {
  jc?: WordAlign;
  firstLine?: number;
  before?: number;
  after?: number;
  line?: number;
  lineRule?: 'auto' | 'exact' | 'atLeast';
  bottomBorder?: boolean;
  /** Automatic numbering: the list and the level. */
  numId?: string;
  ilvl?: number;
}

export interface Style {
  id: string;
  type: string;
  name: string;
  basedOn: string | null;
  r: RProps;
  p: PProps;
}

export interface Theme {
  major: string | null;
  minor: string | null;
}

export interface StyleSheet {
  styles: Map<string, Style>;
  defaults: { r: RProps; p: PProps };
  defaultParagraph: string | null;
  theme: Theme;
}

export function toggle(el: El): boolean {
  const v = el.attr('val');
  return v === undefined || !(v === '0' || v === 'false' || v === 'off' || v === 'none');
}

function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = parseFloat(v);
  return Number.isFinite(n) ? n : undefined;
}

function themeFont(theme: Theme, name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (name.startsWith('major')) return theme.major ?? undefined;
  if (name.startsWith('minor')) return theme.minor ?? undefined;
  return undefined;
}

/** Reads one child of a w:rPr into props. */
export function readRProp(el: El, r: RProps, theme: Theme): void {
  switch (el.local) {
    case 'rFonts': {
      const a = themeFont(theme, el.attr('asciiTheme')) ?? el.attr('ascii');
      const h = themeFont(theme, el.attr('hAnsiTheme')) ?? el.attr('hAnsi');
      if (a !== undefined) r.ascii = a;
      if (h !== undefined) r.hAnsi = h;
      break;
    }
    case 'sz': {
      const v = num(el.attr('val'));
      if (v !== undefined) r.sz = v / 2;
      break;
    }
    case 'b':
      r.b = toggle(el);
      break;
    case 'i':
      r.i = toggle(el);
      break;
    case 'caps':
      r.caps = toggle(el);
      break;
    case 'u': {
      const v = el.attr('val');
      r.u = v !== undefined && v !== 'none' && v !== '0' && v !== 'false';
      break;
    }
  }
}

const ALIGN: Record<string, WordAlign> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  lowKashida: 'justify',
  mediumKashida: 'justify',
  highKashida: 'justify',
  thaiDistribute: 'justify',
};

/** Reads one child of a w:pPr into props. */
export function readPProp(el: El, p: PProps): void {
  switch (el.local) {
    case 'jc': {
      const v = ALIGN[el.attr('val') ?? ''];
      if (v) p.jc = v;
      break;
    }
    case 'ind': {
      const f = num(el.attr('firstLine')),
        h = num(el.attr('hanging'));
      if (h !== undefined) p.firstLine = -h;
      else if (f !== undefined) p.firstLine = f;
      break;
    }
    case 'spacing': {
      const b = num(el.attr('before')),
        a = num(el.attr('after')),
        l = num(el.attr('line'));
      const rule = el.attr('lineRule');
      if (b !== undefined) p.before = b;
      if (a !== undefined) p.after = a;
      if (l !== undefined) {
        p.line = l;
        p.lineRule = rule === 'exact' || rule === 'atLeast' ? rule : 'auto';
      }
      break;
    }
  }
}

export function emptySheet(theme: Theme = { major: null, minor: null }): StyleSheet {
  return { styles: new Map(), defaults: { r: {}, p: {} }, defaultParagraph: null, theme };
}

export function readTheme(xml: XmlText | undefined): Theme {
  const t: Theme = { major: null, minor: null };
  if (!xml) return t;
  let which: 'major' | 'minor' | null = null;
  walk(xml, {
    open(el) {
      if (el.uri !== NS.a) return;
      if (el.local === 'majorFont') which = 'major';
      else if (el.local === 'minorFont') which = 'minor';
      else if (el.local === 'latin' && which && t[which] === null) t[which] = el.attr('typeface') || null;
    },
    close(el) {
      if (el.local === 'majorFont' || el.local === 'minorFont') which = null;
    },
  });
  return t;
}

export function readStyles(xml: XmlText | undefined, theme: Theme): StyleSheet {
  const sheet = emptySheet(theme);
  if (!xml) return sheet;
  const stack: string[] = [];
  let cur: Style | null = null;
  let inDefaults: 'r' | 'p' | null = null;
  walk(xml, {
    open(el) {
      const parent = stack[stack.length - 1];
      stack.push(el.local);
      if (el.uri !== NS.w) return;
      if (el.local === 'rPrDefault') inDefaults = 'r';
      else if (el.local === 'pPrDefault') inDefaults = 'p';
      else if (el.local === 'style') {
        cur = {
          id: el.attr('styleId') ?? '',
          type: el.attr('type') ?? 'paragraph',
          name: '',
          basedOn: null,
          r: {},
          p: {},
        };
        const d = el.attr('default');
        if (cur.type === 'paragraph' && (d === '1' || d === 'true' || d === 'on')) sheet.defaultParagraph ??= cur.id;
      } else if (cur && parent === 'style') {
        if (el.local === 'name') cur.name = el.attr('val') ?? '';
        else if (el.local === 'basedOn') cur.basedOn = el.attr('val') ?? null;
      } else if (parent === 'rPr' && stack[stack.length - 3] !== 'pPr') {
        const target = cur ? cur.r : inDefaults === 'r' ? sheet.defaults.r : null;
        if (target) readRProp(el, target, theme);
      } else if (parent === 'pPr') {
        const target = cur ? cur.p : inDefaults === 'p' ? sheet.defaults.p : null;
        if (target) readPProp(el, target);
      } else if (parent === 'numPr' && cur) {
        if (el.local === 'numId') cur.p.numId = el.attr('val') ?? undefined;
        else if (el.local === 'ilvl') cur.p.ilvl = Number(el.attr('val') ?? 0);
      } else if (parent === 'pBdr' && el.local === 'bottom') {
        const target = cur ? cur.p : null;
        if (target) target.bottomBorder = (el.attr('val') ?? 'none') !== 'none' && el.attr('val') !== 'nil';
      }
    },
    close(el) {
      stack.pop();
      if (el.uri !== NS.w) return;
      if (el.local === 'style') {
        if (cur && cur.id) sheet.styles.set(cur.id, cur);
        cur = null;
      } else if (el.local === 'rPrDefault' || el.local === 'pPrDefault') inDefaults = null;
    },
  });
  return sheet;
}

/** The basedOn chain of a style, root first (cycles cut). */
export function chain(sheet: StyleSheet, id: string | null): Style[] {
  const out: Style[] = [];
  const seen = new Set<string>();
  let s = id ? sheet.styles.get(id) : undefined;
  while (s && !seen.has(s.id) && out.length < 32) {
    seen.add(s.id);
    out.unshift(s);
    s = s.basedOn ? sheet.styles.get(s.basedOn) : undefined;
  }
  return out;
}

const WORD_DEFAULT_FONT = 'Times New Roman';
const WORD_DEFAULT_SIZE = 10;

export function finalRun(r: RProps): RunFormat {
  return {
    ascii: r.ascii ?? r.hAnsi ?? WORD_DEFAULT_FONT,
    hAnsi: r.hAnsi ?? r.ascii ?? WORD_DEFAULT_FONT,
    size: r.sz ?? WORD_DEFAULT_SIZE,
    bold: !!r.b,
    italic: !!r.i,
    underline: !!r.u,
    caps: !!r.caps,
  };
}
