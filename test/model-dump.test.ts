// The parser's whole model of varied drafts, written out field by field (test/model-dumps/*.dump) and compared with
// the reviewed dump: a change in any part the parser finds (a range one character off, a line more in a section, a
// lost wrapped line of a Nơi nhận item) shows as a diff of that file. A dump is updated with `npx vitest run
// test/model-dump.test.ts -u` and read line by line against the draft before it is committed.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from '../server/src/core';
import { TODAY } from './helpers';
import { dumpModel } from './model-dump';

const DRAFTS = [
  'fixtures/clean-hd05.kl.md',
  'fixtures/clean-hd36.tb.md',
  'fixtures/clean-nd30.tb.txt',
  'realtext/columns-one-space.kl.md',
  'realtext/columns-stacked.kl.md',
  'realtext/columns-tab.kl.md',
  'realtext/issuer-so-line.kl.md',
  'realtext/kinh-trinh-block.md',
  'realtext/parts.kl.md',
  'realtext/recipients-after-signature.kl.md',
  'realtext/wrapped-citations.kl.md',
  'rules/ocr-damage/scanned.kl.md',
  'rules/can-cu-format/cong-van-can-cu.txt',
  'rules/annex-reference-mismatch/party-clean.kl.md',
  'rules/section-numbering/decimal-three-levels.kl.md',
];

describe('the whole model of a draft', () => {
  for (const rel of DRAFTS) {
    it(rel, async () => {
      const text = readFileSync(join(__dirname, rel), 'utf8');
      const dump = `# ${rel}\n${dumpModel(parse(text, { today: TODAY }))}`;
      await expect(dump).toMatchFileSnapshot(join(__dirname, 'model-dumps', `${basename(rel)}.dump`));
    });
  }
});
