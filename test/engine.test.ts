// The engine around the rules: inline control comments (spec §4), rule settings, the order of findings, the timing
// map, the rule subset for very large drafts. Each case is a small edit of the clean HD05 draft with known findings.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, CHEAP_RULES, RULES } from '../server/src/core';
import { positionAt } from '../server/src/core/text';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');
const ANCHOR = 'I. ĐÁNH GIÁ CHUNG\n';
/** The clean draft with `lines` put under the first section heading (the heading is line 13, from 1). */
const draft = (lines: string[]) => CLEAN.replace(ANCHOR, `${ANCHOR}\n${lines.join('\n')}\n`);
/** "line rule-id" of each finding, lines from 1, in the engine's order. */
const found = (text: string, opts: Parameters<typeof analyze>[1] = {}) => {
  const r = analyze(text, { today: TODAY, ...opts });
  return r.findings.map((f) => `${positionAt(r.model.src, f.start).line + 1} ${f.ruleId}`);
};
// Three lines with a blank before a comma (punct-space), on lines 15, 16 and 17.
const SPACED = ['Câu thứ nhất ,xong.', 'Câu thứ hai ,xong.', 'Câu thứ ba ,xong.'];

describe('inline control comments', () => {
  it('the three spaced commas are found without comments', () => {
    expect(found(draft(SPACED))).toEqual(['15 punct-space', '16 punct-space', '17 punct-space']);
  });

  it('disable-next-line silences the next line only; disable-line its own line only', () => {
    const next = draft([SPACED[0], '<!-- ketluan-disable-next-line punct-space -->', SPACED[1], SPACED[2]]);
    expect(found(next)).toEqual(['15 punct-space', '18 punct-space']);
    const same = draft([SPACED[0], `${SPACED[1]} <!-- ketluan-disable-line punct-space -->`, SPACED[2]]);
    expect(found(same)).toEqual(['15 punct-space', '17 punct-space']);
  });

  it('a comment naming several rules silences each of them; one naming another rule silences nothing', () => {
    const both = draft([
      SPACED[0],
      `${SPACED[1]} <!-- ketluan-disable-line word-duplicated punct-space -->`,
      SPACED[2],
    ]);
    expect(found(both)).toEqual(['15 punct-space', '17 punct-space']);
    const other = draft([SPACED[0], `${SPACED[1]} <!-- ketluan-disable-line punct-double -->`, SPACED[2]]);
    expect(found(other)).toEqual(['15 punct-space', '16 punct-space', '17 punct-space']);
  });

  it('a comment without rule ids silences every rule on its line', () => {
    expect(found(draft([SPACED[0], `${SPACED[1]} <!-- ketluan-disable-line -->`, SPACED[2]]))).toEqual([
      '15 punct-space',
      '17 punct-space',
    ]);
  });

  it('disable … enable covers the lines between them, both comment lines included', () => {
    const t = draft([
      SPACED[0],
      '<!-- ketluan-disable punct-space -->',
      SPACED[1],
      `${SPACED[2]} <!-- ketluan-enable punct-space -->`,
      'Câu thứ tư ,xong.',
    ]);
    expect(found(t)).toEqual(['15 punct-space', '19 punct-space']);
  });

  it('a disable comment on the line of a finding covers that line', () => {
    const t = draft([SPACED[0], `${SPACED[1]} <!-- ketluan-disable punct-space -->`, SPACED[2]]);
    expect(found(t)).toEqual(['15 punct-space']);
  });

  it('a block left open runs to the end of the draft', () => {
    expect(found(draft(['<!-- ketluan-disable punct-space -->', ...SPACED]))).toEqual([]);
  });

  it('"enable" without ids closes every open block; enabling a rule that is not disabled changes nothing', () => {
    const all = draft(['<!-- ketluan-disable punct-space -->', SPACED[0], '<!-- ketluan-enable -->', SPACED[1]]);
    expect(found(all)).toEqual(['18 punct-space']);
    const stray = draft(['<!-- ketluan-enable punct-space -->', SPACED[0], SPACED[1]]);
    expect(found(stray)).toEqual(['16 punct-space', '17 punct-space']);
    const otherClosed = draft([
      '<!-- ketluan-disable punct-space -->',
      SPACED[0],
      '<!-- ketluan-enable punct-double -->',
      SPACED[1],
    ]);
    expect(found(otherClosed)).toEqual([]);
  });

  it('a second disable of an open block does not move its start', () => {
    const t = draft([
      '<!-- ketluan-disable punct-space -->',
      SPACED[0],
      '<!-- ketluan-disable punct-space -->',
      '<!-- ketluan-enable punct-space -->',
      SPACED[1],
    ]);
    expect(found(t)).toEqual(['19 punct-space']);
  });

  it('a block opened without rule ids silences every rule until its enable', () => {
    const t = draft(['<!-- ketluan-disable -->', SPACED[0], '<!-- ketluan-enable -->', SPACED[1]]);
    expect(found(t)).toEqual(['18 punct-space']);
  });

  it('two comments aimed at the same line both count', () => {
    const t = draft([
      '<!-- ketluan-disable-next-line word-duplicated -->',
      `Câu có có lặp ,xong. <!-- ketluan-disable-line punct-space -->`,
      SPACED[1],
    ]);
    expect(found(t, { only: ['punct-space', 'word-duplicated'] })).toEqual(['17 punct-space']);
  });

  it('disable-file with an id silences that rule in the whole draft, and only it', () => {
    const t = `<!-- ketluan-disable-file punct-space -->\n${draft([...SPACED, 'Câu có có lặp.'])}`;
    expect(found(t, { only: ['punct-space', 'word-duplicated'] })).toEqual(['19 word-duplicated']);
  });

  it('the comment must be written as the spec says: an unknown keyword is no comment', () => {
    const t = draft([`${SPACED[0]} <!-- ketluan-disable-lines punct-space -->`, SPACED[1], SPACED[2]]);
    expect(found(t)).toEqual(['15 punct-space', '16 punct-space', '17 punct-space']);
  });
});

describe('the reference date', () => {
  const undated = CLEAN.replace('Tân Lập, ngày 15 tháng 8 năm 2026', 'Tân Lập, ngày     tháng     năm 2026').replace(
    'Ngày 10 tháng 8 năm 2026, ',
    '',
  );
  it('a setting given as an ISO date or as a day record dates an undated draft', () => {
    for (const referenceDate of ['2026-09-01', { y: 2026, m: 9, d: 1 }]) {
      const r = analyze(undated, { today: TODAY, referenceDate });
      expect([r.model.reference.source, r.model.reference.draftDate]).toEqual(['setting', { y: 2026, m: 9, d: 1 }]);
    }
  });
  it('no setting, an empty one or null: today', () => {
    for (const referenceDate of [undefined, null, '']) {
      const r = analyze(undated, { today: TODAY, referenceDate });
      expect(r.model.reference.source).toBe('today');
    }
  });
});

describe('rule settings', () => {
  const t = draft(SPACED.slice(0, 1));
  it('a rule turned off reports nothing; a severity setting replaces the rule default', () => {
    expect(found(t, { rules: { 'punct-space': 'off' } })).toEqual([]);
    const r = analyze(t, { today: TODAY, rules: { 'punct-space': 'error' } });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['punct-space', 'error']]);
    const d = analyze(t, { today: TODAY });
    expect(d.findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['punct-space', RULES.find((x) => x.id === 'punct-space')!.severity],
    ]);
  });
  it('"only" runs the named rules and no other', () => {
    const both = draft([SPACED[0], 'Câu có có lặp.']);
    expect(found(both, { only: ['word-duplicated'] })).toEqual(['16 word-duplicated']);
    expect(found(both, { only: [] })).toEqual([]);
  });
  it('the timing map receives the parse and every rule that ran', () => {
    const timing = new Map<string, number>();
    analyze(t, { today: TODAY, timing, only: ['punct-space', 'word-duplicated'] });
    expect([...timing.keys()].sort()).toEqual(['(parse)', 'punct-space', 'word-duplicated']);
    // the time each took, not a clock reading (milliseconds since the process started)
    for (const v of timing.values()) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(500);
    }
    // summed over runs, not replaced
    const before = timing.get('(parse)')!;
    analyze(t, { today: TODAY, timing, only: ['punct-space'] });
    expect(timing.get('(parse)')!).toBeGreaterThan(before);
  });
});

describe('the order of findings', () => {
  const t = 'Nội dung.\n\nKết thúc.';
  it('by position, then by rule id among findings of one severity', () => {
    const r = analyze(t, { today: TODAY });
    expect(r.findings.map((f) => `${f.start} ${f.severity} ${f.ruleId}`)).toEqual([
      '0 error doc-number-missing',
      '0 error doc-title-missing',
      '0 error issue-date-missing',
      '0 error issuer-missing',
      '0 error party-header-missing',
      '11 error recipients-missing',
      '11 error signature-missing',
    ]);
  });
  it('at one place the more severe first, whatever the rule id', () => {
    const r = analyze(t, {
      today: TODAY,
      rules: { 'doc-number-missing': 'hint', 'issuer-missing': 'information', 'party-header-missing': 'warning' },
    });
    expect(r.findings.filter((f) => f.start === 0).map((f) => `${f.severity} ${f.ruleId}`)).toEqual([
      'error doc-title-missing',
      'error issue-date-missing',
      'warning party-header-missing',
      'information issuer-missing',
      'hint doc-number-missing',
    ]);
  });
});

describe('the rules for very large drafts', () => {
  it('leave out the citation rules, the writing rules and four slow character rules, and keep the others', () => {
    const left = RULES.map((r) => r.id)
      .filter((id) => !CHEAP_RULES.includes(id))
      .sort();
    expect(left).toEqual([
      'caps-doc-part',
      'caps-org-name',
      'caps-sentence',
      'caps-special-noun',
      'citation-code-regime',
      'citation-date-after-issue',
      'citation-date-conflict',
      'citation-date-invalid',
      'citation-incomplete',
      'citation-issuer-mismatch',
      'citation-law-year-mismatch',
      'citation-number-format',
      'citation-type-mismatch',
      'dash-style',
      'deadline-before-issue',
      'homoglyph',
      'legacy-encoding',
      'punct-double',
      'punct-space',
      'syllable-invalid',
      'tone-mark-misplaced',
      'tone-mark-mixed',
      'word-confusable',
      'word-duplicated',
      'word-glued',
    ]);
    expect(CHEAP_RULES.length + left.length).toBe(RULES.length);
  });
});
