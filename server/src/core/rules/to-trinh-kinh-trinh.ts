import { msg, type Rule } from '../rule';
import { makeView, viewRange } from '../text';
import { fix, replace } from './_util';

const LABEL = /^Kính\s+gửi/iu;

/** HD05 9.2.4: from 27/5/2026 a tờ trình names its addressee with "Kính trình:" (HD36 used "Kính gửi:"). */
const rule: Rule = {
  id: 'to-trinh-kinh-trinh',
  severity: 'warning',
  profiles: ['hd05'],
  fixable: 'fix',
  title: msg('Tờ trình dùng "Kính gửi" thay cho "Kính trình"', 'Tờ trình with "Kính gửi" instead of "Kính trình"'),
  messages: {
    kinhGui: msg(
      'Theo Hướng dẫn 05-HD/VPTW, tờ trình ghi "Kính trình:" (không ghi "Kính gửi:").',
      'Under Guide 05-HD/VPTW a tờ trình writes "Kính trình:" (not "Kính gửi:").',
    ),
    fix: msg('Viết "Kính trình"', 'Write "Kính trình"'),
  },
  check({ model, report, text }) {
    const k = model.header.kinhGui;
    const m = k && LABEL.exec(k.text);
    if (model.documentType !== 'TTr' || !m) return;
    // The label as typed: decomposed letters ("Kính" in NFD) and emphasis ("*Kính* gửi") map back to the source.
    const r = viewRange(makeView(text, k.start, k.end), 0, m[0].length);
    // A label split by emphasis is reported without the fix: replacing it would break the markup.
    const plain = LABEL.test(text.slice(r.start, r.end).normalize('NFC'));
    report({ message: 'kinhGui', range: r, fix: plain ? fix(this.messages.fix, replace(r, 'Kính trình')) : undefined });
  },
};
export default rule;
