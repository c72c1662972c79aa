import { msg, quote, type Rule } from '../rule';
import { fix, insert, replace, fillMsg } from './_util';
import { viewRange, type View } from '../text';
import type { Range } from '../model';

/**
 * Nghị định 30/2020/NĐ-CP, Phụ lục I, mục II.9b (and Hướng dẫn 05-HD/VPTW for Party documents):
 * "Kính gửi:" with a colon; one recipient on the same line as the label; two or more each on its own
 * line, starting "- ", ending ";", the last ending ".". "Kính trình" belongs to Party tờ trình (HD05);
 * a state document writes "Kính gửi" (information).
 */
const LABEL = /^Kính\s+(gửi|trình)(?![\p{L}])(\s*:)?\s*/u;
const DASH = /^([-–—•+])\s*/u;

interface Item {
  first: View;
  line: number;
  dash: boolean;
  last: View;
  lastLine: number;
}

const rule: Rule = {
  id: 'kinh-gui-format',
  severity: 'warning',
  profiles: ['hd05', 'nd30'],
  fixable: 'fix',
  title: msg('Phần "Kính gửi" sai dạng', 'Malformed "Kính gửi" block'),
  messages: {
    colon: msg('Sau "{label}" có dấu hai chấm: "{label}:".', 'A colon follows "{label}": "{label}:".'),
    oneLine: msg(
      'Gửi nhiều nơi thì mỗi nơi viết một dòng, bắt đầu bằng "- " (đang viết liền trên dòng "{label}": "{text}").',
      'With several recipients each goes on its own line starting "- " (found on the "{label}" line: "{text}").',
    ),
    dash: msg(
      'Mỗi nơi nhận dưới "Kính gửi:" bắt đầu bằng gạch đầu dòng "- ": "{text}".',
      'Each recipient under "Kính gửi:" starts with "- ": "{text}".',
    ),
    itemEnd: msg(
      'Nơi nhận dưới "Kính gửi:" kết thúc bằng dấu chấm phẩy ";" (trừ nơi cuối cùng): "{text}".',
      'A recipient under "Kính gửi:" ends with ";" (except the last): "{text}".',
    ),
    lastEnd: msg(
      'Nơi cuối cùng dưới "Kính gửi:" kết thúc bằng dấu chấm ".": "{text}".',
      'The last recipient under "Kính gửi:" ends with ".": "{text}".',
    ),
    kinhTrinh: msg(
      'Văn bản nhà nước viết "Kính gửi", kể cả tờ trình gửi cấp trên; "Kính trình" là cách viết của tờ trình Đảng.',
      'A state document writes "Kính gửi", a tờ trình to a superior too; "Kính trình" is the Party tờ trình form.',
    ),
    fixColon: msg('Thêm dấu hai chấm', 'Add the colon'),
    fixDash: msg('Thêm "- " ở đầu dòng', 'Add "- " at the start'),
    fixEnd: msg('Kết thúc bằng "{mark}"', 'End with "{mark}"'),
    fixGui: msg('Viết "Kính gửi"', 'Write "Kính gửi"'),
  },
  check({ model, profile, report }) {
    const k = model.header.kinhGui;
    if (!k) return;
    const lines = model.src.lines;
    // Stryker disable next-line OptionalChaining: the parser's Kính gửi line is a line of the text
    const seg = lines[k.line]?.segs.find((s) => LABEL.test(s.matchText));
    // Stryker disable next-line ConditionalExpression: with no label cell ("Kính gửiỦy ban") nothing is reported anyway
    if (!seg) return;
    const m = LABEL.exec(seg.matchText)!;
    const label = `Kính ${m[1]}`;
    const labelRange = viewRange(seg, 0, /^Kính\s+(?:gửi|trình)/u.exec(seg.matchText)![0].length);
    if (m[1] === 'trình' && profile.id === 'nd30') {
      const r = viewRange(seg, seg.matchText.indexOf('trình'), seg.matchText.indexOf('trình') + 5);
      report({
        message: 'kinhTrinh',
        severity: 'information',
        range: r,
        fix: fix(this.messages.fixGui, replace(r, 'gửi')),
      });
    }
    if (!m[2]) {
      const edit = insert(labelRange.end, ':');
      report({ message: 'colon', data: { label }, range: labelRange, fix: fix(this.messages.fixColon, edit) });
    }
    const rest = seg.matchText.slice(m[0].length);
    if (rest) {
      // One recipient beside the label is the rule; several joined by ";" are not.
      if (/;\s*\S/u.test(rest)) {
        const r = viewRange(seg, m[0].length, seg.matchText.length);
        report({ message: 'oneLine', data: { label, text: quote(rest) }, range: r });
      }
      return;
    }
    const items: Item[] = [];
    for (let i = k.line + 1; i < lines.length && i < k.line + 40; i++) {
      const l = lines[i];
      // Stryker disable next-line ConditionalExpression: the next guard stops at a blank line too (it has no cell)
      if (l.blank) break;
      const v = l.segs[0];
      // Stryker disable next-line ConditionalExpression: only a blank line has no cell, and the guard above stops there
      if (!v) break;
      const dash = DASH.test(v.matchText);
      const prev = items[items.length - 1];
      if (dash || !prev) items.push({ first: v, line: i, dash, last: v, lastLine: i });
      else if (/[.]$/u.test(prev.last.matchText)) break;
      else {
        prev.last = v;
        prev.lastLine = i;
      }
    }
    if (items.length < 2) return;
    items.forEach((it, n) => {
      if (!it.dash) {
        report({
          message: 'dash',
          data: { text: quote(it.first.typed) },
          range: viewRange(it.first, 0, it.first.matchText.length),
          fix: fix(this.messages.fixDash, insert(it.first.start, '- ')),
        });
      }
      const isLast = n === items.length - 1;
      const want = isLast ? '.' : ';';
      const t = it.last.matchText;
      const end = t.slice(-1);
      if (end === want) return;
      const markRange: Range = viewRange(it.last, t.length - 1, t.length);
      const edit = /[.,;:]/u.test(end) ? replace(markRange, want) : insert(markRange.end, want);
      report({
        message: isLast ? 'lastEnd' : 'itemEnd',
        data: { text: quote(it.first.typed) },
        range: markRange,
        fix: { title: fillMsg(this.messages.fixEnd, { mark: want }), edits: [edit] },
      });
    });
  },
};
export default rule;
