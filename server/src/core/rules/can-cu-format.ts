import { msg, quote, type Rule } from '../rule';
import { fix, replace, insert, fillMsg } from './_util';
import { viewRange } from '../text';
import type { Range } from '../model';
import { beforeNd30 } from './_state';

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.6a: each căn cứ line ("Căn cứ …", "Xét …", "Theo đề nghị của …")
 * ends with ";" and the last one with "." — under Thông tư 01/2011/TT-BNV (documents before 05/3/2020) the last
 * one ended with ",", so a "," there is no finding. Real 2026 documents and public "NĐ30 checkers" still
 * write "," (state-documents.md §0.6), so every case is information, never an error.
 */
const START = /^(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)(?![\p{L}])/u;
const END_OF_BLOCK = /^(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|NGHỊ\s+QUYẾT|Điều\s+1\b)/u;

const rule: Rule = {
  id: 'can-cu-format',
  severity: 'information',
  profiles: ['nd30'],
  fixable: 'fix',
  title: msg('Dấu cuối dòng căn cứ', 'End mark of a căn cứ line'),
  messages: {
    lastComma: msg(
      'Từ ngày 05/3/2020 (Nghị định 30) dòng căn cứ cuối cùng kết thúc bằng dấu chấm ".", không phải dấu phẩy như ' +
        'trước đây: "{text}".',
      'Since 5 March 2020 (Decree 30) the last căn cứ line ends with ".", not the former ",": "{text}".',
    ),
    last: msg(
      'Dòng căn cứ cuối cùng kết thúc bằng dấu "{mark}": "{text}".',
      'The last căn cứ line ends with "{mark}": "{text}".',
    ),
    item: msg(
      'Mỗi dòng căn cứ (trừ dòng cuối) kết thúc bằng dấu chấm phẩy ";": "{text}".',
      'Each căn cứ line but the last ends with ";": "{text}".',
    ),
    fix: msg('Kết thúc bằng "{mark}"', 'End with "{mark}"'),
  },
  check(ctx) {
    const { model, report } = ctx;
    const lines = model.src.lines;
    // The căn cứ block: lines starting "Căn cứ"/"Xét"/"Theo đề nghị" and their wrapped continuations, up to
    // "QUYẾT ĐỊNH:" (or another enacting word). Without that word it is not a căn cứ block.
    const items: { first: number; last: number }[] = [];
    let i = model.bodyStart;
    while (i <= model.bodyEnd && i < model.bodyStart + 40 && !(lines[i] && START.test(lines[i].view.matchText))) i++;
    let closed = false;
    for (; i <= model.bodyEnd && i < lines.length; i++) {
      const t = lines[i].view.matchText;
      if (lines[i].blank) continue;
      if (END_OF_BLOCK.test(t)) {
        closed = true;
        break;
      }
      if (START.test(t)) items.push({ first: i, last: i });
      else if (items.length) items[items.length - 1].last = i;
      else break;
    }
    if (!closed || !items.length) return;
    const old = beforeNd30(ctx);
    items.forEach((it, n) => {
      const v = lines[it.last].view;
      const t = v.matchText;
      const end = t.slice(-1);
      const isLast = n === items.length - 1;
      const text = quote(lines[it.first].view.typed);
      const mark: Range = viewRange(v, t.length - 1, t.length);
      const edit = (want: string) => (/[.,;:]/u.test(end) ? replace(mark, want) : insert(mark.end, want));
      const title = (want: string) => fillMsg(this.messages.fix, { mark: want });
      if (isLast) {
        if (end === '.' || (old && end === ',')) return;
        const message = end === ',' ? 'lastComma' : 'last';
        report({ message, data: { text, mark: '.' }, range: mark, fix: fix(title('.'), edit('.')) });
      } else if (end !== ';') {
        report({ message: 'item', data: { text }, range: mark, fix: fix(title(';'), edit(';')) });
      }
    });
  },
};
export default rule;
