// From the document model to the blocks of the printed page: the header table, the title block, the body,
// the closing table and an appendix. Each paragraph names its component (the layout table gives its
// typography) and the source line it comes from. The .docx writer and the HTML preview both render these
// blocks, so the preview shows what the export writes. Pure: no Node or editor imports; never throws on
// odd input (a part that is not found is simply left out, its text goes to the body or a column).

import type { DocModel, Component } from '../core/model';
import type { Seg } from '../core/text';
import { RULE_LINE } from '../core/parse/header';
import { layoutFor, type ComponentId, type RegimeLayout } from '../core/layout';
import { inlineRuns, stripLineMarkup, type Run } from './inline';

export type { Run } from './inline';

export interface Para {
  c: ComponentId;
  runs: Run[];
  /** 0-based source line and the original range the paragraph comes from. */
  line: number;
  start: number;
  end: number;
  /** A horizontal rule of this length (mm) instead of text (rule under the title, issuer, trích yếu). */
  ruleMm?: number;
  /** Keep with the next paragraph (headings, the last body paragraph before the closing block). */
  keepNext?: boolean;
}

export interface Columns {
  left: Para[];
  right: Para[];
}

export interface ExportDoc {
  layout: RegimeLayout;
  /** Header table rows (Party: one row; state: Quốc hiệu row, then the Số + date row). */
  header: Columns[];
  /** Tên loại, trích yếu, separator, Kính gửi. */
  title: Para[];
  body: Para[];
  /** Closing table: Nơi nhận (left), signature (right); signatureGap = index in right before the name. */
  closing: (Columns & { signatureGap: number }) | null;
  appendix: Para[];
}

const SECTION_TITLE_MAX = 120;

class Used {
  private starts = new Set<number>();
  has(seg: Seg) {
    return this.starts.has(seg.start);
  }
  add(seg: Seg) {
    this.starts.add(seg.start);
  }
}
/** Rule under a state trích yếu: about 1/3 of the 165 mm line (NĐ30 Phụ lục I II.5b: 1/3 – 1/2). */
export const SEPARATOR_RULE_MM = 55;

export function toBlocks(model: DocModel): ExportDoc {
  const layout = layoutFor(model.profile);
  const { src, header: h } = model;
  // Segments already placed, by their start offset (segment objects may be made afresh on each read).
  const used = new Used();
  const segOf = (c: Component): Seg | null => {
    const l = src.lines[c.line];
    if (!l) return null;
    return l.segs.find((s) => c.start >= s.start && c.start < Math.max(s.end, s.start + 1)) ?? null;
  };
  /** A paragraph of a header or closing component: the text of its whole segment, as the user wrote it. */
  const para = (c: ComponentId, comp: Component | null | undefined): Para | null => {
    if (!comp) return null;
    const seg = segOf(comp);
    if (seg && used.has(seg)) return null;
    if (seg) used.add(seg);
    const text = seg ? seg.typed : comp.text;
    return { c, runs: [{ text }], line: comp.line, start: seg?.start ?? comp.start, end: seg?.end ?? comp.end };
  };
  const push = (to: Para[], p: Para | null) => {
    if (p) to.push(p);
  };
  const rule = (c: ComponentId, after: Para | null | undefined, mm: number): Para | null =>
    after ? { c, runs: [], line: after.line, start: after.end, end: after.end, ruleMm: mm } : null;
  const g = layout.geometry;
  const state = layout.family === 'state';

  // Header: issuer block (left), Party title or Quốc hiệu + Tiêu ngữ (right), Số, date.
  const left: Para[] = [];
  const right: Para[] = [];
  h.issuer.forEach((c, i) => push(left, para(i === 0 && h.issuer.length > 1 ? 'parentIssuer' : 'issuer', c)));
  if (g.issuerSeparator === 'star' || h.star) push(left, para('star', h.star));
  if (state && left.length) push(left, rule('star', left[left.length - 1], g.issuerRuleMm));
  const titleP = para('partyTitle', h.partyTitle);
  push(right, titleP);
  if (titleP) push(right, rule('partyTitle', titleP, g.titleRuleMm));
  h.stateMotto.forEach((c, i) => push(right, para(i === 0 && h.stateMotto.length > 1 ? 'quocHieu' : 'tieuNgu', c)));
  const motto = right.filter((p) => p.c === 'tieuNgu').pop();
  if (motto) right.push(rule('tieuNgu', motto, g.titleRuleMm)!);
  const row2: Columns = { left: [], right: [] };
  const numberCol = g.dateBesideNumber ? row2.left : left;
  const dateCol = g.dateBesideNumber ? row2.right : right;
  push(numberCol, para('number', h.number));
  push(dateCol, para('dateLine', h.dateLine));
  // Header lines not recognised as a component (V/v trích yếu of a công văn, "Dự thảo", urgency): under Số.
  const zoneEnd = h.title ? h.title.line : h.zoneEnd;
  for (let i = 0; i < zoneEnd; i++) {
    for (const seg of src.lines[i].segs) {
      if (used.has(seg) || !seg.typed.trim() || seg.typed.startsWith('<!--')) continue;
      used.add(seg);
      if (RULE_LINE.test(seg.matchText)) continue; // a typed rule: the exporter draws the rule itself
      const c: ComponentId = /^(?:V\/v|về việc)\b/u.test(seg.typed) ? 'congVanTrichYeu' : 'number';
      numberCol.push({ c, runs: inlineRuns(seg.typed), line: i, start: seg.start, end: seg.end });
    }
  }
  const headerRows = [{ left, right }];
  if (row2.left.length || row2.right.length) headerRows.push(row2);

  // Title block.
  const title: Para[] = [];
  push(title, para('typeName', h.title));
  for (const c of h.trichYeu) push(title, para('trichYeu', c));
  if (h.separator) {
    const sep = para('separator', h.separator);
    if (sep && g.trichYeuSeparator === 'line') {
      sep.runs = [];
      sep.ruleMm = SEPARATOR_RULE_MM;
    }
    push(title, sep);
  } else if (g.trichYeuSeparator === 'line' && title.length) {
    // State documents draw a rule under the trích yếu (NĐ30 Phụ lục I II.5b); it is not text of the draft.
    push(title, rule('separator', title[title.length - 1], SEPARATOR_RULE_MM));
  }
  // Other lines of the header zone after the title (kept, never lost).
  for (let i = Math.max(0, zoneEnd); i < h.zoneEnd; i++) {
    for (const seg of src.lines[i].segs) {
      if (used.has(seg) || !seg.typed.trim() || seg.typed.startsWith('<!--')) continue;
      used.add(seg);
      title.push({ c: 'trichYeu', runs: inlineRuns(seg.typed), line: i, start: seg.start, end: seg.end });
    }
  }

  // Body.
  const footerStart = Math.min(
    model.recipients?.label.line ?? Infinity,
    model.signature?.firstLine ?? Infinity,
    model.appendixLine >= 0 ? model.appendixLine : Infinity,
  );
  const bodyEnd = Math.min(footerStart - 1, src.lines.length - 1);
  const body = bodyParas(model, h.zoneEnd, bodyEnd, used);
  if (body.length) body[body.length - 1].keepNext = true;

  // Closing table.
  let closing: ExportDoc['closing'] = null;
  const r = model.recipients;
  const s = model.signature;
  if (r || s) {
    const cl: Para[] = [];
    const cr: Para[] = [];
    if (r) {
      push(cl, para('recipientsLabel', r.label));
      for (const it of r.items) {
        push(cl, para('recipientItem', it));
        for (const cont of it.continuation) push(cl, para('recipientItem', cont));
      }
    }
    if (s) {
      push(cr, para('authority', s.authority));
      for (const t of s.titles) push(cr, para('signerTitle', t));
    }
    const gap = cr.length;
    if (s?.name) push(cr, para('signerName', s.honorific ? { ...s.name, start: s.honorific.start } : s.name));
    // Lines of the closing zone that are neither (e.g. "(đã ký)", a seal note): kept in their column.
    const from = Math.min(footerStart, src.lines.length);
    const to = model.appendixLine >= 0 ? model.appendixLine : src.lines.length;
    for (let i = from; i < to; i++) {
      for (const seg of src.lines[i].segs) {
        if (used.has(seg) || !seg.typed.trim() || seg.typed.startsWith('<!--')) continue;
        used.add(seg);
        const target = seg.col >= 20 || seg !== src.lines[i].segs[0] ? cr : cl;
        target.push({
          c: target === cr ? 'signerTitle' : 'recipientItem',
          runs: inlineRuns(seg.typed),
          line: i,
          start: seg.start,
          end: seg.end,
        });
      }
    }
    closing = { left: cl, right: cr, signatureGap: gap };
  }

  const appendix = model.appendixLine >= 0 ? bodyParas(model, model.appendixLine, src.lines.length - 1, used) : [];
  return { layout, header: headerRows, title, body, closing, appendix };
}

const PART = /^(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+[\dIVXLC]+\b/u;
const CAN_CU = /^Căn cứ(?=\s)/u;
const KINH_GUI = /^Kính\s+(?:gửi|trình)\b/u;

/** Body paragraphs: one per line (consecutive text lines of a wrapped paragraph are joined). */
function bodyParas(model: DocModel, from: number, to: number, used: Used): Para[] {
  const { src } = model;
  const sectionAt = new Map<number, DocModel['sections'][number]>();
  const walk = (ss: DocModel['sections']) => {
    for (const s of ss) {
      sectionAt.set(s.line, s);
      walk(s.children);
    }
  };
  walk(model.sections);
  const out: Para[] = [];
  let inComment = false;
  let kinhGui = false;
  let prevText: Para | null = null;
  for (let i = from; i <= to; i++) {
    const line = src.lines[i];
    if (!line) break;
    if (line.segs.length && line.segs.every((s) => used.has(s))) {
      prevText = null;
      continue;
    }
    let raw = line.raw;
    // HTML comments (ketluan-disable …) are not text of the document.
    if (inComment) {
      const e = raw.indexOf('-->');
      if (e < 0) continue;
      raw = raw.slice(e + 3);
      inComment = false;
    }
    raw = raw.replace(/<!--[\s\S]*?-->/gu, '');
    const open = raw.indexOf('<!--');
    if (open >= 0) {
      raw = raw.slice(0, open);
      inComment = true;
    }
    const { text, heading } = stripLineMarkup(raw);
    if (!text.trim() || line.pageArtifact) {
      prevText = null;
      kinhGui = false;
      continue;
    }
    for (const s of line.segs) used.add(s);
    const t = text.trim();
    let c: ComponentId = 'body';
    const sec = sectionAt.get(i);
    if (KINH_GUI.test(t)) {
      c = 'kinhGuiLabel';
      kinhGui = true;
    } else if (kinhGui && /^[-–]\s/u.test(t)) c = 'kinhGuiItem';
    else if (sec) c = sectionComponent(sec, t);
    else if (PART.test(t)) c = 'partHeading';
    else if (out.length && out[out.length - 1].c === 'partHeading' && t === t.toUpperCase()) c = 'partTitle';
    else if (CAN_CU.test(t)) c = 'canCu';
    else if (heading > 0) c = heading === 1 ? 'heading1' : heading === 2 ? 'heading2' : 'heading3';
    const runs = inlineRuns(t);
    // A line continuing the previous text line (a wrapped paragraph) joins it.
    const continues =
      prevText &&
      c === 'body' &&
      !heading &&
      !sec &&
      !/^[-–+*•]\s|^\d+[.)]\s|^[a-zđ]\)\s/u.test(t) &&
      !/[.:;!?]$/u.test(runText(prevText));
    if (continues && prevText) {
      prevText.runs.push({ text: ' ' }, ...runs);
      prevText.end = line.end;
      continue;
    }
    const p: Para = { c, runs, line: i, start: line.start, end: line.end };
    if (c !== 'body' && c !== 'canCu' && c !== 'kinhGuiItem') p.keepNext = c !== 'heading3';
    out.push(p);
    prevText = c === 'body' ? p : null;
  }
  return out;
}

function sectionComponent(sec: DocModel['sections'][number], t: string): ComponentId {
  if (sec.kind === 'roman') return 'heading1';
  if (sec.kind === 'dieu') return 'dieu';
  // A numbered line is a heading when it is a short title; a numbered sentence is body text.
  const titled = t.length <= SECTION_TITLE_MAX && !/[.;]$/u.test(t);
  if ((sec.kind === 'arabic' || (sec.kind === 'decimal' && sec.depth <= 2)) && titled) return 'heading2';
  if (titled && sec.kind !== 'letter' && sec.kind !== 'paren') return 'heading3';
  return 'body';
}

export function runText(p: Pick<Para, 'runs'>): string {
  let s = '';
  for (const r of p.runs) s += r.text;
  return s;
}
