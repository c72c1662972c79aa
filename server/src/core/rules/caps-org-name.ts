import { ALL, msg, type Rule } from '../rule';
import { fix, fillMsg } from './_util';
import { rangeOf, writingScan, type ProseLine, type Tok } from '../writing/scan';
import {
  FIELD_PHRASES,
  HEAD_FIRST,
  NAME_WORDS,
  PLACE_NOUNS,
  OFFICIAL_EXCEPTIONS,
  ONE_SYLLABLE_HEADS,
  TWO_SYLLABLE_HEADS,
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
    const out = (l: ProseLine, message: string, phraseToks: Tok[], target: Tok, newWord: string) => {
      const phrase = l.text.slice(phraseToks[0].s, phraseToks[phraseToks.length - 1].e);
      const fixWord = (t: Tok, k: number) =>
        t === target ? newWord : message === 'field' && k > 0 ? lowerFirst(t.text) : t.text;
      const expected = phraseToks.map(fixWord).join(' ');
      const range = rangeOf(l, target.s, target.s + 1);
      const data = { phrase, expected };
      const edit = { ...range, newText: newWord.charAt(0) };
      const title = fillMsg(messages.fix, data);
      report({ message, data, range: rangeOf(l, target.s, target.e), fix: fix(title, edit) });
    };
    for (const l of writingScan(model).lines) {
      const toks = l.toks;
      const sp = (i: number) => i + 1 < toks.length && l.text.slice(toks[i].e, toks[i + 1].s) === ' ';
      for (let i = 0; i < toks.length; i++) {
        const a = toks[i];
        if (a.caps !== 1 || !HEAD_FIRST.has(a.low)) continue;
        const prev = toks[i - 1];
        if (prev && l.text.slice(prev.e, a.s) === ' ') {
          if (prev.caps === 1 && NAME_WORDS.has(prev.k)) continue; // a person: Nguyễn Văn Phòng
          if (prev.caps === 0 && PLACE_NOUNS.has(prev.k)) continue; // a place: phường Trung Tâm
        }
        let j = i + 1;
        const b = toks[i + 1];
        if (b && sp(i) && TWO_SYLLABLE_HEADS.has(`${a.k} ${b.k}`)) {
          const c = toks[i + 2];
          const ambiguous = a.k === 'đảng' && c && c.caps === 1 && sp(i + 1) && ONE_SYLLABLE_HEADS.has(b.k);
          if (b.caps === 1 && !ambiguous) out(l, 'head', [a, b], b, lowerFirst(b.text));
          j = i + 2;
        } else if (!ONE_SYLLABLE_HEADS.has(a.k) || !b || !sp(i)) continue;
        // Field phrases after the head, joined by spaces, "và" or ",".
        while (j + 1 < toks.length) {
          const x = toks[j],
            y = toks[j + 1];
          if (!/^ $/.test(l.text.slice(toks[j - 1].e, x.s)) && !/^, $/.test(l.text.slice(toks[j - 1].e, x.s))) break;
          if (x.caps === 0 && x.k === 'và') {
            j++;
            continue;
          }
          if (x.caps !== 1 || !sp(j)) break;
          const z = toks[j + 2];
          const three = z && sp(j + 1) && FIELD_PHRASES.has(`${x.k} ${y.k} ${z.k}`);
          const pair = `${x.k} ${y.k}`;
          if (!three && !FIELD_PHRASES.has(pair) && !OFFICIAL_EXCEPTIONS.has(pair)) break;
          const rest = three ? [y, z] : [y];
          if (OFFICIAL_EXCEPTIONS.has(pair)) {
            if (y.caps === 0) out(l, 'official', [x, y], y, upperFirst(y.text));
          } else {
            for (const r of rest) if (r.caps === 1) out(l, 'field', [x, ...rest], r, lowerFirst(r.text));
          }
          j += 1 + rest.length;
        }
      }
    }
  },
};
export default rule;
