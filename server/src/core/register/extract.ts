// From a parsed draft to its register row, its citations and its tasks. Pure; never throws on odd models.
import type { Citation, DocModel } from '../model';
import type { IndexedDoc, RegisterCitation, RegisterEntry } from './types';
import { DOC_TYPES, typeByCode, typeFromTitle } from '../doctypes';
import { positionAt } from '../text';
import { toIso } from '../dates';
import { extractTasks } from './tasks';
import { CONG_VAN_ABOUT } from '../parse/header';

/** Register key of a number: digits without leading zeros, type code and issuer code ("7-KL/ĐU"). */
export function numberKey(digits: string, typeCode: string | null, issuerCode: string | null): string | null {
  const n = parseInt(digits, 10);
  if (!Number.isFinite(n) || !typeCode) return null;
  return `${n}-${typeCode}/${issuerCode ?? ''}`; // codes come from the parser's NFC view
}

/** Key of a cited number; laws ("30/2020/NĐ-CP") are not documents of the office. */
export function citationKey(c: Citation): string | null {
  if (c.shape === 'law') return null;
  const digits = /^\d+/.exec(c.number)?.[0];
  return digits ? numberKey(digits, c.typeCode, c.issuerCode) : null;
}

const OF_BODY = /(?:^|\s)(?:của|Của)\s+(.+)$/u;
const ABOUT_LINE = /^(?:về|Về|V\/v)\s+/u;

export function indexDocument(model: DocModel, file: string, name = file): IndexedDoc {
  const entry = registerEntry(model, file, name);
  const citations: RegisterCitation[] = [];
  for (const c of model.citations) {
    const key = citationKey(c);
    if (!key) continue;
    const s = positionAt(model.src, c.numberRange.start);
    const len = c.numberRange.end - c.numberRange.start;
    const lineEnd = model.src.lines[s.line].end;
    citations.push({
      key,
      line: s.line,
      character: s.character,
      endCharacter: s.character + (c.numberRange.end <= lineEnd ? len : c.number.length),
    });
  }
  return { file, name, entry, citations, tasks: extractTasks(model, entry?.number ?? null) };
}

export function registerEntry(model: DocModel, file: string, name = file): RegisterEntry | null {
  const h = model.header;
  const n = h.number;
  if (!n || !n.num || !n.typeCode) return null;
  const key = numberKey(n.num, n.typeCode, n.issuerCode);
  if (!key) return null;
  const family = model.family;
  const dt =
    (h.title ? typeFromTitle(h.title.text) : null) ?? typeByCode(n.typeCode, family === 'state' ? 'state' : 'party');
  let trich = h.trichYeu.map((c) => plainOf(model, c)).filter(Boolean);
  if (!trich.length && !h.title) trich = congVanAbout(model, n.line);
  // A "Thông báo kết luận" reads "kết luận của …" on its first trích yếu line.
  const issuerLine = trich
    .filter((t) => !ABOUT_LINE.test(t))
    .map((t) => OF_BODY.exec(t))
    .find((m) => m);
  const aboutAt = trich.findIndex((t) => ABOUT_LINE.test(t));
  const s = positionAt(model.src, n.body.start),
    e = positionAt(model.src, n.body.end);
  const numberText = `${n.num}-${n.typeCode}/${n.issuerCode ?? ''}`;
  return {
    file,
    name,
    number: n.shape === 'state' ? model.src.text.slice(n.body.start, n.body.end).trim() : numberText,
    key,
    num: parseInt(n.num, 10),
    typeCode: n.typeCode,
    issuerCode: n.issuerCode,
    date: h.dateLine?.date ? toIso(h.dateLine.date) : null,
    typeWord: dt?.word ?? DOC_TYPES.find((d) => d.party.includes(n.typeCode!))?.word ?? n.typeCode,
    title: trich.join(' '),
    issuerPhrase: issuerLine ? issuerLine[1].trim() : null,
    about: aboutAt >= 0 ? trich.slice(aboutAt).join(' ') : '',
    family,
    line: s.line,
    character: s.character,
    endCharacter: e.line === s.line ? e.character : s.character + numberText.length,
  };
}

/** The component as the user wrote it (NFC, tone placement kept), without Markdown emphasis. */
function plainOf(model: DocModel, c: { start: number; end: number }): string {
  return model.src.text
    .slice(c.start, c.end)
    .normalize('NFC')
    // Stryker disable next-line Regex: one mark or a run of them, every one is removed
    .replace(/[*_]+/g, '')
    // Stryker disable next-line Regex,StringLiteral: a heading's marks lie outside the component's range; kept for
    // components read from a line as a whole
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A công văn has no title: its trích yếu is the "về việc …" (or "V/v …") block under the number, up to a blank
 * line (at most four lines).
 */
function congVanAbout(model: DocModel, numberLine: number): string[] {
  const lines = model.src.lines;
  const out: string[] = [];
  for (let i = numberLine + 1; i < lines.length && i <= numberLine + 4; i++) {
    const l = lines[i];
    if (l.blank) {
      if (out.length) break;
      continue;
    }
    const seg = l.segs[0];
    const t = plainOf(model, seg);
    if (!out.length && !CONG_VAN_ABOUT.test(t)) break;
    out.push(t);
  }
  return out;
}
