// checkWord(bytes, options): a .docx through the same parser and rules as a text draft, plus the layout-*
// rules fed with the file's formatting. One line of the parsed text per paragraph, in reading order, so a
// finding's line is the paragraph number of spec §8 (¶n) and its column an offset inside the paragraph.

import { parse } from '../core/parse';
import { runRules, toYmd, type AnalyzeOptions, type AnalyzeResult } from '../core/engine';
import { twipToMm, TNR_LINE_FACTOR } from '../core/layout';
import type { WordComponent, WordFacts, WordPageFacts } from '../core/rules/_word';
import type { DocModel } from '../core/model';
import { readDocx } from './reader';
import { detectComponents, type Detected } from './components';
import type { ReadFailure, WordDoc, WordParagraph, HeaderPart, WordSection } from './model';

export type WordCheck =
  | ({ ok: true; doc: WordDoc; text: string; map: WordText; detected: Detected[]; facts: WordFacts } & AnalyzeResult)
  | { ok: false; failure: ReadFailure };

export interface WordText {
  text: string;
  /** Paragraph of each line (-1 for a blank line put between blocks), and line of each paragraph. */
  paraOfLine: Int32Array;
  lineOfPara: Int32Array;
}

function blockOf(p: WordParagraph): string {
  if (p.inTextBox) return 'box';
  return p.cell ? `${p.cell.table}:${p.cell.row}:${p.cell.col}` : 'body';
}

/**
 * The text the core parses: one line per paragraph, in reading order. Where Word separates two blocks by
 * layout alone (a table cell and the next, the centred title block and the body under it), a blank line is
 * put between them, as a writer of a text draft would; the line ↔ paragraph maps keep ¶ numbers exact.
 */
export function wordText(doc: WordDoc): WordText {
  const out: string[] = [];
  const paraOfLine: number[] = [];
  const lineOfPara = new Int32Array(doc.paragraphs.length);
  let prev: WordParagraph | null = null;
  for (const p of doc.paragraphs) {
    const ink = p.text.trim() !== '';
    if (prev && ink && prev.text.trim() !== '') {
      const newBlock = blockOf(prev) !== blockOf(p) || (!p.cell && prev.align === 'center' && p.align !== 'center');
      if (newBlock) {
        out.push('');
        paraOfLine.push(-1);
      }
    }
    lineOfPara[p.index] = out.length;
    out.push(p.text);
    paraOfLine.push(p.index);
    prev = p;
  }
  return { text: out.join('\n'), paraOfLine: Int32Array.from(paraOfLine), lineOfPara };
}

export function checkWord(bytes: Uint8Array, options: AnalyzeOptions = {}): WordCheck {
  const read = readDocx(bytes);
  if (!read.ok) return read;
  return checkDoc(read.doc, options);
}

export function checkDoc(doc: WordDoc, options: AnalyzeOptions = {}): WordCheck & { ok: true } {
  const map = wordText(doc);
  const text = map.text;
  const model = parse(text, {
    profile: options.profile ?? 'auto',
    referenceDate: toYmd(options.referenceDate),
    today: options.today,
  });
  let detected: Detected[] = [];
  try {
    detected = detectComponents(model, doc, map.paraOfLine);
  } catch {
    detected = [];
  }
  const facts = wordFacts(doc, model, map, detected);
  const result = runRules(model, { ...options, word: facts });
  return { ok: true, doc, text, map, detected, facts, ...result };
}

function dominantSize(p: WordParagraph): number {
  let best = 0,
    size = 14;
  const by = new Map<number, number>();
  for (const s of p.spans) {
    const k = (by.get(s.fmt.size) ?? 0) + s.end - s.start;
    by.set(s.fmt.size, k);
    if (k > best) {
      best = k;
      size = s.fmt.size;
    }
  }
  return size;
}

function linePt(p: WordParagraph): number {
  if (p.lineRule === 'auto') return (p.line / 240) * TNR_LINE_FACTOR * dominantSize(p);
  return p.line / 20;
}

export function wordFacts(doc: WordDoc, model: DocModel, map: WordText, detected: Detected[]): WordFacts {
  const lines = model.src.lines;
  const components: WordComponent[] = [];
  for (const d of detected) {
    const p = doc.paragraphs[d.para];
    const l = lines[d.line];
    if (!p || !l) continue;
    const base = l.start;
    components.push({
      id: d.id,
      line: d.line,
      start: base + d.start,
      end: base + d.end,
      wholeParagraph: p.text.slice(0, d.start).trim() === '' && p.text.slice(d.end).trim() === '',
      confidence: d.confidence,
      signals: d.signals,
      runs: p.spans.map((s) => ({ start: base + s.start, end: base + s.end, ...s.fmt })),
      align: p.align,
      firstLineMm: twipToMm(p.firstLine),
      beforePt: p.before / 20,
      afterPt: p.after / 20,
      linePt: linePt(p),
      lineRule: p.lineRule,
      sizePt: dominantSize(p),
      style: p.styleId,
    });
  }
  const firstInk = (from: number, to: number) => {
    for (let i = Math.max(0, from); i <= to && i < lines.length; i++) {
      if (!lines[i].blank) return { start: lines[i].view.start, end: lines[i].view.end };
    }
    return { start: 0, end: 0 };
  };
  let from = 0;
  const sections: WordPageFacts[] = doc.sections.map((s, k) => {
    const to = s.lastParagraph >= 0 ? (map.lineOfPara[s.lastParagraph] ?? lines.length - 1) : -1;
    const r = firstInk(from, to);
    from = to + 1;
    const mm = (v: number | null) => (v === null ? null : twipToMm(v));
    return {
      section: k + 1,
      ...r,
      widthMm: mm(s.pageW),
      heightMm: mm(s.pageH),
      landscape: s.landscape,
      margins: { top: mm(s.top), bottom: mm(s.bottom), left: mm(s.left), right: mm(s.right) },
    };
  });
  return { components, sections, pageNumber: pageNumberFacts(doc, firstInk(0, lines.length - 1)) };
}

const PAGE_FIELD = /(?:^|\s)PAGE(?:\s|\\|$)/i;

function pageField(h: HeaderPart | undefined): WordParagraph | null {
  if (!h) return null;
  return h.paragraphs.find((p) => p.fields.some((f) => PAGE_FIELD.test(f))) ?? null;
}

function page1Parts(s: WordSection): (HeaderPart | undefined)[] {
  return s.titlePg ? [s.headers.first, s.footers.first] : [s.headers.default, s.footers.default];
}

/** Lines of text a page holds at 14 pt, 18 pt line spacing and 165 mm text width (about 75 characters). */
const LINES_PER_PAGE = 38;
const CHARS_PER_LINE = 75;

function pageNumberFacts(doc: WordDoc, range: { start: number; end: number }): WordFacts['pageNumber'] {
  let place: 'header' | 'footer' | null = null;
  let para: WordParagraph | null = null;
  for (const s of doc.sections) {
    for (const k of ['default', 'first', 'even'] as const) {
      const ph = pageField(s.headers[k]);
      if (ph && place !== 'header') {
        place = 'header';
        para = ph;
      }
      const pf = pageField(s.footers[k]);
      if (pf && !place) {
        place = 'footer';
        para = pf;
      }
    }
  }
  const s1 = doc.sections[0];
  const onFirstPage = !!s1 && page1Parts(s1).some((h) => pageField(h) !== null);
  let est = 0;
  for (const p of doc.paragraphs) est += Math.max(1, Math.ceil(p.text.length / CHARS_PER_LINE));
  const multiPage = doc.pageBreaks > 0 || est > LINES_PER_PAGE;
  // A number pushed to the centre tab stop of the Header style looks centred on paper.
  const align = para ? (para.align === 'left' && /^\t/.test(para.text) ? 'center' : para.align) : null;
  // The number as drawn: the run of the field's result (the paragraph's digits), else the paragraph's main run.
  const digit = para
    ? (para.spans.find((s) => /\d/.test(para.text.slice(s.start, s.end))) ?? para.spans[0])
    : undefined;
  const sizePt = digit ? digit.fmt.size : null;
  const font = digit ? digit.fmt.ascii : null;
  return { present: !!place, place, align, onFirstPage, multiPage, sizePt, font, ...range };
}
