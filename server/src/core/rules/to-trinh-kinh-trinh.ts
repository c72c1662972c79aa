import { msg, type Rule } from '../rule';
import { fix, replace } from './_util';

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
    if (model.documentType !== 'TTr' || !k || !/^Kính\s+gửi/iu.test(k.text)) return;
    const m = /Kính\s+gửi/iu.exec(text.slice(k.start, k.end));
    if (!m) return;
    const r = { start: k.start + m.index, end: k.start + m.index + m[0].length };
    report({ message: 'kinhGui', range: r, fix: fix(this.messages.fix, replace(r, 'Kính trình')) });
  },
};
export default rule;
