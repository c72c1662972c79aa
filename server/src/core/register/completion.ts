// Completion from the register: the next free number after "Số " in a new draft, and the registered
// documents of a type after "<type word> số " (inserting the full first citation).
import type { DocModel } from '../model';
import type { CompletionEntry } from '../features/completion';
import type { Register } from './register';
import type { Office } from './types';
import { DOC_TYPES, typeByWord } from '../doctypes';
import { ISSUERS } from '../profiles/issuers';
import { foldTone } from '../vn';
import { firstCitation, citationDate } from './cite';
import { today as todayYmd, type YMD } from '../dates';

const TYPE_WORDS = DOC_TYPES.map((d) => d.word)
  .sort((a, b) => b.length - a.length)
  .join('|');
const CITE = new RegExp(`(?:^|[^\\p{L}])(${TYPE_WORDS})\\s+số\\s+(\\d*)$`, 'iu');
const OWN_NUMBER = /^\s*(?:\*\*)?Số\s*:?\s*$/u;

export function registerCompletions(
  model: DocModel,
  offset: number,
  register: Register,
  self: string | null,
  opts: { office?: Office | null; today?: YMD } = {},
): CompletionEntry[] {
  const src = model.src;
  let line = 0;
  for (let i = 0; i < src.lines.length; i++)
    if (src.lines[i].start <= offset) line = i;
    else break;
  const l = src.lines[line];
  const prefix = src.text.slice(l.start, Math.min(offset, l.end));
  const column = prefix.split(/ {3,}|\t/).pop() ?? prefix;
  const out: CompletionEntry[] = [];

  // 1. "Số " in the header of a draft with no number yet: the next free number.
  const n = model.header.number;
  if (line < Math.max(model.header.zoneEnd, 8) && OWN_NUMBER.test(column) && (!n || !n.num)) {
    const typeCode = n?.typeCode ?? model.header.titleCode ?? model.documentType;
    const issuerCode = n?.issuerCode ?? opts.office?.code ?? issuerCodeOf(model) ?? commonIssuer(register);
    if (!typeCode || !issuerCode) return out;
    const year = model.reference.draftDate?.y ?? (opts.today ?? todayYmd()).y;
    const next = register.nextNumber(typeCode, issuerCode, year, self);
    // "Số     -KL/TU": the blank left for the number is replaced and the code typed after it stays. Otherwise the
    // whole number goes in at the cursor (the spaces before the date's column stay).
    const rest = src.text.slice(offset, l.end);
    const blanks = /^[ \u00a0]*/u.exec(rest)![0].length;
    const codeAfter = !!n?.typeCode && n.line === line && /^[-\u2010-\u2014\u2212]/u.test(rest.slice(blanks));
    const insert = codeAfter ? next : `${next}-${typeCode}/${issuerCode}`;
    out.push({
      label: `${next}-${typeCode}/${issuerCode}`,
      insertText: insert,
      kind: 'code',
      sortText: '0',
      detail: `Số tiếp theo còn trống trong sổ đăng ký (${typeCode}/${issuerCode}, năm ${year})`,
      replace: { start: offset, end: offset + (codeAfter ? blanks : 0) },
    });
    return out;
  }
  // 2. "<type word> số " in the text: the registered documents of that type, newest first.
  const m = CITE.exec(prefix);
  if (m) {
    const dt = typeByWord(m[1]);
    if (!dt) return out;
    const codes = new Set([...dt.party, ...dt.state]);
    const typed = m[2];
    const entries = [...codes]
      .flatMap((c) => register.ofType(c, self))
      .filter((e) => !typed || String(e.num).startsWith(String(+typed)) || e.number.startsWith(typed));
    entries.slice(0, 100).forEach((e, i) =>
      out.push({
        label: e.number,
        insertText: firstCitation(e),
        kind: 'text',
        sortText: String(i).padStart(3, '0'),
        detail: `${e.typeWord}${e.date ? ` ngày ${citationDate(e.date)}` : ''} — ${e.title}`.trim(),
        replace: { start: offset - typed.length, end: offset },
      }),
    );
  }
  return out;
}

/** Issuer code from the header's issuer line ("ĐẢNG ỦY XÃ TÂN LẬP" → ĐU), when a known body names it. */
function issuerCodeOf(model: DocModel): string | null {
  const lines = model.header.issuer.map((c) => c.text);
  for (const t of [...lines].reverse()) {
    const words = foldTone(t.normalize('NFC')).toLocaleLowerCase('vi');
    const sentence = words.replace(/(^|\s)\S/gu, (x) => x.toLocaleUpperCase('vi'));
    for (const e of ISSUERS) {
      if (e.family !== 'party' || !e.phrase.test(sentence)) continue;
      const code = /\^\(\?:([A-ZĐ]+)/u.exec(e.codes.source)?.[1] ?? /\^([A-ZĐ]+)\$/u.exec(e.codes.source)?.[1];
      if (code) return code;
    }
  }
  return null;
}

function commonIssuer(register: Register): string | null {
  const count = new Map<string, number>();
  for (const e of register.entries()) if (e.issuerCode) count.set(e.issuerCode, (count.get(e.issuerCode) ?? 0) + 1);
  let best: string | null = null,
    n = 0;
  for (const [k, v] of count)
    if (v > n) {
      best = k;
      n = v;
    }
  return best;
}
