// The layout table: every regime has every component, defaults lie inside their ranges, values carry a source.
import { describe, expect, it } from 'vitest';
import { LAYOUTS, layoutFor, inRange, lineSpacingPt, mmToTwip, ptToHalfPt } from '../server/src/core/layout';
import type { ComponentId } from '../server/src/core/layout';

const IDS = Object.keys(LAYOUTS.hd05.components) as ComponentId[];

describe('layout data', () => {
  for (const [profile, l] of Object.entries(LAYOUTS)) {
    it(`${profile}: every component has a default inside its range and a source`, () => {
      expect(Object.keys(l.components).sort()).toEqual([...IDS].sort());
      for (const id of IDS) {
        const s = l.components[id];
        for (const r of [s.size, s.indentMm, s.spaceBefore, s.spaceAfter, s.lineSpacing]) {
          expect(inRange(r, r.def), `${profile}.${id}`).toBe(true);
        }
        expect(s.font).toBe('Times New Roman');
        expect(s.source.length, `${profile}.${id} source`).toBeGreaterThan(5);
      }
      const m = l.page.margins;
      for (const r of [m.top, m.bottom, m.left, m.right]) expect(inRange(r, r.def)).toBe(true);
      expect(l.geometry.headerColsMm[0] + l.geometry.headerColsMm[1]).toBe(210 - m.left.def - m.right.def);
      expect(l.geometry.closingColsMm[0] + l.geometry.closingColsMm[1]).toBe(210 - m.left.def - m.right.def);
    });
  }

  it('pins the values the guides state (layout.md §1–2)', () => {
    const p = layoutFor('hd05').components;
    expect(p.partyTitle.size).toEqual({ min: 15, max: 15, def: 15 });
    expect(p.typeName.size).toEqual({ min: 15, max: 16, def: 15 });
    expect(p.body.lineSpacing).toEqual({ unit: 'pt', min: 18, max: 22, def: 18 });
    expect(p.recipientsLabel.underline).toBe(true);
    expect(p.signerTitle.bold).toBe(false);
    expect(layoutFor('hd36').components.body.lineSpacing.max).toBe(Infinity);
    const s = layoutFor('nd30').components;
    expect(s.recipientsLabel).toMatchObject({ bold: true, italic: true, underline: false, size: { def: 12 } });
    expect(s.recipientItem.size.def).toBe(11);
    expect(s.signerTitle.bold).toBe(true);
    expect(layoutFor('nd30').page.margins.left).toEqual({ min: 30, max: 35, def: 30 });
    expect(mmToTwip(20)).toBe(1134);
    expect(mmToTwip(30)).toBe(1701);
    expect(lineSpacingPt(s.body, 14).max).toBeCloseTo(24.15, 2);
    // A range in lines becomes points at the given size: one line of Times New Roman is 1.15 × the size.
    const ls = s.body.lineSpacing;
    expect(ls.unit).toBe('lines');
    const pt = lineSpacingPt(s.body, 14);
    expect([pt.min, pt.def]).toEqual([ls.min * 1.15 * 14, ls.def * 1.15 * 14]);
    expect(lineSpacingPt(s.body).def).toBeCloseTo(ls.def * 1.15 * s.body.size.def, 6);
    expect([ptToHalfPt(13), ptToHalfPt(12.5), ptToHalfPt(14)]).toEqual([26, 25, 28]);
  });

  it('never checks a property of a component the guide does not regulate on that regime', () => {
    expect(layoutFor('hd05').components.quocHieu.checked).toEqual([]);
    expect(layoutFor('nd30').components.partyTitle.checked).toEqual([]);
    expect(layoutFor('hd05').components.heading1.checked).not.toContain('bold');
  });
});
