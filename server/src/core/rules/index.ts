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

export const RULES: Rule[] = [
  // 3.1 Header
  partyHeaderMissing, stateMottoInPartyDoc, issuerMissing, docNumberMissing, issueDateMissing, docTitleMissing,
  // 3.2 Body
  sectionNumbering, sectionStyleMixed,
  // 3.3 Footer
  recipientsMissing, recipientsItemFormat, recipientsArchiveMissing, recipientsArchiveFormat,
  signatureMissing, signatureAuthorityInvalid, signatureTitleInvalid, signerNameMissing, signerNameHonorific,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
