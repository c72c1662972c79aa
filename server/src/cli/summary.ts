// The closing line of `ketluan check` text output: Vietnamese by default, English with --lang en.
// Hints are counted on their own (they are not "information"); the hint part appears only when there are some.
import type { Lang } from './args';

export interface Counts {
  error: number;
  warning: number;
  information: number;
  hint: number;
}

export function summaryLine(c: Counts, files: number, lang: Lang): string {
  if (lang === 'en') {
    const hints = c.hint ? `, ${c.hint} hints` : '';
    return `${c.error} errors, ${c.warning} warnings, ${c.information} infos${hints} in ${files} files`;
  }
  const hints = c.hint ? `, ${c.hint} gợi ý` : '';
  return `${c.error} lỗi, ${c.warning} cảnh báo, ${c.information} thông tin${hints} trong ${files} tệp`;
}
