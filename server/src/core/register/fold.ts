// Accent-insensitive text for searching the register ("thong bao 1246" finds "Thông báo số 1246-TB/TU").

const MARKS = /[\u0300-\u036f]/g;

/** Lower case, no diacritics, đ → d, spaces collapsed. */
export function foldSearch(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether every word of the query occurs in the folded haystack. */
export function matchesQuery(foldedHaystack: string, query: string): boolean {
  const words = foldSearch(query).split(' ').filter(Boolean);
  return words.every((w) => foldedHaystack.includes(w));
}
