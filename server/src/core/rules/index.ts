// The rule registry. Adding a rule: create rules/<id>.ts, import it here, write docs/rules/<id>.md
// and fixtures under test/rules/<id>/ (the rule-index test fails until all three exist).
import type { Rule } from '../rule';
import partyHeaderMissing from './party-header-missing';
import stateMottoInPartyDoc from './state-motto-in-party-doc';
import issuerMissing from './issuer-missing';
import docNumberMissing from './doc-number-missing';
import issueDateMissing from './issue-date-missing';
import docTitleMissing from './doc-title-missing';
import sectionNumbering from './section-numbering';
import sectionStyleMixed from './section-style-mixed';
import recipientsMissing from './recipients-missing';
import recipientsItemFormat from './recipients-item-format';
import recipientsArchiveMissing from './recipients-archive-missing';
import recipientsArchiveFormat from './recipients-archive-format';
import signatureMissing from './signature-missing';
import signatureAuthorityInvalid from './signature-authority-invalid';
import signatureTitleInvalid from './signature-title-invalid';
import signerNameMissing from './signer-name-missing';
import signerNameHonorific from './signer-name-honorific';
import signatureIssuerMismatch from './signature-issuer-mismatch';
import signerNameCase from './signer-name-case';
import issuerStarMissing from './issuer-star-missing';
import docNumberFormat from './doc-number-format';
import docNumberTypeMismatch from './doc-number-type-mismatch';
import issueDateFormat from './issue-date-format';
import titleSeparatorMissing from './title-separator-missing';
import closingPunctuation from './closing-punctuation';
import openingFormula from './opening-formula';
import implementationSection from './implementation-section';
import unicodeNotNfc from './unicode-not-nfc';
import legacyEncoding from './legacy-encoding';
import homoglyph from './homoglyph';
import toneMarkMixed from './tone-mark-mixed';
import congVanTrichYeu from './cong-van-trich-yeu';
import citationNumberFormat from './citation-number-format';
import citationTypeMismatch from './citation-type-mismatch';
import citationIssuerMismatch from './citation-issuer-mismatch';
import citationDateInvalid from './citation-date-invalid';
import citationDateAfterIssue from './citation-date-after-issue';
import citationDateConflict from './citation-date-conflict';
import citationLawYearMismatch from './citation-law-year-mismatch';
import citationIncomplete from './citation-incomplete';
import citationCodeRegime from './citation-code-regime';
import deadlineBeforeIssue from './deadline-before-issue';
import toTrinhKinhTrinh from './to-trinh-kinh-trinh';
import ocrDamage from './ocr-damage';
import stateMottoMissing from './state-motto-missing';
import stateMottoFormat from './state-motto-format';
import partyHeaderInStateDoc from './party-header-in-state-doc';
import annexReferenceMismatch from './annex-reference-mismatch';
import kinhGuiFormat from './kinh-gui-format';
import canCuFormat from './can-cu-format';
import syllableInvalid from './syllable-invalid';
import toneMarkMisplaced from './tone-mark-misplaced';
import wordGlued from './word-glued';
import wordConfusable from './word-confusable';
import wordDuplicated from './word-duplicated';
import capsOrgName from './caps-org-name';
import capsSpecialNoun from './caps-special-noun';
import capsDocPart from './caps-doc-part';
import capsSentence from './caps-sentence';
import punctSpace from './punct-space';
import punctDouble from './punct-double';
import dashStyle from './dash-style';
import registerNumberDuplicate from './register-number-duplicate';
import registerCitationMismatch from './register-citation-mismatch';
import layoutPage from './layout-page';
import layoutFont from './layout-font';
import layoutSize from './layout-size';
import layoutStyle from './layout-style';
import layoutAlignment from './layout-alignment';
import layoutSpacing from './layout-spacing';
import layoutPageNumber from './layout-page-number';

export const RULES: Rule[] = [
  // 3.1 Header
  partyHeaderMissing,
  stateMottoInPartyDoc,
  issuerMissing,
  issuerStarMissing,
  docNumberMissing,
  docNumberFormat,
  docNumberTypeMismatch,
  issueDateMissing,
  issueDateFormat,
  docTitleMissing,
  titleSeparatorMissing,
  congVanTrichYeu,
  toTrinhKinhTrinh,
  // 7 State documents
  stateMottoMissing,
  stateMottoFormat,
  partyHeaderInStateDoc,
  annexReferenceMismatch,
  kinhGuiFormat,
  canCuFormat,
  // 3.2 Body
  sectionNumbering,
  sectionStyleMixed,
  closingPunctuation,
  openingFormula,
  implementationSection,
  // 3.3 Footer
  recipientsMissing,
  recipientsItemFormat,
  recipientsArchiveMissing,
  recipientsArchiveFormat,
  signatureMissing,
  signatureAuthorityInvalid,
  signatureTitleInvalid,
  signerNameMissing,
  signerNameHonorific,
  signatureIssuerMismatch,
  signerNameCase,
  // 3.4 Citations and dates
  citationNumberFormat,
  citationTypeMismatch,
  citationIssuerMismatch,
  citationDateInvalid,
  citationDateAfterIssue,
  citationDateConflict,
  citationLawYearMismatch,
  citationIncomplete,
  citationCodeRegime,
  deadlineBeforeIssue,
  // 3.5 Text hygiene
  unicodeNotNfc,
  legacyEncoding,
  homoglyph,
  toneMarkMixed,
  ocrDamage,
  // 3.6 Writing (shared logic in ../writing/)
  syllableInvalid,
  toneMarkMisplaced,
  wordGlued,
  wordConfusable,
  wordDuplicated,
  capsOrgName,
  capsSpecialNoun,
  capsDocPart,
  capsSentence,
  punctSpace,
  punctDouble,
  dashStyle,
  // 10 Workspace register (silent without a register)
  registerNumberDuplicate,
  registerCitationMismatch,
  // 8 Word files (.docx): typography, silent on text drafts
  layoutPage,
  layoutFont,
  layoutSize,
  layoutStyle,
  layoutAlignment,
  layoutSpacing,
  layoutPageNumber,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
