// What the seven layout-* rules read: facts about a Word file, computed by the .docx reader
// (server/src/docx) and handed to the core through AnalyzeOptions.word. Text drafts have none, so the
// layout rules are silent on them. Offsets are into the text the core parsed (one line per paragraph).

import type { ComponentId } from '../layout/types';
import type { Msg } from '../rule';

export interface WordRun {
  /** Offsets into the parsed text. */
  start: number;
  end: number;
  ascii: string;
  hAnsi: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
}

export interface WordComponent {
  id: ComponentId;
  /** 0-based line (= paragraph) and the component's range in the parsed text. */
  line: number;
  start: number;
  end: number;
  /** Whether the component fills its paragraph (alignment is only judged then). */
  wholeParagraph: boolean;
  /** high: text, position and formatting agree; low: checks stay silent. */
  confidence: 'high' | 'low';
  signals: string[];
  runs: WordRun[];
  align: 'left' | 'center' | 'right' | 'justify';
  firstLineMm: number;
  beforePt: number;
  afterPt: number;
  /** Line spacing in points (a multiple of lines converted with the TNR line height). */
  linePt: number;
  lineRule: 'auto' | 'exact' | 'atLeast';
  /** The size most of the paragraph is set in (points). */
  sizePt: number;
  /** Word style of the paragraph, when it has one (told in the "how to fix" text). */
  style: string | null;
}

export interface WordPageFacts {
  /** 1-based section number and the range a finding about it points at. */
  section: number;
  start: number;
  end: number;
  widthMm: number | null;
  heightMm: number | null;
  landscape: boolean;
  margins: { top: number | null; bottom: number | null; left: number | null; right: number | null };
}

export interface WordPageNumberFacts {
  /** A PAGE field in some header or footer. */
  present: boolean;
  /** Where the field is: header (top) or footer (bottom). */
  place: 'header' | 'footer' | null;
  align: 'left' | 'center' | 'right' | 'justify' | null;
  /** Whether page 1 shows a number. */
  onFirstPage: boolean;
  /** The document probably runs over one page (a number is then needed). */
  multiPage: boolean;
  /** Size (points) and font of the number as drawn, when there is one. */
  sizePt: number | null;
  font: string | null;
  /** Range of the first paragraph (document-level findings point there). */
  start: number;
  end: number;
}

export interface WordFacts {
  components: WordComponent[];
  sections: WordPageFacts[];
  pageNumber: WordPageNumberFacts;
}

/** Vietnamese and English names of the components, for messages. */
export const COMPONENT_NAMES: Record<ComponentId, Msg> = {
  partyTitle: { vi: 'tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', en: 'the Party title' },
  quocHieu: { vi: 'Quốc hiệu', en: 'the national title (Quốc hiệu)' },
  tieuNgu: { vi: 'Tiêu ngữ', en: 'the motto (Tiêu ngữ)' },
  parentIssuer: { vi: 'tên cơ quan cấp trên', en: 'the parent body name' },
  issuer: { vi: 'tên cơ quan ban hành', en: 'the issuer name' },
  star: { vi: 'dấu "*"', en: 'the star "*"' },
  number: { vi: 'số và ký hiệu', en: 'the document number' },
  dateLine: { vi: 'địa danh, ngày tháng năm', en: 'the place and date line' },
  typeName: { vi: 'tên loại văn bản', en: 'the document type name' },
  trichYeu: { vi: 'trích yếu', en: 'the subject line (trích yếu)' },
  separator: { vi: 'dòng "-----"', en: 'the "-----" line' },
  congVanTrichYeu: { vi: 'trích yếu công văn', en: 'the official letter subject' },
  kinhGuiLabel: { vi: '"Kính gửi:"', en: '"Kính gửi:"' },
  kinhGuiItem: { vi: 'nơi gửi', en: 'the addressee' },
  body: { vi: 'đoạn nội dung', en: 'the body paragraph' },
  canCu: { vi: 'dòng căn cứ', en: 'the legal basis line' },
  heading1: { vi: 'đề mục cấp I', en: 'the level-I heading' },
  heading2: { vi: 'đề mục cấp 1.', en: 'the level-1 heading' },
  heading3: { vi: 'đề mục cấp a)', en: 'the level-a) heading' },
  partHeading: { vi: 'dòng "Phần/Chương"', en: 'the part/chapter line' },
  partTitle: { vi: 'tên phần/chương', en: 'the part/chapter title' },
  dieu: { vi: 'dòng "Điều"', en: 'the article line' },
  recipientsLabel: { vi: 'chữ "Nơi nhận:"', en: 'the "Nơi nhận:" label' },
  recipientItem: { vi: 'dòng nơi nhận', en: 'the recipient line' },
  authority: { vi: 'dòng quyền hạn ký', en: 'the signing authority line' },
  signerTitle: { vi: 'chức vụ người ký', en: "the signer's title" },
  signerName: { vi: 'họ tên người ký', en: "the signer's name" },
  pageNumber: { vi: 'số trang', en: 'the page number' },
};

/** Placeholder values shared by the layout messages: component names in both languages and an excerpt. */
export function names(c: WordComponent, text: string): Record<string, string> {
  const n = COMPONENT_NAMES[c.id];
  let ex = text.slice(c.start, c.end).replace(/\s+/g, ' ').trim();
  if (ex.length > 40) ex = ex.slice(0, 39) + '…';
  return { nameVi: n.vi, nameEn: n.en, excerpt: ex };
}

/** Letters and digits: the characters whose bold, italic, underline or case is judged. */
export const INK = /[\p{L}\p{N}]/u;
/** Every visible character: font and size are judged on these (a dash in 14 pt among 12 pt items shows). */
export const VISIBLE = /\S/u;

/**
 * The text of a component drawn by runs that fail a test: from the first to the last such character (of the
 * given kind), or null. Each run is tested once; characters are scanned only at the ends of failing runs.
 */
export function faultySpan(
  c: WordComponent,
  text: string,
  bad: (r: WordRun) => boolean,
  which: RegExp = INK,
): { start: number; end: number; runs: WordRun[] } | null {
  let start = Infinity,
    end = -1;
  const runs: WordRun[] = [];
  for (const r of c.runs) {
    const a = Math.max(r.start, c.start),
      b = Math.min(r.end, c.end);
    if (a >= b || !bad(r)) continue;
    let i = a;
    while (i < b && !which.test(text[i])) i++;
    if (i === b) continue;
    let j = b - 1;
    while (j > i && !which.test(text[j])) j--;
    runs.push(r);
    if (i < start) start = i;
    if (j + 1 > end) end = j + 1;
  }
  return runs.length ? { start, end, runs } : null;
}

/** Whether some character of the kind is drawn by a run that passes the test. */
export function someInk(c: WordComponent, text: string, good: (r: WordRun) => boolean, which: RegExp = INK): boolean {
  for (const r of c.runs) {
    const a = Math.max(r.start, c.start),
      b = Math.min(r.end, c.end);
    if (a >= b || !good(r)) continue;
    for (let i = a; i < b; i++) if (which.test(text[i])) return true;
  }
  return false;
}

/** The range from the first to the last of the given offsets (exact text of the fault). */
export function spanOf(offsets: number[]): { start: number; end: number } {
  let a = Infinity,
    b = -Infinity;
  for (const o of offsets) {
    if (o < a) a = o;
    if (o + 1 > b) b = o + 1;
  }
  return { start: a, end: b };
}

/** "14" or "14–15" for a range of points. */
export function fmtRange(min: number, max: number, unit = ''): string {
  const f = (x: number) => String(Math.round(x * 10) / 10).replace('.', ',');
  if (max === Infinity) return `≥ ${f(min)}${unit}`;
  return min === max ? `${f(min)}${unit}` : `${f(min)}–${f(max)}${unit}`;
}

/** fmtRange with a decimal point, for English messages. */
export function fmtRangeEn(min: number, max: number, unit = ''): string {
  return fmtRange(min, max, unit).replace(/,/g, '.');
}

/** Number as Vietnamese write it (decimal comma). */
export function vn(x: number): string {
  return String(Math.round(x * 10) / 10).replace('.', ',');
}

/** The most frequent value. */
export function mostCommon<T>(xs: T[]): T {
  const m = new Map<T, number>();
  let best = xs[0],
    n = 0;
  for (const x of xs) {
    const k = (m.get(x) ?? 0) + 1;
    m.set(x, k);
    if (k > n) {
      n = k;
      best = x;
    }
  }
  return best;
}

const fontKeys = new Map<string, string>();
function fontKey(s: string): string {
  let k = fontKeys.get(s);
  if (k === undefined) {
    k = s.toLowerCase().replace(/\s+/g, ' ').trim();
    if (fontKeys.size < 1000) fontKeys.set(s, k);
  }
  return k;
}

export function sameFont(a: string, b: string): boolean {
  return a === b || fontKey(a) === fontKey(b);
}
