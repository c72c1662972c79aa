// Outline of a draft: header components, the section tree, the cited documents, Nơi nhận, signature, appendix.
import type { DocModel, Section, Range } from '../model';

export type SymbolKind =
  'header' | 'component' | 'section' | 'citations' | 'citation' | 'recipients' | 'signature' | 'appendix';
export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: SymbolKind;
  range: Range;
  selectionRange: Range;
  children: OutlineSymbol[];
}

function lineSpan(model: DocModel, from: number, to: number): Range {
  const lines = model.src.lines;
  const a = lines[Math.max(0, Math.min(from, lines.length - 1))],
    b = lines[Math.max(0, Math.min(to, lines.length - 1))];
  return { start: a.start, end: Math.max(a.start, b.end) };
}

export function documentSymbols(model: DocModel): OutlineSymbol[] {
  const out: OutlineSymbol[] = [];
  const h = model.header;
  const comps: OutlineSymbol[] = [];
  const add = (name: string, c: { start: number; end: number; text: string } | null, detail = '') => {
    if (c)
      comps.push({
        name,
        detail: detail || c.text,
        kind: 'component',
        range: { start: c.start, end: c.end },
        selectionRange: { start: c.start, end: c.end },
        children: [],
      });
  };
  add('Tiêu đề', h.partyTitle);
  for (const c of h.issuer) add('Cơ quan ban hành', c);
  add('Số, ký hiệu', h.number);
  add('Địa danh, ngày tháng', h.dateLine);
  add('Tên loại', h.title, [h.title?.text, ...h.trichYeu.map((t) => t.text)].filter(Boolean).join(' '));
  if (comps.length) {
    const r = { start: Math.min(...comps.map((c) => c.range.start)), end: Math.max(...comps.map((c) => c.range.end)) };
    out.push({
      name: h.title ? h.title.text : 'Phần đầu',
      detail: [h.number?.text, h.dateLine?.text].filter(Boolean).join(' · '),
      kind: 'header',
      range: r,
      selectionRange: h.title ?? comps[0].range,
      children: comps,
    });
  }
  const sec = (s: Section): OutlineSymbol => ({
    name: sectionName(model, s),
    detail: '',
    kind: 'section',
    range: lineSpan(model, s.line, s.endLine),
    selectionRange: s.numberRange,
    children: s.children.map(sec),
  });
  out.push(...model.sections.map(sec));
  if (model.citations.length) {
    const seen = new Map<string, OutlineSymbol>();
    for (const c of model.citations) {
      if (seen.has(c.number)) continue;
      seen.set(c.number, {
        name: `${c.typeWord || 'Văn bản'} ${c.number}`,
        detail: [c.dateText, c.issuerPhrase].filter(Boolean).join(' · '),
        kind: 'citation',
        range: { start: c.start, end: c.end },
        selectionRange: c.numberRange,
        children: [],
      });
    }
    const list = [...seen.values()];
    out.push({
      name: 'Các văn bản được viện dẫn',
      detail: `${list.length}`,
      kind: 'citations',
      range: { start: list[0].range.start, end: Math.max(...list.map((x) => x.range.end)) },
      selectionRange: list[0].selectionRange,
      children: list,
    });
  }
  const r = model.recipients;
  if (r) {
    const last = r.items[r.items.length - 1];
    out.push({
      name: 'Nơi nhận',
      detail: `${r.items.length}`,
      kind: 'recipients',
      range: { start: r.label.start, end: last ? Math.max(last.endAt, last.end) : r.label.end },
      selectionRange: r.label,
      children: r.items.map((i) => ({
        name: i.text,
        detail: '',
        kind: 'component' as const,
        range: { start: i.start, end: Math.max(i.endAt, i.end) },
        selectionRange: { start: i.start, end: i.end },
        children: [],
      })),
    });
  }
  const s = model.signature;
  if (s) {
    const first = s.authority ?? s.titles[0];
    const name = [s.authority?.text, ...s.titles.map((t) => t.text)].filter(Boolean).join(' / ');
    out.push({
      name: 'Chữ ký',
      detail: [name, s.name?.text].filter(Boolean).join(' — '),
      kind: 'signature',
      range: lineSpan(model, s.firstLine, s.lastLine),
      selectionRange: first ? { start: first.start, end: first.end } : lineSpan(model, s.firstLine, s.firstLine),
      children: [],
    });
  }
  if (model.appendixLine >= 0) {
    out.push({
      name: model.src.lines[model.appendixLine].view.typed,
      detail: 'Phụ lục',
      kind: 'appendix',
      range: lineSpan(model, model.appendixLine, model.src.lines.length - 1),
      selectionRange: lineSpan(model, model.appendixLine, model.appendixLine),
      children: [],
    });
  }
  return out;
}

/** Folding: each section, the header, the Nơi nhận block, the appendix (0-based lines). */
export function foldingRanges(model: DocModel): { startLine: number; endLine: number; kind?: 'region' }[] {
  const out: { startLine: number; endLine: number }[] = [];
  const walk = (ss: Section[]) => {
    for (const s of ss) {
      if (s.endLine > s.line) out.push({ startLine: s.line, endLine: s.endLine });
      walk(s.children);
    }
  };
  walk(model.sections);
  if (model.header.zoneEnd > 1) {
    let end = model.header.zoneEnd - 1;
    while (end > 0 && model.src.lines[end].blank) end--;
    if (end > 0) out.push({ startLine: 0, endLine: end });
  }
  const r = model.recipients;
  if (r && r.items.length) {
    const last = r.items[r.items.length - 1];
    const endLine = last.continuation.length ? last.continuation[last.continuation.length - 1].line : last.line;
    if (endLine > r.label.line) out.push({ startLine: r.label.line, endLine });
  }
  if (model.appendixLine >= 0 && model.appendixLine < model.src.lines.length - 1)
    out.push({ startLine: model.appendixLine, endLine: model.src.lines.length - 1 });
  return out;
}

/** Selection ranges from the inside out: the line, each enclosing section, the body, the whole draft. */
export function selectionChain(model: DocModel, offset: number): Range[] {
  const lines = model.src.lines;
  let line = 0;
  for (let i = 0; i < lines.length; i++)
    if (lines[i].start <= offset) line = i;
    else break;
  const chain: Range[] = [{ start: lines[line].view.start, end: lines[line].view.end }];
  const enclosing: Section[] = [];
  const walk = (ss: Section[]) => {
    for (const s of ss)
      if (s.line <= line && line <= s.endLine) {
        enclosing.push(s);
        walk(s.children);
      }
  };
  walk(model.sections);
  for (const s of enclosing.reverse()) chain.push(lineSpan(model, s.line, s.endLine));
  if (line >= model.bodyStart && line <= model.bodyEnd) chain.push(lineSpan(model, model.bodyStart, model.bodyEnd));
  chain.push({ start: 0, end: model.src.text.length });
  // Keep strictly growing ranges only.
  return chain.filter(
    (r, i) =>
      i === 0 ||
      (r.start <= chain[i - 1].start &&
        r.end >= chain[i - 1].end &&
        (r.start < chain[i - 1].start || r.end > chain[i - 1].end)),
  );
}

/** A section as the outline names it: "II. NHIỆM VỤ", "a) Chi bộ thôn 1", "Phần thứ nhất. KẾT QUẢ …". */
function sectionName(model: DocModel, s: Section): string {
  if (s.kind === 'part') {
    // "Phần thứ nhất" as typed (the model keeps only "thứ nhất"; the range holds no emphasis marks)
    const part = model.src.text.slice(s.numberRange.start, s.numberRange.end).replace(/\s+/g, ' ');
    return s.title ? `${part}. ${s.title}` : part;
  }
  return `${s.number}${s.sep === ')' ? ')' : s.sep === '-' ? '-' : '.'} ${s.title}`.trim();
}
