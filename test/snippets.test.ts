// Every template, expanded with its default placeholder values, checks clean (no error or warning).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core';
import { TODAY } from './helpers';

const SNIPPETS = JSON.parse(readFileSync(join(__dirname, '..', 'snippets', 'ketluan.code-snippets'), 'utf8')) as Record<
  string,
  { prefix: string[]; body: string[]; description: string }
>;
const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');

/** Expands a VS Code snippet body the way the editor does with its defaults (first choice, default text). */
export function expand(body: string[], vars: Record<string, string> = { CURRENT_YEAR: String(TODAY.y) }): string {
  let text = body.join('\n');
  const defaults = new Map<string, string>();
  for (let guard = 0; guard < 10; guard++) {
    const before = text;
    text = text
      .replace(/\$\{(\d+)\|([^|},]*)(?:,[^|}]*)*\|\}/g, (_m, n, first) => {
        defaults.set(n, first);
        return first;
      })
      .replace(/\$\{(\d+):([^${}]*)\}/g, (_m, n, d) => {
        if (!defaults.has(n)) defaults.set(n, d);
        return defaults.get(n)!;
      })
      .replace(/\$\{(\d+)\}/g, (_m, n) => defaults.get(n) ?? '')
      .replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_m, a, b) => vars[a ?? b] ?? '')
      .replace(/\$(\d+)/g, (_m, n) => defaults.get(n) ?? '');
    if (text === before) break;
  }
  return text;
}

const notClean = (text: string) =>
  analyze(text, { today: TODAY })
    .findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${f.ruleId}: ${f.message}`);

describe('templates', () => {
  const entries = Object.entries(SNIPPETS);
  it('there are document templates for both regimes and the parts', () => {
    expect(entries.filter(([, s]) => s.body.join('\n').includes('ĐẢNG CỘNG SẢN VIỆT NAM'))).toHaveLength(6);
    expect(entries.length).toBeGreaterThanOrEqual(15);
  });
  for (const [name, s] of entries) {
    it(`${name} (${s.prefix[0]}) checks clean`, () => {
      const body = expand(s.body);
      expect(body).not.toMatch(/\$\{|\$\d/);
      if (body.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')) {
        // A state template (Nghị định 30): clean under nd30, chosen by profile auto.
        expect(notClean(body)).toEqual([]);
        const r = analyze(body, { today: TODAY });
        expect([r.model.profile, r.model.family, r.model.familyConfidence]).toEqual(['nd30', 'state', 'high']);
        expect(r.model.documentType).toBe(
          name.startsWith('Thông báo') ? 'TB' : name.startsWith('Công văn') ? 'CV' : 'QĐ',
        );
        return;
      }
      if (body.includes('ĐẢNG CỘNG SẢN VIỆT NAM')) {
        expect(notClean(body)).toEqual([]);
        const r = analyze(body, { today: TODAY });
        expect(r.model.profile).toBe(s.prefix[0].endsWith('hd36') ? 'hd36' : 'hd05');
        expect(r.model.documentType).toBe(name.startsWith('Thông báo') ? 'TB' : 'KL');
        return;
      }
      // A part: put it in place of the same part of a clean draft.
      let doc: string;
      if (body.startsWith('Nơi nhận')) {
        const regime = s.prefix[0].endsWith('hd36') ? '<!-- ketluan-profile hd36 -->\n' : '';
        doc = regime + CLEAN.replace(/Nơi nhận:[\s\S]*$/, body + '\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn Tám\n');
      } else if (/^(T\/M|T\/L|K\/T)/.test(body)) {
        doc = CLEAN.replace(/(- Lưu Văn phòng Đảng ủy\.)[\s\S]*$/, '$1\n\n' + body)
          .replace('                                T/M BAN THƯỜNG VỤ', '')
          .replace('    PHÓ BÍ THƯ', '');
        if (body.startsWith('T/L')) doc = doc.replace(/^KẾT LUẬN$/m, 'THÔNG BÁO').replace('Số 07-KL/ĐU', 'Số 07-TB/ĐU');
      } else if (/^\d|^[IVX]+\.|^[a-zđ]\)/.test(body)) {
        const anchor = body.startsWith('I')
          ? 'III. TỔ CHỨC THỰC HIỆN'
          : body.startsWith('a)')
            ? 'III. TỔ CHỨC THỰC HIỆN'
            : '2. Các chi bộ trực thuộc';
        doc = CLEAN.replace(anchor, body.replace(/\n+$/, '') + '\n\n' + anchor);
        doc = doc.replace(/^I\. TÊN ĐỀ MỤC\n\nIII/m, 'III. TÊN ĐỀ MỤC\n\nIV');
        const r = analyze(doc, { today: TODAY });
        expect(r.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId)).toEqual([]);
        return; // numbering placeholders ("1", "I") are the user's to fill
      } else {
        doc = CLEAN.replace('Sáu tháng đầu năm,', body + '. Sáu tháng đầu năm,');
      }
      expect(notClean(doc)).toEqual([]);
    });
  }
});
