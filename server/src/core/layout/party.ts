// Layout of Party documents: hd05 (Hướng dẫn 05-HD/VPTW, from 27/5/2026) and hd36 (Hướng dẫn 36-HD/VPTW).
// Values from ../shared/reference/layout.md §1 (page) and §2 (components). HD05 was read in its primary text
// (Phụ lục 2, the typography table); HD36 typography comes from secondary sources and is almost the same (§3).
import type { ComponentId, ComponentStyle, Geometry, PageLayout, RegimeLayout } from './types';
import { at, atLeast, fixed, style } from './build';

const PL2 = 'layout.md §2; HD05 Phụ lục 2';

export const PARTY_PAGE: PageLayout = {
  widthMm: 210,
  heightMm: 297,
  margins: { top: fixed(20), bottom: fixed(20), left: fixed(30), right: fixed(15) },
  marginToleranceMm: 0.3,
  headerDistanceMm: 10,
  pageNumber: { position: 'top', align: 'center', firstPage: false },
  source: 'layout.md §1; HD05 IV.4.1, IV.5 + PL2 row 15',
  confidence: 'P',
};

const BODY_INDENT = at(10, 10, 12.7); // "≈ 10 mm" (HD05 6.2.2); 1.27 cm is common in templates
const BODY_AFTER = atLeast(6); // "≥ 6 pt" (HD05 6.2.2)

/** hd05 components (layout.md §2.1–2.3, HD05 column). */
export const HD05_COMPONENTS: Record<ComponentId, ComponentStyle> = {
  partyTitle: style({
    size: fixed(15),
    bold: true,
    caps: 'upper',
    align: 'center',
    position: 'right',
    checked: ['font', 'size', 'bold', 'caps', 'align'],
    source: 'layout.md §2.1; HD05 1.2 + PL2 row 1',
  }),
  quocHieu: style({
    size: fixed(13),
    bold: true,
    caps: 'upper',
    align: 'center',
    position: 'right',
    checked: [],
    source: 'layout.md §2.1: Quốc hiệu must not appear on a Party document',
  }),
  tieuNgu: style({
    size: fixed(14),
    bold: true,
    align: 'center',
    position: 'right',
    checked: [],
    source: 'layout.md §2.1: Tiêu ngữ must not appear on a Party document',
  }),
  parentIssuer: style({
    size: fixed(14),
    caps: 'upper',
    align: 'center',
    position: 'left',
    checked: ['font', 'size', 'bold', 'caps'],
    source: `${PL2} row 2`,
  }),
  issuer: style({
    size: fixed(14),
    bold: true,
    caps: 'upper',
    align: 'center',
    position: 'left',
    checked: ['font', 'size', 'bold', 'caps'],
    source: 'layout.md §2.1; HD05 2.2 + PL2',
  }),
  star: style({
    size: fixed(14),
    align: 'center',
    position: 'left',
    checked: [],
    source: 'layout.md §2.1; HD05 2.2.1 (size not set; 14 in practice)',
    confidence: 'PR',
  }),
  number: style({
    size: fixed(14),
    align: 'center',
    position: 'left',
    checked: ['font', 'size', 'bold', 'italic'],
    source: 'layout.md §2.1; HD05 3.2 + PL2 row 3',
  }),
  dateLine: style({
    size: fixed(14),
    italic: true,
    align: 'center',
    position: 'right',
    checked: ['font', 'size', 'italic'],
    source: 'layout.md §2.1; HD05 4.2.1 + PL2 row 4',
  }),
  typeName: style({
    size: at(15, 15, 16),
    bold: true,
    caps: 'upper',
    align: 'center',
    spaceBefore: at(12, 0, 99),
    checked: ['font', 'size', 'bold', 'caps', 'align'],
    source: 'layout.md §2.1; HD05 5.2 + PL2',
  }),
  trichYeu: style({
    size: at(14, 14, 15),
    bold: true,
    align: 'center',
    checked: ['font', 'size', 'bold', 'align'],
    source: 'layout.md §2.1; HD05 5.1.1, PL2',
  }),
  separator: style({
    size: fixed(14),
    align: 'center',
    spaceAfter: at(12, 0, 99),
    checked: [],
    source: 'layout.md §2.1; HD05 5.2.1 (05 hyphens; size 14 in practice)',
    confidence: 'PR',
  }),
  congVanTrichYeu: style({
    size: fixed(12),
    italic: true,
    align: 'center',
    position: 'left',
    checked: ['font', 'size', 'italic'],
    source: 'layout.md §2.1; HD05 5.2.3 + PL2',
  }),
  kinhGuiLabel: style({
    size: fixed(14),
    italic: true,
    align: 'left',
    checked: ['font', 'size', 'italic'],
    source: 'layout.md §2.1; HD05 9.2.3–9.2.5, PL2 row 9',
  }),
  kinhGuiItem: style({
    size: at(14, 14, 15),
    align: 'left',
    checked: ['font', 'size', 'bold', 'italic'],
    source: 'layout.md §2.1; HD05 9.2.3–9.2.5, PL2 row 9',
  }),
  body: style({
    size: at(14, 14, 15),
    align: 'justify',
    indentMm: BODY_INDENT,
    spaceAfter: BODY_AFTER,
    lineSpacing: { unit: 'pt', min: 18, max: 22, def: 18 },
    checked: ['font', 'size', 'bold', 'italic', 'align', 'indent', 'spaceAfter', 'lineSpacing'],
    source: 'layout.md §2.2; HD05 6.2.2 + PL2',
  }),
  canCu: style({
    size: at(14, 14, 15),
    align: 'justify',
    indentMm: BODY_INDENT,
    spaceAfter: BODY_AFTER,
    lineSpacing: { unit: 'pt', min: 18, max: 22, def: 18 },
    checked: ['font', 'size'],
    source: 'layout.md §2.2; HD05 6.2.3 (upright in practice)',
    confidence: 'PR',
  }),
  heading1: style({
    size: at(14, 14, 15),
    bold: true,
    caps: 'upper',
    align: 'justify',
    indentMm: BODY_INDENT,
    spaceAfter: BODY_AFTER,
    lineSpacing: { unit: 'pt', min: 18, max: 22, def: 18 },
    checked: ['font', 'size'],
    source: 'layout.md §2.2: I- / I. heading, not regulated; CAPS bold at the body indent in practice',
    confidence: 'PR',
  }),
  heading2: style({
    size: at(14, 14, 15),
    bold: true,
    align: 'justify',
    indentMm: BODY_INDENT,
    spaceAfter: BODY_AFTER,
    lineSpacing: { unit: 'pt', min: 18, max: 22, def: 18 },
    checked: ['font', 'size'],
    source: 'layout.md §2.2: "1." with a title bold in practice',
    confidence: 'PR',
  }),
  heading3: style({
    size: at(14, 14, 15),
    align: 'justify',
    indentMm: BODY_INDENT,
    spaceAfter: BODY_AFTER,
    lineSpacing: { unit: 'pt', min: 18, max: 22, def: 18 },
    checked: ['font', 'size'],
    source: 'layout.md §2.2: "a)", "-", "+" regular in practice',
    confidence: 'PR',
  }),
  partHeading: style({
    size: at(14, 14, 15),
    bold: true,
    align: 'center',
    checked: ['font', 'size', 'bold', 'align'],
    source: 'layout.md §2.2; HD05 6.2.4a + PL2',
  }),
  partTitle: style({
    size: at(14, 14, 15),
    bold: true,
    caps: 'upper',
    align: 'center',
    checked: ['font', 'size', 'bold', 'caps', 'align'],
    source: 'layout.md §2.2; HD05 6.2.4a + PL2',
  }),
  dieu: style({
    size: at(14, 14, 15),
    bold: true,
    align: 'justify',
    indentMm: BODY_INDENT,
    spaceAfter: BODY_AFTER,
    lineSpacing: { unit: 'pt', min: 18, max: 22, def: 18 },
    checked: ['font', 'size', 'bold'],
    source: 'layout.md §2.2; HD05 6.2.4c',
  }),
  recipientsLabel: style({
    size: fixed(14),
    underline: true,
    align: 'left',
    position: 'left',
    checked: ['font', 'size', 'bold', 'italic', 'underline'],
    source: 'layout.md §2.3; HD05 9.2.1 + PL2',
  }),
  recipientItem: style({
    size: fixed(12),
    align: 'left',
    position: 'left',
    checked: ['font', 'size', 'bold', 'italic'],
    source: 'layout.md §2.3; HD05 9.2.5 + PL2',
  }),
  authority: style({
    size: fixed(14),
    bold: true,
    caps: 'upper',
    align: 'center',
    position: 'right',
    checked: ['font', 'size', 'bold', 'caps'],
    source: 'layout.md §2.3; HD05 PL2 row 7',
  }),
  signerTitle: style({
    size: fixed(14),
    caps: 'upper',
    align: 'center',
    position: 'right',
    checked: ['font', 'size', 'bold', 'caps'],
    source: 'layout.md §2.3; HD05 PL2 (chức vụ not bold)',
  }),
  signerName: style({
    size: fixed(14),
    bold: true,
    align: 'center',
    position: 'right',
    checked: ['font', 'size', 'bold'],
    source: 'layout.md §2.3; HD05 PL2',
  }),
  pageNumber: style({
    size: fixed(14),
    align: 'center',
    checked: ['font', 'size', 'bold', 'italic'],
    source: 'layout.md §1; HD05 IV.5 + PL2 row 15',
  }),
};

export const PARTY_GEOMETRY: Geometry = {
  headerColsMm: [78, 87],
  closingColsMm: [76, 89],
  titleRuleMm: 73,
  issuerSeparator: 'star',
  issuerRuleMm: 0,
  trichYeuSeparator: 'hyphens',
  signatureLines: 4,
  dateBesideNumber: false,
  numberColon: false,
  source: 'layout.md §2.4 (derived from font metrics; practice of HD36/HD05 generators)',
};

export const HD05: RegimeLayout = {
  profile: 'hd05',
  family: 'party',
  lang: 'vi-VN',
  page: PARTY_PAGE,
  components: HD05_COMPONENTS,
  geometry: PARTY_GEOMETRY,
};

/** hd36: as hd05 (layout.md §3: same margins, fonts and sizes) except the line spacing "≥ 18 pt Exactly". */
const HD36_LINE = { unit: 'pt' as const, min: 18, max: Infinity, def: 18 };
const HD36_COMPONENTS = Object.fromEntries(
  (Object.entries(HD05_COMPONENTS) as [ComponentId, ComponentStyle][]).map(([id, s]) => {
    const lined = s.lineSpacing.unit === 'pt' && s.lineSpacing.min === 18 ? { ...s, lineSpacing: HD36_LINE } : s;
    return [
      id,
      {
        ...lined,
        source: lined.source.replace(/HD05/gu, 'HD36 (per layout.md, as HD05)'),
        confidence: lined.confidence === 'P' ? 'S' : lined.confidence,
      },
    ];
  }),
) as Record<ComponentId, ComponentStyle>;

export const HD36: RegimeLayout = {
  profile: 'hd36',
  family: 'party',
  lang: 'vi-VN',
  page: { ...PARTY_PAGE, source: 'layout.md §1; HD36 [S] (wp37, crazykid95)', confidence: 'S' },
  components: HD36_COMPONENTS,
  geometry: PARTY_GEOMETRY,
};
