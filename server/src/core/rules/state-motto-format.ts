import { msg, quote, type Rule } from '../rule';
import { fix, replace } from './_util';
import { findMotto, quocHieuFor, quocHieuProblem, analyseTieuNgu } from '../state-motto';

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.1: Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in capitals
 * (HÒA and HOÀ are both official); Tiêu ngữ "Độc lập - Tự do - Hạnh phúc": the first letter of each phrase
 * in capitals, hyphens with a space on each side. A misspelt Quốc hiệu is an error; the rest are warnings;
 * dashes lost altogether (a PDF copy) are information.
 */
const rule: Rule = {
  id: 'state-motto-format',
  severity: 'error',
  profiles: ['nd30'],
  fixable: 'fix',
  title: msg('Quốc hiệu, Tiêu ngữ sai chính tả hoặc sai dạng', 'Misspelt or malformed state motto'),
  messages: {
    spelling: msg(
      'Quốc hiệu viết sai: "{actual}"; phải là "{expected}".',
      'The Quốc hiệu is misspelt: "{actual}"; it reads "{expected}".',
    ),
    caps: msg(
      'Quốc hiệu viết chữ in hoa toàn bộ: "{expected}" thay cho "{actual}".',
      'The Quốc hiệu is written all in capitals: "{expected}" instead of "{actual}".',
    ),
    tnCase: msg(
      'Tiêu ngữ chỉ viết hoa chữ cái đầu của mỗi cụm từ: "Độc lập - Tự do - Hạnh phúc" (đang viết "{actual}").',
      'In the Tiêu ngữ only the first letter of each phrase is a capital: "Độc lập - Tự do - Hạnh phúc" (found '
        + '"{actual}").',
    ),
    tnDash: msg(
      'Giữa các cụm từ của Tiêu ngữ là dấu gạch nối "-" có cách chữ hai bên, không dùng "{actual}".',
      'The phrases of the Tiêu ngữ are joined by a hyphen "-" with a space on each side, not "{actual}".',
    ),
    tnNoDash: msg(
      'Tiêu ngữ thiếu dấu gạch nối giữa các cụm từ (thường do sao chép từ PDF): "Độc lập - Tự do - Hạnh phúc".',
      'The Tiêu ngữ has lost the hyphens between its phrases (usually a PDF copy): "Độc lập - Tự do - Hạnh phúc".',
    ),
    tnSpelling: msg(
      'Tiêu ngữ viết sai: "{actual}"; phải là "Độc lập - Tự do - Hạnh phúc".',
      'The Tiêu ngữ is misspelt: "{actual}"; it reads "Độc lập - Tự do - Hạnh phúc".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
    fixTn: msg('Viết "Độc lập - Tự do - Hạnh phúc"', 'Write "Độc lập - Tự do - Hạnh phúc"'),
  },
  check({ model, report }) {
    const m = findMotto(model.src, model.header.zoneEnd);
    const q = m.quocHieu;
    if (q) {
      const problem = quocHieuProblem(q.text);
      if (problem !== 'ok') {
        const expected = quocHieuFor(q.text);
        report({
          message: problem === 'case' ? 'caps' : 'spelling',
          severity: problem === 'case' ? 'warning' : 'error',
          data: { actual: quote(q.text), expected },
          range: q.range,
          fix: fix(this.messages.fix, replace(q.range, expected)),
        });
      }
    }
    const t = m.tieuNgu;
    if (!t) return;
    const a = analyseTieuNgu(t.text);
    if (!a.wordsOk) {
      report({
        message: 'tnSpelling',
        severity: 'warning',
        data: { actual: quote(t.text) },
        range: t.range,
        fix: fix(this.messages.fixTn, replace(t.range, 'Độc lập - Tự do - Hạnh phúc')),
      });
      return;
    }
    const span = (ps: { start: number; end: number }[]) => t.sub(ps[0].start, ps[ps.length - 1].end);
    type Piece = { start: number; end: number; expected: string };
    const edits = (ps: Piece[]) => ps.map((p) => replace(t.sub(p.start, p.end), p.expected));
    if (a.caseErrors.length) {
      const r = span(a.caseErrors);
      report({
        message: 'tnCase',
        severity: 'warning',
        data: { actual: quote(t.text) },
        range: r,
        fix: { title: this.messages.fixTn, edits: edits(a.caseErrors) },
      });
    }
    // One finding per separator, pointing at exactly that separator.
    for (const d of a.dashErrors) {
      const sep = t.text.slice(d.start, d.end);
      report({
        message: 'tnDash',
        severity: 'warning',
        data: { actual: sep.trim() || sep },
        range: t.sub(d.start, d.end),
        fix: { title: this.messages.fixTn, edits: edits([d]) },
      });
    }
    for (const d of a.missingDashes) {
      report({
        message: 'tnNoDash',
        severity: 'information',
        range: t.sub(d.start, d.end),
        fix: { title: this.messages.fixTn, edits: edits([d]) },
      });
    }
  },
};
export default rule;
