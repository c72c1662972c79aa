// parse(text) -> DocModel. Any input gives a model; nothing here throws on odd text.

import { readSource, type Source } from '../text';
import type { DocModel, ReferenceInfo } from '../model';
import { parseHeader, emptyHeader, CONG_VAN_ABOUT } from './header';
import { parseBody } from './body';
import { findRecipientsLabel, parseRecipients, parseSignature, findAppendix } from './footer';
import { parseCitations } from './citations';
import { splitRows, headerCuts, footerCuts } from './columns';
import { matchRecipientsLabel } from './ocr';
import { parseKinhGui } from './kinhgui';
import { addDays, findDates, mentionToYmd, today as todayYmd, type YMD } from '../dates';
import { partyProfileFor, isProfileId, type ProfileId } from '../profiles';
import { typeByCode, typeFromTitle } from '../doctypes';
import { decideFamily } from '../family';

export interface ParseOptions {
  /** "auto" (default) or a forced profile. */
  profile?: ProfileId | 'auto';
  /** Date used when the draft has no date of its own (setting referenceDate). */
  referenceDate?: YMD | null;
  /** "Today", for drafts with no date and no setting (tests pass a fixed day). */
  today?: YMD;
  /**
   * Leave the model's `dates` (every date mention) empty: the register's index reads numbers, citations and tasks
   * only, and a draft's dates are a large part of reading its citations. Never for checking a draft.
   */
  noDates?: boolean;
}

/** Tolerance after a meeting date (spec §2): a conclusion is issued days or weeks after its meeting. */
export const MEETING_TOLERANCE_DAYS = 30;

/** A document number (Party "31-TTr/ĐU", state "31/TTr-UBND", law "45/2019/QH14") just before a date. */
const CITED_JUST_BEFORE =
  /\d+\s*(?:[-/]\s*\p{Lu}\p{L}*\/[\p{L}-]+|\/\s*(?:\d{4}\/)?\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)[\s,]*(?:ngày\s*)?$/u;
/** A deadline's word just before a date ("hoàn thành trước ngày 15/10/2026"): no meeting was held then. */
const DEADLINE_JUST_BEFORE = /(?<!\p{L})(?:trước|chậm nhất(?:\s+là)?|muộn nhất|hạn chót|hạn|đến)\s+(?:ngày\s*)?$/u;
const INLINE_PROFILE = /<!--\s*ketluan-profile\s+(\S+)\s*-->/u;

export function parse(text: string, opts: ParseOptions = {}): DocModel {
  const src = readSource(text);
  try {
    return build(src, opts);
  } catch (e) {
    // Last line of defence: a model with nothing found rather than an exception; the engine reports
    // the failure once (parse-failed) instead of every part as missing.
    return failedModel(src, opts, e instanceof Error ? e.message : String(e));
  }
}

function build(src: Source, opts: ParseOptions): DocModel {
  splitRows(src, 0, headerScanEnd(src), headerCuts); // rows whose cells a copy joined by one or two spaces
  const header = parseHeader(src);
  let bodyFrom = header.zoneEnd;
  // The Kính gửi / Kính trình block is no part of the body: the body starts under it.
  const kgAt = header.kinhGui ? header.kinhGui.line : -1;
  const kg = kgAt >= 0 ? parseKinhGui(src, kgAt) : null;
  if (kg) {
    header.kinhGuiItems = kg.items;
    header.kinhGuiEnd = kg.lastLine;
    if (kgAt >= bodyFrom - 1 && kgAt <= bodyFrom + 8) bodyFrom = Math.max(bodyFrom, kg.lastLine + 1);
  }
  splitRows(src, bodyFrom, src.lines.length, footerCuts);
  // Footer: Nơi nhận label and signature.
  const label = findRecipientsLabel(src, bodyFrom);
  const recipients = label ? parseRecipients(src, label.line, label.seg) : null;
  const sigFrom = Math.max(bodyFrom, label ? label.line - 3 : bodyFrom);
  let signature = parseSignature(src, sigFrom, label ? label.line : bodyFrom);
  // The signature block may stand above the Nơi nhận block (a copy that puts the right column first).
  if (!signature && label) signature = parseSignature(src, Math.max(bodyFrom, label.line - 25), label.line);
  // An authority found in the body before the Nơi nhận (a stray "Q." …) is not the signature when a label exists.
  const footerStart = Math.min(label?.line ?? Infinity, signature?.firstLine ?? Infinity);
  const lastSigLine = Math.max(signature?.lastLine ?? -1, lastRecipientLine(recipients));
  const appendixLine = lastSigLine >= 0 ? findAppendix(src, lastSigLine + 1) : -1;
  // An appendix is looked for only after a footer part: without one, the body runs to the last line.
  let bodyEnd = Number.isFinite(footerStart) ? footerStart - 1 : src.lines.length - 1;
  while (bodyEnd >= bodyFrom && src.lines[bodyEnd].blank) bodyEnd--;
  const { opening, sections } = parseBody(src, bodyFrom, bodyEnd);
  // Citations and dates anywhere in the text (a short draft may be all "header"),
  // except the draft's own number and date.
  const found = parseCitations(src, 0, src.lines.length - 1, undefined, !opts.noDates);
  const own = (r: { start: number; end: number }, c: { start: number; end: number } | null) =>
    !!c && r.start < c.end && r.end > c.start;
  // A number in the issuer block above the title, with no type word in front, is no citation.
  const titleLine = header.title?.line ?? -1;
  const citations = found.citations.filter(
    (c) => !own(c.numberRange, header.number) && (c.typeWord || c.line >= titleLine),
  );
  const dates = found.dates.filter((d) => !own(d, header.dateLine));

  // Family: every signal of the header and the footer (family.ts).
  const decision = decideFamily(src, header, signature, recipients);
  let family: DocModel['family'] = decision.family;

  // Reference date (spec §2).
  const issueDate = header.dateLine?.date ?? null;
  const meetingFound = findMeetingDate(src, opening ? opening.line : -1, bodyEnd);
  const meetingDate = issueDate ? null : meetingFound;
  const today = opts.today ?? todayYmd();
  const reference: ReferenceInfo = issueDate
    ? { draftDate: issueDate, source: 'issue-date', compareDate: issueDate, meetingDate: meetingFound }
    : meetingDate
      ? {
          draftDate: meetingDate,
          source: 'meeting-date',
          compareDate: addDays(meetingDate, MEETING_TOLERANCE_DAYS),
          meetingDate,
        }
      : opts.referenceDate
        ? { draftDate: opts.referenceDate, source: 'setting', compareDate: opts.referenceDate, meetingDate: null }
        : { draftDate: today, source: 'today', compareDate: null, meetingDate: null };

  // Profile (spec §1): forced, inline comment, else by family and the draft's date.
  let profile: ProfileId;
  let profileSource: DocModel['profileSource'] = 'auto';
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; the pattern needs the word
  const inline = src.text.includes('ketluan-profile') ? INLINE_PROFILE.exec(src.text) : null;
  if (opts.profile && opts.profile !== 'auto') {
    profile = opts.profile;
    profileSource = 'forced';
  } else if (inline && isProfileId(inline[1])) {
    profile = inline[1];
    profileSource = 'inline';
  } else profile = family === 'state' ? 'nd30' : partyProfileFor(reference.draftDate ?? today);
  if (profile === 'nd30') family = 'state';
  // Stryker disable next-line ConditionalExpression,StringLiteral: an automatic regime other than nd30 is a Party one
  else if (profileSource !== 'auto') family = 'party';

  // Document type: the title line, else the number's type code, else a công văn's "về việc" trích yếu.
  let documentType: string | null = null;
  if (header.title) {
    documentType = header.titleCode;
    if (documentType && family === 'state') {
      // The title's own type (a state "QUY ĐỊNH" is QyĐ, while its Party code QĐ is also Quyết định's).
      const dt = typeFromTitle(header.title.text) ?? typeByCode(documentType, 'party');
      // Stryker disable next-line OptionalChaining: a title with a type code is a known type (dt is never null)
      documentType = dt?.state[0] ?? documentType;
    }
  } else if (header.number?.typeCode) {
    const fam = header.number.shape === 'state' ? 'state' : 'party';
    documentType = typeByCode(header.number.typeCode, fam) ? header.number.typeCode : null;
  }
  if (
    !documentType &&
    header.number &&
    ((header.number.shape === 'state' && !header.number.typeCode) || header.number.typeCode === 'CV')
  )
    documentType = 'CV';
  if (
    !documentType &&
    !header.title &&
    header.number?.shape === 'state' &&
    header.number.typeCode &&
    CONG_VAN_ABOUT.test(src.lines[header.number.line + 1]?.view.matchText ?? '')
  )
    documentType = 'CV';

  // The family follows a forced profile; the confidence then also says whether the signals agree.
  const familyConfidence = decision.family === family ? decision.confidence : 'low';

  const ocr = [...(header.ocr ?? [])];
  // Stryker disable next-line OptionalChaining,LogicalOperator: a found label matches; recipients come with a label
  if (label && recipients && matchRecipientsLabel(label.seg.matchText)?.damaged) {
    const l = recipients.label,
      word = l.text.replace(/\s*[:.]$/u, '');
    const end = l.end - (l.text.length - word.length); // without the ":"
    ocr.push({ start: l.start, end, found: word, intended: 'Nơi nhận', component: 'recipientsLabel' });
  }

  return {
    src,
    family,
    familyConfidence,
    familySignals: decision.signals,
    profile,
    profileSource,
    documentType,
    header,
    bodyStart: bodyFrom,
    bodyEnd,
    opening,
    sections,
    recipients,
    signature,
    appendixLine,
    citations,
    dates,
    reference,
    ocr,
  };
}

/** The line after the first 20 non-empty lines: the header lies within them. */
function headerScanEnd(src: Source): number {
  let n = 0;
  for (let i = 0; i < src.lines.length; i++) if (!src.lines[i].blank && ++n >= 20) return i + 1;
  return src.lines.length;
}

function lastRecipientLine(r: ReturnType<typeof parseRecipients> | null): number {
  if (!r || !r.items.length) return r ? r.label.line : -1;
  const last = r.items[r.items.length - 1];
  return last.continuation.length ? last.continuation[last.continuation.length - 1].line : last.line;
}

/** The meeting date stated in the opening paragraph ("Ngày 07 tháng 6 năm 2023, …", "Tại hội nghị ngày 17/7/2023"). */
function findMeetingDate(src: Source, openingLine: number, bodyEnd: number): YMD | null {
  if (openingLine < 0) return null;
  // The opening paragraph may be wrapped over several lines (PDF copies).
  let text = '';
  for (let i = openingLine; i <= bodyEnd && i < openingLine + 6; i++) {
    const l = src.lines[i];
    if (l.blank && text) break;
    text += (text ? ' ' : '') + l.view.matchText;
  }
  text = text.slice(0, 600);
  for (const d of findDates(text)) {
    const before = text.slice(Math.max(0, d.index - 50), d.index);
    // Skip dates that belong to a cited document ("Tờ trình số 31-TTr/ĐU ngày 07/6/2023", "… số 31/TTr-UBND, ngày …").
    if (CITED_JUST_BEFORE.test(before) || DEADLINE_JUST_BEFORE.test(before)) continue;
    const ymd = mentionToYmd(d);
    if (ymd) return ymd;
  }
  return null;
}

/** The model of a draft the parser failed on: nothing found, and the reason. */
export function failedModel(src: Source, opts: ParseOptions, error: string): DocModel {
  const today = opts.today ?? todayYmd();
  const profile = opts.profile && opts.profile !== 'auto' ? opts.profile : partyProfileFor(opts.referenceDate ?? today);
  return {
    src,
    family: profile === 'nd30' ? 'state' : 'party',
    familyConfidence: 'low',
    familySignals: [],
    profile,
    profileSource: opts.profile && opts.profile !== 'auto' ? 'forced' : 'auto',
    documentType: null,
    header: emptyHeader(),
    bodyStart: 0,
    bodyEnd: src.lines.length - 1,
    opening: null,
    sections: [],
    recipients: null,
    signature: null,
    appendixLine: -1,
    citations: [],
    dates: [],
    reference: {
      draftDate: opts.referenceDate ?? today,
      source: opts.referenceDate ? 'setting' : 'today',
      compareDate: opts.referenceDate ?? null,
      meetingDate: null,
    },
    parseError: error || 'unknown',
  };
}
