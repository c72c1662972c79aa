// Helpers shared by rules: where to point document-level findings, and small edit builders.
import type { DocModel, Range } from '../model';
import { fill, type Edit, type Fix, type Msg } from '../rule';

/** The first non-empty line: where a "missing in the header" finding points. */
export function firstLineRange(model: DocModel): Range {
  for (const l of model.src.lines) if (!l.blank) return { start: l.view.start, end: l.view.end };
  return { start: 0, end: 0 };
}

/** The last non-empty line of the document. */
export function lastLineRange(model: DocModel): Range {
  const lines = model.src.lines;
  for (let i = lines.length - 1; i >= 0; i--)
    if (!lines[i].blank) return { start: lines[i].view.start, end: lines[i].view.end };
  return { start: 0, end: 0 };
}

export function lineRange(model: DocModel, line: number): Range {
  const l = model.src.lines[line];
  return l ? { start: l.view.start, end: l.view.end } : { start: 0, end: 0 };
}

export function replace(range: Range, newText: string): Edit {
  return { start: range.start, end: range.end, newText };
}

export function insert(at: number, newText: string): Edit {
  return { start: at, end: at, newText };
}

export function fix(title: Msg, ...edits: Edit[]): Fix {
  return { title, edits };
}

/** Where to insert new lines before line `line` (at its start). */
export function lineStart(model: DocModel, line: number): number {
  return model.src.lines[Math.min(line, model.src.lines.length - 1)]?.start ?? model.src.text.length;
}

/** A message (usually a fix title) with its {placeholders} filled in both languages. */
export function fillMsg(m: Msg, data: Record<string, string | number>): Msg {
  return { vi: fill(m.vi, data), en: fill(m.en, data) };
}

/** End of the word written from `start`: its NFC is `word` (the text may hold it decomposed, NFD). */
export function wordEnd(text: string, start: number, word: string): number {
  let end = start + word.length;
  while (text.slice(start, end).normalize('NFC').length < word.length && end < text.length) end++;
  while (/\p{M}/u.test(text.charAt(end))) end++;
  return end;
}
