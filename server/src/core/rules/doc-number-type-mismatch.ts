import { ALL, msg, type Rule } from '../rule';
import { fix, replace } from './_util';
import { typeByWord, typeFromTitle } from '../doctypes';
import { norm } from '../vn';

/**
 * HD05 3.1.2a: the type code in the number is the initials of the type name on the title line. State documents:
 * the code of the type name in Nghị định 30/2020/NĐ-CP, Phụ lục III (THÔNG BÁO → TB, GIẤY MỜI → GM); a code the
 * table does not know is doc-number-format's information, not a mismatch.
 */
const rule: Rule = {
  id: 'doc-number-type-mismatch',
  severity: 'error',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Ký hiệu loại trong số không khớp tên loại văn bản', 'Type code does not match the document type'),
  messages: {
    mismatch: msg(
      'Văn bản là "{title}" nhưng số ghi ký hiệu loại "{code}" ({codeName}); ký hiệu đúng là "{expected}".',
      'The document is a "{title}" but its number has the type code "{code}" ({codeName}); the right code is ' +
        '"{expected}".',
    ),
    fix: msg('Đổi ký hiệu thành "{expected}"', 'Change the code to "{expected}"'),
  },
  check({ model, profile, report }) {
    const h = model.header;
    const n = h.number;
    if (!h.title || !n?.typeCode || !n.typeRange) return;
    const dt = typeFromTitle(norm(h.title.text));
    const codes = profile.family === 'state' ? dt?.state : dt?.party;
    // Stryker disable next-line OptionalChaining: codes is undefined only when dt is null, caught by !dt
    if (!dt || !codes?.length) return;
    // A code of the type's list fits unless the regime gives it to another type: under HD36 "QĐ" is a Quyết định
    // and a Quy định is "QĐi"; under HD05 "QĐ" serves both.
    const fits = (c: string) => {
      const other = c in profile.typeCodes ? typeByWord(profile.typeCodes[c]) : null;
      return codes.includes(c) && (!other || other === dt);
    };
    if (fits(n.typeCode)) return;
    if (profile.family === 'state' && !(n.typeCode in profile.typeCodes)) return;
    const expected = codes.find((c) => c in profile.typeCodes && fits(c)) ?? codes[0];
    report({
      message: 'mismatch',
      data: { title: dt.name, code: n.typeCode, codeName: profile.typeCodes[n.typeCode] ?? '?', expected },
      range: n.typeRange,
      suggest: [fix(this.messages.fix, replace(n.typeRange, expected))],
    });
  },
};
export default rule;
