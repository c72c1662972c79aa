// The writing rules of spec §3.6 (their files are rules/<id>.ts; the shared logic is in this folder).
// They read every word of the prose, so the server leaves them out of the fast checks on very large drafts.
export const WRITING_RULE_IDS: readonly string[] = [
  'syllable-invalid',
  'tone-mark-misplaced',
  'word-glued',
  'word-confusable',
  'word-duplicated',
  'caps-org-name',
  'caps-special-noun',
  'caps-doc-part',
  'caps-sentence',
  'punct-space',
  'punct-double',
  'dash-style',
];
