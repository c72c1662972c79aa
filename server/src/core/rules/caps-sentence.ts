import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { rangeOf, writingScan, type Word } from '../writing/scan';
import { DOT_ABBREVIATIONS, NAME_WORDS, ONE_SYLLABLE_HEADS, TWO_SYLLABLE_HEADS } from '../writing/caps-data';
import { key } from '../writing/lexicon';
import { lowerFirst, upperFirst } from '../writing/util';

/** First syllables of heads and names that keep their capital after ";" (Ủy ban, Đảng, Nhà nước …). */
const KEEP_CAPITAL = new Set([
  ...[...TWO_SYLLABLE_HEADS.keys()].map((k) => k.split(' ')[0]),
  ...ONE_SYLLABLE_HEADS,
  ...NAME_WORDS,
  ...[
    'đảng',
    'nhà',
    'nhân',
    'tổ',
    'chính',
    'quốc',
    'trung',
    'bác',
    'người',
    'chủ',
    'thủ',
    'bí',
    'phó',
    'luật',
    'nghị',
    'quyết',
    'chỉ',
    'thông',
    'kế',
    'kết',
    'hướng',
    'quy',
    'điều',
    'chương',
    'mục',
    'phần',
    'hiến',
    'công',
    'thường',
    'khoản',
    'điểm',
    'tỉnh',
    'thành',
    'huyện',
    'xã',
    'phường',
    'thị',
    'việt',
    'hà',
  ].map(key),
]);

/**
 * Sentence capitals (Nghị định 30 Phụ lục II I): a sentence starts with a capital after ".", "?", "!"
 * (warning); a capital right after ";" inside a sentence is information (names and bodies excepted).
 */
const rule: Rule = {
  id: 'caps-sentence',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Viết hoa đầu câu', 'Capital at the start of a sentence'),
  messages: {
    lower: msg(
      '`{word}` mở đầu câu mới sau dấu "{mark}" nên viết hoa: "{expected}".',
      '`{word}` starts a new sentence after "{mark}" and takes a capital: "{expected}".',
    ),
    afterSemicolon: msg(
      '`{word}` đứng sau dấu ";" trong cùng một câu, không cần viết hoa: "{expected}".',
      '`{word}` follows ";" inside a sentence and needs no capital: "{expected}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    const scan = writingScan(model);
    for (const l of scan.lines) {
      for (let i = 1; i < l.n; i++) {
        const t = l.w[i],
          p = l.w[i - 1];
        const ts = l.s[i],
          pe = l.e[i - 1];
        // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; no kind below takes capitals
        if (t.caps === 2) continue;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a mark and a space
        if (ts - pe < 2) continue; // need two characters: a shortcut, the patterns below need them too
        // Stryker disable next-line ConditionalExpression: a shortcut; the patterns below need a mark too: a lower-case
        // word is read after . ? or !, a capital one after ";" (most sentences start with a capital after ". ")
        if (!markBetween(l.text, pe, ts, t.caps === 0)) continue;
        const between = l.text.slice(pe, ts);
        // Three spaces are a layout gap (columns, a form), not a sentence break. (Only a line too long to be cut
        // into columns keeps one; a number before the mark is no gap: "mã số 1002345. các".)
        if (between.includes('   ')) continue;
        // The mark right after the word, or after a number that ends the sentence ("Điều 13. việc"); the new
        // sentence may open with a quote (". “việc").
        const m = /^(?:\s*\d+)?([.?!])["”’)]?( +)["“]?$/.exec(between);
        let kind: 'lower' | 'afterSemicolon' | null = null;
        if (m && t.caps === 0) {
          const afterWord = !/\d/.test(between);
          if (m[1] === '.' && afterWord && (abbreviation(l.text, p, l.s[i - 1]) || p.text.length === 1)) continue;
          kind = 'lower';
        } else if (/^; +$/.test(between) && t.caps === 1 && !KEEP_CAPITAL.has(t.k)) {
          if (i + 1 < l.n && l.w[i + 1].caps !== 0 && l.spaced(i)) continue; // a name of several words
          kind = 'afterSemicolon';
        }
        if (!kind) continue;
        const expected = kind === 'lower' ? upperFirst(t.text) : lowerFirst(t.text);
        // Stryker disable next-line StringLiteral: the afterSemicolon message does not show {mark}
        const data = { word: t.text, expected, mark: m ? m[1] : ';' };
        report({
          message: kind,
          data,
          range: rangeOf(l, ts, l.e[i]),
          severity: kind === 'lower' ? 'warning' : 'information',
          fix: fix(fillMsg(this.messages.fix, data), { ...rangeOf(l, ts, ts + 1), newText: expected[0] }),
        });
      }
    }
  },
};

// Stryker disable all: a shortcut (see its use); a wrong answer only changes which gaps the patterns read
/** Whether text[a, b) holds . ? or ! (sentence), else ";" (most gaps between words are a space or ", "). */
function markBetween(text: string, a: number, b: number, sentence: boolean): boolean {
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (sentence ? c === 46 || c === 63 || c === 33 : c === 59) return true;
  }
  return false;
}
// Stryker restore all

/**
 * The dot after word p (starting at view index s) ends an abbreviation: the last part of a dotted one
 * (v.v., PGS.TS.), a listed one (TP., TS.) or a short one in mixed case (ThS., MSc.).
 */
function abbreviation(text: string, p: Word, s: number): boolean {
  if (text[s - 1] === '.') return true;
  const shortMixed = p.caps === 2 && p.text.length <= 3 && /\p{Ll}/u.test(p.text);
  return DOT_ABBREVIATIONS.has(p.k) || shortMixed;
}
export default rule;
