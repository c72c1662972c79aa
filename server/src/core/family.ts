// The document family (Party or state) decided from every signal of the header and the footer
// (spec §7), with a confidence. One line alone (the Quốc hiệu, the Party title) does not decide:
// a UBND notice whose Quốc hiệu line was lost in a copy is still a state document.
//
// Signals and weights:
//   3  the Party title "ĐẢNG CỘNG SẢN VIỆT NAM" / the Quốc hiệu or Tiêu ngữ (even misspelt)
//   2  the issuer's name (ỦY BAN NHÂN DÂN, SỞ …, BỘ … / ĐẢNG ỦY, TỈNH ỦY, CHI BỘ …); the number's shape
//   1  "Số:" with a colon; the authority form (TM. KT. TL. TUQ. / T/M K/T T/L); the archive line
//      ("- Lưu: VT, …" / "- Lưu Văn phòng …"); "*" under the issuer; "-----" under the title
// The family with the larger score wins; the confidence is high when the winner has at least 3 and
// at least twice the other side's score. No signal at all: Party (a fresh draft), low confidence.

import type { Component, Header, Recipients, Signature } from './model';
import type { Source } from './text';
import { foldTone } from './vn';

export type Family = 'party' | 'state';
export type Confidence = 'high' | 'low';

export interface FamilySignal {
  family: Family;
  /** What was seen: "party-title", "state-motto", "issuer", "number-shape", "number-colon", "authority",
   *  "archive", "star", "separator". */
  kind: string;
  /** The text that gave the signal. */
  text: string;
  /** 0-based line. */
  line: number;
  weight: number;
}

export interface FamilyDecision {
  family: Family;
  confidence: Confidence;
  signals: FamilySignal[];
  score: { party: number; state: number };
}

/** Words of a name list, any run of spaces between words: alternatives for a regex. */
const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** Quốc hiệu or Tiêu ngữ, tolerant of misspelling ("CỘNG HÕA"), tone style and dashes. */
export const STATE_MOTTO_LOOSE = new RegExp(
  [
    'C[ỘO]NG\\s+H[OÒÕÓỎỌ][AÀÃÁẢẠ]?\\s+X[ÃA]\\s+H[ỘO]I',
    'XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA\\s+VIỆT\\s+NAM',
    'Độc\\s+lập\\s*[-–—]?\\s*Tự\\s+do',
  ].join('|'),
  'iu',
);
const PARTY_TITLE = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/iu;

// Issuer names, matched on tone-folded upper-case text (hoà/uỷ style).
const PARTY_ISSUER_NAMES = [
  'TỈNH UỶ',
  'THÀNH UỶ',
  'HUYỆN UỶ',
  'QUẬN UỶ',
  'THỊ UỶ',
  'ĐẢNG UỶ',
  'CHI UỶ',
  'QUÂN UỶ',
  'CHI BỘ',
  'ĐẢNG BỘ',
  'BAN CHẤP HÀNH',
  'BAN THƯỜNG VỤ',
  'UỶ BAN KIỂM TRA',
  'BAN TỔ CHỨC',
  'BAN TUYÊN GIÁO',
  'BAN DÂN VẬN',
  'BAN NỘI CHÍNH',
];
const STATE_ISSUER_NAMES = [
  'UỶ BAN NHÂN DÂN',
  'UBND',
  'HỘI ĐỒNG NHÂN DÂN',
  'HĐND',
  'SỞ',
  'BỘ(?!\\s+CHÍNH\\s+TRỊ)',
  'PHÒNG',
  'CHÍNH PHỦ',
  'VĂN PHÒNG CHÍNH PHỦ',
  'THỦ TƯỚNG',
  'QUỐC HỘI',
  'CỤC',
  'TỔNG CỤC',
  'CHI CỤC',
  'THANH TRA',
  'ĐOÀN KIỂM TRA',
  'BAN QUẢN LÝ',
  'TRUNG TÂM',
  'CÔNG AN',
  'KHO BẠC',
  'CHỦ TỊCH UỶ BAN',
];
const PARTY_ISSUER = new RegExp(`(?:^|\\s)(?:${words(PARTY_ISSUER_NAMES)})(?:\\s|$)`, 'u');
const STATE_ISSUER = new RegExp(`^(?:${words(STATE_ISSUER_NAMES)})(?:\\s|$)`, 'u');
const STATE_ISSUER_CODE = /^(?:UBND|HĐND|CP|TTg|VPCP|QH\d*|UBTVQH\d*|S[A-ZĐ]{1,8}|B[A-ZĐ]{1,6}|VP|VPUBND|TTCP|UBDT)$/u;
const PARTY_ISSUER_CODE = new RegExp(
  '^(?:' +
    [
      'TW',
      'TU',
      'ĐU',
      'HU',
      'QU',
      'CB',
      'ĐH',
      'ĐUK',
      'ĐUQS',
      'ĐUCA',
      'ĐUBP',
      'QUTW',
      'UBKT\\p{Lu}*',
      'VP(?:TW|TU|ĐU|HU)',
      'BTC\\p{Lu}*',
      'BTG\\p{Lu}*',
      'BDV\\p{Lu}*',
      'BNC\\p{Lu}*',
    ].join('|') +
    ')$',
  'u',
);

const PARTY_ARCHIVE = /^Lưu\s+(?:tại\s+)?(?:Văn\s+phòng|VP\s*(?:TU|ĐU|HU)|Ban\s)/u;
const STATE_AUTHORITY = new Set(['TM.', 'KT.', 'TL.', 'TUQ.']);
const PARTY_AUTHORITY = new Set(['T/M', 'K/T', 'T/L', 'K/T.', 'T/L.']);

export function decideFamily(
  src: Source,
  h: Header,
  signature: Signature | null,
  recipients: Recipients | null,
): FamilyDecision {
  const signals: FamilySignal[] = [];
  const add = (family: Family, kind: string, c: { text: string; line: number }, weight: number) =>
    signals.push({ family, kind, text: c.text, line: c.line, weight });

  if (h.partyTitle) add('party', 'party-title', h.partyTitle, 3);
  const motto = h.stateMotto[0] ?? looseMotto(src, h.zoneEnd);
  if (motto) add('state', 'state-motto', motto, 3);

  const issuer = issuerSignal(h.issuer);
  if (issuer) add(issuer.family, 'issuer', issuer.c, 2);

  const n = h.number;
  if (n && n.shape !== 'unknown') {
    const codeFamily = n.issuerCode
      ? PARTY_ISSUER_CODE.test(n.issuerCode)
        ? 'party'
        : STATE_ISSUER_CODE.test(n.issuerCode)
          ? 'state'
          : null
      : null;
    // The shape counts when the issuer code does not contradict it (a Party "12/KL-TU" is a Party slip).
    if (!codeFamily || codeFamily === n.shape) add(n.shape, 'number-shape', n, 2);
    else add(codeFamily, 'number-issuer-code', n, 1);
    if (n.colon && /^Số\s*:/u.test(n.text)) add('state', 'number-colon', n, 1);
  }

  if (signature?.authority && signature.authorityKind) {
    const k = signature.authorityKind;
    if (STATE_AUTHORITY.has(k)) add('state', 'authority', signature.authority, 1);
    else if (PARTY_AUTHORITY.has(k)) add('party', 'authority', signature.authority, 1);
  }

  const archive = recipients?.items.find((i) => i.isArchive);
  if (archive) {
    const body = archive.text.replace(/^[-–—•+]?\s*/u, '');
    if (/^Lưu\s*:?\s*VT\b/u.test(body)) add('state', 'archive', archive, 1);
    else if (PARTY_ARCHIVE.test(body)) add('party', 'archive', archive, 1);
  }

  if (h.star && (!h.issuer.length || h.star.line >= h.issuer[0].line)) add('party', 'star', h.star, 1);
  const sep = h.separator;
  if (sep && /^-{3,}$/.test(sep.text) && sep.text.length <= 12) add('party', 'separator', sep, 1);

  let party = 0,
    state = 0;
  for (const s of signals)
    if (s.family === 'party') party += s.weight;
    else state += s.weight;
  const family: Family = state > party ? 'state' : 'party';
  const win = Math.max(party, state),
    lose = Math.min(party, state);
  const confidence: Confidence = win >= 3 && win >= 2 * lose && party !== state ? 'high' : 'low';
  return { family, confidence, signals, score: { party, state } };
}

/** A Quốc hiệu or Tiêu ngữ the strict header pattern missed (misspelt), in the first lines. */
function looseMotto(src: Source, zoneEnd: number): { text: string; line: number } | null {
  const end = Math.min(src.lines.length, Math.max(zoneEnd, 6));
  for (let i = 0; i < end; i++) {
    for (const seg of src.lines[i].segs) {
      const m = STATE_MOTTO_LOOSE.exec(seg.matchText);
      if (m && !PARTY_TITLE.test(seg.matchText)) return { text: seg.matchText, line: i };
    }
  }
  return null;
}

function issuerSignal(issuer: Component[]): { family: Family; c: Component } | null {
  // The parent line decides ("UBND TỈNH …" / "VĂN PHÒNG" is state; "TỈNH UỶ …" / "VĂN PHÒNG" is Party).
  for (const c of issuer) {
    const t = foldTone(c.text.replace(/\s+/g, ' ').trim()).toUpperCase();
    if (PARTY_ISSUER.test(' ' + t)) return { family: 'party', c };
    if (STATE_ISSUER.test(t)) return { family: 'state', c };
  }
  return null;
}
