/**
 * Text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI) and shown as Unicode: "Uû ban nh©n d©n",
 * "Coäng hoøa". The characters below never occur in Vietnamese words, so a word holding one between
 * letters is mojibake. Shared by the legacy-encoding rule and the writing scan (which leaves such lines alone).
 */
export const FOREIGN = '©ª«®¸µ¶·¹¨¾»¼½ÆÇËÎÏÑÖ×ØÜÞßäåæçëîïñö÷øûüþ¡¢§£¤¥¦¬';
/** A letter followed by a foreign character ("nh©n", "Uû"); « » · count only between letters. */
export const INSIDE = new RegExp(`\\p{L}(?:[${FOREIGN.replace(/[«»·]/g, '')}]|[«»·]\\p{L})`, 'u');
const WORD = new RegExp(`[\\p{L}\\p{M}${FOREIGN}]+`, 'gu');

/** Any of the foreign characters: a line without one holds no mojibake word (the common case, tested first). */
const ANY_FOREIGN = new RegExp(`[${FOREIGN}]`);

/** How many words of the line are mojibake. */
export function legacyWordCount(line: string): number {
  // Stryker disable next-line ConditionalExpression,BooleanLiteral,BlockStatement: a shortcut; the loop gives 0 too
  if (!ANY_FOREIGN.test(line)) return 0;
  let n = 0;
  for (const m of line.matchAll(WORD)) if (INSIDE.test(m[0])) n++;
  return n;
}
