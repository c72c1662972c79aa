// Assignments of a Kết luận / Thông báo kết luận: who, what, by when. Heuristic and conservative: a
// sentence becomes a task when it names an assignee the way these documents do ("Giao …", "… chủ trì,
// phối hợp …", "… hoàn thành … trước ngày …", an item of "Tổ chức thực hiện").
import type { DocModel } from '../model';
import type { Task } from './types';
import { flatten } from '../parse/body';
import { daysInMonth, isRealDate } from '../dates';
import { foldSearch } from './fold';
import { isRegexSpace } from '../text';

/** Verbs that start the task after the assignee. */
const VERBS = [
  'chủ trì',
  'phối hợp',
  'tham mưu',
  'xây dựng',
  'triển khai',
  'thực hiện',
  'tổ chức',
  'hoàn thành',
  'theo dõi',
  'rà soát',
  'chỉ đạo',
  'nghiên cứu',
  'báo cáo',
  'kiểm tra',
  'đôn đốc',
  'hướng dẫn',
  'lãnh đạo',
  'khẩn trương',
  'tiếp tục',
  'quán triệt',
  'tập trung',
  'chuẩn bị',
  'tăng cường',
  'đẩy mạnh',
  'cụ thể hóa',
  'cụ thể hoá',
  'thường xuyên',
  'có trách nhiệm',
  'chịu trách nhiệm',
  'sớm',
  'ban hành',
  'bố trí',
  'giải quyết',
  'làm việc',
  'công bố',
  'hoàn thiện',
  'bổ sung',
  'sửa đổi',
  'đánh giá',
  'sơ kết',
  'tổng kết',
  'đề xuất',
  'phân công',
  'đưa',
];
const VERB_ALT = VERBS.map((v) => v.replace(/ /g, '\\s+')).join('|');
const WORD_END = '(?![\\p{L}\\p{M}])';
const GIAO = new RegExp(`^(?:Đồng\\s+thời,?\\s+)?[Gg]iao(?:\\s+cho)?\\s+(.+?)\\s+((?:${VERB_ALT})${WORD_END}.*)$`, 'u');
const SUBJECT = new RegExp(`^(.+?)\\s+((?:${VERB_ALT})${WORD_END}.*)$`, 'u');
const LEADS = /^(?:Đề nghị|Yêu cầu|Giao)\s+/u;
const LEAD_MARK = /^(?:[-+•*]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*|[IVX]+[.-]\s*)/u;
const CHAIR = /chủ\s+trì/u;
const DONE = /hoàn\s+thành/u;
/** Words that open a sentence but are no body ("Sau khi …", "Ngày 10 …", "Tại hội nghị …"). */
const NOT_BODY = new RegExp(
  '^(?:Sau|Ngày|Tại|Trong|Qua|Nhìn|Bên|Tuy|Năm|Thời|Đến|Để|Với|Từ|Hội nghị|Cơ bản|Nhìn chung|Việc|Kết quả)' +
    '(?![\\p{L}\\p{M}])',
  'u',
);
const IMPLEMENTATION = /^tổ chức thực hiện/u;

const DATE_NUM = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u;
const DATE_WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const BEFORE = /(?:trước|chậm nhất(?:\s+là)?|muộn nhất|hạn chót|xong trước|hoàn thành trong|trong)\s+(?:ngày\s+)?/u;
const MONTH = /(?:trong|trước|hết)\s+tháng\s+(\d{1,2})[/\s]+(?:năm\s+)?(\d{4})/u;
const QUARTER = /(?:trong|trước|hết)\s+quý\s+(I{1,3}|IV|[1-4])[/\s]+(?:năm\s+)?(\d{4})/u;
const YEAR = /(?:trong|trước|hết)\s+năm\s+(\d{4})/u;

export function extractTasks(model: DocModel, document: string | null): Task[] {
  if (!givesTasks(model)) return [];
  const src = model.src;
  // Lower-casing by the root locale: Vietnamese letters case the same in every locale but Turkish and
  // Lithuanian, and the 'vi' locale costs an ICU look-up per call.
  const implementation = flatten(model.sections).filter((s) => isImplementation(s.title));
  const tasks: Task[] = [];
  const start = Math.max(0, model.bodyStart),
    end = Math.min(src.lines.length - 1, model.bodyEnd);
  for (let i = start; i <= end; i++) {
    const l = src.lines[i];
    if (l.blank || l.raw.length > 4000) continue;
    const text = l.view.typed; // NFC, Markdown marks removed, trimmed: made once by the text layer
    let inImplementation = false;
    for (const s of implementation) if (i > s.line && i <= s.endLine) inImplementation = true;
    // Most lines of a conclusion assign nothing: they are not cut into sentences.
    if (!inImplementation && !hasCue(text)) continue;
    for (const sentence of sentences(text)) {
      const t = task(sentence, inImplementation);
      if (t) tasks.push({ document, ...t, line: i });
    }
  }
  return tasks;
}

/**
 * Whether a line holds what a task of one of its sentences needs outside "Tổ chức thực hiện": "giao", or a cue of
 * `task()` (a sentence is a part of its line: a pattern that misses the line misses each of its sentences).
 */
function hasCue(line: string): boolean {
  return GIAO_WORD.test(line) || hasDeadlineCue(line);
}
const GIAO_WORD = /[Gg]iao/u;

/** The cues of the subject-verb split: "chủ trì", "hoàn thành", or a deadline word before a date. */
function hasDeadlineCue(s: string): boolean {
  return (
    CHAIR.test(s) ||
    DONE.test(s) ||
    (BEFORE.test(s) && (DATE_NUM.test(s) || DATE_WORDS.test(s) || MONTH.test(s) || QUARTER.test(s)))
  );
}

/** A "Tổ chức thực hiện" heading, in any case and either normalisation (a "T" first: most headings end there). */
function isImplementation(title: string): boolean {
  const c = title.charCodeAt(0);
  return (c === 84 || c === 116) && IMPLEMENTATION.test(title.slice(0, 40).normalize('NFC').toLowerCase());
}

/** Kết luận, and Thông báo whose title or trích yếu says "kết luận". */
function givesTasks(model: DocModel): boolean {
  if (model.documentType === 'KL') return true;
  if (model.documentType !== 'TB') return false;
  return (
    model.header.trichYeu.some((c) => /^ket luan/.test(foldSearch(c.text))) ||
    (!!model.header.title && /ket luan/.test(foldSearch(model.header.title.text)))
  );
}

/** A sentence break: . ; ! ? then spaces, then a capital, a digit or a dash. */
const BREAK = /[.;!?]\s+/g;
const CAPITAL = /^\p{Lu}/u;
function sentences(line: string): string[] {
  const out: string[] = [];
  const keep = (s: string) => {
    const t = s.trim();
    if (t.length > 8) out.push(t);
  };
  let from = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(line); m; m = BREAK.exec(line)) {
    const next = m.index + m[0].length;
    const ch = line[next];
    if (ch === undefined || !(CAPITAL.test(ch) || (ch >= '0' && ch <= '9') || ch === '-')) continue;
    keep(line.slice(from, m.index + 1));
    from = next;
  }
  keep(line.slice(from));
  return out;
}

function task(raw: string, implementation: boolean): Omit<Task, 'document' | 'line'> | null {
  const s = raw.replace(LEAD_MARK, '').trim();
  let assignee: string | null = null,
    what = '';
  const g = GIAO.exec(s);
  if (g) {
    assignee = g[1];
    what = g[2];
  } else {
    // The subject-verb split is tried only on sentences that carry a cue (cheap tests first).
    const cue = implementation || hasDeadlineCue(s);
    const m = cue ? SUBJECT.exec(s.replace(LEADS, '')) : null;
    // The deadline test is the costly one: only when the verb and the section say nothing.
    const deadline = () => BEFORE.test(m![2]) && !!deadlineOf(m![2]);
    if (m && (CHAIR.test(m[2].slice(0, 10)) || DONE.test(m[2].slice(0, 12)) || implementation || deadline())) {
      assignee = m[1];
      what = m[2];
    }
  }
  if (!assignee) return null;
  assignee = assignee.replace(/[,:;]+$/u, '').trim();
  if (!isBody(assignee)) return null;
  // No blank before a comma or a full stop: one is left where an inline comment ("<!-- … -->") was taken out.
  what = what
    .replace(/[.;,:]+$/u, '')
    .replace(/\s+(?=[,;:.!?])/gu, '')
    .trim();
  if (what.length > 240) what = what.slice(0, 239) + '…';
  return { assignee, task: what, deadline: deadlineOf(s) };
}

function isBody(s: string): boolean {
  return /^\p{Lu}/u.test(s) && !/[.!?]/u.test(s) && !NOT_BODY.test(s) && spaceRuns(s, 16) < 16;
}

/** How many runs of white space (what `\s` matches) s holds, counted up to `max`: words - 1 in a trimmed text. */
function spaceRuns(s: string, max: number): number {
  let runs = 0;
  for (let i = 0; i < s.length && runs < max; i++) {
    if (isRegexSpace(s.charCodeAt(i)) && (i === 0 || !isRegexSpace(s.charCodeAt(i - 1)))) runs++;
  }
  return runs;
}

const ROMAN_Q: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** The deadline named in a sentence, ISO, or null. */
export function deadlineOf(s: string): string | null {
  const b = BEFORE.exec(s);
  const after = b ? s.slice(b.index) : null;
  if (after) {
    const d = DATE_NUM.exec(after) ?? DATE_WORDS.exec(after);
    if (d && d.index < 12 + b![0].length) {
      const iso = isoOf(+d[3], +d[2], +d[1]);
      if (iso) return iso;
    }
  }
  const m = MONTH.exec(s);
  if (m) return isoOf(+m[2], +m[1], daysInMonth(+m[2], +m[1]));
  const q = QUARTER.exec(s);
  if (q) {
    const n = ROMAN_Q[q[1]] ?? +q[1];
    return isoOf(+q[2], n * 3, daysInMonth(+q[2], n * 3));
  }
  const y = YEAR.exec(s);
  if (y) return isoOf(+y[1], 12, 31);
  if (after) {
    const d = DATE_NUM.exec(after) ?? DATE_WORDS.exec(after);
    if (d) return isoOf(+d[3], +d[2], +d[1]);
  }
  return null;
}

function isoOf(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12) || !isRealDate(y, m, d)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
