// One copy of the short strings a model repeats thousands of times ("2026", "Hướng dẫn", "KL", "ĐU", a
// date, an issuer phrase). The table outlives a model, so it stores detached copies: a slice would keep
// the whole text it was cut from alive.

const TABLE = new Map<string, string>();
const MAX_ENTRIES = 20_000;
const MAX_LENGTH = 80;

export function intern(s: string): string {
  if (s.length > MAX_LENGTH) return s;
  const hit = TABLE.get(s);
  if (hit !== undefined) return hit;
  if (TABLE.size >= MAX_ENTRIES) TABLE.clear();
  // Strings under 13 characters are always copies; a longer slice is detached by copying it through a
  // concatenation (flattened into a string of its own).
  const own = s.length < 13 ? s : (s + ' ').slice(0, -1);
  TABLE.set(own, own);
  return own;
}
