// readDocx(bytes) -> WordDoc or a failure with what to do. Reads word/document.xml in order (paragraphs,
// tables cell by cell, text boxes; of an mc:AlternateContent only the first Choice), the styles, the theme,
// settings, every section's page set-up and the headers/footers each section uses. Never throws.

import { openPackage, FAILURES, type Parts } from './package';
import { walk, readRels, resolveTarget, NS, type El, type XmlText } from './xml';
import {
  readStyles,
  readTheme,
  readRProp,
  readPProp,
  chain,
  finalRun,
  toggle,
  emptySheet,
  type StyleSheet,
  type RProps,
  type PProps,
} from './styles';
import { readNumbering, type Numbering } from './numbering';
import type {
  CellPos,
  HeaderKind,
  HeaderPart,
  ReadResult,
  RunFormat,
  Span,
  WordDoc,
  WordParagraph,
  WordSection,
} from './model';

/** Elements whose content is not the document's current text (deleted text, old formatting of tracked changes). */
const SKIP = new Set([
  'del',
  'moveFrom',
  'delText',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'tcPrChange',
  'trPrChange',
  'numberingChange',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
]);

interface SectRaw {
  pageW: number | null;
  pageH: number | null;
  landscape: boolean;
  top: number | null;
  bottom: number | null;
  left: number | null;
  right: number | null;
  header: number | null;
  titlePg: boolean;
  headerRefs: Partial<Record<HeaderKind, string>>;
  footerRefs: Partial<Record<HeaderKind, string>>;
  lastParagraph: number;
}

interface PCtx {
  direct: PProps;
  pStyle: string | null;
  text: string;
  spans: Span[];
  fields: string[];
  cell: CellPos | null;
  inTextBox: boolean;
  sect: SectRaw | null;
}
interface RCtx {
  direct: RProps;
  rStyle: string | null;
  fmt: RunFormat | null;
}

function n(v: string | undefined): number | null {
  if (v === undefined) return null;
  const x = parseFloat(v);
  return Number.isFinite(x) ? x : null;
}

class ParagraphReader {
  paragraphs: WordParagraph[] = [];
  sections: SectRaw[] = [];
  strict = false;
  rootSeen = false;
  pageBreaks = 0;
  private stack: string[] = [];
  private skipDepth = 0;
  private alt: { choiceSeen: boolean }[] = [];
  private p: PCtx[] = [];
  private r: RCtx | null = null;
  private inT = false;
  private fieldBuf: string | null = null;
  private inInstr = false;
  private txbx = 0;
  private tables: { index: number; row: number; col: number; rowCells: CellPos[] }[] = [];
  private tableCount = 0;
  private sect: SectRaw | null = null;
  private paraRun = new Map<string, RProps>();
  private paraProps = new Map<string, PProps>();

  constructor(
    private sheet: StyleSheet,
    private numbering: Numbering,
  ) {}

  private paraStyleRun(id: string | null): RProps {
    const key = id ?? '';
    let r = this.paraRun.get(key);
    if (!r) {
      r = { ...this.sheet.defaults.r };
      for (const s of chain(this.sheet, id)) Object.assign(r, s.r);
      this.paraRun.set(key, r);
    }
    return r;
  }

  private paraStyleProps(id: string | null): PProps {
    const key = id ?? '';
    let p = this.paraProps.get(key);
    if (!p) {
      p = { ...this.sheet.defaults.p };
      for (const s of chain(this.sheet, id)) Object.assign(p, s.p);
      this.paraProps.set(key, p);
    }
    return p;
  }

  open(el: El): void {
    const parent = this.stack[this.stack.length - 1];
    const grand = this.stack[this.stack.length - 2];
    this.stack.push(el.local);
    if (this.skipDepth) {
      this.skipDepth++;
      return;
    }
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (el.uri === NS.wStrict) this.strict = true;
    }
    if (el.uri === NS.mc) {
      if (el.local === 'AlternateContent') this.alt.push({ choiceSeen: false });
      else if (el.local === 'Choice') {
        const a = this.alt[this.alt.length - 1];
        if (!a || a.choiceSeen) this.skipDepth = 1;
        else a.choiceSeen = true;
      } else if (el.local === 'Fallback') this.skipDepth = 1;
      return;
    }
    if (el.uri !== NS.w) return;
    if (SKIP.has(el.local)) {
      this.skipDepth = 1;
      return;
    }
    const p = this.p[this.p.length - 1];
    switch (el.local) {
      case 'p': {
        const t = this.tables[this.tables.length - 1];
        const cell = t && t.col >= 0 ? (t.rowCells[t.col] ?? null) : null;
        this.p.push({
          direct: {},
          pStyle: null,
          text: '',
          spans: [],
          fields: [],
          cell,
          inTextBox: this.txbx > 0,
          sect: null,
        });
        return;
      }
      case 'r':
        this.r = { direct: {}, rStyle: null, fmt: null };
        return;
      case 't':
        if (this.r) this.inT = true;
        return;
      case 'instrText':
        if (this.r) this.inInstr = true;
        return;
      case 'tab':
        if (parent === 'r') this.add('\t');
        return;
      case 'br':
      case 'cr':
        if (parent === 'r') {
          this.add(' ');
          if (el.attr('type') === 'page') this.pageBreaks++;
        }
        return;
      case 'lastRenderedPageBreak':
        this.pageBreaks++;
        return;
      case 'noBreakHyphen':
        if (parent === 'r') this.add('-');
        return;
      case 'txbxContent':
        this.txbx++;
        return;
      case 'fldSimple':
        if (p) p.fields.push((el.attr('instr') ?? '').trim());
        return;
      case 'fldChar': {
        const k = el.attr('fldCharType');
        if (k === 'begin') this.fieldBuf = '';
        else if (this.fieldBuf !== null) {
          if (p && this.fieldBuf.trim()) p.fields.push(this.fieldBuf.trim());
          this.fieldBuf = null;
        }
        return;
      }
      case 'tbl': {
        this.tables.push({ index: this.tables.length ? -1 : this.tableCount++, row: -1, col: -1, rowCells: [] });
        return;
      }
      case 'tr': {
        const t = this.tables[this.tables.length - 1];
        if (t) {
          t.row++;
          t.col = -1;
          t.rowCells = [];
        }
        return;
      }
      case 'tc': {
        const t = this.tables[this.tables.length - 1];
        if (t) {
          t.col++;
          const outer = this.tables[0];
          // A nested table's paragraphs keep the place of the outer cell that holds them.
          const [row, col] = t === outer ? [t.row, t.col] : [outer.row, outer.col];
          t.rowCells[t.col] = { table: outer.index, row, col, cols: 0 };
        }
        return;
      }
      case 'sectPr': {
        this.sect = emptySect();
        if (parent === 'pPr' && p) p.sect = this.sect;
        return;
      }
    }
    if (parent === 'sectPr' && this.sect) {
      this.readSect(el, this.sect);
      return;
    }
    if (parent === 'rPr' && grand === 'r' && this.r) {
      if (el.local === 'rStyle') this.r.rStyle = el.attr('val') ?? null;
      else readRProp(el, this.r.direct, this.sheet.theme);
      return;
    }
    if (parent === 'pPr' && grand === 'p' && p) {
      if (el.local === 'pStyle') p.pStyle = el.attr('val') ?? null;
      else readPProp(el, p.direct);
      return;
    }
    if (parent === 'numPr' && grand === 'pPr' && p) {
      if (el.local === 'numId') p.direct.numId = el.attr('val') ?? undefined;
      else if (el.local === 'ilvl') p.direct.ilvl = Number(el.attr('val') ?? 0);
      return;
    }
    if (parent === 'pBdr' && el.local === 'bottom' && p) {
      const v = el.attr('val') ?? 'none';
      p.direct.bottomBorder = v !== 'none' && v !== 'nil';
    }
  }

  /** Puts an automatic number in front of the paragraph's text, drawn like its first run. */
  private label(c: PCtx, label: string | null): void {
    if (!label) return;
    const add = label + ' ';
    const fmt = c.spans[0]?.fmt ?? finalRun(this.paraStyleRun(c.pStyle));
    for (const s of c.spans) {
      s.start += add.length;
      s.end += add.length;
    }
    c.spans.unshift({ start: 0, end: add.length, fmt });
    c.text = add + c.text;
  }

  private readSect(el: El, s: SectRaw): void {
    switch (el.local) {
      case 'pgSz':
        s.pageW = n(el.attr('w'));
        s.pageH = n(el.attr('h'));
        s.landscape = el.attr('orient') === 'landscape';
        break;
      case 'pgMar':
        s.top = n(el.attr('top'));
        s.bottom = n(el.attr('bottom'));
        s.left = n(el.attr('left'));
        s.right = n(el.attr('right'));
        s.header = n(el.attr('header'));
        break;
      case 'titlePg':
        s.titlePg = toggle(el);
        break;
      case 'headerReference':
      case 'footerReference': {
        const type = (el.attr('type') ?? 'default') as HeaderKind;
        const id = el.attr('id');
        if (id && (type === 'default' || type === 'first' || type === 'even')) {
          (el.local === 'headerReference' ? s.headerRefs : s.footerRefs)[type] = id;
        }
        break;
      }
    }
  }

  wantsText(): boolean {
    return this.inT || this.inInstr;
  }

  text(t: string): void {
    if (this.skipDepth) return;
    if (this.inT) this.add(t);
    else if (this.inInstr && this.fieldBuf !== null) this.fieldBuf += t;
  }

  private add(s: string): void {
    const p = this.p[this.p.length - 1];
    const r = this.r;
    if (!p || !r) return;
    if (!r.fmt) {
      const merged: RProps = { ...this.paraStyleRun(p.pStyle) };
      if (r.rStyle) for (const st of chain(this.sheet, r.rStyle)) Object.assign(merged, st.r);
      Object.assign(merged, r.direct);
      r.fmt = finalRun(merged);
    }
    let shown = s.replace(/[\r\n\v\f]/g, ' ');
    if (r.fmt.caps) {
      const up = shown.toUpperCase();
      if (up.length === shown.length) shown = up;
    }
    const start = p.text.length;
    p.text += shown;
    const last = p.spans[p.spans.length - 1];
    if (last && last.fmt === r.fmt && last.end === start) last.end = p.text.length;
    else p.spans.push({ start, end: p.text.length, fmt: r.fmt });
  }

  close(el: El): void {
    this.stack.pop();
    if (this.skipDepth) {
      this.skipDepth--;
      return;
    }
    if (el.uri === NS.mc) {
      if (el.local === 'AlternateContent') this.alt.pop();
      return;
    }
    if (el.uri !== NS.w) return;
    switch (el.local) {
      case 't':
        this.inT = false;
        return;
      case 'instrText':
        this.inInstr = false;
        return;
      case 'r':
        this.r = null;
        return;
      case 'txbxContent':
        this.txbx--;
        return;
      case 'tr': {
        const t = this.tables[this.tables.length - 1];
        if (t) for (const c of t.rowCells) if (c) c.cols = t.rowCells.length;
        return;
      }
      case 'tc':
        return;
      case 'tbl':
        this.tables.pop();
        return;
      case 'sectPr': {
        const s = this.sect;
        this.sect = null;
        if (s && !this.p.length) {
          s.lastParagraph = Infinity;
          this.sections.push(s);
        }
        return;
      }
      case 'p': {
        const c = this.p.pop();
        if (!c) return;
        const props = { ...this.paraStyleProps(c.pStyle), ...c.direct };
        const index = this.paragraphs.length;
        if (props.numId && props.numId !== '0') this.label(c, this.numbering.next(props.numId, props.ilvl ?? 0));
        this.paragraphs.push({
          index,
          text: c.text,
          spans: c.spans,
          align: props.jc ?? 'left',
          firstLine: props.firstLine ?? 0,
          before: props.before ?? 0,
          after: props.after ?? 0,
          line: props.line ?? 240,
          lineRule: props.lineRule ?? 'auto',
          styleId: c.pStyle ?? this.sheet.defaultParagraph,
          cell: c.cell,
          inTextBox: c.inTextBox,
          bottomBorder: !!props.bottomBorder,
          fields: c.fields,
        });
        if (c.sect) {
          c.sect.lastParagraph = index;
          this.sections.push(c.sect);
        }
        return;
      }
    }
  }
}

function readParagraphs(xml: XmlText, sheet: StyleSheet, numbering: Numbering): ParagraphReader {
  const r = new ParagraphReader(sheet, numbering);
  walk(xml, {
    open: (e) => r.open(e),
    close: (e) => r.close(e),
    text: (t) => r.text(t),
    wantText: () => r.wantsText(),
  });
  return r;
}

function readSettings(xml: XmlText | undefined): { mirrorMargins: boolean } {
  let mirrorMargins = false;
  if (xml) {
    walk(xml, {
      open(el) {
        if (el.uri === NS.w && el.local === 'mirrorMargins') mirrorMargins = toggle(el);
      },
      close() {},
    });
  }
  return { mirrorMargins };
}

/** The main document part named by the package relationships (word/document.xml in practice). */
function mainPart(parts: Parts): string {
  for (const r of readRels(parts.get('_rels/.rels')).values()) {
    if (r.type.endsWith('/officeDocument')) return resolveTarget('', r.target);
  }
  return 'word/document.xml';
}

export function readDocx(bytes: Uint8Array): ReadResult {
  try {
    return read(bytes);
  } catch (e) {
    // Last line of defence: a fault of ours is still reported as an unreadable file, never thrown.
    return { ok: false, failure: FAILURES.corrupt(e instanceof Error ? e.message : String(e)) };
  }
}

function read(bytes: Uint8Array): ReadResult {
  const opened = openPackage(bytes);
  if ('failure' in opened) return { ok: false, failure: opened.failure };
  const parts = opened.parts;
  const main = mainPart(parts);
  const docXml = parts.get(main);
  if (docXml === undefined) {
    if (!parts.has('[content_types].xml')) return { ok: false, failure: FAILURES.notZip() };
    return { ok: false, failure: FAILURES.missing(main) };
  }
  const dir = main.slice(0, main.lastIndexOf('/') + 1);
  const rels = readRels(parts.get(`${dir}_rels/${main.slice(dir.length)}.rels`));
  const notes: string[] = [];
  const relPart = (suffix: string) => {
    for (const r of rels.values()) if (r.type.endsWith(suffix)) return parts.get(resolveTarget(dir, r.target));
    return undefined;
  };
  const themeXml = relPart('/theme') ?? parts.get(`${dir}theme/theme1.xml`);
  const stylesXml = relPart('/styles') ?? parts.get(`${dir}styles.xml`);
  if (stylesXml === undefined) notes.push('styles');
  const sheet = stylesXml === undefined ? emptySheet(readTheme(themeXml)) : readStyles(stylesXml, readTheme(themeXml));
  const numbering = readNumbering(relPart('/numbering') ?? parts.get(`${dir}numbering.xml`));
  const body = readParagraphs(docXml, sheet, numbering);
  if (body.strict) return { ok: false, failure: FAILURES.strict() };
  if (!body.rootSeen) return { ok: false, failure: FAILURES.missing(main) };

  const headerCache = new Map<string, HeaderPart>();
  const part = (id: string | undefined): HeaderPart | undefined => {
    const rel = id ? rels.get(id) : undefined;
    if (!rel) return undefined;
    const name = resolveTarget(dir, rel.target);
    let h = headerCache.get(name);
    if (!h) {
      const xml = parts.get(name);
      if (xml === undefined) {
        notes.push(name);
        return undefined;
      }
      h = { part: name, paragraphs: readParagraphs(xml, sheet, readNumbering(undefined)).paragraphs };
      headerCache.set(name, h);
    }
    return h;
  };
  const raws = body.sections.length ? body.sections : [emptySect()];
  const last = body.paragraphs.length - 1;
  const sections: WordSection[] = [];
  let prevH: WordSection['headers'] = {},
    prevF: WordSection['footers'] = {};
  for (const s of raws) {
    // A section without a header of some kind continues the previous section's (Word's rule).
    const headers: WordSection['headers'] = { ...prevH },
      footers: WordSection['footers'] = { ...prevF };
    for (const k of ['default', 'first', 'even'] as HeaderKind[]) {
      if (s.headerRefs[k]) headers[k] = part(s.headerRefs[k]);
      if (s.footerRefs[k]) footers[k] = part(s.footerRefs[k]);
    }
    prevH = headers;
    prevF = footers;
    sections.push({
      lastParagraph: Math.min(s.lastParagraph === -1 ? last : s.lastParagraph, last),
      pageW: s.pageW,
      pageH: s.pageH,
      landscape: s.landscape,
      top: s.top,
      bottom: s.bottom,
      left: s.left,
      right: s.right,
      header: s.header,
      titlePg: s.titlePg,
      headers,
      footers,
    });
  }
  const doc: WordDoc = {
    paragraphs: body.paragraphs,
    sections,
    mirrorMargins: readSettings(relPart('/settings')).mirrorMargins,
    pageBreaks: body.pageBreaks,
    notes,
  };
  return { ok: true, doc };
}

function emptySect(): SectRaw {
  return {
    pageW: null,
    pageH: null,
    landscape: false,
    top: null,
    bottom: null,
    left: null,
    right: null,
    header: null,
    titlePg: false,
    headerRefs: {},
    footerRefs: {},
    lastParagraph: -1,
  };
}
