import { ALL, msg, type Rule } from '../rule';
import { layoutFor, inRange } from '../layout';
import { VISIBLE, faultySpan, fmtRange, fmtRangeEn, mostCommon, names, vn } from './_word';
import { styleHint } from './layout-font';

/** Sizes per component: HD05 Phụ lục 2, NĐ30 Phụ lục I mục II (ranges where the guide gives ranges). */
const rule: Rule = {
  id: 'layout-size',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Cỡ chữ ngoài khoảng quy định', "Font size outside the regime's range"),
  messages: {
    size: msg(
      'Cỡ chữ của {nameVi} là {actual}, cần {expected}. Cách sửa trong Word: chọn dòng "{excerpt}" → ' +
        'Trang đầu (Home) → Cỡ chữ {fix}{styleVi}.',
      'The size of {nameEn} is {actualEn} pt; expected {expectedEn} pt. To fix in Word: select the line ' +
        '"{excerpt}" → Home → Font Size {fix}{styleEn}.',
    ),
  },
  check({ model, options, text, report }) {
    const word = options.word;
    if (!word) return;
    const layout = layoutFor(model.profile);
    for (const c of word.components) {
      const st = layout.components[c.id];
      if (c.confidence !== 'high' || !st || !st.checked.includes('size')) continue;
      const bad = faultySpan(c, text, (r) => !inRange(st.size, r.size, 0.01), VISIBLE);
      if (!bad) continue;
      const actual = mostCommon(bad.runs.map((r) => r.size));
      // Stryker disable next-line EqualityOperator: a size equal to the minimum is in range and never gets here
      const fix = actual < st.size.min ? st.size.min : st.size.max;
      report({
        message: 'size',
        data: {
          ...names(c, text),
          ...styleHint(c.style),
          actual: `${vn(actual)} pt`,
          actualEn: String(actual),
          expected: `${fmtRange(st.size.min, st.size.max)} pt`,
          expectedEn: fmtRangeEn(st.size.min, st.size.max),
          fix: String(fix),
        },
        range: { start: bad.start, end: bad.end },
      });
    }
  },
};
export default rule;
