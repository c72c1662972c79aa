// Light Markdown inside a line: **bold**, __bold__, *italic*, _italic_, backslash escapes; heading marks
// and "* " bullets at the start of a line. Anything else is text. Never throws; unmatched marks stay text.

export interface Run {
  text: string;
  b?: boolean;
  i?: boolean;
}

/** Removes heading marks ("## ") and turns a "* " / "+ " Markdown bullet into the dash used in documents. */
export function stripLineMarkup(raw: string): { text: string; heading: number } {
  let text = raw.normalize('NFC').replace(/\s+$/u, '');
  let heading = 0;
  const h = /^\s{0,3}(#{1,6})\s+/u.exec(text);
  if (h) {
    heading = h[1].length;
    text = text.slice(h[0].length).replace(/\s+#+\s*$/u, '');
  }
  const bullet = /^(\s*)\*\s+(?=\S)/u.exec(text);
  if (bullet && !/^\s*\*\S.*\*\s*$/u.test(text)) text = '- ' + text.slice(bullet[0].length);
  return { text, heading };
}

const MARK = /\\([\\*_`#\-[\]()!.])|(\*\*|__)(?=\S)([\s\S]*?\S)\2|(\*|_)(?=\S)([\s\S]*?\S)\4(?![\p{L}\p{N}])/gu;

/** Splits a line into runs with bold / italic from Markdown emphasis (one level of nesting). */
export function inlineRuns(text: string, base: { b?: boolean; i?: boolean } = {}): Run[] {
  const out: Run[] = [];
  const add = (t: string, b?: boolean, i?: boolean) => {
    if (!t) return;
    const last = out[out.length - 1];
    if (last && !!last.b === !!b && !!last.i === !!i) {
      last.text += t;
      return;
    }
    const r: Run = { text: t };
    if (b) r.b = true;
    if (i) r.i = true;
    out.push(r);
  };
  let at = 0;
  const re = new RegExp(MARK.source, MARK.flags); // own lastIndex: the function recurses
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "_" inside a word (snake_case, file names) is not emphasis.
    if (m[4] === '_' && m.index > 0 && /[\p{L}\p{N}]/u.test(text[m.index - 1])) continue;
    add(text.slice(at, m.index), base.b, base.i);
    if (m[1] !== undefined) add(m[1], base.b, base.i);
    else if (m[2]) for (const r of inlineRuns(m[3], { ...base, b: true })) add(r.text, r.b, r.i);
    else for (const r of inlineRuns(m[5], { ...base, i: true })) add(r.text, r.b, r.i);
    at = m.index + m[0].length;
  }
  add(text.slice(at), base.b, base.i);
  return out;
}
