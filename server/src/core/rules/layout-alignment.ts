import { ALL, msg, type Rule } from '../rule';
import { layoutFor } from '../layout';
import { names } from './_word';
import { styleHint } from './layout-font';

const ALIGN = {
  left: { vi: 'căn trái', en: 'left-aligned', key: 'Ctrl+L', button: 'Căn trái', buttonEn: 'Align Left' },
  center: { vi: 'căn giữa', en: 'centred', key: 'Ctrl+E', button: 'Căn giữa', buttonEn: 'Center' },
  right: { vi: 'căn phải', en: 'right-aligned', key: 'Ctrl+R', button: 'Căn phải', buttonEn: 'Align Right' },
  justify: { vi: 'căn đều hai bên', en: 'justified', key: 'Ctrl+J', button: 'Căn đều', buttonEn: 'Justify' },
};

/**
 * HD05 6.2.2 and Phụ lục 2 (NĐ30 Phụ lục I mục II.5–6): body text justified; tên loại, trích yếu and the Party
 * title centred. Judged only when the component fills its paragraph (a line laid out with tabs beside another
 * block looks right on paper whatever its paragraph alignment).
 */
const rule: Rule = {
  id: 'layout-alignment',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Căn lề đoạn văn sai (nội dung căn đều, tên loại căn giữa)', 'Wrong paragraph alignment'),
  messages: {
    align: msg(
      '{nameVi} đang {actualVi}, cần {expectedVi}. Cách sửa trong Word: đặt con trỏ vào dòng "{excerpt}" → ' +
        'Trang đầu (Home) → {button} ({key}){styleVi}.',
      '{nameEn} is {actualEn}; expected {expectedEn}. To fix in Word: put the cursor in the line "{excerpt}" → ' +
        'Home → {buttonEn} ({key}){styleEn}.',
    ),
  },
  check({ model, options, text, report }) {
    const word = options.word;
    if (!word) return;
    const layout = layoutFor(model.profile);
    for (const c of word.components) {
      const st = layout.components[c.id];
      if (c.confidence !== 'high' || !st || !st.checked.includes('align') || !c.wholeParagraph) continue;
      if (c.align === st.align) continue;
      const a = ALIGN[c.align],
        e = ALIGN[st.align];
      const n = names(c, text);
      const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
      report({
        message: 'align',
        data: {
          ...n,
          ...styleHint(c.style),
          nameVi: cap(n.nameVi),
          nameEn: cap(n.nameEn),
          actualVi: a.vi,
          actualEn: a.en,
          expectedVi: e.vi,
          expectedEn: e.en,
          button: e.button,
          buttonEn: e.buttonEn,
          key: e.key,
        },
        range: { start: c.start, end: c.end },
      });
    }
  },
};
export default rule;
