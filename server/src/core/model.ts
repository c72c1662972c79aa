// The document model produced by the parser. Ranges are offsets into the original text.

import type { Source } from './text';
import type { YMD } from './dates';
import type { ProfileId } from './profiles';
import type { OcrDamage } from './parse/ocr';
import type { FamilySignal } from './family';

export interface Range {
  start: number;
  end: number;
}

export interface Component extends Range {
  /** Normalised text of the component (view text). */
  text: string;
  line: number;
}

export interface DocNumber extends Component {
  /** Shape of the number: party "Số 12-KL/TU", state "Số: 12/KL-TU", or unknown. */
  shape: 'party' | 'state' | 'unknown';
  /** Whether a colon (or dot) follows "Số". */
  colon: boolean;
  /** Digits as typed ("" for a blank draft number). */
  num: string;
  typeCode: string | null;
  issuerCode: string | null;
  /** Range of the number part after "Số" (for fixes). */
  body: Range;
  /** Range of the digits (or the blank), and of the type code. */
  numRange: Range;
  typeRange: Range | null;
  /** Dashes in the number that are not "-" (en dash, em dash …), with ranges. */
  oddDashes: Range[];
  /** Spaces inside the number ("34 -NQ/TU"). */
  spaces: Range[];
}

export interface DateLine extends Component {
  place: string;
  placeRange: Range;
  /** Parts as typed; "" where left blank in a draft. */
  dayText: string;
  monthText: string;
  yearText: string;
  dayRange: Range;
  monthRange: Range;
  yearRange: Range;
  /** Whether a comma follows the place name, and where it should go. */
  comma: boolean;
  commaAt: number;
  date: YMD | null;
}

export interface Header {
  /** Last line (exclusive) of the header zone. */
  zoneEnd: number;
  partyTitle: Component | null;
  stateMotto: Component[];
  issuer: Component[];
  star: Component | null;
  /** A horizontal rule under the issuer (state style) instead of the star. */
  issuerRule: Component | null;
  number: DocNumber | null;
  dateLine: DateLine | null;
  title: Component | null;
  /** Type code named by the title line. */
  titleCode: string | null;
  trichYeu: Component[];
  separator: Component | null;
  /** "Kính gửi:" / "Kính trình:" label, when present. */
  kinhGui: Component | null;
  /** Components read despite damaged characters (OCR), with the likely intended text. */
  ocr?: OcrDamage[];
  /** The addressees of the Kính gửi / Kính trình block (on the label's line or one per line), and its last line. */
  kinhGuiItems?: RecipientItem[];
  kinhGuiEnd?: number;
}

export interface Section {
  /** "part": "Phần thứ nhất", "PHẦN I" above the Roman sections. */
  kind: 'part' | 'roman' | 'dieu' | 'arabic' | 'paren' | 'decimal' | 'letter';
  /** Depth within its kind (decimal "1.1" = 2, "1.1.1" = 3). */
  depth: number;
  /** The number as written ("II", "3", "1.2", "a"). */
  number: string;
  /** Separator after the number: "." / "-" / ")". */
  sep: string;
  /** Markdown markup in front of the number ("", "**", "##", "### **"). */
  markup: string;
  title: string;
  line: number;
  /** Range of the number token including its separator. */
  numberRange: Range;
  /** Range of the whole heading line (for outline and folding). */
  range: Range;
  /** Last line (inclusive) of the section's content. */
  endLine: number;
  children: Section[];
}

export interface RecipientItem extends Component {
  /** Whether the item starts with "- " (or a dash variant). */
  dash: string | null;
  /** Last character of the item's text (after any continuation lines). */
  endMark: string;
  /** Offset just after the last text character of the item (where the end mark is or goes). */
  endAt: number;
  /** Lines wrapped under the item. */
  continuation: Component[];
  isArchive: boolean;
}

export interface Recipients {
  label: Component;
  items: RecipientItem[];
  /** The drafter's code line under the list ("NguyenVanAn-15", HD05 ô 12), if any: not an item. */
  drafterCode?: Component | null;
}

export interface Signature {
  /** "T/M", "K/T", "T/L", "Q.", a state form "TM." …, or null for a direct title. */
  authorityKind: string | null;
  /** The body after the authority ("BAN THƯỜNG VỤ"), or the head's title after K/T. */
  authorityBody: string;
  authority: Component | null;
  /** Title lines under the authority (the first is the signer's title). */
  titles: Component[];
  name: Component | null;
  /** Honorific before the name ("TS."), if any, with its range. */
  honorific: (Range & { text: string }) | null;
  /** First and last line of the block. */
  firstLine: number;
  lastLine: number;
  /** The signer's name is typed in capitals ("NGUYỄN VĂN AN"). */
  nameInCapitals?: boolean;
}

export interface Citation extends Range {
  typeWord: string;
  /** Number and symbol as written ("39-KL/ĐU"), normalised inside ("19 – CTr/ĐU" -> "19-CTr/ĐU"). */
  number: string;
  raw: string;
  shape: 'party' | 'state' | 'law';
  typeCode: string | null;
  issuerCode: string | null;
  lawYear: number | null;
  date: YMD | null;
  dateText: string | null;
  dateRange: Range | null;
  issuerPhrase: string | null;
  line: number;
  numberRange: Range;
  /** Spacing, odd dashes or a line break inside the number. */
  damaged: { spaces: boolean; oddDash: boolean; lineBreak: boolean };
}

export interface DateRef extends Range {
  dayText: string;
  monthText: string;
  yearText: string;
  date: YMD | null;
  line: number;
  /** "trước ngày …", "trong tháng …" deadline wording in front. */
  deadline: boolean;
}

export interface ReferenceInfo {
  /** The draft's own date: issue date, else meeting date. */
  draftDate: YMD | null;
  source: 'issue-date' | 'meeting-date' | 'setting' | 'today';
  /** Date used by date-comparison rules (meeting date + 30 days), or null. */
  compareDate: YMD | null;
  meetingDate: YMD | null;
}

export interface DocModel {
  src: Source;
  family: 'party' | 'state' | 'unknown';
  /** How sure the family is (family.ts): a family-specific fix is safe only when 'high'. */
  familyConfidence: 'high' | 'low';
  /** The signals the family was decided from. */
  familySignals: FamilySignal[];
  profile: ProfileId;
  profileSource: 'forced' | 'inline' | 'auto';
  documentType: string | null;
  header: Header;
  /** First and last line (inclusive) of the body; bodyEnd < bodyStart when there is no body. */
  bodyStart: number;
  bodyEnd: number;
  /** The opening paragraph (first body paragraph that is not a section heading). */
  opening: Component | null;
  sections: Section[];
  recipients: Recipients | null;
  signature: Signature | null;
  /** First line of an appendix after the signature, or -1. */
  appendixLine: number;
  citations: Citation[];
  dates: DateRef[];
  reference: ReferenceInfo;
  /** Set when the parser failed (a bug): the model is empty and the engine reports parse-failed once. */
  parseError?: string;
  /** Components read despite damaged characters (OCR): header and footer. */
  ocr?: OcrDamage[];
}
