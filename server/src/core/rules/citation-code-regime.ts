import { ALL, msg, type Rule } from '../rule';
import { compareDates, formatVi } from '../dates';
import { HD05_FROM } from '../profiles';
import { DISSOLVED_2025, REORGANISED_FROM } from '../profiles/issuers';

/**
 * A code judged by the regime of its own date: "QĐi" (Quy định) was used until 26/5/2026 and is "QĐ"
 * under HD05; district-level codes (HU, QU …) ended with the 2025 reorganisation (two-level local
 * government from 01/7/2025). A 2019 "QĐi" or a 2023 "/HU" is fine.
 */
/** Why a code of DISSOLVED_2025 ended (party-documents.md, the 2025 reorganisation). */
function whyEnded(code: string): { why: string; whyEn: string } {
  if (code === 'HU' || code === 'QU') return { why: 'cấp huyện thôi tổ chức', whyEn: 'district-level bodies ended' };
  if (code === 'BCSĐ' || code === 'ĐĐ')
    return {
      why: 'ban cán sự đảng, đảng đoàn được thay bằng đảng ủy',
      whyEn: 'Party delegations and caucuses were replaced by Party committees',
    };
  return {
    why: 'Ban Tuyên giáo và Ban Dân vận hợp nhất thành Ban Tuyên giáo và Dân vận',
    whyEn: 'the Propaganda and Mass Mobilisation boards merged',
  };
}

/** The part of an issuer code ("BTGTU", or one part of a joint "BTGTU-BDVTU") naming a body dissolved in 2025. */
function dissolvedPart(code: string | null | undefined): string | undefined {
  if (!code) return undefined;
  if (!code.includes('-')) return DISSOLVED_2025.test(code) ? code : undefined;
  return code.split('-').find((p) => DISSOLVED_2025.test(p));
}

const rule: Rule = {
  id: 'citation-code-regime',
  severity: 'information',
  profiles: ALL,
  fixable: 'none',
  title: msg('Ký hiệu không còn dùng ở thời điểm của văn bản', "Code not in use at the document's date"),
  messages: {
    qdiCited: msg(
      '"{number}" ghi ngày {date}, khi quy định đã dùng ký hiệu "QĐ" (Hướng dẫn 05-HD/VPTW), không còn "QĐi": kiểm ' +
        'tra lại số hiệu hoặc ngày.',
      '"{number}" is dated {date}, when a Quy định was coded "QĐ" (Guide 05-HD/VPTW), no longer "QĐi": check the ' +
        'number or the date.',
    ),
    dissolvedCited: msg(
      '"{number}" ghi ngày {date}, sau khi sắp xếp tổ chức năm 2025 ({why}, từ 01/7/2025) nên không còn ký hiệu ' +
        '"{code}": kiểm tra lại số hiệu hoặc ngày.',
      '"{number}" is dated {date}, after the 2025 reorganisation ({whyEn}, from 1 Jul 2025), so the code "{code}" no ' +
        'longer existed: check the number or the date.',
    ),
    dissolvedOwn: msg(
      'Văn bản ngày {date} mang ký hiệu cơ quan "{code}", không còn dùng sau khi sắp xếp tổ chức năm 2025 ({why}, ' +
        'từ 01/7/2025): kiểm tra lại ký hiệu cơ quan ban hành.',
      'This document, dated {date}, carries the issuer code "{code}", no longer in use after the 2025 ' +
        'reorganisation ({whyEn}, from 1 Jul 2025): check the issuer code.',
    ),
  },
  check({ model, report }) {
    for (const c of model.citations) {
      if (!c.date || !c.dateRange) continue;
      if (c.typeCode === 'QĐi' && compareDates(c.date, HD05_FROM) >= 0)
        report({ message: 'qdiCited', data: { number: c.number, date: formatVi(c.date) }, range: c.numberRange });
      // Stryker disable next-line OptionalChaining: every number the parser reads has its issuer code
      const code = dissolvedPart(c.issuerCode);
      if (c.shape === 'party' && code && compareDates(c.date, REORGANISED_FROM) >= 0)
        report({
          message: 'dissolvedCited',
          data: { number: c.number, date: formatVi(c.date), code, ...whyEnded(code) },
          range: c.numberRange,
        });
    }
    const n = model.header.number;
    const d = model.header.dateLine?.date;
    if (model.family === 'party' && n?.issuerCode && d && compareDates(d, REORGANISED_FROM) >= 0) {
      const code = dissolvedPart(n.issuerCode);
      if (code) report({ message: 'dissolvedOwn', data: { date: formatVi(d), code, ...whyEnded(code) }, range: n });
    }
  },
};
export default rule;
