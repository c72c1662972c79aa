import { ALL, msg, type Rule } from '../rule';
import { fix, replace, fillMsg } from './_util';

/**
 * Cyrillic or Greek letters that look Latin inside a Vietnamese word ("củа" with Cyrillic "а")
 * break search and spell checking.
 */
const MAP: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ι: 'i',
  κ: 'k',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
};
const FOREIGN = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const LATIN = /[\p{Script=Latin}]/u;
/** Greek and Cyrillic blocks: a fast test before the script-property scan. */
const MAYBE = /[\u0370-\u052F\u1F00-\u1FFF]/;

const rule: Rule = {
  id: 'homoglyph',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Chữ Kirin/Hy Lạp lẫn trong chữ tiếng Việt', 'Cyrillic or Greek letter inside a Vietnamese word'),
  messages: {
    glyph: msg(
      'Chữ "{char}" trong "{word}" là chữ {script} (U+{code}), trông giống "{latin}" nhưng máy tìm kiếm, soát lỗi '
        + 'không nhận ra.',
      'The letter "{char}" in "{word}" is {scriptEn} (U+{code}); it looks like "{latin}" but breaks search and spell '
        + 'checking.',
    ),
    // A letter with no Latin twin ("ж"): no look-alike to name and nothing to replace it with safely.
    foreign: msg(
      'Chữ "{char}" trong "{word}" là chữ {script} (U+{code}), lẫn vào chữ tiếng Việt: máy tìm kiếm, soát lỗi không '
        + 'nhận ra từ này; gõ lại từ bằng chữ Latinh.',
      'The letter "{char}" in "{word}" is {scriptEn} (U+{code}) inside a Vietnamese word, which breaks search and '
        + 'spell checking; type the word again in Latin letters.',
    ),
    fix: msg('Thay bằng chữ Latinh "{latin}"', 'Replace with the Latin "{latin}"'),
  },
  check({ model, report }) {
    // Stryker disable next-line ConditionalExpression: a shortcut; the word test below finds nothing either
    if (!MAYBE.test(model.src.text)) return;
    for (const l of model.src.lines) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; the word test below agrees
      if (!MAYBE.test(l.raw) || !FOREIGN.test(l.raw)) continue;
      for (const m of l.raw.matchAll(/[\p{L}\p{M}]+/gu)) {
        const w = m[0];
        if (!LATIN.test(w) || !FOREIGN.test(w)) continue;
        // Stryker disable next-line EqualityOperator: w[w.length] is undefined, which is no foreign letter
        for (let i = 0; i < w.length; i++) {
          const ch = w[i];
          if (!FOREIGN.test(ch)) continue;
          const start = l.start + m.index! + i;
          const latin = MAP[ch];
          const code = ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
          const data = { char: ch, word: w.normalize('NFC'), ...scriptNames(ch), code, latin: latin ?? '' };
          // Stryker disable next-line ObjectLiteral,StringLiteral: the engine fills the title from the data too
          const title = fillMsg(this.messages.fix, { latin: latin ?? '' });
          report({
            message: latin ? 'glyph' : 'foreign',
            data,
            range: { start, end: start + 1 },
            fix: latin ? fix(title, replace({ start, end: start + 1 }, latin)) : undefined,
          });
        }
      }
    }
  },
};
export default rule;

/** The script's name in each language ("Kirin" is the Vietnamese name of Cyrillic). */
function scriptNames(ch: string): { script: string; scriptEn: string } {
  return /\p{Script=Cyrillic}/u.test(ch)
    ? { script: 'Kirin (Cyrillic)', scriptEn: 'Cyrillic' }
    : { script: 'Hy Lạp (Greek)', scriptEn: 'Greek' };
}
