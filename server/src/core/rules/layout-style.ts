import { ALL, msg, type Rule } from '../rule';
import { layoutFor } from '../layout';
import { INK, faultySpan, names, someInk, spanOf, type WordComponent } from './_word';
import { styleHint } from './layout-font';

type Prop = 'bold' | 'italic' | 'underline';

const PROP: Record<Prop, { vi: string; en: string; button: string; buttonEn: string }> = {
  bold: { vi: 'in đậm', en: 'bold', button: 'B (Ctrl+B)', buttonEn: 'B (Ctrl+B)' },
  italic: { vi: 'in nghiêng', en: 'italic', button: 'I (Ctrl+I)', buttonEn: 'I (Ctrl+I)' },
  underline: { vi: 'gạch chân', en: 'underlined', button: 'U (Ctrl+U)', buttonEn: 'U (Ctrl+U)' },
};

/**
 * Bold / italic / underline / capitals per component (HD05 Phụ lục 2; NĐ30 Phụ lục I mục II): tên loại bold,
 * date line italic, Party "Nơi nhận:" underlined, the signer's title under T/M not bold, … A property the
 * component must have is reported where any letter lacks it; one it must not have, only when the whole
 * component has it (a bold phrase inside a body paragraph is the writer's emphasis).
 */
const rule: Rule = {
  id: 'layout-style',
  severity: 'warning',
  profiles: ALL,
  fixable: 'none',
  title: msg('Kiểu chữ (đậm, nghiêng, gạch chân, in hoa) sai', 'Wrong bold, italic, underline or capitals'),
  messages: {
    missing: msg(
      '{nameVi} phải {propVi}. Cách sửa trong Word: chọn dòng "{excerpt}" → Trang đầu (Home) → bấm {button}{styleVi}.',
      '{nameEn} must be {propEn}. To fix in Word: select the line "{excerpt}" → Home → press {button}{styleEn}.',
    ),
    extra: msg(
      '{nameVi} không được {propVi}. Cách sửa trong Word: chọn dòng "{excerpt}" → Trang đầu (Home) → bấm {button} ' +
        'để bỏ{styleVi}.',
      '{nameEn} must not be {propEn}. To fix in Word: select the line "{excerpt}" → Home → press {button} to turn it ' +
        'off{styleEn}.',
    ),
    caps: msg(
      '{nameVi} phải viết in hoa. Cách sửa trong Word: chọn dòng "{excerpt}" → Trang đầu (Home) → Aa → VIẾT HOA ' +
        '(hoặc Shift+F3).',
      '{nameEn} must be in capitals. To fix in Word: select the line "{excerpt}" → Home → Aa → UPPERCASE ' +
        '(or Shift+F3).',
    ),
  },
  check({ model, options, text, report }) {
    const word = options.word;
    if (!word) return;
    const layout = layoutFor(model.profile);
    for (const c of word.components) {
      const st = layout.components[c.id];
      if (c.confidence !== 'high' || !st) continue;
      for (const prop of ['bold', 'italic', 'underline'] as Prop[]) {
        if (!st.checked.includes(prop)) continue;
        const lacking = faultySpan(c, text, (r) => r[prop] !== st[prop]);
        if (!lacking) continue;
        if (!st[prop] && someInk(c, text, (r) => !r[prop])) continue;
        const range = { start: lacking.start, end: lacking.end };
        report({ message: st[prop] ? 'missing' : 'extra', data: data(c, text, prop), range });
      }
      // Stryker disable next-line ConditionalExpression: every layout's caps-checked component has caps 'upper'
      if (st.checked.includes('caps') && st.caps === 'upper') {
        const lower: number[] = [];
        // Stryker disable next-line EqualityOperator: text[c.end] is the line break or tab after the component
        for (let i = c.start; i < c.end; i++) {
          const ch = text[i];
          if (ch !== ch.toUpperCase() && INK.test(ch)) lower.push(i);
        }
        if (lower.length) report({ message: 'caps', data: capNames(c, text), range: spanOf(lower) });
      }
    }
  },
};

/** names() with the component name capitalised: it starts every message's sentence, in both languages. */
function capNames(c: WordComponent, text: string): Record<string, string> {
  const n = names(c, text);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { ...n, nameVi: cap(n.nameVi), nameEn: cap(n.nameEn) };
}

function data(c: WordComponent, text: string, prop: Prop): Record<string, string> {
  const p = PROP[prop];
  return {
    ...capNames(c, text),
    ...styleHint(c.style),
    propVi: p.vi,
    propEn: p.en,
    button: p.button,
  };
}
export default rule;
