import { ALL, msg, type Rule } from '../rule';
import { fix, replace } from './_util';

/** HD05 7.1.3: no học hàm, học vị, quân hàm or danh hiệu before the signer's name (TS., PGS.TS., Đại tá …). */
const rule: Rule = {
  id: 'signer-name-honorific',
  severity: 'warning',
  profiles: ALL,
  fixable: 'fix',
  title: msg('Học hàm, học vị trước tên người ký', 'Rank or degree before the signer name'),
  messages: {
    honorific: msg(
      'Không ghi học hàm, học vị, quân hàm trước họ tên người ký: bỏ "{honorific}" trước "{name}".',
      'No academic or military rank before the signer\'s name: remove "{honorific}" before "{name}".',
    ),
    fix: msg('Bỏ "{honorific}"', 'Remove "{honorific}"'),
  },
  check({ model, report }) {
    const s = model.signature;
    if (!s?.honorific || !s.name) return;
    const h = s.honorific;
    const range = { start: h.start, end: s.name.start };
    report({
      message: 'honorific',
      data: { honorific: h.text, name: s.name.text },
      range: { start: h.start, end: h.end },
      fix: fix(this.messages.fix, replace(range, '')), // the engine fills {honorific} from data
    });
  },
};
export default rule;
