import { ALL, msg, type Rule } from '../rule';
import { fix, replace, fillMsg } from './_util';

/**
 * A component read despite characters damaged by a scan (OCR): the Party title, the type name, the star
 * under the issuer, the "Nơi nhận" label. The component counts as present (no "missing" error); this
 * one information finding shows the likely intended text (HD05 Phần II mục I: the fixed wording of
 * each component).
 */
const WHAT: Record<string, { vi: string; en: string }> = {
  partyTitle: { vi: 'tiêu đề', en: 'the Party title' },
  star: { vi: 'dấu sao dưới tên cơ quan', en: 'the star under the issuer' },
  title: { vi: 'tên loại văn bản', en: 'the document type name' },
  recipientsLabel: { vi: 'nhãn', en: 'the label' },
};

const rule: Rule = {
  id: 'ocr-damage',
  severity: 'information',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Chữ bị nhận dạng sai khi quét (OCR)', 'Characters damaged by a scan (OCR)'),
  messages: {
    damaged: msg(
      'Có vẻ {what} "{found}" bị nhận dạng sai khi quét (OCR); nhiều khả năng là "{intended}": kiểm tra lại và sửa.',
      'It looks as if {whatEn} "{found}" was misread by a scan (OCR); it most likely reads "{intended}": check and '
        + 'correct it.',
    ),
    fix: msg('Sửa thành "{intended}"', 'Correct to "{intended}"'),
  },
  check({ model, report }) {
    // Stryker disable next-line ArrayDeclaration: only a failed parse leaves no ocr list; no fixture can make one
    for (const d of model.ocr ?? []) {
      const w = WHAT[d.component];
      report({
        message: 'damaged',
        data: { what: w.vi, whatEn: w.en, found: d.found, intended: d.intended },
        range: { start: d.start, end: d.end },
        // Stryker disable next-line ObjectLiteral: the engine fills the title from the finding's data too
        suggest: [fix(fillMsg(this.messages.fix, { intended: d.intended }), replace(d, d.intended))],
      });
    }
  },
};
export default rule;
