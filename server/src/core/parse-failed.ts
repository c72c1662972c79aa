// When the parser itself fails (a bug in ketluan, never the user's text), the model is empty. The empty
// model would make every "missing …" rule fire on a complete draft; instead the failure is reported once
// and only the rules that read the raw text (not the structure) run.
import type { DocModel } from './model';
import { msg, type Lang, type Severity } from './rule';

export const PARSE_FAILED = 'parse-failed';
export const PARSE_FAILED_SEVERITY: Severity = 'information';

/** Rules that read only the characters of the text, so an empty model does not mislead them. */
export const TEXT_ONLY_RULES = new Set(['unicode-not-nfc', 'legacy-encoding', 'homoglyph', 'tone-mark-mixed']);

const MESSAGE = msg(
  'ketluan không đọc được cấu trúc văn bản này (lỗi của chương trình: {error}). ' +
    'Các kiểm tra về thành phần thể thức tạm dừng; xin báo lỗi kèm văn bản.',
  'ketluan could not read the structure of this document (a bug in the program: {error}). ' +
    'The checks of format parts are paused; please report it with the document.',
);

export function parseFailedMessage(model: DocModel, lang: Lang): string {
  return MESSAGE[lang].replace('{error}', model.parseError ?? '?');
}

/** The range of the finding: the first line of the document. */
export function parseFailedRange(model: DocModel): { start: number; end: number } {
  const first = model.src.lines[0];
  return first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
}
