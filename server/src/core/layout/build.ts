// Small constructors for the layout tables (keep the tables short and readable).
import type { ComponentStyle, ValueRange } from './types';

export const TNR = 'Times New Roman';

/** A value the guide fixes. */
export const fixed = (v: number): ValueRange => ({ min: v, max: v, def: v });
/** A range with the exporter's default inside it. */
export const at = (def: number, min: number, max: number): ValueRange => ({ min, max, def });
/** "At least v" (the exporter writes v). */
export const atLeast = (v: number): ValueRange => ({ min: v, max: Infinity, def: v });

const ANY_INDENT = at(0, 0, Infinity);
const ANY_SPACE = at(0, 0, Infinity);

/** A component style with the quiet defaults (regular, normal case, no indent, single line, no spacing). */
type StyleInput = Partial<ComponentStyle> & Pick<ComponentStyle, 'size' | 'checked' | 'source'>;

export function style(s: StyleInput): ComponentStyle {
  return {
    font: TNR,
    bold: false,
    italic: false,
    underline: false,
    caps: 'normal',
    align: 'left',
    position: 'full',
    indentMm: ANY_INDENT,
    spaceBefore: ANY_SPACE,
    spaceAfter: ANY_SPACE,
    lineSpacing: { unit: 'lines', min: 1, max: Infinity, def: 1 },
    confidence: 'P',
    ...s,
  };
}
