import { ALL, msg, type Fix, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { contiguous, inDictionary, rangeOf, syllable, writingScan } from '../writing/scan';
import { decodeTelex, looksTelex, nearSyllables, withTone } from '../writing/syllable';
import { rank, splitGlued } from '../writing/util';

const OPEN = /^[^aăâeêioôơuưy]*/;
/**
 * The rhyme as a reader sees it: the main vowel (or ươ, iê, yê, uô) and the coda; the whole rhyme when that
 * tail is itself a valid syllable ("thoung": "-oung", not "-ung"). Every word judged here has a vowel.
 */
const shownRhyme = (bare: string): string => {
  const tail = /(?:ươ|iê|yê|uô|[aăâeêioôơuưy])[^aăâeêioôơuưy]*$/.exec(bare)![0];
  return syllable(tail).reason === 'ok' ? bare : tail;
};

/**
 * A lower-case word that no Vietnamese syllable can be (spec §3.6; writing.md §2.2): a stop coda without
 * sắc/nặng (luât), an impossible rhyme (trog, nhữg), k/gh/ngh against c/g/ng (nghành, kông), letters
 * f j w z and other Telex leftovers (vieejt, ddaay). Words of the user dictionary are accepted.
 */
const rule: Rule = {
  id: 'syllable-invalid',
  severity: 'warning',
  profiles: ALL,
  fixable: 'suggest',
  title: msg('Chữ không thể là âm tiết tiếng Việt (lỗi gõ)', 'A word that cannot be a Vietnamese syllable (typo)'),
  messages: {
    stopTone: msg(
      '`{word}`: vần "-{rhyme}" chỉ đi với dấu sắc hoặc nặng — có phải {guess}?',
      '`{word}`: the rhyme "-{rhyme}" takes only the sắc or nặng tone — did you mean {guess}?',
    ),
    telex: msg(
      '`{word}`: có vẻ là phím gõ Telex còn sót lại — có phải {guess}?',
      '`{word}`: looks like leftover Telex keystrokes — did you mean {guess}?',
    ),
    letter: msg(
      '`{word}`: chữ "{letter}" không có trong chữ quốc ngữ (có thể là phím gõ còn sót hoặc từ nước ngoài).',
      '`{word}`: the letter "{letter}" is not used in Vietnamese (a leftover keystroke or a foreign word).',
    ),
    spelling: msg(
      '`{word}`: "k, gh, ngh" chỉ đứng trước "i, y, e, ê"; "c, g, ng" không đứng trước chúng — có phải {guess}?',
      '`{word}`: "k, gh, ngh" go only before "i, y, e, ê", and "c, g, ng" never do — did you mean {guess}?',
    ),
    onset: msg(
      '`{word}`: phụ âm đầu "{cluster}" không có trong tiếng Việt.',
      '`{word}`: "{cluster}" is not a Vietnamese initial consonant.',
    ),
    rhyme: msg(
      '`{word}`: vần "-{rhyme}" không có trong tiếng Việt.',
      '`{word}`: "-{rhyme}" is not a Vietnamese rhyme.',
    ),
    rhymeGuess: msg(
      '`{word}`: vần "-{rhyme}" không có trong tiếng Việt — có phải {guess}?',
      '`{word}`: "-{rhyme}" is not a Vietnamese rhyme — did you mean {guess}?',
    ),
    tones: msg('`{word}`: một chữ có hai dấu thanh.', '`{word}`: one word with two tone marks.'),
    fix: msg('Sửa thành "{to}"', 'Change to "{to}"'),
  },
  check({ model, report, options }) {
    const scan = writingScan(model);
    for (const l of scan.lines) {
      // Stryker disable next-line EqualityOperator: one step past the end reads no word (l.syl gives null)
      for (let i = 0; i < l.n; i++) {
        const a = l.syl(i);
        if (!a || a.reason === 'ok' || a.reason === 'placement' || a.reason === 'noVowel') continue;
        const text = l.w[i].text,
          low = l.w[i].low,
          s = l.s[i],
          e = l.e[i];
        // A word with a Cyrillic or Greek letter is never judged (l.syl gives null): the homoglyph rule's.
        if (inDictionary(options.words, text) || splitGlued(low)) continue;
        let message: string = a.reason;
        let cands: string[] = [];
        const rhyme = a.rhyme ? shownRhyme(a.rhyme) : shownRhyme(a.bare);
        const telex = looksTelex(a.bare) ? decodeTelex(a.bare) : null;
        if (telex) {
          message = 'telex';
          cands = [telex];
        } else if (a.reason === 'stopTone') cands = [withTone(a.bare, 2), withTone(a.bare, 5)];
        else if (a.reason === 'spelling') {
          const onset = a.onset;
          cands = [withTone(a.detail + a.bare.slice(onset.length), a.tone)];
        } else if (a.reason === 'rhyme') {
          cands = nearSyllables(low);
          message = cands.length ? 'rhymeGuess' : 'rhyme';
        }
        const { list, sure } = rank(cands, scan);
        const shown = sure ? list.slice(0, 1) : list.slice(0, 2);
        const guess = shown.map((c) => `"${c}"`).join(' / ');
        const range = rangeOf(l, s, e);
        const suggest: Fix[] = contiguous(l, s, e)
          ? list.slice(0, 3).map((c) => fix(fillMsg(this.messages.fix, { to: c }), { ...range, newText: c }))
          : [];
        const cluster = OPEN.exec(a.bare)![0]; // OPEN matches every word (maybe empty)
        report({ message, data: { word: text, rhyme, guess, letter: a.detail, cluster }, range, suggest });
      }
    }
  },
};
export default rule;
