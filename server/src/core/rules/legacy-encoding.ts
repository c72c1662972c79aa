import { ALL, msg, quote, type Rule } from '../rule';
import { FOREIGN, INSIDE } from '../legacy-text';

/**
 * Text typed in a legacy Vietnamese encoding (TCVN3/ABC, VNI) and shown as Unicode: "Uû ban nh©n d©n",
 * "Coäng hoøa". HD05 IV.1 requires Unicode (TCVN 6909:2001). The characters of FOREIGN never occur in
 * Vietnamese words, so a word holding one between letters is mojibake.
 */
// Words are runs of letters and those characters (one linear pass); each word is then tested on its own.
const WORD = new RegExp(`[\\p{L}\\p{M}${FOREIGN}]+`, 'gu');
const ANY_FOREIGN = new RegExp(`[${FOREIGN}]`, 'u');

// A foreign proper name ("François", "Müller", "Gödel"): a capital, then only small Latin-1 letters (a-z, ß-ö,
// ø-ÿ; not µ, ª or Vietnamese letters). Mojibake of lower-case words ("th¸ng", "vieäc") or with symbols ("nh©n")
// never looks like this; such names are shown with the line but do not by themselves make a finding.
const NAME = /^\p{Lu}[a-z\u00DF-\u00F6\u00F8-\u00FF]+$/u;

const rule: Rule = {
  id: 'legacy-encoding',
  severity: 'error',
  profiles: ALL,
  fixable: 'none',
  title: msg('Văn bản gõ bằng bảng mã cũ (TCVN3, VNI)', 'Text in a legacy encoding (TCVN3, VNI)'),
  messages: {
    notUtf8: msg(
      'Tệp không được lưu theo bảng mã UTF-8 (có thể là TCVN3, VNI hoặc Windows-1258), nên chữ tiếng Việt bị hỏng; '
        + 'hãy lưu lại tệp với bảng mã UTF-8 (Unicode).',
      'The file is not saved as UTF-8 (perhaps TCVN3, VNI or Windows-1258), so the Vietnamese text is broken; save it '
        + 'again as UTF-8 (Unicode).',
    ),
    legacy: msg(
      'Dòng này có chữ bị lỗi phông do gõ bằng bảng mã cũ TCVN3/VNI ("{example}"); hãy chuyển mã sang Unicode (ví dụ '
        + 'bằng công cụ chuyển mã của Unikey) rồi dán lại.',
      'This line holds text typed in a legacy encoding, TCVN3/VNI ("{example}"); convert it to Unicode (e.g. with '
        + 'Unikey\'s converter) and paste it again.',
    ),
  },
  check({ model, report, options }) {
    if (options.notUtf8) {
      const first = model.src.lines.find((l) => !l.blank);
      // Stryker disable next-line ObjectLiteral: the engine clamps a range without offsets to the file's start
      const top = { start: 0, end: 0 };
      report({ message: 'notUtf8', range: first ? { start: first.start, end: first.end } : top });
    }
    // Stryker disable next-line ConditionalExpression: a shortcut; each line is tested again below
    if (!ANY_FOREIGN.test(model.src.text)) return;
    const hits: { line: number; start: number; end: number; words: string[] }[] = [];
    // Words that are surely mojibake: not a foreign proper name.
    let total = 0;
    for (const l of model.src.lines) {
      // Stryker disable next-line ConditionalExpression: a shortcut; without such a character no word is INSIDE
      if (!ANY_FOREIGN.test(l.raw)) continue;
      const words: string[] = [];
      let sure = 0;
      // Stryker disable next-line UnaryOperator: last is set with the first word counted (only then is it read)
      let first = -1,
        last = -1;
      for (const m of l.raw.matchAll(WORD)) {
        // A foreign character must follow a letter ("nh©n", "Uû"); « » · at the edge of a word are punctuation.
        const w = m[0];
        if (!INSIDE.test(w)) continue;
        words.push(w);
        if (!NAME.test(w)) sure++;
        if (first < 0) first = m.index!;
        last = m.index! + w.length;
      }
      if (sure) {
        hits.push({ line: l.index, start: l.start + first, end: l.start + last, words });
        total += sure;
      }
    }
    if (total < 2) return; // one odd word is more likely a name or a symbol than a whole line in the wrong encoding
    for (const h of hits)
      report({
        message: 'legacy',
        data: { example: quote(h.words.slice(0, 3).join(' '), 40) },
        range: { start: h.start, end: h.end },
      });
  },
};
export default rule;
