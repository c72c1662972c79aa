// Profile selection (spec §1): by family, then by the draft's own date.
import { hd36 } from './hd36';
import { hd05 } from './hd05';
import { nd30 } from './nd30';
import type { ProfileData, ProfileId } from './types';
import { compareDates, type YMD } from '../dates';

export type { ProfileData, ProfileId } from './types';
export const PROFILES: Record<ProfileId, ProfileData> = { hd36, hd05, nd30 };

/** 27/5/2026: Hướng dẫn 05-HD/VPTW takes effect. */
export const HD05_FROM: YMD = { y: 2026, m: 5, d: 27 };
/** 03/4/2018: Hướng dẫn 36-HD/VPTW. */
export const HD36_FROM: YMD = { y: 2018, m: 4, d: 3 };

/** The Party regime of a date. Before 2018 there is no format check; hd36 is the nearest. */
export function partyProfileFor(date: YMD): ProfileId {
  return compareDates(date, HD05_FROM) >= 0 ? 'hd05' : 'hd36';
}

export function isProfileId(s: unknown): s is ProfileId {
  return s === 'hd36' || s === 'hd05' || s === 'nd30';
}
