// Layout data per regime: one table for the exporter (defaults) and the Word-file checks (ranges).
// See types.ts for the API; party.ts (hd05, hd36) and state.ts (nd30) hold the values with their sources.
import type { ProfileId } from '../profiles/types';
import type { ComponentStyle, RegimeLayout, ValueRange } from './types';
import { HD05, HD36 } from './party';
import { ND30 } from './state';

export type * from './types';
export { TNR } from './build';

export const LAYOUTS: Record<ProfileId, RegimeLayout> = { hd36: HD36, hd05: HD05, nd30: ND30 };

export function layoutFor(profile: ProfileId): RegimeLayout {
  return LAYOUTS[profile] ?? HD05;
}

/** Whether a measured value lies in the range, with an absolute tolerance (units of the range). */
export function inRange(r: ValueRange, v: number, tolerance = 0): boolean {
  return v >= r.min - tolerance && v <= r.max + tolerance;
}

/** Height of one single-spaced Times New Roman line, as a factor of the font size (layout.md §4.8). */
export const TNR_LINE_FACTOR = 1.15;

/** The line spacing range of a component in points (a "lines" range converted at the default size). */
export function lineSpacingPt(s: ComponentStyle, sizePt = s.size.def): ValueRange {
  const ls = s.lineSpacing;
  if (ls.unit === 'pt') return { min: ls.min, max: ls.max, def: ls.def };
  const line = TNR_LINE_FACTOR * sizePt;
  return { min: ls.min * line, max: ls.max * line, def: ls.def * line };
}

/** 1 mm = 1440 / 25.4 twips. */
export const mmToTwip = (mm: number): number => Math.round((mm * 1440) / 25.4);
export const twipToMm = (tw: number): number => (tw * 25.4) / 1440;
/** Word sizes are half-points. */
export const ptToHalfPt = (pt: number): number => Math.round(pt * 2);
