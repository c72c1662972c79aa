import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { rangeOf, writingScan, type ProseLine, type Word } from '../writing/scan';
import {
  FIELDS,
  HEAD_FIRST,
  NAME_WORDS,
  PLACE_NOUNS,
  OFFICIAL,
  ONE_SYLLABLE_HEADS,
  TWO_HEADS,
} from '../writing/caps-data';
import { lowerFirst, upperFirst } from '../writing/util';

/**
 * Wrong capitals in the name of an organisation (Nghị định 30 Phụ lục II IV.1a; Quy định 4148-QĐ/VPTW 4.1):
 * the head takes a capital on its first syllable only (Đảng ủy, Ủy ban, Văn phòng), each field phrase
 * likewise (Sở Tài chính, Ban Chấp hành); official names keep their casing (Bộ Công Thương).
 * "Nhân dân" in "Ủy ban nhân dân" is caps-special-noun.
 */
const rule: Rule = {
  id: 'caps-org-name',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Viết hoa sai trong tên cơ quan, tổ chức', 'Wrong capitals in the name of an organisation'),
  messages: {
    head: msg(
      '`{phrase}`: trong tên cơ quan, tổ chức chỉ viết hoa chữ đầu của từ chỉ loại hình — viết "{expected}" ' +
        '(Nghị định 30, Phụ lục II, mục IV).',
      '`{phrase}`: only the first syllable of the type word takes a capital — write "{expected}" ' +
        '(Decree 30, Annex II, IV).',
    ),
    field: msg(
      '`{phrase}`: cụm từ chỉ chức năng, lĩnh vực chỉ viết hoa chữ đầu — viết "{expected}" ' +
        '(Nghị định 30, Phụ lục II, mục IV).',
      '`{phrase}`: a function or field phrase takes a capital on its first syllable only — write "{expected}" ' +
        '(Decree 30, Annex II, IV).',
    ),
    official: msg(
      '`{phrase}`: tên chính thức viết là "{expected}".',
      '`{phrase}`: the official name is written "{expected}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report }) {
    const messages = this.messages;
    const scan = writingScan(model);
    /** Reports token `target` of the phrase [first, last] of line l, to be written `newWord`. */
    const out = (l: ProseLine, message: string, first: number, last: number, target: number, newWord: string) => {
      const w = l.w;
      const phrase = l.text.slice(l.s[first], l.e[last]);
      const words: string[] = [];
      // Only a field phrase has words after the first besides the target (a head or an official name is
      // two words, the target the second): those are written lower case too.
      for (let k = first; k <= last; k++)
        words.push(k === target ? newWord : k > first ? lowerFirst(w[k].text) : w[k].text);
      const expected = words.join(' ');
      const range = rangeOf(l, l.s[target], l.s[target] + 1);
      const data = { phrase, expected };
      const edit = { ...range, newText: newWord.charAt(0) };
      const title = fillMsg(messages.fix, data);
      report({ message, data, range: rangeOf(l, l.s[target], l.e[target]), fix: fix(title, edit) });
    };
    for (const l of scan.lines) {
      const w = l.w;
      for (let i = 0; i < l.n; i++) {
        const a = w[i];
        if (a.caps !== 1 || !HEAD_FIRST.has(a.low)) continue;
        if (l.spaced(i - 1)) {
          const prev = w[i - 1];
          if (prev.caps === 1 && NAME_WORDS.has(prev.k)) continue; // a person: Nguyễn Văn Phòng
          if (prev.caps === 0 && PLACE_NOUNS.has(prev.k)) continue; // a place: phường Trung Tâm
        }
        let j = i + 1;
        const b = w[i + 1] as Word | undefined;
        if (b && l.spaced(i) && TWO_HEADS.has(a.k, b.k)) {
          // "Đảng Bộ Tư pháp": the Party of a ministry ("Bộ Tư pháp"), not "Đảng bộ" written with a capital.
          const ambiguous = a.k === 'đảng' && l.spaced(i + 1) && w[i + 2].caps === 1 && ONE_SYLLABLE_HEADS.has(b.k);
          if (b.caps === 1 && !ambiguous) out(l, 'head', i, i + 1, i + 1, lowerFirst(b.text));
          j = i + 2;
        } else if (!ONE_SYLLABLE_HEADS.has(a.k) || !b || !l.spaced(i)) continue;
        // Field phrases after the head, joined by spaces, "và" or ",".
        // Stryker disable next-line EqualityOperator,ArithmeticOperator: a bound only; past the last word spaced()
        // is false and nothing follows it (a view line has no trailing ", "), so the body breaks before reading on
        while (j + 1 < l.n) {
          const x = w[j],
            y = w[j + 1];
          if (!l.spaced(j - 1) && l.between(j - 1, j) !== ', ') break;
          if (x.caps === 0 && x.k === 'và') {
            j++;
            continue;
          }
          if (x.caps !== 1 || !l.spaced(j)) break;
          const three = l.spaced(j + 1) && FIELDS.has(x.k, y.k, w[j + 2].k);
          const official = OFFICIAL.has(x.k, y.k);
          if (!three && !FIELDS.has(x.k, y.k) && !official) break;
          const last = three ? j + 2 : j + 1;
          if (official) {
            if (y.caps === 0) out(l, 'official', j, j + 1, j + 1, upperFirst(y.text));
          } else {
            for (let r = j + 1; r <= last; r++) if (w[r].caps === 1) out(l, 'field', j, last, r, lowerFirst(w[r].text));
          }
          j = last + 1;
        }
      }
    }
  },
};

export default rule;
