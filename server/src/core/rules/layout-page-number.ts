import { ALL, msg, type Rule } from '../rule';
import { layoutFor, inRange } from '../layout';
import { fmtRange, fmtRangeEn, sameFont, vn } from './_word';

const ALIGN = {
  left: ['căn trái', 'left-aligned'],
  right: ['căn phải', 'right-aligned'],
  justify: ['căn đều', 'justified'],
};

/**
 * HD05 Phần IV.5 and Phụ lục 2 row 15 (NĐ30 Phụ lục I mục I.7): page numbers in Arabic figures at the top of
 * the page, centred, not shown on page 1. Read from the PAGE fields of the headers and footers of the file.
 */
const rule: Rule = {
  id: 'layout-page-number',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg(
    'Số trang thiếu, ở trang 1, hoặc không ở giữa phía trên',
    'Page number missing, on page 1, or not top centre',
  ),
  messages: {
    missing: msg(
      'Văn bản dài hơn một trang nhưng không có số trang. Cách sửa trong Word: Chèn (Insert) → ' +
        'Số trang (Page Number) → Đầu trang (Top of Page) → Số thường 2 (Plain Number 2, ở giữa), rồi chọn ' +
        'Trang đầu khác (Different First Page).',
      'The document runs over one page but has no page numbers. To fix in Word: Insert → Page Number → Top of Page → ' +
        'Plain Number 2 (centred), then tick Different First Page.',
    ),
    firstPage: msg(
      'Trang 1 có số trang; số trang chỉ đánh từ trang 2. Cách sửa trong Word: nhấp đúp vào đầu trang → ' +
        'đánh dấu Trang đầu khác (Different First Page).',
      'Page 1 shows a page number; numbers start on page 2. To fix in Word: double-click the header → tick ' +
        'Different First Page.',
    ),
    footer: msg(
      'Số trang đặt ở chân trang; cần ở giữa phía trên (đầu trang). Cách sửa trong Word: xóa số ở chân trang, rồi ' +
        'Chèn (Insert) → Số trang (Page Number) → Đầu trang (Top of Page) → Số thường 2 (Plain Number 2).',
      'The page number is in the footer; it belongs at the top centre (header). To fix in Word: delete it from the ' +
        'footer, then Insert → Page Number → Top of Page → Plain Number 2.',
    ),
    size: msg(
      'Số trang cỡ {actual} pt, cần {expected} pt. Cách sửa trong Word: nhấp đúp vào đầu trang, chọn số trang → ' +
        'Trang đầu (Home) → Cỡ chữ {fix}.',
      'The page number is {actualEn} pt; expected {expectedEn} pt. To fix in Word: double-click the ' +
        'header, select the ' +
        'number → Home → Font Size {fix}.',
    ),
    font: msg(
      'Số trang dùng phông "{actual}", cần "{expected}". Cách sửa trong Word: nhấp đúp vào đầu trang, ' +
        'chọn số trang → ' +
        'Trang đầu (Home) → Phông chữ → {expected}.',
      'The page number is in "{actual}"; expected "{expected}". To fix in Word: double-click the header, select the ' +
        'number → Home → Font → {expected}.',
    ),
    align: msg(
      'Số trang ở đầu trang nhưng {actualVi}; cần căn giữa. Cách sửa trong Word: nhấp đúp vào đầu trang, đặt con trỏ ' +
        'vào số trang → Trang đầu (Home) → Căn giữa (Ctrl+E).',
      'The page number is in the header but {actualEn}; it must be centred. To fix in Word: double-click the header, ' +
        'put the cursor on the number → Home → Center (Ctrl+E).',
    ),
  },
  check({ model, options, report }) {
    const pn = options.word?.pageNumber;
    if (!pn) return;
    const range = { start: pn.start, end: pn.end };
    if (!pn.present) {
      if (pn.multiPage) report({ message: 'missing', range });
      return;
    }
    if (pn.onFirstPage) report({ message: 'firstPage', range });
    if (pn.place === 'footer') report({ message: 'footer', range });
    else if (pn.align && pn.align !== 'center') {
      const a = ALIGN[pn.align];
      report({ message: 'align', range, data: { actualVi: a[0], actualEn: a[1] } });
    }
    // Size and font of the number (HD05 Phụ lục 2 row 15: 14 pt; NĐ30: 13–14 pt).
    const st = layoutFor(model.profile).components.pageNumber;
    if (pn.sizePt !== null && !inRange(st.size, pn.sizePt, 0.01)) {
      report({
        message: 'size',
        range,
        data: {
          actual: vn(pn.sizePt),
          actualEn: String(pn.sizePt),
          expected: fmtRange(st.size.min, st.size.max),
          expectedEn: fmtRangeEn(st.size.min, st.size.max),
          // Stryker disable next-line EqualityOperator: a size equal to the minimum is in range and never gets here
          fix: String(pn.sizePt < st.size.min ? st.size.min : st.size.max),
        },
      });
    }
    if (pn.font !== null && !sameFont(pn.font, st.font)) {
      report({ message: 'font', range, data: { actual: pn.font, expected: st.font } });
    }
  },
};
export default rule;
