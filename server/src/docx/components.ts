// Component detection by several signals. The core's text recognisers say what a line is (Party title,
// number, date, tên loại, Nơi nhận …); the paragraph's place (which table column, body or table) and its
// formatting (bold, capitals) confirm it or separate close calls (parent body vs issuer). Each component
// gets a score; only a "high" one is judged by the typography rules (layout.md §4.12, risk R7).

import type { DocModel, Component } from '../core/model';
import type { ComponentId, Position } from '../core/layout/types';
import { layoutFor } from '../core/layout';
import type { RunFormat, WordDoc, WordParagraph } from './model';

export interface Detected {
  id: ComponentId;
  /** Paragraph (0-based) and line of the parsed text. */
  para: number;
  line: number;
  /** Offsets inside the paragraph's text. */
  start: number;
  end: number;
  score: number;
  confidence: 'high' | 'low';
  signals: string[];
}

/** Score needed for a confident component. */
export const HIGH = 2;

const STATE_TITLE = /^CỘNG\s/iu;

function positionOf(p: WordParagraph): Position | 'table' | 'box' {
  if (p.inTextBox) return 'box';
  if (!p.cell) return 'full';
  if (p.cell.cols < 2) return 'table';
  if (p.cell.col === 0) return 'left';
  if (p.cell.col === p.cell.cols - 1) return 'right';
  return 'table';
}

function inkOf(p: WordParagraph, a: number, b: number, pred: (f: RunFormat) => boolean): number {
  let yes = 0,
    all = 0;
  for (const s of p.spans) {
    const x = Math.max(a, s.start),
      y = Math.min(b, s.end);
    for (let i = x; i < y; i++) {
      if (/\s/.test(p.text[i])) continue;
      all++;
      if (pred(s.fmt)) yes++;
    }
  }
  return all ? yes / all : 0;
}

export function detectComponents(model: DocModel, doc: WordDoc, paraOfLine: Int32Array): Detected[] {
  const out: Detected[] = [];
  const layout = layoutFor(model.profile);
  const lines = model.src.lines;
  const para = (line: number) => doc.paragraphs[paraOfLine[line] ?? -1];
  const seen = new Set<number>();

  type Place = { line: number; start: number; end: number };
  const add = (id: ComponentId, c: Place, textScore: number, signals: string[]) => {
    const p = para(c.line);
    if (!p) return;
    const lineStart = lines[c.line].start;
    let score = textScore;
    const sig = [...signals];
    const want = layout.components[id]?.position ?? 'full';
    const pos = positionOf(p);
    if (want === 'full') {
      if (pos === 'full') {
        score += 1;
        sig.push('position:body');
      } else if (pos === 'left' || pos === 'right') {
        score -= 1;
        sig.push(`position:${pos}-column`);
      }
    } else if (pos === want) {
      score += 1;
      sig.push(`position:${pos}-column`);
    } else if (pos === 'left' || pos === 'right') {
      score -= 2;
      sig.push(`position:${pos}-column (expected ${want})`);
    }
    out.push({
      id,
      para: p.index,
      line: c.line,
      start: c.start - lineStart,
      end: c.end - lineStart,
      score,
      confidence: score >= HIGH ? 'high' : 'low',
      signals: sig,
    });
    seen.add(c.line);
  };
  const h = model.header;
  if (h.partyTitle) add('partyTitle', h.partyTitle, 2, ['text:party-title']);
  for (const m of h.stateMotto) add(STATE_TITLE.test(m.text) ? 'quocHieu' : 'tieuNgu', m, 2, ['text:state-motto']);
  detectIssuer(h.issuer, para, (line) => lines[line].start, add);
  if (h.number) add('number', h.number, 2, ['text:number']);
  if (h.dateLine) add('dateLine', h.dateLine, 2, ['text:date-line']);
  if (h.title) add('typeName', h.title, 2, ['text:type-name']);
  const cv = model.documentType === 'CV' && !h.title;
  for (const t of h.trichYeu) add(cv ? 'congVanTrichYeu' : 'trichYeu', t, 1, ['text:after-type-name']);
  if (cv && h.number) {
    // A công văn's "V/v …" / "về việc …" under the number.
    const next = lines[h.number.line + 1];
    if (next && /^(?:V\/v|về việc)\b/u.test(next.view.matchText)) {
      add('congVanTrichYeu', { line: next.index, start: next.view.start, end: next.view.end }, 2, ['text:ve-viec']);
    }
  }
  if (h.kinhGui) add('kinhGuiLabel', h.kinhGui, 2, ['text:kinh-gui']);

  // Body: headings by their numbering, other non-empty paragraphs of the body zone.
  const headingLines = new Map<number, ComponentId>();
  const walkSections = (ss: DocModel['sections']) => {
    for (const s of ss) {
      const id: ComponentId =
        s.kind === 'roman'
          ? 'heading1'
          : s.kind === 'dieu'
            ? 'dieu'
            : s.kind === 'arabic' || s.kind === 'decimal'
              ? 'heading2'
              : 'heading3';
      headingLines.set(s.line, id);
      walkSections(s.children);
    }
  };
  walkSections(model.sections);
  for (let i = Math.max(model.bodyStart, 0); i <= model.bodyEnd && i < lines.length; i++) {
    const l = lines[i];
    if (l.blank || seen.has(i)) continue;
    const hid = headingLines.get(i);
    if (hid) add(hid, { line: i, start: l.view.start, end: l.view.end }, 2, ['text:section-number']);
    else add('body', { line: i, start: l.view.start, end: l.view.end }, 1, ['text:body-zone']);
  }

  // Closing block.
  const r = model.recipients;
  if (r) {
    add('recipientsLabel', r.label, 2, ['text:noi-nhan']);
    for (const it of r.items) {
      add('recipientItem', it, 2, ['text:recipient-item']);
      for (const c of it.continuation) add('recipientItem', c, 2, ['text:recipient-item']);
    }
  }
  const s = model.signature;
  if (s) {
    if (s.authority) add('authority', s.authority, 2, ['text:authority']);
    s.titles.forEach((t: Component, k: number) => add('signerTitle', t, k === 0 ? 1 : 0, ['text:signer-title']));
    if (s.name) add('signerName', s.name, 1, ['text:signer-name']);
  }
  return out;
}

/**
 * The issuer block: one line is the issuer; two or more lines are a parent body (regular) then the issuer
 * (bold). When the formatting does not tell them apart, they stay low-confidence.
 */
function detectIssuer(
  issuer: Component[],
  para: (line: number) => WordParagraph | undefined,
  lineStart: (line: number) => number,
  add: (id: ComponentId, c: Component, score: number, signals: string[]) => void,
): void {
  if (!issuer.length) return;
  if (issuer.length === 1) {
    add('issuer', issuer[0], 1, ['text:issuer']);
    return;
  }
  const bold = issuer.map((c) => {
    const p = para(c.line);
    const at = lineStart(c.line);
    return p ? inkOf(p, c.start - at, c.end - at, (f) => f.bold) >= 0.99 : false;
  });
  const firstBold = bold.indexOf(true);
  const split = firstBold > 0 && bold.slice(firstBold).every(Boolean);
  issuer.forEach((c, k) => {
    const last = k === issuer.length - 1;
    if (!split) add(last ? 'issuer' : 'parentIssuer', c, 0, ['text:issuer-block', 'format:ambiguous']);
    else if (k < firstBold) add('parentIssuer', c, 1, ['text:issuer-block', 'format:regular-above-bold']);
    else add('issuer', c, 1, ['text:issuer-block', 'format:bold']);
  });
}
