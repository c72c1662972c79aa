import { ALL, msg, type Rule } from '../rule';
import { ISSUERS } from '../profiles/issuers';
import { foldTone } from '../vn';

/** The issuer phrase of a citation names the body its code stands for (HD05 6.1.4, 3.1.2b). */
const rule: Rule = {
  id: 'citation-issuer-mismatch',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Cơ quan ban hành văn bản viện dẫn không khớp ký hiệu', 'Cited issuer does not match the code'),
  messages: {
    mismatch: msg(
      '"{number}" có ký hiệu cơ quan "{code}" nhưng lại ghi "của {phrase}" ({name}): kiểm tra lại cơ quan ban hành '
        + 'hoặc số hiệu.',
      '"{number}" has the issuer code "{code}" but says "của {phrase}" ({name}): check the issuer or the number.',
    ),
  },
  check({ model, report }) {
    const byPhrase = new Map<string, (typeof ISSUERS)[number] | undefined>();
    for (const c of model.citations) {
      if (!c.issuerPhrase || !c.issuerCode) continue;
      let entry = byPhrase.get(c.issuerPhrase);
      // Stryker disable next-line ConditionalExpression: a cache; looking the phrase up again finds the same entry
      if (!byPhrase.has(c.issuerPhrase)) {
        const phrase = foldTone(c.issuerPhrase);
        entry = ISSUERS.find((e) => e.phrase.test(phrase));
        byPhrase.set(c.issuerPhrase, entry);
      }
      if (!entry) continue;
      // A joint issuer ("BTCTU-BNCTU") matches when one of its parts does.
      const code = c.issuerCode;
      if (code.includes('-') ? code.split('-').some((p) => entry.codes.test(p)) : entry.codes.test(code)) continue;
      report({
        message: 'mismatch',
        data: { number: c.number, code: c.issuerCode, phrase: c.issuerPhrase, name: entry.name },
        range: { start: c.start, end: c.end },
      });
    }
  },
};
export default rule;
