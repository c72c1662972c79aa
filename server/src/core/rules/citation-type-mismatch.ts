import { ALL, msg, quote, type Rule } from '../rule';
import { fix, replace, fillMsg, wordEnd } from './_util';
import { DOC_TYPES, typeByWord } from '../doctypes';

/** The type word of a citation agrees with the type code in its number (HD05 3.1.2a; Nghị định 30 PL III). */
const ALIASES: Record<string, string> = { 'thông báo kết luận': 'Thông báo', 'chương trình hành động': 'Chương trình' };

const rule: Rule = {
  id: 'citation-type-mismatch',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Tên loại văn bản viện dẫn không khớp ký hiệu', 'Cited type word does not match the code'),
  messages: {
    mismatch: msg(
      '"{word}" nhưng số hiệu "{number}" mang ký hiệu "{code}" của {codeName}: kiểm tra lại tên loại hoặc số hiệu.',
      '"{word}" but the number "{number}" carries the code "{code}" of a {codeName}: check the type word ' +
        'or the number.',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    // The type of each type word as typed (a draft repeats a few words thousands of times).
    const typeOf = new Map<string, ReturnType<typeof typeByWord>>();
    for (const c of model.citations) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: no type word or no code finds no type below
      if (!c.typeWord || !c.typeCode) continue;
      let dt = typeOf.get(c.typeWord);
      // Stryker disable next-line ConditionalExpression: a cache; looking the word up again finds the same type
      if (dt === undefined && !typeOf.has(c.typeWord)) {
        dt = typeByWord(ALIASES[c.typeWord.toLowerCase()] ?? c.typeWord);
        typeOf.set(c.typeWord, dt);
      }
      if (!dt) continue;
      const party = c.shape === 'party';
      const codes = party ? dt.party : dt.state;
      if (!codes.length || codes.includes(c.typeCode)) continue;
      const byCode = DOC_TYPES.find((d) => (party ? d.party : d.state).includes(c.typeCode!));
      if (!byCode) continue; // unknown code: not this rule's business
      const start = c.start;
      const expected =
        c.typeWord[0] === c.typeWord[0].toLocaleUpperCase('vi') ? byCode.word : byCode.word.toLocaleLowerCase('vi');
      const title = fillMsg(this.messages.fix, { expected: expected });
      report({
        message: 'mismatch',
        data: {
          word: quote(c.typeWord),
          number: c.number,
          code: c.typeCode,
          codeName: byCode.word.toLocaleLowerCase('vi'),
        },
        range: { start, end: c.numberRange.end },
        suggest: [fix(title, replace({ start, end: wordEnd(model.src.text, start, c.typeWord) }, expected))],
      });
    }
  },
};
export default rule;

