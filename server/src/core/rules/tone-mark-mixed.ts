import { ALL, msg, type Rule } from '../rule';
import { fix, replace, fillMsg } from './_util';
import { NEW_STYLE, OLD_STYLE, swapTonePair } from '../vn';
import { positionAt } from '../text';

/**
 * Tone placement in open "oa", "oe", "uy" syllables: old "hòa, ủy, thủy" or new "hoà, uỷ, thuỷ". No
 * guide prescribes one (QĐ 1989/QĐ-BGDĐT for school books prefers the new), so only mixing within one
 * document is reported; the setting toneMarkStyle can ask for one style.
 */
const rule: Rule = {
  id: 'tone-mark-mixed',
  severity: 'information',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Văn bản dùng lẫn hai kiểu đặt dấu thanh', 'Both tone-mark placements in one document'),
  messages: {
    mixed: msg(
      'Văn bản dùng lẫn hai kiểu đặt dấu ({oldCount} chỗ kiểu "ủy, hòa", {newCount} chỗ kiểu "uỷ, hoà"): viết '
        + '"{expected}" thay cho "{actual}" cho thống nhất.',
      'The document mixes tone placements ({oldCount} like "ủy, hòa", {newCount} like "uỷ, hoà"): write "{expected}" '
        + 'instead of "{actual}" to match.',
    ),
    configured: msg(
      'Theo cài đặt đặt dấu kiểu {style}: viết "{expected}" thay cho "{actual}".',
      'The configured tone placement is {styleEn}: write "{expected}" instead of "{actual}".',
    ),
    fix: msg('Viết "{expected}"', 'Write "{expected}"'),
  },
  check({ model, report, options }) {
    const found = {
      old: [] as { start: number; end: number; text: string }[],
      new: [] as { start: number; end: number; text: string }[],
    };
    // One pass over the whole text; matches inside decomposed lines are unicode-not-nfc's business.
    const text0 = model.src.text;
    const configured = options.toneMarkStyle === 'old' || options.toneMarkStyle === 'new';
    // Without a configured style only a mix is reported: a document with one style needs no list of matches.
    // Stryker disable next-line ConditionalExpression,BlockStatement: a shortcut; one placement returns below too
    if (!configured) {
      OLD_STYLE.lastIndex = 0;
      NEW_STYLE.lastIndex = 0;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut, as above
      const hasOld = OLD_STYLE.test(text0),
        hasNew = hasOld && NEW_STYLE.test(text0);
      OLD_STYLE.lastIndex = 0;
      NEW_STYLE.lastIndex = 0;
      if (!hasNew) return;
    }
    const decomposed = /[\u0300-\u036f]/.test(text0);
    const lineOk = (off: number) => {
      // Stryker disable next-line ConditionalExpression,BooleanLiteral: a shortcut; the line test below agrees
      if (!decomposed) return true;
      const l = model.src.lines[positionAt(model.src, off).line];
      // The lines unicode-not-nfc reports (NFC changes a line without a combining mark only for a singleton
      // like the ohm sign U+2126, never seen in Vietnamese text).
      // Stryker disable next-line Regex: see above
      return !(/[\u0300-\u036f]/.test(l.raw) && l.raw.normalize('NFC') !== l.raw);
    };
    for (const [kind, re] of [
      ['old', OLD_STYLE],
      ['new', NEW_STYLE],
    ] as const) {
      re.lastIndex = 0;
      for (const m of text0.matchAll(re))
        if (lineOk(m.index!)) found[kind].push({ start: m.index!, end: m.index! + 2, text: m[0] });
    }
    let target: 'old' | 'new';
    if (configured) target = options.toneMarkStyle as 'old' | 'new';
    else {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: with one placement only, nothing is wrong
      if (!found.old.length || !found.new.length) return;
      // Stryker disable next-line StringLiteral: any target but 'old' is the new placement
      target = found.old.length > found.new.length ? 'old' : 'new';
    }
    const wrong = target === 'old' ? found.new : found.old;
    const text = model.src.text;
    for (const w of wrong) {
      const expectedPair = swapTonePair(w.text);
      // Show the whole word for context.
      let s = w.start;
      while (s > 0 && /[\p{L}\p{M}]/u.test(text[s - 1])) s--;
      const word = text.slice(s, w.end);
      const expected = text.slice(s, w.start) + expectedPair;
      // Stryker disable next-line ObjectLiteral: the engine fills the title from the finding's data too
      const title = fillMsg(this.messages.fix, { expected: expected });
      report({
        message: options.toneMarkStyle === 'consistent' || !options.toneMarkStyle ? 'mixed' : 'configured',
        data: { oldCount: found.old.length, newCount: found.new.length, expected, actual: word, ...styleNames(target) },
        range: { start: w.start, end: w.end },
        fix: fix(title, replace(w, expectedPair)),
      });
    }
  },
};
export default rule;

/** The style's name in each language: the English message must not carry the Vietnamese word. */
function styleNames(target: string): { style: string; styleEn: string } {
  return target === 'old'
    ? { style: 'cũ (hòa, ủy)', styleEn: 'the old one (hòa, ủy)' }
    : { style: 'mới (hoà, uỷ)', styleEn: 'the new one (hoà, uỷ)' };
}
