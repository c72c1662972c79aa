import { ALL, msg, type Rule } from '../rule';
import { citationKey } from '../register/extract';
import { citationDate } from '../register/cite';
import { toIso } from '../dates';
import { typeByWord } from '../doctypes';
import { padDay, padMonth } from '../format';
import { wordEnd } from './_util';

/** Spec §10: a citation names a registered document with a different date or a different type word. */
const rule: Rule = {
  id: 'register-citation-mismatch',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Viện dẫn khác sổ đăng ký (ngày hoặc tên loại)', 'Citation differs from the register (date or type)'),
  messages: {
    date: msg(
      '{word} số {number} trong sổ đăng ký có ngày {registered} ({file}), ở đây ghi ngày {written}.',
      '{word} {number} is dated {registered} in the register ({file}); this citation says {written}.',
    ),
    type: msg(
      'Văn bản số {number} trong sổ đăng ký là {registered} ({file}), ở đây gọi là "{written}".',
      'Document {number} is a {registered} in the register ({file}); this citation calls it "{written}".',
    ),
    fixDate: msg('Sửa thành ngày {registered} theo sổ đăng ký', 'Change to {registered} as in the register'),
    fixType: msg('Sửa thành "{registered}" theo sổ đăng ký', 'Change to "{registered}" as in the register'),
  },
  check({ model, register, report }) {
    if (!register) return;
    const text = model.src.text;
    for (const c of model.citations) {
      const key = citationKey(c);
      // Stryker disable next-line ConditionalExpression: a null key finds no entry in byKey below either
      if (!key) continue;
      const entries = (register.byKey.get(key) ?? []).filter((e) => e.file !== register.self);
      if (entries.length !== 1) continue; // not registered, or the register itself is ambiguous (a duplicate)
      const e = entries[0];
      const cited = typeByWord(c.typeWord);
      const registered = typeByWord(e.typeWord);
      if (cited && registered && cited !== registered) {
        // The citation starts at its type word; the source may hold it decomposed (NFD), longer than typeWord.
        const start = c.start;
        const end = wordEnd(text, start, c.typeWord);
        const written = text.slice(start, end);
        const word = /^\p{Lu}/u.test(written) ? e.typeWord : e.typeWord.toLocaleLowerCase('vi');
        report({
          message: 'type',
          data: { number: c.number, registered: word, written, file: e.name },
          range: { start, end },
          suggest: [{ title: rule.messages.fixType, edits: [{ start, end, newText: word }] }],
        });
      }
      if (c.date && c.dateRange && e.date && toIso(c.date) !== e.date) {
        const written = text.slice(c.dateRange.start, c.dateRange.end);
        const replacement = sameStyle(written, e.date);
        report({
          message: 'date',
          data: { word: e.typeWord, number: c.number, registered: citationDate(e.date), written, file: e.name },
          range: c.dateRange,
          suggest: replacement
            ? [
                {
                  title: rule.messages.fixDate,
                  edits: [{ start: c.dateRange.start, end: c.dateRange.end, newText: replacement }],
                },
              ]
            : [],
        });
      }
    }
  },
};
export default rule;


/**
 * The registered date written the way the citation wrote its date (numbers or words, same separator).
 * `written` is the citation's date from its day's digits to its year's (the parser's dateRange).
 */
function sameStyle(written: string, iso: string): string | null {
  const [y, m, d] = iso.split('-').map(Number);
  const words = /^\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}$/iu.test(written);
  if (words) return `${padDay(d)} tháng ${padMonth(m)} năm ${y}`;
  const num = /^\d{1,2}([/\-.])\d{1,2}\1\d{4}$/u.exec(written);
  if (num) return citationDate(iso).split('/').join(num[1]);
  return null;
}
