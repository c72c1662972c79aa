// A parser failure (a bug in ketluan) is reported once; it does not flood a complete draft with "missing …".
import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/core';
import { TODAY } from './helpers';

vi.mock('../server/src/core/parse/header', async (importOriginal) => {
  const real = await importOriginal<typeof import('../server/src/core/parse/header')>();
  return {
    ...real,
    parseHeader: () => {
      throw new Error('header parser broke');
    },
  };
});

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');

describe('a parser failure', () => {
  it('gives one parse-failed information finding on the first line and no cascade of missing parts', () => {
    const r = analyze(CLEAN, { today: TODAY });
    expect(r.model.parseError).toBe('header parser broke');
    expect(r.findings.map((f) => f.ruleId)).toEqual(['parse-failed']);
    const f = r.findings[0];
    expect(f.severity).toBe('information');
    expect(CLEAN.slice(f.start, f.end)).toBe(CLEAN.split('\n')[0]);
    expect(f.message).toBe(
      'ketluan không đọc được cấu trúc văn bản này (lỗi của chương trình: header parser broke). ' +
        'Các kiểm tra về thành phần thể thức tạm dừng; xin báo lỗi kèm văn bản.',
    );
  });
  it('speaks English when asked, and can be turned off like a rule', () => {
    const en = analyze(CLEAN, { today: TODAY, language: 'en' }).findings[0];
    expect(en.message).toMatch(/^ketluan could not read the structure of this document \(a bug in the program: header/);
    expect(analyze(CLEAN, { today: TODAY, rules: { 'parse-failed': 'off' } }).findings).toEqual([]);
  });
  it('still runs the rules that read only the characters (a decomposed letter is still reported)', () => {
    const ids = analyze(CLEAN.replace('Tân Lập', 'Ta\u0302n Lập'), { today: TODAY }).findings.map((f) => f.ruleId);
    expect(ids).toEqual(['parse-failed', 'unicode-not-nfc']);
  });
});
