// Hover, definition and references for cited documents.
import type { DocModel, Citation } from '../model';
import { PROFILES, partyProfileFor } from '../profiles';
import { typeByCode } from '../doctypes';
import { ISSUERS, ISSUER_CODES } from '../profiles/issuers';
import { formatVi } from '../dates';
import { positionAt } from '../text';

export function citationAt(model: DocModel, offset: number): Citation | null {
  return model.citations.find((c) => offset >= c.start && offset <= c.end) ?? null;
}

export function sameNumber(model: DocModel, c: Citation): Citation[] {
  return model.citations.filter((x) => x.number === c.number);
}

/** Markdown hover text for a citation, in Vietnamese (English on request). */
export function citationHover(model: DocModel, c: Citation, lang: 'vi' | 'en' = 'vi'): string {
  const vi = lang === 'vi';
  const family = c.shape === 'party' ? 'party' : 'state';
  const dt = c.typeCode ? typeByCode(c.typeCode, family) : null;
  const issuer = c.issuerCode
    ? (ISSUER_CODES.find((x) => x.code === c.issuerCode)?.name ??
      ISSUERS.find((e) => e.codes.test(c.issuerCode!))?.name ??
      null)
    : null;
  const regime =
    c.date && c.shape === 'party'
      ? PROFILES[partyProfileFor(c.date)].name[lang]
      : c.shape !== 'party'
        ? PROFILES.nd30.name[lang]
        : null;
  const rows: [string, string][] = [
    [vi ? 'Loại' : 'Type', c.typeWord || (dt?.word ?? '—')],
    [vi ? 'Số' : 'Number', c.number.split(/[-/]/)[0]],
    [
      vi ? 'Ký hiệu' : 'Symbol',
      c.number.slice(c.number.split(/[-/]/)[0].length + 1) + (dt ? ` (${dt.word.toLocaleLowerCase('vi')})` : ''),
    ],
    [
      vi ? 'Cơ quan ban hành' : 'Issuer',
      // The body as the draft names it, then its code and the body the code stands for.
      [c.issuerPhrase, c.issuerCode && issuer ? `${c.issuerCode}: ${issuer}` : c.issuerCode]
        .filter(Boolean)
        .join(' — ') || '—',
    ],
    [vi ? 'Ngày' : 'Date', c.date ? formatVi(c.date) : (c.dateText ?? (vi ? 'không ghi' : 'not given'))],
  ];
  if (c.lawYear) rows.push([vi ? 'Năm trong số hiệu' : 'Year in number', String(c.lawYear)]);
  if (regime) rows.push([vi ? 'Thể thức áp dụng' : 'Format regime', regime]);
  // The other lines citing it, each once.
  const others = [
    ...new Set(
      sameNumber(model, c)
        .filter((x) => x !== c)
        .map((x) => positionAt(model.src, x.start).line + 1),
    ),
  ];
  const lines = [
    `**${c.typeWord || (vi ? 'Văn bản' : 'Document')} ${c.number}**`,
    '',
    ...rows.map(([k, v]) => `- ${k}: ${v}`),
  ];
  if (others.length) lines.push('', (vi ? 'Còn được viện dẫn ở dòng ' : 'Also cited on line ') + others.join(', '));
  return lines.join('\n');
}
