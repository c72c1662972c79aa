// Text that the register puts into a draft: the full first citation of a registered document.
import type { RegisterEntry } from './types';
import { padDay, padMonth } from '../format';

/** "25/4/2025", "20/01/2026": day and month padded as the guides write dates. */
export function citationDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${padDay(d)}/${padMonth(m)}/${y}`;
}

/** "1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy về …" (what follows "Thông báo số "). */
export function firstCitation(e: RegisterEntry): string {
  let s = e.number;
  if (e.date) s += `, ngày ${citationDate(e.date)}`;
  if (e.issuerPhrase) s += ` của ${e.issuerPhrase}`;
  const about = e.about || (e.issuerPhrase ? '' : e.title);
  if (about) s += ` ${/^(?:về|V\/v)\s/u.test(about) ? about.replace(/^V\/v\s/u, 'về ') : about}`;
  return s;
}

/** One line about an entry, for hover and messages: "Thông báo 1246-TB/TU, ngày 25/4/2025 — tệp …". */
export function describeEntry(e: RegisterEntry, lang: 'vi' | 'en' = 'vi'): string {
  const date = e.date ? citationDate(e.date) : lang === 'vi' ? 'chưa ghi ngày' : 'no date';
  return `${e.typeWord} ${e.number}, ${lang === 'vi' ? 'ngày' : 'dated'} ${date} (${e.name}:${e.line + 1})`;
}
