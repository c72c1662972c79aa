import { ALL, msg, type Rule } from '../rule';
import { fix, replace, fillMsg } from './_util';
import { viewRange, type View } from '../text';
import { findNumbers, canonicalNumber } from '../parse/numbers';
import { typeByWord } from '../doctypes';
import { isRealDate, type YMD } from '../dates';
import { padDay, padMonth } from '../format';

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, mục III.1 and Phụ lục III (Mẫu 1.3, 2.1): under an annex's
 * title stands "(Kèm theo <tên loại> số …/…-… ngày … tháng … năm … của …)", naming the document the annex
 * belongs to — its own number and date. Hướng dẫn 05-HD/VPTW writes Party annexes the same way
 * ("Kèm theo Kết luận số …-KL/…, ngày …"). A number or date that differs from the header is an error;
 * spacing inside them or a colon after "số" is information.
 */
// The line opens with it: a sentence citing another document "(kèm theo Kết luận số …)" is no annex line.
const LEAD = /^\(\s*Kèm\s+theo\s+(\p{L}+(?:\s+\p{L}+){0,3}?)\s+(số)(\s*:)?\s*/iu;
const DATE_AFTER = /^\s*,?\s*ngày(\s*)(\d{1,2})(\s*)\/(\s*)(\d{1,2})(\s*)\/(\s*)(\d{4})/u;
const DATE_WORDS_AFTER = /^\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;

const rule: Rule = {
  id: 'annex-reference-mismatch',
  severity: 'error',
  profiles: ALL,
  fixable: 'fix',
  title: msg(
    'Dòng "Kèm theo" của phụ lục không khớp số, ngày của văn bản',
    'Annex reference disagrees with the document',
  ),
  messages: {
    number: msg(
      'Phụ lục ghi kèm theo văn bản số "{actual}" nhưng văn bản này là số "{expected}" (ở phần đầu).',
      'The annex says it belongs to number "{actual}" but this document is number "{expected}" (in its header).',
    ),
    date: msg(
      'Phụ lục ghi kèm theo văn bản ngày "{actual}" nhưng văn bản này ban hành ngày {expected} (ở phần đầu).',
      'The annex says it belongs to a document dated "{actual}" but this document is dated {expected} (in its header).',
    ),
    spacing: msg(
      'Số, ngày trong dòng "Kèm theo" viết liền đúng dạng: "{expected}" thay cho "{actual}".',
      'Write the number and date of the "Kèm theo" line in their plain form: "{expected}" instead of "{actual}".',
    ),
    colon: msg(
      'Sau chữ "số" trong dòng "Kèm theo" không có dấu hai chấm.',
      'No colon after "số" in the "Kèm theo" line.',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
    fixColon: msg('Bỏ dấu hai chấm', 'Remove the colon'),
  },
  check({ model, report }) {
    const h = model.header;
    const own = h.number;
    if (!own || !own.num || own.shape === 'unknown') return;
    const ownNumber =
      own.shape === 'party'
        ? `${own.num}-${own.typeCode}/${own.issuerCode}`
        : `${own.num}/${own.typeCode ? own.typeCode + '-' : ''}${own.issuerCode}`;
    const ownClean = own.spaces.length === 0 && own.oddDashes.length === 0;
    const ownDate = h.dateLine?.date ?? null;
    const ownCode = h.titleCode ?? own.typeCode;
    function sameType(word: string, code: string | null): boolean {
      const dt = typeByWord(word);
      if (!dt || !ownCode) return false;
      return dt.party.includes(ownCode) || dt.state.includes(ownCode) || (!!code && code === own!.typeCode);
    }
    const self = rule;
    const checkLine = (seg: View) => {
      const t = seg.matchText;
      const lead = LEAD.exec(t);
      if (!lead) return;
      const restAt = lead[0].length; // LEAD is anchored: lead.index is 0
      const tok = findNumbers(t.slice(restAt)).find((x) => x.index === 0);
      if (!tok || !sameType(lead[1], tok.typeCode)) return;
      if (lead[3]) {
        const soEnd = lead[0].indexOf(lead[2]) + 2;
        const at = t.indexOf(':', soEnd);
        // The colon and the spaces before it go ("số : 85" → "số 85").
        report({
          message: 'colon',
          severity: 'information',
          range: viewRange(seg, at, at + 1),
          fix: fix(self.messages.fixColon, replace(viewRange(seg, soEnd, at + 1), '')),
        });
      }
      // The number token starts right at restAt (tok.index is 0).
      const numText = t.slice(restAt, restAt + tok.end);
      const numClean = canonicalNumber(t.slice(restAt), tok);
      const numRange = viewRange(seg, restAt, restAt + tok.end);
      if (numClean !== ownNumber && tok.num) {
        report({
          message: 'number',
          data: { actual: numText, expected: ownNumber },
          range: numRange,
          fix: ownClean ? fix(fillFix(ownNumber), replace(numRange, ownNumber)) : undefined,
        });
      } else if (numText !== numClean) {
        report({
          message: 'spacing',
          severity: 'information',
          data: { actual: numText, expected: numClean },
          range: numRange,
          fix: fix(fillFix(numClean), replace(numRange, numClean)),
        });
      }
      const afterAt = restAt + tok.end;
      const after = t.slice(afterAt);
      const dm = DATE_AFTER.exec(after);
      const wm = dm ? null : DATE_WORDS_AFTER.exec(after);
      if (!dm && !wm) return;
      const m = (dm ?? wm)!;
      const d = +(dm ? dm[2] : wm![1]),
        mo = +(dm ? dm[5] : wm![2]),
        y = +(dm ? dm[8] : wm![3]);
      const ngayAt = afterAt + after.indexOf('ngày');
      // Stryker disable next-line StringLiteral: only spaces and a comma stand before "ngày" in `after`
      const dateStart = dm ? ngayAt + 4 + dm[1].length : afterAt + after.indexOf(wm![1], after.indexOf('ngày'));
      const dateEnd = afterAt + m[0].length;
      const actual = t.slice(dateStart, dateEnd);
      const ymd: YMD | null = isRealDate(y, mo, d) ? { y, m: mo, d } : null;
      const write = (x: YMD) =>
        dm ? `${padDay(x.d)}/${padMonth(x.m)}/${x.y}` : `${padDay(x.d)} tháng ${padMonth(x.m)} năm ${x.y}`;
      if (ownDate && ymd && (ymd.y !== ownDate.y || ymd.m !== ownDate.m || ymd.d !== ownDate.d)) {
        const expected = write(ownDate);
        const r = viewRange(seg, dateStart, dateEnd);
        report({
          message: 'date',
          data: { actual, expected },
          range: r,
          fix: fix(fillFix(expected), replace(r, expected)),
        });
        return;
      }
      if (dm && (dm[1] === '' || dm[3] || dm[4] || dm[6] || dm[7])) {
        const r = viewRange(seg, ngayAt, dateEnd);
        const expected = `ngày ${dm[2]}/${dm[5]}/${dm[8]}`;
        report({
          message: 'spacing',
          severity: 'information',
          data: { actual: t.slice(ngayAt, dateEnd), expected },
          range: r,
          fix: fix(fillFix(expected), replace(r, expected)),
        });
      }
    };
    // Stryker disable next-line EqualityOperator: the annex follows the header holding the number, never on line 0
    const from = model.appendixLine >= 0 ? model.appendixLine : model.bodyStart;
    for (let i = from; i < model.src.lines.length; i++) {
      const line = model.src.lines[i];
      // Most lines hold no "kèm": tested on the typed text (folding the tone placement cannot make one).
      const typed = line.view.typed;
      // Stryker disable next-line ConditionalExpression,StringLiteral,BooleanLiteral: a shortcut; LEAD needs "kèm"
      if (!typed.includes('Kèm') && !typed.includes('kèm')) continue;
      for (const seg of line.segs) {
        // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; LEAD needs "kèm"
        if (seg.matchText.includes('Kèm') || seg.matchText.includes('kèm')) checkLine(seg);
      }
    }
    function fillFix(expected: string) {
      // Stryker disable next-line ObjectLiteral: the engine fills the title from the finding's data too (same expected)
      return fillMsg(self.messages.fix, { expected });
    }
  },
};
export default rule;
