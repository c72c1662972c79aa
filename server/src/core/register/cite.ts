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
  const vi = lang === 'vi';
  const date = e.date ? `${vi ? 'ngày' : 'dated'} ${citationDate(e.date)}` : vi ? 'chưa ghi ngày' : 'no date yet';
  return `${e.typeWord} ${e.number}, ${date} (${e.name}:${e.line + 1})`;
}
