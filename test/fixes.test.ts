// Applying fixes (server/src/core/fixes.ts): edits in any order, overlapping and impossible edits dropped, two
// insertions at one place kept once; fix-all takes whole fixes in text order and repeats until nothing changes.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, applyFixes, compatibleFixEdits, type Finding } from '../server/src/core';
import { TODAY } from './helpers';

const e = (start: number, end: number, newText: string) => ({ start, end, newText });

describe('applyEdits', () => {
  it('applies edits given in any order, each at its own place', () => {
    expect(applyEdits('abcdef', [e(4, 5, 'E'), e(0, 1, 'A'), e(2, 3, 'C')])).toBe('AbCdEf');
    expect(applyEdits('abcdef', [e(0, 1, 'A'), e(2, 3, 'C'), e(4, 5, 'E')])).toBe('AbCdEf');
  });
  it('at one start, the shorter edit first: an insertion then a replacement after it both apply', () => {
    expect(applyEdits('abc', [e(1, 2, 'X'), e(1, 1, '+')])).toBe('a+Xc');
    expect(applyEdits('abc', [e(1, 1, '+'), e(1, 2, 'X')])).toBe('a+Xc');
  });
  it('an edit overlapping one already kept is dropped; touching edits both apply', () => {
    expect(applyEdits('abcdef', [e(0, 3, 'X'), e(2, 4, 'Y')])).toBe('Xdef');
    expect(applyEdits('abcdef', [e(0, 3, 'X'), e(3, 4, 'Y')])).toBe('XYef');
  });
  it('an edit ending before it starts or past the text is dropped; one ending at the end applies', () => {
    expect(applyEdits('abc', [e(2, 1, 'X')])).toBe('abc');
    expect(applyEdits('abc', [e(2, 4, 'X')])).toBe('abc');
    expect(applyEdits('abc', [e(2, 3, 'X')])).toBe('abX');
    expect(applyEdits('abc', [e(3, 3, '!')])).toBe('abc!');
  });
  it('the same insertion twice at one place is written once; insertions at two places both are', () => {
    expect(applyEdits('ab', [e(1, 1, '.'), e(1, 1, '.')])).toBe('a.b');
    expect(applyEdits('ab', [e(1, 1, '.'), e(2, 2, '.')])).toBe('a.b.');
    expect(applyEdits('ab', [e(0, 1, 'A'), e(1, 1, '.')])).toBe('A.b');
  });
  it('no edits: the text as it was; the input list is not reordered', () => {
    expect(applyEdits('abc', [])).toBe('abc');
    const list = [e(2, 3, 'C'), e(0, 1, 'A')];
    applyEdits('abc', list);
    expect(list.map((x) => x.start)).toEqual([2, 0]);
  });
});

/** A finding with a fix made of the given edits. */
const finding = (start: number, edits: ReturnType<typeof e>[], fix = true): Finding => ({
  ruleId: 'x',
  severity: 'warning',
  message: '',
  start,
  end: start + 1,
  fix: fix ? { title: 't', edits } : undefined,
  suggestions: [],
});

describe('compatibleFixEdits', () => {
  it('takes whole fixes in text order, skipping one that overlaps a fix taken before it', () => {
    const a = finding(5, [e(5, 7, 'A')]),
      b = finding(0, [e(0, 2, 'B'), e(3, 4, 'b')]),
      c = finding(6, [e(6, 8, 'C')]),
      d = finding(10, [e(10, 11, 'D')]);
    const r = compatibleFixEdits([a, b, c, d]);
    expect(r.taken).toEqual([b, a, d]);
    expect(r.edits).toEqual([e(0, 2, 'B'), e(3, 4, 'b'), e(5, 7, 'A'), e(10, 11, 'D')]);
  });
  it('a fix spans from its first edit to its last: a fix inside that span waits', () => {
    const wide = finding(0, [e(0, 1, 'W'), e(9, 10, 'w')]),
      inside = finding(5, [e(5, 6, 'I')]),
      after = finding(10, [e(10, 11, 'A')]);
    expect(compatibleFixEdits([inside, wide, after]).taken).toEqual([wide, after]);
  });
  it('a fix is placed by its edits, not by its finding; findings without a fix are left out', () => {
    const far = finding(0, [e(20, 21, 'F')]),
      near = finding(3, [e(3, 4, 'N')]),
      none = finding(1, [e(1, 2, 'X')], false);
    expect(compatibleFixEdits([far, near, none]).taken).toEqual([far]);
    expect(compatibleFixEdits([near, none]).taken).toEqual([near]);
  });
  it('two insertions at one place are two fixes: the second waits for the next pass', () => {
    const one = finding(4, [e(4, 4, '.')]),
      two = finding(4, [e(4, 4, ';')]);
    expect(compatibleFixEdits([one, two]).taken).toEqual([one]);
    const after = finding(5, [e(5, 6, 'x')]);
    expect(compatibleFixEdits([one, after]).taken).toEqual([one, after]);
  });
  it('nothing to fix: nothing taken', () => {
    expect(compatibleFixEdits([])).toEqual({ edits: [], taken: [] });
  });
});

describe('applyFixes', () => {
  const clean = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
  const bad = clean
    .replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ')
    .replace('- Lưu Văn phòng Đảng ủy.', '- Lưu Văn phòng Đảng ủy');
  it('applies every safe fix and says how many and in how many passes', () => {
    expect(applyFixes(bad, { today: TODAY })).toEqual({ text: clean, passes: 1, applied: 2 });
  });
  it('only one rule when asked', () => {
    const r = applyFixes(bad, { today: TODAY }, 'recipients-archive-format');
    expect(r.applied).toBe(1);
    expect(r.text).toBe(bad.replace('- Lưu Văn phòng Đảng ủy\n', '- Lưu Văn phòng Đảng ủy.\n'));
  });
  it('a clean draft: nothing applied, no pass counted', () => {
    expect(applyFixes(clean, { today: TODAY })).toEqual({ text: clean, passes: 0, applied: 0 });
  });
});
