import { ALL, msg, type Rule } from '../rule';
import { layoutFor } from '../layout';
import { VISIBLE, inkedRuns, mostCommon, names, sameFont, spanOf } from './_word';

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
      'Phông chữ của {nameVi} là "{actual}", cần "{expected}". Cách sửa trong Word: chọn dòng "{excerpt}" → '
      + 'Trang đầu (Home) → Phông chữ → {expected}{styleVi}.',
      'The font of {nameEn} is "{actual}"; expected "{expected}". To fix in Word: select the line "{excerpt}" → '
      + 'Home → Font → {expected}{styleEn}.',
    ),
    slot: msg(
      'Chữ có dấu tiếng Việt của {nameVi} hiện bằng phông "{actual}" (ô phông hAnsi), các chữ khác bằng '
      + '"{other}"; cần "{expected}" cho mọi chữ. Cách sửa trong Word: chọn dòng "{excerpt}" → Trang đầu (Home) → '
      + 'Phông chữ → chọn lại {expected}{styleVi}.',
      'The Vietnamese letters of {nameEn} show in "{actual}" (the hAnsi font slot), the others in "{other}"; '
      + 'expected "{expected}" for all. To fix in Word: select the line "{excerpt}" → Home → Font → choose '
      + '{expected} again{styleEn}.',
    ),
  },
  check({ model, options, text, report }) {
    const word = options.word;
    if (!word) return;
    const layout = layoutFor(model.profile);
    for (const c of word.components) {
      const st = layout.components[c.id];
      if (c.confidence !== 'high' || !st || !st.checked.includes('font')) continue;
      const bad: { at: number; font: string; slot: 'ascii' | 'hAnsi' }[] = [];
      const goodFonts: string[] = [];
      for (const { at, run, ch } of inkedRuns(c, text, VISIBLE)) {
        const slot = ch.charCodeAt(0) < 0x80 ? 'ascii' : 'hAnsi';
        const font = slot === 'ascii' ? run.ascii : run.hAnsi;
        if (sameFont(font, st.font)) goodFonts.push(font);
        else bad.push({ at, font, slot });
      }
      if (!bad.length) continue;
      const actual = mostCommon(bad.map((b) => b.font));
      const onlyHAnsi = bad.every((b) => b.slot === 'hAnsi') && goodFonts.length > 0;
      const data = { ...names(c, text), actual, expected: st.font, other: st.font, ...styleHint(c.style) };
      report({ message: onlyHAnsi ? 'slot' : 'font', data, range: spanOf(bad.map((b) => b.at)) });
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
