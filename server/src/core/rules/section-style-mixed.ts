import { ALL, msg, type Rule } from '../rule';
import type { Section } from '../model';
import type { Source } from '../text';
import { fix, replace, fillMsg } from './_util';
import { flatten, levelKey } from '../parse/body';

/**
 * One numbering level keeps one style: "I." or "I-" (both occur in Party texts, HD05's own text
 * uses "I-"), and the same Markdown markup ("**1.", "## 2.", "### **3." mixed is reported).
 */
const rule: Rule = {
  id: 'section-style-mixed',
  severity: 'information',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Một cấp đề mục dùng nhiều kiểu trình bày', 'One section level mixes styles'),
  messages: {
    sep: msg(
      'Cùng cấp đề mục nhưng "{actual}" dùng dấu "{sep}", trong khi "{first}" (dòng {line}) dùng "{firstSep}": thống ' +
        'nhất một kiểu.',
      'Same section level, but "{actual}" uses "{sep}" while "{first}" (line {line}) uses "{firstSep}": use one style.',
    ),
    // {markup}/{firstMarkup}: 'có định dạng "**"' or 'không có định dạng'; {markupEn}/{firstMarkupEn} likewise.
    markup: msg(
      'Các đề mục cùng cấp phải trình bày giống nhau: đề mục "{actual}" {markup}, còn "{first}" (dòng {line}) ' +
        '{firstMarkup}.',
      'Sections of one level look the same: "{actual}" {markupEn}, "{first}" (line {line}) {firstMarkupEn}.',
    ),
    fixSep: msg('Dùng dấu "{sep}" như các đề mục cùng cấp', 'Use "{sep}" like the other sections of this level'),
    fixMarkup: msg('Định dạng như đề mục "{first}"', 'Format like section "{first}"'),
  },
  check({ model, report, text }) {
    const groups = new Map<number, Section[]>();
    for (const s of flatten(model.sections)) {
      const key = levelKey(s);
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push(s);
    }
    for (const group of groups.values()) {
      const first = group[0];
      // Stryker disable next-line MethodExpression: the first section compared with itself differs in nothing
      for (const s of group.slice(1)) {
        const line = first.line + 1;
        if (s.kind === 'roman' && s.sep !== first.sep) {
          const at = text.indexOf(s.sep, s.numberRange.start + s.number.length);
          const range = { start: at, end: at + s.sep.length };
          const title = fillMsg(this.messages.fixSep, { sep: first.sep });
          report({
            message: 'sep',
            data: { actual: s.number + s.sep, sep: s.sep, first: first.number + first.sep, firstSep: first.sep, line },
            range,
            fix: fix(title, replace(range, first.sep)),
          });
        }
        if (s.markup !== first.markup) {
          const edits = markupEdits(model.src, first, s);
          const title = fillMsg(this.messages.fixMarkup, { first: first.number });
          report({
            message: 'markup',
            data: {
              actual: s.number + s.sep,
              first: first.number + first.sep,
              line,
              markup: describe(s.markup).vi,
              firstMarkup: describe(first.markup).vi,
              markupEn: describe(s.markup).en,
              firstMarkupEn: describe(first.markup).en,
            },
            range: { start: s.range.start, end: s.range.end }, // the fix rewrites both ends of the heading line
            fix: edits ? fix(title, ...edits) : undefined,
          });
        }
      }
    }
  },
};

/** The heading's markup in words, for the message in each language. */
function describe(markup: string): { vi: string; en: string } {
  return markup
    ? { vi: `có định dạng "${markup}"`, en: `is formatted "${markup}"` }
    : { vi: 'không có định dạng', en: 'has no formatting' };
}

/** Rewrites the markup in front of the number and the closing emphasis at the end of the line. */
function markupEdits(src: Source, ref: Section, s: Section) {
  const text = src.text;
  const refStart = src.lines[ref.line].start,
    sStart = src.lines[s.line].start;
  const refPrefix = text.slice(refStart, ref.numberRange.start).replace(/^[ \t]+/, '');
  // Stryker disable next-line Regex: "[ \t]*" always matches at index 0 (maybe empty), with or without "^"
  const sIndentEnd = sStart + /^[ \t]*/.exec(text.slice(sStart, s.numberRange.start))![0].length;
  if (/[^#*_ \t]/.test(refPrefix) || /[^#*_ \t]/.test(text.slice(sIndentEnd, s.numberRange.start))) return null;
  const lineEnd = (start: number) => {
    const e = text.slice(start).search(/\r|\n/);
    // Stryker disable next-line EqualityOperator: a heading line is never empty, so e is never 0
    return e < 0 ? text.length : start + e;
  };
  const trailing = (from: number) => {
    const end = lineEnd(from);
    const seg = text.slice(from, end).replace(/[ \t]+$/, '');
    const m = /[*_]+$/.exec(seg);
    return { start: from + (m ? m.index : seg.length), end: from + seg.length, text: m ? m[0] : '' };
  };
  const refTrail = trailing(refStart);
  const sTrail = trailing(sStart);
  const edits = [replace({ start: sIndentEnd, end: s.numberRange.start }, refPrefix)];
  // Stryker disable next-line ConditionalExpression: replacing the closing markup with the same text changes nothing
  if (refTrail.text !== sTrail.text) edits.push(replace({ start: sTrail.start, end: sTrail.end }, refTrail.text));
  return edits;
}
export default rule;
