import { ALL, msg, type Rule } from '../rule';
import { compareDates, formatVi } from '../dates';
import { HD05_FROM } from '../profiles';
import { DISSOLVED_2025, REORGANISED_FROM } from '../profiles/issuers';

/**
 * A code judged by the regime of its own date: "QĐi" (Quy định) was used until 26/5/2026 and is "QĐ"
 * under HD05; district-level codes (HU, QU …) ended with the 2025 reorganisation (two-level local
 * government from 01/7/2025). A 2019 "QĐi" or a 2023 "/HU" is fine.
 */
const rule: Rule = {
  id: 'citation-code-regime',
  severity: 'information',
  profiles: ALL,
  fixable: 'none',
  title: msg('Ký hiệu không còn dùng ở thời điểm của văn bản', "Code not in use at the document's date"),
  messages: {
    qdiCited: msg(
      '"{number}" ghi ngày {date}, khi quy định đã dùng ký hiệu "QĐ" (Hướng dẫn 05-HD/VPTW), không còn "QĐi": kiểm '
        + 'tra lại số hiệu hoặc ngày.',
      '"{number}" is dated {date}, when a Quy định was coded "QĐ" (Guide 05-HD/VPTW), no longer "QĐi": check the '
        + 'number or the date.',
    ),
    dissolvedCited: msg(
      '"{number}" ghi ngày {date}, sau khi cấp huyện thôi tổ chức (01/7/2025) nên không còn ký hiệu "{code}": kiểm '
        + 'tra lại số hiệu hoặc ngày.',
      '"{number}" is dated {date}, after district-level bodies ended (1 Jul 2025), so the code "{code}" no longer '
        + 'existed: check the number or the date.',
    ),
    dissolvedOwn: msg(
      'Văn bản ngày {date} mang ký hiệu cơ quan "{code}", là cơ quan cấp huyện đã thôi tổ chức từ 01/7/2025: kiểm tra '
        + 'lại ký hiệu cơ quan ban hành.',
      'This document, dated {date}, carries the issuer code "{code}" of a district body that ended on 1 Jul 2025: '
        + 'check the issuer code.',
    ),
  },
  check({ model, report }) {
    for (const c of model.citations) {
      if (!c.date || !c.dateRange) continue;
      if (c.typeCode === 'QĐi' && compareDates(c.date, HD05_FROM) >= 0)
        report({ message: 'qdiCited', data: { number: c.number, date: formatVi(c.date) }, range: c.numberRange });
      const code = c.issuerCode?.split('-').find((p) => DISSOLVED_2025.test(p));
      if (c.shape === 'party' && code && compareDates(c.date, REORGANISED_FROM) >= 0)
        report({
          message: 'dissolvedCited',
          data: { number: c.number, date: formatVi(c.date), code },
          range: c.numberRange,
        });
    }
    const n = model.header.number;
    const d = model.header.dateLine?.date;
    if (model.family === 'party' && n?.issuerCode && d && compareDates(d, REORGANISED_FROM) >= 0) {
      const code = n.issuerCode.split('-').find((p) => DISSOLVED_2025.test(p));
      if (code) report({ message: 'dissolvedOwn', data: { date: formatVi(d), code }, range: n });
    }
  },
};
export default rule;
