// The sidecar format of the rule fixtures (test/helpers.ts): reading both formats, converting a short
// sidecar, refusing a conversion whose findings changed, and the mini-diff of fixes and suggestions.
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { readSidecar, renderFindings, formatSidecar, conversionProblem, miniDiff, show } from './helpers';

const DRAFT = [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
  'ĐẢNG ỦY XÃ TÂN LẬP',
  'Số 07-KL/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2026',
  '',
].join('\n');

let dir: string;
const sidecar = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return readSidecar(p);
};
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-sidecar-'));
});

describe('sidecar format', () => {
  it('converts a short sidecar into the full format, keeping its comments and options', () => {
    const side = sidecar('short.expect', '# No star under the issuer.\n@profile hd05\n2 issuer-star-missing\n');
    expect(side.format).toBe('short');
    const actual = renderFindings(DRAFT, new Set(['issuer-star-missing']), side.options);
    expect(conversionProblem(side, actual)).toBeNull();
    expect(formatSidecar(side, actual)).toBe(
      [
        '# No star under the issuer.',
        '@profile hd05',
        '2:1-2:19 warning issuer-star-missing',
        '  Dưới tên cơ quan ban hành "ĐẢNG ỦY XÃ TÂN LẬP" phải có một dòng chỉ gồm dấu sao "*".',
        '  en: Under the issuer name "ĐẢNG ỦY XÃ TÂN LẬP" there must be a line holding only a star "*".',
        '  fix "Thêm dòng "*" dưới tên cơ quan":',
        '    @ line 2',
        '    - ĐẢNG ỦY XÃ TÂN LẬP',
        '    + ĐẢNG ỦY XÃ TÂN LẬP',
        '    + *',
        '',
      ].join('\n'),
    );
    const full = sidecar('full.expect', formatSidecar(side, actual));
    expect(full.format).toBe('full');
    expect(full.blocks.map((b) => [b.line, b.col, b.rule])).toEqual([[2, 1, 'issuer-star-missing']]);
    expect(full.options).toEqual({ profile: 'hd05' });
  });
  it('refuses a conversion when the line, the rule or the column differ from the short sidecar', () => {
    const actual = renderFindings(DRAFT, new Set(['issuer-star-missing', 'title-separator-missing']), {});
    expect(conversionProblem(sidecar('a.expect', '3 issuer-star-missing\n'), actual)).toMatch(/findings changed/);
    expect(conversionProblem(sidecar('b.expect', '2 title-separator-missing\n'), actual)).toMatch(/findings changed/);
    expect(conversionProblem(sidecar('c.expect', '2:5 issuer-star-missing\n'), actual)).toBe(
      'no issuer-star-missing at 2:5',
    );
    expect(conversionProblem(sidecar('d.expect', 'none\n'), actual)).toMatch(/findings changed/);
  });
  it('writes "none" for a case without findings and reads it back', () => {
    const side = sidecar('e.expect', '# Nearly a defect.\nnone\n');
    expect(side.none).toBe(true);
    expect(formatSidecar(side, [])).toBe('# Nearly a defect.\nnone\n');
  });
});

describe('mini-diff and visible characters', () => {
  it('shows the touched lines before and after, numbered by the draft before the edit', () => {
    const text = 'một\nhai\nba\n';
    expect(miniDiff(text, [{ start: 4, end: 7, newText: 'HAI' }])).toEqual(['@ line 2', '- hai', '+ HAI']);
    expect(miniDiff(text, [{ start: 8, end: 8, newText: 'chen\n' }])).toEqual(['@ line 3', '- ba', '+ chen', '+ ba']);
    expect(
      miniDiff(text, [
        { start: 0, end: 1, newText: 'M' },
        { start: 8, end: 9, newText: 'B' },
      ]),
    ).toEqual(['@ line 1', '- một', '+ Một', '@ line 3', '- ba', '+ Ba']);
  });
  it('makes combining marks, Cyrillic letters, tabs and trailing spaces visible', () => {
    expect(show('Va\u0306n củ\u0430\tx  ')).toBe('Va\\u{306}n củ\\u{430}\\u{9}x\\u{20}\\u{20}');
    expect(show('Tân Lập, ngày 15')).toBe('Tân Lập, ngày 15');
  });
});
