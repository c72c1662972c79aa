import { ALL, msg, type Rule } from '../rule';

/**
 * HD05 6.1.4: the first citation of a document gives its type, number, date, issuer (and summary);
 * later citations may give only type and number. Laws and National Assembly resolutions are cited by name.
 */
const rule: Rule = {
  id: 'citation-incomplete',
  severity: 'information',
  profiles: ALL,
  fixable: 'none',
  title: msg('Lần viện dẫn đầu tiên thiếu ngày hoặc cơ quan ban hành', 'First citation lacks its date or issuer'),
  messages: {
    missing: msg(
      'Lần đầu viện dẫn "{number}" cần ghi đủ {missing} (ví dụ "{example}"); các lần sau chỉ cần tên loại và số hiệu.',
      'The first citation of "{number}" should give its {missingEn} (e.g. "{example}"); later ones need only type and '
        + 'number.',
    ),
  },
  check({ model, report }) {
    const seen = new Set<string>();
    const own = model.header.number
      ? `${model.header.number.num}-${model.header.number.typeCode}/${model.header.number.issuerCode}`
      : null;
    for (const c of model.citations) {
      if (seen.has(c.number)) continue;
      seen.add(c.number);
      if (c.number === own || !c.typeWord) continue;
      // Stryker disable next-line StringLiteral: every number the parser reads has its issuer code
      const issuer = c.issuerCode ?? '';
      // A law of the National Assembly ("42/2024/QH15") is known by its number alone.
      if (c.shape === 'law' && /^(?:UBTV)?QH\d+$/u.test(issuer)) continue;
      const lacks: string[] = [],
        lacksEn: string[] = [];
      if (!c.date) {
        lacks.push('ngày ban hành');
        lacksEn.push('date');
      }
      if (!c.issuerPhrase) {
        lacks.push('cơ quan ban hành');
        lacksEn.push('issuer');
      }
      if (!lacks.length) continue;
      report({
        message: 'missing',
        data: {
          number: c.number,
          missing: lacks.join(' và '),
          missingEn: lacksEn.join(' and '),
          example: `${c.typeWord} số ${c.number}, ngày …/…/… của …`,
        },
        range: { start: c.start, end: c.numberRange.end },
      });
    }
  },
};
export default rule;
