// Quốc hiệu and Tiêu ngữ of a state document (Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1):
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (HÒA and HOÀ are both official) in capitals, and
// "Độc lập - Tự do - Hạnh phúc": only the first letter of each phrase in capitals, hyphens with spaces.
// Found leniently (misspelt, wrong case, odd dashes) so that rules can say what is wrong.

import type { Source, View } from './text';
import type { Range } from './model';
import { viewRange } from './text';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const QUOC_HIEU_NEW_TONE = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';
const TIEU_NGU_WORDS = ['Độc', 'lập', 'Tự', 'do', 'Hạnh', 'phúc'];

/** Lines searched: the Quốc hiệu stands at the top right, level with the issuer. */
const TOP_LINES = 8;

// Candidates: a word like "CỘNG" then a word like "HÒA"; or "XÃ HỘI CHỦ NGHĨA" (first words lost).
const QH_START = new RegExp(
  [
    '(?<![\\p{L}])C[ỘOÔƠÓÒỌÕỎ]\\p{L}{0,2}NG\\s+H\\p{L}{1,3}(?![\\p{L}])',
    '(?<![\\p{L}])X[ÃA]\\s+H[ỘO]I\\s+CH[ỦU]\\s+NGH',
  ].join('|'),
  'iu',
);
const QH_END = /NAM(?![\p{L}])|VIỆT(?![\p{L}])|NGHĨA(?![\p{L}])/giu;
const TN_START = /(?<![\p{L}])Đ[ộôo]c\s*l[ậâa]p(?![\p{L}])/iu;

export interface MottoPart {
  text: string;
  line: number;
  range: Range;
  /** Source range of text[a, b) of this part. */
  sub(a: number, b: number): Range;
}

export interface MottoFound {
  quocHieu: MottoPart | null;
  tieuNgu: MottoPart | null;
}

export function findMotto(src: Source, zoneEnd: number): MottoFound {
  const out: MottoFound = { quocHieu: null, tieuNgu: null };
  const end = Math.min(src.lines.length, Math.max(zoneEnd, TOP_LINES));
  for (let i = 0; i < end; i++) {
    for (const seg of src.lines[i].segs) {
      const t = seg.matchText;
      if (!out.quocHieu) {
        const m = QH_START.exec(t);
        if (m) {
          let stop = -1;
          QH_END.lastIndex = m.index;
          for (let e = QH_END.exec(t); e; e = QH_END.exec(t)) stop = e.index + e[0].length;
          if (stop > m.index) {
            out.quocHieu = part(seg, i, m.index, stop);
            continue;
          }
        }
      }
      if (!out.tieuNgu) {
        const m = TN_START.exec(t);
        if (m) {
          const rest = t.slice(m.index);
          const endM = /ph[úu]c(?![\p{L}])/iu.exec(rest);
          const stop = m.index + (endM ? endM.index + endM[0].length : rest.trimEnd().length);
          out.tieuNgu = part(seg, i, m.index, stop);
        }
      }
    }
  }
  return out;
}

function part(seg: View, line: number, a: number, b: number): MottoPart {
  const sub = (x: number, y: number) => viewRange(seg, a + x, a + y);
  return { text: seg.typed.slice(a, b), line, range: viewRange(seg, a, b), sub };
}

/** The Quốc hiệu as it should read, in the document's tone-mark style. */
export function quocHieuFor(text: string): string {
  return /HOÀ/iu.test(text) ? QUOC_HIEU_NEW_TONE : QUOC_HIEU;
}

export type QuocHieuProblem = 'ok' | 'case' | 'spelling';

export function quocHieuProblem(text: string): QuocHieuProblem {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === QUOC_HIEU || t === QUOC_HIEU_NEW_TONE) return 'ok';
  const up = t.toUpperCase();
  if (up === QUOC_HIEU || up === QUOC_HIEU_NEW_TONE) return 'case';
  return 'spelling';
}

export interface TieuNguPiece {
  start: number;
  end: number;
  expected: string;
}
export interface TieuNguAnalysis {
  /** The six words are there (any case). */
  wordsOk: boolean;
  /** Words in the wrong case, with the text each should be (offsets into the part's text). */
  caseErrors: TieuNguPiece[];
  /** Separators with an en/em dash, or a hyphen without spaces. */
  dashErrors: TieuNguPiece[];
  /** Separators with no dash at all (often lost in a PDF copy). */
  missingDashes: TieuNguPiece[];
}

export function analyseTieuNgu(text: string): TieuNguAnalysis {
  const res: TieuNguAnalysis = { wordsOk: false, caseErrors: [], dashErrors: [], missingDashes: [] };
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) words.push({ w: m[0], start: m.index!, end: m.index! + m[0].length });
  if (words.length !== 6 || words.some((x, k) => x.w.toLowerCase() !== TIEU_NGU_WORDS[k].toLowerCase())) return res;
  res.wordsOk = true;
  words.forEach((x, k) => {
    if (x.w !== TIEU_NGU_WORDS[k]) res.caseErrors.push({ start: x.start, end: x.end, expected: TIEU_NGU_WORDS[k] });
  });
  for (const k of [1, 3]) {
    const a = words[k].end,
      b = words[k + 1].start;
    const sep = text.slice(a, b);
    if (!/[-–—‐‑−]/u.test(sep)) res.missingDashes.push({ start: a, end: b, expected: ' - ' });
    else if (sep !== ' - ' && !/^\s+-\s+$/u.test(sep)) res.dashErrors.push({ start: a, end: b, expected: ' - ' });
  }
  return res;
}
