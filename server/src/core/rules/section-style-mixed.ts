import { ALL, msg, type Rule } from '../rule';
import type { Section } from '../model';
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
      'Cùng cấp đề mục nhưng "{actual}" dùng dấu "{sep}", trong khi "{first}" (dòng {line}) dùng "{firstSep}": thống '
        + 'nhất một kiểu.',
      'Same section level, but "{actual}" uses "{sep}" while "{first}" (line {line}) uses "{firstSep}": use one style.',
    ),
    // {markup}/{firstMarkup}: 'có định dạng "**"' or 'không có định dạng'; {markupEn}/{firstMarkupEn} likewise.
    markup: msg(
      'Các đề mục cùng cấp phải trình bày giống nhau: đề mục "{actual}" {markup}, còn "{first}" (dòng {line}) '
        + '{firstMarkup}.',
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
      for (const s of group.slice(1)) {
        const line = first.line + 1;
        if (s.kind === 'roman' && s.sep !== first.sep && s.sep !== ')') {
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
          const edits = markupEdits(model.src.text, first, s);
          const title = fillMsg(this.messages.fixMarkup, { first: first.number });
          report({
            message: 'markup',
            data: {
              actual: label(s),
              first: label(first),
              line,
              markup: describe(s.markup, 'vi'),
              firstMarkup: describe(first.markup, 'vi'),
              markupEn: describe(s.markup, 'en'),
              firstMarkupEn: describe(first.markup, 'en'),
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
function describe(markup: string, lang: 'vi' | 'en'): string {
  if (lang === 'vi') return markup ? `có định dạng "${markup}"` : 'không có định dạng';
  return markup ? `is formatted "${markup}"` : 'has no formatting';
}

const label = (s: Section) => (s.sep === ')' ? `${s.number})` : `${s.number}${s.sep}`);

/** Rewrites the markup in front of the number and the closing emphasis at the end of the line. */
function markupEdits(text: string, ref: Section, s: Section) {
  const lineStartOf = (sec: Section) => text.lastIndexOf('\n', sec.range.start - 1) + 1;
  const refStart = lineStartOf(ref),
    sStart = lineStartOf(s);
  const refPrefix = text.slice(refStart, ref.numberRange.start).replace(/^[ \t]+/, '');
  const sIndentEnd = sStart + (/^[ \t]*/.exec(text.slice(sStart, s.numberRange.start))?.[0].length ?? 0);
  if (/[^#*_ \t]/.test(refPrefix) || /[^#*_ \t]/.test(text.slice(sIndentEnd, s.numberRange.start))) return null;
  const lineEnd = (start: number) => {
    const e = text.slice(start).search(/\r|\n/);
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
  if (refTrail.text !== sTrail.text) edits.push(replace({ start: sTrail.start, end: sTrail.end }, refTrail.text));
  return edits;
}
export default rule;
