// One copy of the short strings a model repeats thousands of times ("2026", "Hướng dẫn", "KL", "ĐU", a
// date, an issuer phrase). The table outlives a model, so it stores detached copies: a slice would keep
// the whole text it was cut from alive.

const TABLE = new Map<string, string>();
const MAX_ENTRIES = 20_000;
const MAX_LENGTH = 80;

export function intern(s: string): string {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: interning changes memory, never a value
  if (s.length > MAX_LENGTH) return s;
  const hit = TABLE.get(s);
  // Stryker disable next-line ConditionalExpression: the copy made below is equal to the hit
  if (hit !== undefined) return hit;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the table's bound changes no value
  if (TABLE.size >= MAX_ENTRIES) TABLE.clear();
  // Strings under 13 characters are always copies; a longer slice is detached by copying it through a
  // concatenation (flattened into a string of its own).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a copy or the string itself, the same text
  const own = s.length < 13 ? s : (s + ' ').slice(0, -1);
  TABLE.set(own, own);
  return own;
}
