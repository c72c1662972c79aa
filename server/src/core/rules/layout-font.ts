import { ALL, msg, type Rule } from '../rule';
import { layoutFor } from '../layout';
import { faultySpan, mostCommon, names, sameFont, someInk, type WordRun } from './_word';

const ASCII_VISIBLE = /[\x21-\x7e]/;
// eslint-disable-next-line no-control-regex -- \x00-\x7f is the whole ASCII range on purpose: anything outside it
const NON_ASCII_VISIBLE = /[^\x00-\x7f\s]/u;

/**
 * HD05 Phần IV.1 (NĐ30 Phụ lục I mục I.4): Times New Roman throughout. Word draws Latin letters without
 * marks with the font of the "ascii" slot and Vietnamese letters (ệ, ư, Đ) with the "hAnsi" slot, so both
 * are checked, after styles and theme fonts are applied.
 */
const rule: Rule = {
  id: 'layout-font',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Phông chữ không phải Times New Roman', 'Font is not Times New Roman'),
  messages: {
    font: msg(
      'Phông chữ của {nameVi} là "{actual}", cần "{expected}". Cách sửa trong Word: chọn dòng "{excerpt}" → ' +
        'Trang đầu (Home) → Phông chữ → {expected}{styleVi}.',
      'The font of {nameEn} is "{actual}"; expected "{expected}". To fix in Word: select the line "{excerpt}" → ' +
        'Home → Font → {expected}{styleEn}.',
    ),
    slot: msg(
      'Chữ có dấu tiếng Việt của {nameVi} hiện bằng phông "{actual}" (ô phông hAnsi), các chữ khác bằng ' +
        '"{other}"; cần "{expected}" cho mọi chữ. Cách sửa trong Word: chọn dòng "{excerpt}" → Trang đầu (Home) → ' +
        'Phông chữ → chọn lại {expected}{styleVi}.',
      'The Vietnamese letters of {nameEn} show in "{actual}" (the hAnsi font slot), the others in "{other}"; ' +
        'expected "{expected}" for all. To fix in Word: select the line "{excerpt}" → Home → Font → choose ' +
        '{expected} again{styleEn}.',
    ),
  },
  check({ model, options, text, report }) {
    const word = options.word;
    if (!word) return;
    const layout = layoutFor(model.profile);
    for (const c of word.components) {
      const st = layout.components[c.id];
      if (c.confidence !== 'high' || !st || !st.checked.includes('font')) continue;
      const expected = st.font;
      const asciiBad = (r: WordRun) => !sameFont(r.ascii, expected);
      const hAnsiBad = (r: WordRun) => !sameFont(r.hAnsi, expected);
      // Characters below U+0080 are drawn with the ascii slot, Vietnamese letters with the hAnsi slot.
      const a = faultySpan(c, text, asciiBad, ASCII_VISIBLE);
      const h = faultySpan(c, text, hAnsiBad, NON_ASCII_VISIBLE);
      if (!a && !h) continue;
      // Only the hAnsi slot wrong: the first such font; else the font most of the wrong ascii runs use.
      const actual = a ? mostCommon(a.runs.map((r) => r.ascii)) : h!.runs[0].hAnsi;
      const onlyHAnsi = !a && !!h && someInk(c, text, (r) => !asciiBad(r), ASCII_VISIBLE);
      const range = {
        start: Math.min(a?.start ?? Infinity, h?.start ?? Infinity),
        end: Math.max(a?.end ?? 0, h?.end ?? 0),
      };
      const data = { ...names(c, text), actual, expected, other: expected, ...styleHint(c.style) };
      report({ message: onlyHAnsi ? 'slot' : 'font', data, range });
    }
  },
};

/** " (hoặc sửa kiểu X)" when the paragraph has a named style: fixing the style fixes every paragraph of it. */
export function styleHint(style: string | null): { styleVi: string; styleEn: string } {
  if (!style || /^(?:Normal|a)$/i.test(style)) return { styleVi: '', styleEn: '' };
  return {
    styleVi: `; hoặc sửa kiểu (style) "${style}" để sửa mọi đoạn cùng kiểu`,
    styleEn: `; or modify the style "${style}" to fix every paragraph using it`,
  };
}
export default rule;
