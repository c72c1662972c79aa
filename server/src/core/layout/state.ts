// Layout of state documents: nd30 (Nghị định 30/2020/NĐ-CP, Phụ lục I).
// Values from ../shared/reference/layout.md §1 (page) and §2 (components, NĐ30 column), primary text.
import type { ComponentId, ComponentStyle, Geometry, PageLayout, RegimeLayout } from './types';
import { at, atLeast, fixed, style } from './build';

const PL1 = 'NĐ30 Phụ lục I';

export const STATE_PAGE: PageLayout = {
  widthMm: 210,
  heightMm: 297,
  margins: { top: at(20, 20, 25), bottom: at(20, 20, 25), left: at(30, 30, 35), right: at(15, 15, 20) },
  marginToleranceMm: 0.3,
  headerDistanceMm: 10,
  pageNumber: { position: 'top', align: 'center', firstPage: false },
  source: `layout.md §1; ${PL1} I.3, I.7, III.1đ`,
  confidence: 'P',
};

const S13_14 = at(14, 13, 14);
const BODY_INDENT = at(10, 10, 12.7); // "1 cm hoặc 1,27 cm"
const BODY_AFTER = atLeast(6);
const BODY_LINE = { unit: 'lines' as const, min: 1, max: 1.5, def: 1 }; // "single to 1.5 lines"
const BODY_LIKE = { indentMm: BODY_INDENT, spaceAfter: BODY_AFTER, lineSpacing: BODY_LINE };

export const ND30_COMPONENTS: Record<ComponentId, ComponentStyle> = {
  partyTitle: style({ size: fixed(15), bold: true, caps: 'upper', align: 'center', position: 'right', checked: [],
    source: 'layout.md §2.1: a Party title on a state document is a regime error' }),
  quocHieu: style({ size: at(13, 12, 13), bold: true, caps: 'upper', align: 'center', position: 'right',
    checked: ['font', 'size', 'bold', 'caps'], source: `layout.md §2.1; ${PL1} II.1a` }),
  tieuNgu: style({ size: at(14, 13, 14), bold: true, align: 'center', position: 'right',
    checked: ['font', 'size', 'bold'], source: `layout.md §2.1; ${PL1} II.1b–c` }),
  parentIssuer: style({ size: at(13, 12, 13), caps: 'upper', align: 'center', position: 'left',
    checked: ['font', 'size', 'bold', 'caps'], source: `layout.md §2.1; ${PL1} II.2b` }),
  issuer: style({ size: at(13, 12, 13), bold: true, caps: 'upper', align: 'center', position: 'left',
    checked: ['font', 'size', 'bold', 'caps'], source: `layout.md §2.1; ${PL1} II.2b` }),
  star: style({ size: fixed(13), align: 'center', position: 'left', checked: [],
    source: `layout.md §2.1; ${PL1} II.2b: a rule, not a star, under the issuer` }),
  number: style({ size: fixed(13), align: 'center', position: 'left',
    checked: ['font', 'size', 'bold', 'italic'], source: `layout.md §2.1; ${PL1} II.3c` }),
  dateLine: style({ size: S13_14, italic: true, align: 'center', position: 'right',
    checked: ['font', 'size', 'italic'], source: `layout.md §2.1; ${PL1} II.4c` }),
  typeName: style({ size: S13_14, bold: true, caps: 'upper', align: 'center', spaceBefore: at(12, 0, 99),
    checked: ['font', 'size', 'bold', 'caps', 'align'], source: `layout.md §2.1; ${PL1} II.5b` }),
  trichYeu: style({ size: S13_14, bold: true, align: 'center',
    checked: ['font', 'size', 'bold', 'align'], source: `layout.md §2.1; ${PL1} II.5b` }),
  separator: style({ size: fixed(14), align: 'center', spaceAfter: at(12, 0, 99), checked: [],
    source: `layout.md §2.1; ${PL1} II.5b: a rule 1/3–1/2 of the line under the trích yếu` }),
  congVanTrichYeu: style({ size: at(12, 12, 13), align: 'center', position: 'left', spaceBefore: at(6, 0, 99),
    checked: ['font', 'size', 'italic'], source: `layout.md §2.1; ${PL1} II.5b (V/v upright, 6 pt below Số)` }),
  kinhGuiLabel: style({ size: S13_14, align: 'left', checked: ['font', 'size', 'italic'],
    source: `layout.md §2.1; ${PL1} II.9d` }),
  kinhGuiItem: style({ size: S13_14, align: 'left', checked: ['font', 'size', 'italic'],
    source: `layout.md §2.1; ${PL1} II.9d` }),
  body: style({ size: S13_14, align: 'justify', ...BODY_LIKE,
    checked: ['font', 'size', 'bold', 'italic', 'align', 'indent', 'spaceAfter', 'lineSpacing'],
    source: `layout.md §2.2; ${PL1} II.6e` }),
  canCu: style({ size: S13_14, italic: true, align: 'justify', ...BODY_LIKE,
    checked: ['font', 'size', 'italic'], source: `layout.md §2.2; ${PL1} II.6a` }),
  heading1: style({ size: S13_14, bold: true, caps: 'upper', align: 'justify', ...BODY_LIKE,
    checked: ['font', 'size', 'bold', 'caps'], source: `layout.md §2.2; ${PL1} V row 6b` }),
  heading2: style({ size: S13_14, bold: true, align: 'justify', ...BODY_LIKE,
    checked: ['font', 'size'], source: `layout.md §2.2; ${PL1} II.6đ (a khoản with a title is bold)` }),
  heading3: style({ size: S13_14, align: 'justify', ...BODY_LIKE, checked: ['font', 'size'],
    source: `layout.md §2.2; ${PL1} (điểm: body size, upright)` }),
  partHeading: style({ size: S13_14, bold: true, align: 'center',
    checked: ['font', 'size', 'bold', 'align'], source: `layout.md §2.2; ${PL1} II.6đ` }),
  partTitle: style({ size: S13_14, bold: true, caps: 'upper', align: 'center',
    checked: ['font', 'size', 'bold', 'caps', 'align'], source: `layout.md §2.2; ${PL1} II.6đ` }),
  dieu: style({ size: S13_14, bold: true, align: 'justify', ...BODY_LIKE,
    checked: ['font', 'size', 'bold', 'indent'], source: `layout.md §2.2; ${PL1} II.6đ` }),
  recipientsLabel: style({ size: fixed(12), bold: true, italic: true, align: 'left', position: 'left',
    checked: ['font', 'size', 'bold', 'italic'], source: `layout.md §2.3; ${PL1} II.9d` }),
  recipientItem: style({ size: fixed(11), align: 'left', position: 'left',
    checked: ['font', 'size', 'bold', 'italic'], source: `layout.md §2.3; ${PL1} II.9d` }),
  authority: style({ size: S13_14, bold: true, caps: 'upper', align: 'center', position: 'right',
    checked: ['font', 'size', 'bold', 'caps'], source: `layout.md §2.3; ${PL1} II.7đ` }),
  signerTitle: style({ size: S13_14, bold: true, caps: 'upper', align: 'center', position: 'right',
    checked: ['font', 'size', 'bold', 'caps'], source: `layout.md §2.3; ${PL1} II.7đ (chức vụ bold)` }),
  signerName: style({ size: S13_14, bold: true, align: 'center', position: 'right',
    checked: ['font', 'size', 'bold'], source: `layout.md §2.3; ${PL1} II.7đ` }),
  pageNumber: style({ size: S13_14, align: 'center', checked: ['font', 'size', 'bold', 'italic'],
    source: `layout.md §1; ${PL1} I.7, III.1đ` }),
};

export const STATE_GEOMETRY: Geometry = {
  headerColsMm: [65, 100],
  closingColsMm: [76, 89],
  titleRuleMm: 61,
  issuerSeparator: 'line',
  issuerRuleMm: 25,
  trichYeuSeparator: 'line',
  signatureLines: 4,
  dateBesideNumber: true,
  numberColon: true,
  source: 'layout.md §2.4 (Quốc hiệu 13 pt = 95.7 mm needs ≥ 97 mm; rules: tiêu ngữ length, 1/3 of a line)',
};

export const ND30: RegimeLayout = {
  profile: 'nd30', family: 'state', lang: 'vi-VN',
  page: STATE_PAGE, components: ND30_COMPONENTS, geometry: STATE_GEOMETRY,
};
