import { ALL, msg, quote, type Rule } from '../rule';
import { fix, insert, replace } from './_util';
import { srcEnd, srcStart } from '../text';

/** HD05 6.2.2: the body ends with a full stop "."; "./." (the state convention) is also accepted. */
const rule: Rule = {
  id: 'closing-punctuation',
  severity: 'information',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Nội dung không kết thúc bằng dấu chấm', 'Body does not end with a full stop'),
  messages: {
    missing: msg(
      'Nội dung văn bản kết thúc bằng dấu chấm "." (hoặc "./."); câu cuối đang là "{text}".',
      'The body ends with a full stop "." (or "./."); the last sentence is "{text}".',
    ),
    fix: msg('Kết thúc bằng dấu chấm', 'End with a full stop'),
  },
  check({ model, report }) {
    if (!model.recipients && !model.signature) return; // no footer: cannot tell where the body ends
    const lines = model.src.lines;
    let i = model.bodyEnd;
    // Blank lines (a line holding only an HTML comment is blank too) and page numbers copied from a PDF are skipped.
    // The line above the body (the title) is not blank, and a blank line at bodyStart ends in no finding: only a
    // body made of one page number could tell i >= bodyStart from i > bodyStart or from no bound.
    // Stryker disable next-line ConditionalExpression,EqualityOperator: see above
    while (i >= model.bodyStart && (lines[i].blank || lines[i].pageArtifact)) i--;
    if (i < model.bodyStart) return; // no body line (the body starts at or after the header zone's end)
    const v = lines[i].view;
    const t = v.matchText;
    if (!t || t.endsWith('.')) return; // "./." ends with a dot too
    const lastIdx = t.length - 1;
    const end = srcEnd(v, lastIdx);
    const wrong = /[,;:]$/.test(t);
    const range = { start: srcStart(v, lastIdx), end };
    // Quote what the user typed (view.plain), not the tone-folded view.text used for matching.
    const data = { text: quote(lastWords(v.typed, 50), 50) };
    const edit = wrong ? replace(range, '.') : insert(end, '.');
    report({ message: 'missing', data, range, fix: fix(this.messages.fix, edit) });
  },
};

/** The end of a sentence, at most max characters, starting at a word ("…hợp tình hình, báo cáo …"). */
function lastWords(s: string, max: number): string {
  if (s.length <= max) return s;
  let tail = s.slice(-(max - 1));
  const space = tail.indexOf(' ');
  if (space >= 0 && space < 20) tail = tail.slice(space + 1);
  return '…' + tail;
}
export default rule;
