// A thin layer over saxes: elements by namespace URI and local name (prefixes vary between producers),
// attributes by local name. Errors in the XML end the walk quietly; the caller gets what was read.

import { SaxesParser, type SaxesTagNS } from 'saxes';

export const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  wStrict: 'http://purl.oclc.org/ooxml/wordprocessingml/main',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

export interface El {
  uri: string;
  local: string;
  attr(local: string): string | undefined;
}

export interface Handlers {
  open(el: El): void;
  close(el: El): void;
  text?(t: string): void;
}

class Element implements El {
  constructor(public uri: string, public local: string, private tag: SaxesTagNS) {}
  attr(local: string): string | undefined {
    const a = this.tag.attributes;
    for (const k in a) {
      const at = a[k];
      if (at.local === local) return at.value;
    }
    return undefined;
  }
}

/** Walks an XML string. Returns false when the XML was malformed (the part was read up to the fault). */
export function walk(xml: string, h: Handlers): boolean {
  const p = new SaxesParser({ xmlns: true, position: false });
  let ok = true;
  const stack: Element[] = [];
  p.on('error', () => { ok = false; });
  p.on('opentag', (tag) => {
    const el = new Element(tag.uri, tag.local, tag);
    stack.push(el);
    h.open(el);
  });
  p.on('closetag', () => {
    const el = stack.pop();
    if (el) h.close(el);
  });
  if (h.text) {
    const t = h.text;
    p.on('text', t);
  }
  try {
    p.write(xml).close();
  } catch {
    ok = false;
  }
  return ok;
}

/** Relationships part: id -> { type, target }. */
export function readRels(xml: string | undefined): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (!xml) return out;
  walk(xml, {
    open(el) {
      if (el.local !== 'Relationship') return;
      const id = el.attr('Id'), target = el.attr('Target'), type = el.attr('Type');
      if (id && target) out.set(id, { type: type ?? '', target });
    },
    close() {},
  });
  return out;
}

/** Resolves a relationship target against the folder of the part that names it ("word/"). */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1).toLowerCase();
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const s of parts) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/').toLowerCase();
}
