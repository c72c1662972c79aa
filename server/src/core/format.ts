// How dates and numbers are written in the header (HD05 4.2.2, 3.2.2; Nghị định 30 PL I II.4b).
import type { YMD } from './dates';

/** Day below 10 and months 1–2 get a leading zero; other months do not. */
export function padDay(d: number): string {
  return d < 10 ? `0${d}` : String(d);
}
export function padMonth(m: number): string {
  return m <= 2 ? `0${m}` : String(m);
}

/** "ngày 05 tháng 02 năm 2026", "ngày 22 tháng 11 năm 2026". */
export function formatHeaderDate(d: YMD): string {
  return `ngày ${padDay(d.d)} tháng ${padMonth(d.m)} năm ${d.y}`;
}

/** Party document number: below 10 with a leading zero, no padding from 10 on. */
export function padDocNumber(n: string): string {
  const v = parseInt(n, 10);
  if (!Number.isFinite(v)) return n;
  return v < 10 ? `0${v}` : String(v);
}
