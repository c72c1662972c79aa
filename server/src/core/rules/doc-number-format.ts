import { ALL, msg, type Rule } from '../rule';
import { STATE_NUMBER_MESSAGES, checkStateNumber } from './_state';
import { fix, replace, fillMsg } from './_util';
import { padDocNumber } from '../format';

/**
 * HD05 3.2.2 (HD36 1.3): "Số <số>-<KH loại>/<KH cơ quan>": no colon after "Số", a hyphen between the
 * number and the type code, a slash before the issuer, numbers below 10 padded with one zero, no
 * padding from 10 on, no spaces; the type code must exist under the draft's regime (QĐi ended with HD05).
 */
const rule: Rule = {
  id: 'doc-number-format',
  severity: 'error',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Số và ký hiệu văn bản sai dạng', 'Malformed document number'),
  messages: {
    colon: msg(
      'Số ký hiệu của văn bản Đảng không có dấu hai chấm sau chữ "Số": viết "{expected}" thay cho "{actual}".',
      'A Party document number has no colon after "Số": write "{expected}" instead of "{actual}".',
    ),
    stateShape: msg(
      '"{actual}" là cách ghi số của văn bản nhà nước; văn bản Đảng ghi số, gạch nối, ký hiệu loại, gạch chéo, ký '
        + 'hiệu cơ quan: "{expected}".',
      '"{actual}" is the state way of numbering; a Party number is number, hyphen, type code, slash, issuer code: '
        + '"{expected}".',
    ),
    pad: msg(
      'Số nhỏ hơn 10 phải có số 0 ở trước: viết "{expected}" thay cho "{actual}".',
      'A number below 10 takes a leading zero: write "{expected}" instead of "{actual}".',
    ),
    unpad: msg(
      'Số từ 10 trở lên không thêm số 0 ở trước: viết "{expected}" thay cho "{actual}".',
      'A number of 10 or more has no leading zero: write "{expected}" instead of "{actual}".',
    ),
    dash: msg(
      'Giữa số và ký hiệu dùng dấu gạch nối "-", không dùng "{dash}": "{actual}".',
      'Use a hyphen "-" between the number and the code, not "{dash}": "{actual}".',
    ),
    spaceBeforeDash: msg(
      'Có dấu cách giữa số và dấu gạch nối ("{actual}"), thường do điền số vào chỗ trống: viết liền "{expected}".',
      'A space between the number and the hyphen ("{actual}"), usually from filling in a blank: write "{expected}".',
    ),
    spaces: msg(
      'Số và ký hiệu viết liền, không có dấu cách: viết "{expected}" thay cho "{actual}".',
      'The number and codes are written without spaces: write "{expected}" instead of "{actual}".',
    ),
    unknownType: msg(
      'Ký hiệu loại văn bản "{code}" không có trong {profile} (các ký hiệu: {known}).',
      'The type code "{code}" does not exist under {profile} (codes: {known}).',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
    fixColon: msg('Bỏ dấu hai chấm sau "Số"', 'Remove the colon after "Số"'),
    ...STATE_NUMBER_MESSAGES,
  },
  check(ctx) {
    if (ctx.profile.family === 'state') {
      checkStateNumber(ctx, this.messages);
      return;
    }
    const { model, profile, report, text } = ctx;
    const n = model.header.number;
    if (!n || n.shape === 'unknown') return;
    const actual = n.text.replace(/\s+/g, ' ');
    const num = n.num ? padDocNumber(n.num) : '';
    // Stryker disable next-line StringLiteral: a number with a type code always has its issuer code (parse/numbers)
    const issuer = n.issuerCode ?? '';
    // The number as it should be written: a blank number stays blank to fill in, a missing type code shows "…".
    const canonical = `Số ${num || '     '}-${n.typeCode ?? '…'}/${issuer}`;
    const title = (expected: string) => fillMsg(this.messages.fix, { expected: expected });
    if (n.shape === 'state') {
      // "Số: 42/KL-TU" -> "Số 42-KL/TU"
      const expected = canonical;
      report({
        message: 'stateShape',
        data: { actual, expected },
        range: n,
        fix: n.typeCode && n.issuerCode && n.num ? fix(title(expected), replace(n, expected)) : undefined,
        familySpecific: true,
      });
      return;
    }
    // Stryker disable next-line ConditionalExpression: a shortcut; without n.colon no ':' stands before the body
    if (n.colon) {
      const range = { start: n.start, end: Math.min(n.body.start, n.end) };
      // "Số." also fills the colon's place: only a real colon is reported.
      if (/[:：]/u.test(text.slice(n.start, n.body.start))) // a full-width colon (U+FF1A) is one too
        report({
          message: 'colon',
          data: { actual, expected: canonical },
          range,
          fix: fix(this.messages.fixColon, replace(range, 'Số ')),
          familySpecific: true,
        });
    }
    // Stryker disable next-line ConditionalExpression: a blank number reads NaN, which neither test below accepts
    if (n.num) {
      const v = parseInt(n.num, 10);
      if (v < 10 && n.num !== padDocNumber(n.num))
        report({
          message: 'pad',
          severity: 'warning',
          data: { actual, expected: canonical },
          range: n.numRange,
          fix: fix(title(padDocNumber(n.num)), replace(n.numRange, padDocNumber(n.num))),
        });
      else if (v >= 10 && n.num !== String(v))
        report({
          message: 'unpad',
          severity: 'warning',
          data: { actual, expected: canonical },
          range: n.numRange,
          fix: fix(title(String(v)), replace(n.numRange, String(v))),
        });
    }
    for (const d of n.oddDashes)
      report({
        message: 'dash',
        severity: 'warning',
        data: { dash: text.slice(d.start, d.end), actual },
        range: d,
        fix: fix(title('-'), replace(d, '-')),
      });
    if (n.num) {
      for (const s of n.spaces) {
        // A party number's blanks stand around its dash and its slash: the one right after the digits is
        // always followed by the dash (a hyphen or an odd one, the minus sign "−" included).
        const beforeDash = s.start === n.numRange.end;
        const expected = canonical;
        report({
          message: beforeDash ? 'spaceBeforeDash' : 'spaces',
          severity: beforeDash ? 'information' : 'warning',
          data: { actual, expected },
          range: s,
          fix: fix(title(expected), replace(s, '')),
        });
      }
    }
    if (n.typeCode && !(n.typeCode in profile.typeCodes)) {
      report({
        message: 'unknownType',
        severity: 'warning',
        data: { code: n.typeCode, profile: profile.shortName, known: Object.keys(profile.typeCodes).join(', ') },
        range: n.typeRange ?? n,
      });
    }
  },
};
export default rule;
