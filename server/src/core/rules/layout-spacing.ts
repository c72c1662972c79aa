import { ALL, msg, type Rule } from '../rule';
import { layoutFor, inRange, lineSpacingPt } from '../layout';
import { fmtRange, fmtRangeEn, names, vn } from './_word';
import { styleHint } from './layout-font';

/**
 * HD05 6.2.2 (NĐ30 Phụ lục I mục II.6e): body paragraphs with a first-line indent (≈ 10 mm; NĐ30 1 or 1.27 cm),
 * at least 6 pt between paragraphs, and line spacing 18–22 pt exactly (HD36 ≥ 18 pt; NĐ30 single to 1.5 lines).
 */
const rule: Rule = {
  id: 'layout-spacing',
  severity: 'information',
  profiles: ALL,
  fixable: 'none',
  title: msg(
    'Thụt đầu dòng, khoảng cách đoạn hoặc giãn dòng ngoài quy định',
    'Indent, paragraph or line spacing out of range',
  ),
  messages: {
    indent: msg(
      'Thụt đầu dòng của {nameVi} là {actual} mm, cần {expected} mm. Cách sửa trong Word: chọn đoạn "{excerpt}" → ' +
        'Bố trí (Layout) → Đoạn văn (Paragraph) → Thụt lề đặc biệt: Dòng đầu tiên (First line) {fix} cm{styleVi}.',
      'The first-line indent of {nameEn} is {actualEn} mm; expected {expectedEn} mm. To fix in Word: select the ' +
        'paragraph "{excerpt}" → Layout → Paragraph → Special: First line {fixEn} cm{styleEn}.',
    ),
    after: msg(
      'Khoảng cách sau {nameVi} là {actual} pt, cần {expected} pt. Cách sửa trong Word: chọn đoạn "{excerpt}" → ' +
        'Bố trí (Layout) → Đoạn văn (Paragraph) → Khoảng cách Sau (After) {fix} pt{styleVi}.',
      'The space after {nameEn} is {actualEn} pt; expected {expectedEn} pt. To fix in Word: select the paragraph ' +
        '"{excerpt}" → Layout → Paragraph → Spacing After {fix} pt{styleEn}.',
    ),
    line: msg(
      'Giãn dòng của {nameVi} là {actual}, cần {expected}. Cách sửa trong Word: chọn đoạn "{excerpt}" → ' +
        'Bố trí (Layout) → Đoạn văn (Paragraph) → Giãn dòng (Line spacing) {fix}{styleVi}.',
      'The line spacing of {nameEn} is {actualEn}; expected {expectedEn}. To fix in Word: select the paragraph ' +
        '"{excerpt}" → Layout → Paragraph → Line spacing {fixEn}{styleEn}.',
    ),
  },
  check({ model, options, text, report }) {
    const word = options.word;
    if (!word) return;
    const layout = layoutFor(model.profile);
    for (const c of word.components) {
      const st = layout.components[c.id];
      if (c.confidence !== 'high' || !st || !c.wholeParagraph) continue;
      const range = { start: c.start, end: c.end };
      let named: Record<string, string> | null = null;
      const base = () => (named ??= { ...names(c, text), ...styleHint(c.style) });
      if (st.checked.includes('indent') && !inRange(st.indentMm, c.firstLineMm, 0.5)) {
        const fix = vn(st.indentMm.def / 10);
        report({
          message: 'indent',
          range,
          data: {
            ...base(),
            actual: vn(c.firstLineMm),
            actualEn: fmtEn(c.firstLineMm),
            fix,
            // Stryker disable next-line StringLiteral: the indent defaults are whole centimetres (1 cm): no comma
            fixEn: fix.replace(',', '.'),
            expected: fmtRange(st.indentMm.min, st.indentMm.max),
            expectedEn: fmtRangeEn(st.indentMm.min, st.indentMm.max),
          },
        });
      }
      // Space between paragraphs: "after" as the guide says, or "before" when a template puts it there (and
      // "after" is not above the range).
      // Stryker disable next-line EqualityOperator,ConditionalExpression: spaceAfter is "≥ 6 pt" (max Infinity)
      const afterNotAbove = c.afterPt <= st.spaceAfter.max;
      if (
        st.checked.includes('spaceAfter') &&
        !inRange(st.spaceAfter, c.afterPt, 0.05) &&
        !(afterNotAbove && inRange(st.spaceAfter, c.beforePt, 0.05))
      ) {
        report({
          message: 'after',
          range,
          data: {
            ...base(),
            actual: vn(c.afterPt),
            actualEn: fmtEn(c.afterPt),
            fix: String(st.spaceAfter.def),
            expected: fmtRange(st.spaceAfter.min, st.spaceAfter.max),
            expectedEn: fmtRangeEn(st.spaceAfter.min, st.spaceAfter.max),
          },
        });
      }
      if (st.checked.includes('lineSpacing')) {
        const r = lineSpacingPt(st, c.sizePt);
        if (!inRange(r, c.linePt, 0.1)) {
          const exact = st.lineSpacing.unit === 'pt';
          const lines = fmtRange(st.lineSpacing.min, st.lineSpacing.max);
          const kind = c.lineRule === 'exact' ? 'Chính xác' : c.lineRule === 'atLeast' ? 'Ít nhất' : 'Bội số';
          const kindEn = c.lineRule === 'exact' ? 'Exactly' : c.lineRule === 'atLeast' ? 'At least' : 'Multiple';
          report({
            message: 'line',
            range,
            data: {
              ...base(),
              actual: `${vn(c.linePt)} pt (${kind})`,
              actualEn: `${fmtEn(c.linePt)} pt (${kindEn})`,
              expected: exact ? `${fmtRange(r.min, r.max)} pt, Chính xác (Exactly)` : `${lines} dòng`,
              expectedEn: exact ? `${fmtRangeEn(r.min, r.max)} pt, Exactly` : `${lines.replace(/,/g, '.')} lines`,
              fix: exact
                ? `→ Chính xác (Exactly), Tại (At) ${st.lineSpacing.def} pt`
                : '→ Một dòng (Single) hoặc 1,5 dòng',
              fixEn: exact ? `→ Exactly, At ${st.lineSpacing.def} pt` : '→ Single or 1.5 lines',
            },
          });
        }
      }
    }
  },
};

function fmtEn(x: number): string {
  return String(Math.round(x * 10) / 10);
}
export default rule;
