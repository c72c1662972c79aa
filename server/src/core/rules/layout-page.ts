import { ALL, msg, type Rule } from '../rule';
import { layoutFor, inRange } from '../layout';
import { fmtRange, fmtRangeEn, vn } from './_word';

const SIDES = {
  top: { vi: 'trên', en: 'top', word: 'Trên (Top)', wordEn: 'Top' },
  bottom: { vi: 'dưới', en: 'bottom', word: 'Dưới (Bottom)', wordEn: 'Bottom' },
  left: { vi: 'trái', en: 'left', word: 'Trái (Left)', wordEn: 'Left' },
  right: { vi: 'phải', en: 'right', word: 'Phải (Right)', wordEn: 'Right' },
};

/**
 * HD05 Phần IV.3–4 (HD36 the same; NĐ30 Phụ lục I mục I.1–3): A4 portrait (a landscape section for a wide table
 * is allowed), margins 20/20/30/15 mm for Party documents, 20–25/20–25/30–35/15–20 mm for state documents.
 * Every section of the file is checked; margins of a landscape section are not compared (they are rotated).
 */
const rule: Rule = {
  id: 'layout-page',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Khổ giấy hoặc lề trang sai', 'Wrong paper size or margins'),
  messages: {
    paper: msg(
      'Khổ giấy{sectionVi} là {actual} mm, cần A4 (210 × 297 mm). Cách sửa trong Word: Bố trí (Layout) → ' +
        'Khổ giấy (Size) → A4.',
      'The paper{sectionEn} is {actualEn} mm; expected A4 (210 × 297 mm). To fix in Word: Layout → Size → A4.',
    ),
    margin: msg(
      'Lề {sideVi}{sectionVi} là {actual} mm, cần {expected} mm. Cách sửa trong Word: Bố trí (Layout) → ' +
        'Lề (Margins) → Lề tùy chỉnh (Custom Margins) → {sideWord} {fix} cm.',
      'The {sideEn} margin{sectionEn} is {actualEn} mm; expected {expectedEn} mm. To fix in Word: Layout → ' +
        'Margins → Custom Margins → {sideWordEn} {fixEn} cm.',
    ),
  },
  check({ model, options, report }) {
    const word = options.word;
    if (!word) return;
    const page = layoutFor(model.profile).page;
    const many = word.sections.length > 1;
    for (const s of word.sections) {
      const range = { start: s.start, end: s.end };
      const sec = many
        ? { sectionVi: ` (phần ${s.section})`, sectionEn: ` (section ${s.section})` }
        : { sectionVi: '', sectionEn: '' };
      if (s.widthMm !== null && s.heightMm !== null) {
        // Stryker disable next-line EqualityOperator: swapping equal sides changes nothing (">" vs ">=")
        const [w, h] = s.landscape || s.widthMm > s.heightMm ? [s.heightMm, s.widthMm] : [s.widthMm, s.heightMm];
        // Stryker disable next-line EqualityOperator: no whole-twip side is exactly 1 mm off A4 (1 mm = 56.69 twips)
        if (Math.abs(w - page.widthMm) > 1 || Math.abs(h - page.heightMm) > 1) {
          const en = (x: number) => String(Math.round(x * 10) / 10);
          report({
            message: 'paper',
            range,
            data: {
              ...sec,
              actual: `${vn(s.widthMm)} × ${vn(s.heightMm)}`,
              actualEn: `${en(s.widthMm)} × ${en(s.heightMm)}`,
            },
          });
          continue;
        }
      }
      if (s.landscape) continue;
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        const v = s.margins[side];
        const r = page.margins[side];
        if (v === null || inRange(r, v, page.marginToleranceMm)) continue;
        // Stryker disable next-line EqualityOperator: v === r.min is in range and never gets here
        const fix = (v < r.min ? r.min : r.max) / 10;
        report({
          message: 'margin',
          range,
          data: {
            ...sec,
            sideVi: SIDES[side].vi,
            sideEn: SIDES[side].en,
            sideWord: SIDES[side].word,
            sideWordEn: SIDES[side].wordEn,
            actual: vn(v),
            actualEn: String(Math.round(v * 10) / 10),
            expected: fmtRange(r.min, r.max),
            expectedEn: fmtRangeEn(r.min, r.max),
            fix: vn(fix),
            fixEn: String(fix),
          },
        });
      }
    }
  },
};
export default rule;
