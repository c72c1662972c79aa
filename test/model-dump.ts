// The whole document model as text a reviewer reads beside the draft: every field, every range shown as
// line:column–line:column (from 1) with the exact characters it covers, every line number from 1 ("#12").
import type { DocModel } from '../server/src/core/model';
import { positionAt } from '../server/src/core/text';

const LINE_KEYS = new Set([
  'line',
  'firstLine',
  'lastLine',
  'endLine',
  'zoneEnd',
  'bodyStart',
  'bodyEnd',
  'appendixLine',
  'kinhGuiEnd',
]);
const OFFSET_KEYS = new Set(['endAt', 'commaAt']);

export function dumpModel(m: DocModel): string {
  const out: string[] = [];
  const pos = (o: number) => {
    const p = positionAt(m.src, o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  const isYmd = (o: Record<string, unknown>) =>
    Object.keys(o).length === 3 && typeof o.y === 'number' && typeof o.m === 'number' && typeof o.d === 'number';
  const walk = (v: unknown, path: string, key: string): void => {
    if (v === undefined) return;
    if (v === null) {
      out.push(`${path} = null`);
      return;
    }
    if (Array.isArray(v)) {
      if (!v.length) out.push(`${path} = []`);
      v.forEach((x, i) => walk(x, `${path}[${i}]`, key));
      return;
    }
    if (typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (isYmd(o)) {
        out.push(`${path} = ${String(o.d).padStart(2, '0')}/${String(o.m).padStart(2, '0')}/${o.y}`);
        return;
      }
      if (typeof o.start === 'number' && typeof o.end === 'number')
        out.push(`${path} @ ${pos(o.start)}–${pos(o.end)} «${m.src.text.slice(o.start, o.end)}»`);
      for (const [k, x] of Object.entries(o)) if (k !== 'start' && k !== 'end') walk(x, `${path}.${k}`, k);
      return;
    }
    if (typeof v === 'number' && LINE_KEYS.has(key)) out.push(`${path} = ${v < 0 ? v : `#${v + 1}`}`);
    else if (typeof v === 'number' && OFFSET_KEYS.has(key))
      out.push(`${path} = ${pos(v)} «${m.src.text.slice(Math.max(0, v - 3), v)}|${m.src.text.slice(v, v + 1)}»`);
    else out.push(`${path} = ${JSON.stringify(v)}`);
  };
  const { src, ...rest } = m;
  out.push(`lines = ${src.lines.length}, eol = ${JSON.stringify(src.eol)}, bom = ${src.hasBom}`);
  for (const [k, v] of Object.entries(rest)) walk(v, k, k);
  return out.join('\n') + '\n';
}
