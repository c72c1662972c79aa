// Property: a draft copied out of Word or a PDF viewer is checked like the draft itself. For every
// clean and defect fixture (test/rules, test/fixtures, test/realtext), the flattened (one space; one tab),
// stacked, 72-column-wrapped and CRLF + no-break-space forms give no error or warning the original does
// not, and keep every error and warning the original has (same rule, on the line the transformed line came
// from).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, positionAt } from '../server/src/core';
import { DRAFT, fixtureCases, readSidecar, TODAY } from './helpers';
import { flatten, stack, wrap, crlfNbsp, type Transformed } from './realtext-transforms';

const RULES_DIR = join(__dirname, 'rules');
const cases = [
  ...readdirSync(RULES_DIR)
    .sort()
    .flatMap((r) => fixtureCases(join(RULES_DIR, r)).map((c) => ({ ...c, name: `${r}/${c.name}` }))),
  // The golden drafts (test/fixtures/register/ is a workspace of its own, read by the register tests).
  ...readdirSync(join(__dirname, 'fixtures'))
    .filter((f) => DRAFT.test(f))
    .sort()
    .map((f) => ({ name: `fixtures/${f}`, draft: join(__dirname, 'fixtures', f), sidecar: '' })),
  ...fixtureCases(join(__dirname, 'realtext')).map((c) => ({ ...c, name: `realtext/${c.name}` })),
];

const TRANSFORMS: [string, (t: string) => Transformed][] = [
  ['flattened with one space', (t) => flatten(t, ' ')],
  ['flattened with a tab', (t) => flatten(t, '\t')],
  ['stacked', stack],
  ['wrapped at 72 columns', (t) => wrap(t, 72)],
  ['CRLF and no-break spaces', crlfNbsp],
];

/**
 * Transforms that make no sense for a fixture, and why. Wrapping a line of mojibake (legacy-encoding) cuts it
 * where a word's tail holds no character only TCVN3/VNI use ("roõ"): that tail is no longer recognisable as
 * mojibake and reads as a misspelt syllable. A real paste re-wraps Unicode text, not a legacy encoding.
 */
const SKIP: Record<string, string> = {
  'legacy-encoding/vni.kl.md, wrapped at 72 columns': 'the wrapped tail of a VNI line ("roõ") is not recognisable',
  // The blank left for the number ("Số:      /TB-UBND") is as wide as a column gap: stacking puts "Số:" in the
  // left column and "/TB-UBND" in the right one, which no Word table or PDF does (the cell holds both).
  'doc-number-missing/state-blank.txt, stacked': 'the blank of a draft number is taken for a column gap',
  'doc-number-format/state-shape-blank.kl.md, stacked': 'the blank of a draft number is taken for a column gap',
  // Joined with one space, the lower-case "kiêm" of a two-post signer cannot be told from the recipient beside it.
  'signature-title-invalid/kiem.kl.md, flattened with one space': 'a lower-case title line joins the recipient',
  // The same with a title line ending in a full stop ("PHÓ BÍ THƯ."): joined, it reads as the end of the recipient.
  'signature-title-invalid/title-trailing-dot.kl.md, flattened with one space': 'the title joins the recipient',
  // A draft without its type name: stacked, the right column's lines stand where the title would be.
  'doc-title-missing/date-under-number.kl.md, stacked': 'without a title, the stacked right column takes its place',
  'doc-title-missing/number-without-date.kl.md, stacked': 'without a title, the stacked right column takes its place',
  'cong-van-trich-yeu/bao-cao-no-title.md, stacked': 'without a title, the stacked right column takes its place',
  // A star typed above the issuer: stacked, the Party title comes between the star and the issuer block.
  'issuer-star-missing/star-above-issuer.kl.md, stacked': 'the Party title comes between the star and the issuer',
  // The Tiêu ngữ under test is misspelt: joined to the issuer on its left, the row cannot be cut into the two.
  'state-motto-format/hanh-phuc-typo.txt, flattened with one space': 'a misspelt Tiêu ngữ is not cut from the issuer',
  // The case is about bare CR line ends (old Mac files): the transforms split and join lines at LF only.
  ...Object.fromEntries(
    [
      'flattened with one space',
      'flattened with a tab',
      'stacked',
      'wrapped at 72 columns',
      'CRLF and no-break spaces',
    ].map((t) => [
      `signature-missing/old-mac-line-ends.kl.md, ${t}`,
      'the transforms split lines at LF, not at a bare CR',
    ]),
  ),
  // A Nơi nhận label with no item yet: joined to the signing authority, the row reads as one line of text.
  'recipients-archive-missing/label-only.kl.md, flattened with one space': 'an empty Nơi nhận joins the authority',
  'recipients-archive-missing/label-only.kl.md, flattened with a tab': 'an empty Nơi nhận joins the authority',
};

/** Errors and warnings as "rule @line" (lines of the original draft), one entry per rule and line. */
function findings(text: string, origin: number[] | null, options: object): string[] {
  const r = analyze(text, { today: TODAY, ...options });
  const out = new Set<string>();
  for (const f of r.findings) {
    if (f.severity !== 'error' && f.severity !== 'warning') continue;
    const line = positionAt(r.model.src, f.start).line;
    out.add(`${f.ruleId} @${(origin ? origin[line] : line) + 1}`);
  }
  return [...out].sort();
}

describe('drafts copied from Word and PDF are checked like the drafts', () => {
  for (const c of cases) {
    const options = c.sidecar && existsSync(c.sidecar) ? readSidecar(c.sidecar).options : {};
    const text = readFileSync(c.draft, 'utf8');
    const original = findings(text, null, options);
    for (const [name, tf] of TRANSFORMS) {
      if (`${c.name}, ${name}` in SKIP) continue;
      it(`${c.name}, ${name}`, () => {
        const t = tf(text);
        expect(findings(t.text, t.origin, options), t.text).toEqual(original);
      });
    }
  }
});

describe('the transforms', () => {
  it('every skipped transform names a fixture and a transform that exist', () => {
    const all = cases.flatMap((c) => TRANSFORMS.map(([name]) => `${c.name}, ${name}`));
    expect(Object.keys(SKIP).filter((k) => !all.includes(k))).toEqual([]);
  });
  const row =
    'TỈNH ỦY LÀO CAI            ĐẢNG CỘNG SẢN VIỆT NAM\n*\n' + 'Số 12-KL/TU\t\tLào Cai, ngày 07 tháng 6 năm 2023\n';
  it('flatten joins the cells of a row with one separator', () => {
    expect(flatten(row, ' ').text).toBe(
      'TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 12-KL/TU Lào Cai, ngày 07 tháng 6 năm 2023\n',
    );
    expect(flatten(row, '\t').text.split('\n')[0]).toBe('TỈNH ỦY LÀO CAI\tĐẢNG CỘNG SẢN VIỆT NAM');
  });
  it('stack writes the left column, then the right one, and maps every line back', () => {
    const t = stack(row);
    expect(t.text).toBe('TỈNH ỦY LÀO CAI\n*\nSố 12-KL/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nLào Cai, ngày 07 tháng 6 năm 2023\n');
    expect(t.origin).toEqual([0, 1, 2, 0, 2, 3]);
  });
  it('wrap breaks long paragraphs at spaces, never before a heading-like start', () => {
    const para = 'Đề nghị các chi bộ thực hiện theo Kết luận số 12-KL/TU ngày 07/6/2023 của Tỉnh ủy về công tác 2. năm';
    const t = wrap(para, 40);
    expect(t.text.split('\n').every((l) => l.length <= 40)).toBe(true);
    expect(t.text.replace(/\n/g, ' ')).toBe(para);
    expect(t.text).not.toMatch(/\n2\./);
    expect(t.origin.every((o) => o === 0)).toBe(true);
  });
  it('crlfNbsp writes CRLF and no-break spaces', () => {
    const t = crlfNbsp('Kết luận số 12-KL/TU\nngày 07/6/2023');
    expect(t.text).toBe('Kết luận\u00A0số 12-KL/TU\r\nngày\u00A007/6/2023');
  });
});
