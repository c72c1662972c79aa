// Fix safety: fix-all on the seeds and fixtures removes the fixed findings, touches only the fixes'
// ranges, keeps line endings and BOM, and reaches a fixed point.
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, applyEdits, applyFixes, compatibleFixEdits, RULES, type Edit } from '../server/src/core';
import { TODAY, fixtureCases, readSidecar } from './helpers';
import { SEEDS, haveShared } from './shared';

// The seeds join the fixtures when ../shared is beside the checkout (test/shared.ts).
const seedFiles = !haveShared
  ? []
  : readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(SEEDS, f));
const fixtureFiles = readdirSync(join(__dirname, 'rules')).flatMap((r) =>
  fixtureCases(join(__dirname, 'rules', r)).map((c) => c.draft),
);
const opts = { today: TODAY };

/** One fix-all pass: the non-overlapping fixes of the current findings. */
function onePass(text: string): { edits: Edit[]; fixed: { ruleId: string; start: number }[] } {
  const { edits, taken } = compatibleFixEdits(analyze(text, opts).findings);
  return { edits, fixed: taken.map((f) => ({ ruleId: f.ruleId, start: f.start })) };
}

/** Text outside the edits is identical: walk the edits and compare the pieces between them. */
function outsideUnchanged(before: string, after: string, edits: Edit[]) {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let bi = 0,
    ai = 0;
  for (const e of sorted) {
    const same = before.slice(bi, e.start);
    expect(after.slice(ai, ai + same.length)).toBe(same);
    ai += same.length + e.newText.length;
    bi = e.end;
  }
  expect(after.slice(ai)).toBe(before.slice(bi));
}

describe('fix-all', () => {
  for (const file of [...seedFiles, ...fixtureFiles]) {
    const name = file.slice(file.indexOf(file.includes('seeds') ? 'seeds' : 'rules'));
    it(name, () => {
      const original = readFileSync(file, 'utf8');
      for (const variant of [original, original.replace(/\n/g, '\r\n'), '\uFEFF' + original]) {
        let text = variant;
        for (let pass = 0; pass < 3; pass++) {
          const { edits, fixed } = onePass(text);
          if (!edits.length) break;
          const next = applyEdits(text, edits);
          outsideUnchanged(text, next, edits);
          // The findings that were fixed are gone, and no new error appeared.
          const after = analyze(next, opts).findings;
          for (const f of fixed)
            expect(
              after.some((a) => a.ruleId === f.ruleId && Math.abs(a.start - f.start) <= 2 && a.fix),
              `${f.ruleId} still there`,
            ).toBe(false);
          const errorsBefore = analyze(text, opts)
            .findings.filter((f) => f.severity === 'error')
            .map((f) => f.ruleId)
            .sort();
          const errorsAfter = after
            .filter((f) => f.severity === 'error')
            .map((f) => f.ruleId)
            .sort();
          for (const r of errorsAfter) expect(errorsBefore, `new error ${r}`).toContain(r);
          text = next;
        }
        const once = applyFixes(variant, opts);
        expect(applyFixes(once.text, opts).text, 'a second fix-all changes nothing').toBe(once.text);
        expect(once.passes).toBeLessThanOrEqual(3);
        if (variant.includes('\r\n')) expect(once.text.replace(/\r\n/g, '').includes('\n')).toBe(false);
        if (variant.startsWith('\uFEFF')) expect(once.text.startsWith('\uFEFF')).toBe(true);
        expect(analyze(once.text, opts).findings.filter((f) => f.fix)).toEqual([]);
      }
    });
  }
  it('every rule declared fixable offers a fix (or a suggestion) in its fixtures', () => {
    for (const r of RULES.filter((x) => x.fixable !== 'none')) {
      // Each fixture with its sidecar's options (the register rules need the sidecar's @register folder).
      const found = fixtureCases(join(__dirname, 'rules', r.id)).some((c) =>
        analyze(readFileSync(c.draft, 'utf8'), { ...opts, ...readSidecar(c.sidecar).options }).findings.some(
          (f) => f.ruleId === r.id && (r.fixable === 'fix' ? !!f.fix : f.suggestions.length > 0),
        ),
      );
      expect(found, r.id).toBe(true);
    }
  });
});
