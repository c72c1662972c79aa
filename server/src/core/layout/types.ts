// Layout data: the shape of one regime's page and component typography.
//
// API (server/src/core/layout):
//   layoutFor(profile)          -> RegimeLayout for 'hd36' | 'hd05' | 'nd30'
//   layout.page                 -> paper, margins (ranges + export default), page number, header distance
//   layout.components[id]       -> ComponentStyle of one component (ComponentId below)
//   layout.geometry             -> exporter-only constants (column splits, signature space); not checked
//   inRange(range, value, tol?) -> whether a measured value lies in a ValueRange (checkers)
//   lineSpacingPt(style)        -> the line spacing range in points (converts "lines" with the TNR factor)
//   mmToTwip / ptToHalfPt / twipToMm (units of .docx files)
//
// Every value has a default (what the exporter writes) and, where the guide gives one, a range (what a
// checker accepts). `checked` lists the properties the guide actually states for a component: a checker
// reports only those; the others are practice and only shape the exporter's output.
// `source` names the section of ../shared/reference/layout.md (and the guide behind it) each value comes from.
// Pure data: no Node or editor imports.

import type { ProfileId } from '../profiles/types';

/** A numeric value with the range the guide allows; min = max when the guide fixes it. */
export interface ValueRange {
  min: number;
  /** Infinity when the guide gives only a minimum ("≥ 6 pt"). */
  max: number;
  /** What the exporter writes (inside [min, max]). */
  def: number;
}

/** Confidence of a value (layout.md tags): primary text, secondary, practice, unconfirmed, measured. */
export type Confidence = 'P' | 'S' | 'PR' | 'U' | 'M';

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Letter case of a component: all capitals, or normal (lower case with initials). */
export type Caps = 'upper' | 'normal';

/** Where a component sits: left or right column of the header / closing table, or the full text width. */
export type Position = 'left' | 'right' | 'full';

/** Line spacing: exact points, or a multiple of single lines (Word "auto"). */
export interface LineSpacing extends ValueRange {
  unit: 'pt' | 'lines';
}

/** A property a checker may compare. */
export type Checked =
  'font' | 'size' | 'bold' | 'italic' | 'underline' | 'caps' | 'align' | 'indent' | 'spaceAfter' | 'lineSpacing';

export interface ComponentStyle {
  font: string;
  /** Font size in points. */
  size: ValueRange;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  caps: Caps;
  align: Align;
  position: Position;
  /** First-line indent in millimetres (0 for centred lines). */
  indentMm: ValueRange;
  /** Space before / after the paragraph in points. */
  spaceBefore: ValueRange;
  spaceAfter: ValueRange;
  lineSpacing: LineSpacing;
  /** Properties the guide states (the others are practice, exported but not checked). */
  checked: readonly Checked[];
  /** layout.md section and guide clause. */
  source: string;
  confidence: Confidence;
}

/** Components of Party and state documents (layout.md §2). */
export type ComponentId =
  | 'partyTitle'
  | 'quocHieu'
  | 'tieuNgu'
  | 'parentIssuer'
  | 'issuer'
  | 'star'
  | 'number'
  | 'dateLine'
  | 'typeName'
  | 'trichYeu'
  | 'separator'
  | 'congVanTrichYeu'
  | 'kinhGuiLabel'
  | 'kinhGuiItem'
  | 'body'
  | 'canCu'
  | 'heading1'
  | 'heading2'
  | 'heading3'
  | 'partHeading'
  | 'partTitle'
  | 'dieu'
  | 'recipientsLabel'
  | 'recipientItem'
  | 'authority'
  | 'signerTitle'
  | 'signerName'
  | 'pageNumber';

/** How the issuer and the trích yếu are separated, and how the title / tiêu ngữ is underlined. */
export type Rule = 'star' | 'hyphens' | 'line';

export interface PageLayout {
  /** Paper in millimetres (A4 portrait). */
  widthMm: number;
  heightMm: number;
  /** Margins in millimetres of the front page. */
  margins: { top: ValueRange; bottom: ValueRange; left: ValueRange; right: ValueRange };
  /** Tolerance when comparing measured margins (typed inches round to ≈ 0.3 mm). */
  marginToleranceMm: number;
  /** Distance of the page-number header from the top edge, in millimetres. */
  headerDistanceMm: number;
  /** Page number: top centre, hidden on page 1. */
  pageNumber: { position: 'top'; align: 'center'; firstPage: false };
  source: string;
  confidence: Confidence;
}

/** Exporter constants derived from font metrics and practice (layout.md §2.4); never checked. */
export interface Geometry {
  /** Header table columns (left, right) in millimetres; sum = text width. */
  headerColsMm: [number, number];
  /** Closing table columns (Nơi nhận, signature) in millimetres. */
  closingColsMm: [number, number];
  /** Length of the rule under the Party title / tiêu ngữ, in millimetres. */
  titleRuleMm: number;
  /** Under the issuer: a star (Party) or a short rule (state). */
  issuerSeparator: Rule;
  /** Length of the short rule under the issuer (state), in millimetres. */
  issuerRuleMm: number;
  /** Under the trích yếu: five hyphens (Party) or a short rule (state). */
  trichYeuSeparator: Rule;
  /** Empty lines left for the signature (and seal). */
  signatureLines: number;
  /** Whether the date line sits on the same row as the number (state) or under the Party title (Party). */
  dateBesideNumber: boolean;
  /** "Số" written with a colon (state) or without (Party). */
  numberColon: boolean;
  source: string;
}

export interface RegimeLayout {
  profile: ProfileId;
  family: 'party' | 'state';
  /** BCP 47 language tag written on runs. */
  lang: string;
  page: PageLayout;
  components: Record<ComponentId, ComponentStyle>;
  geometry: Geometry;
}
