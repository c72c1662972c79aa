// Reading the XML parts: elements by namespace URI and local name (prefixes vary between producers),
// attributes by local name. Errors in the XML end the walk quietly; the caller gets what was read.

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
  /** When given, text is decoded and passed only while this says yes (most text between tags is layout). */
  wantText?(): boolean;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;

function decode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (m, e: string) => {
    if (e[0] !== '#') return PREDEFINED[e] ?? m;
    const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

class Element implements El {
  constructor(
    public uri: string,
    public local: string,
    public attrs: string[],
  ) {}
  /** Attribute value by local name (prefixes of attributes are not needed in WordprocessingML). */
  attr(local: string): string | undefined {
    const a = this.attrs;
    for (let k = 0; k < a.length; k += 2) {
      const q = a[k];
      const c = q.indexOf(':');
      if ((c < 0 ? q : q.slice(c + 1)) === local) return a[k + 1];
    }
    return undefined;
  }
}

/**
 * The text of an XML part. Under Node a part is kept as a "byte string" (one character per byte, made
 * without decoding) and only the pieces a reader asks for — text and attribute values — are decoded from
 * UTF-8; the markup itself is ASCII. Elsewhere the part is decoded whole.
 */
export type XmlText = string | { bytes: string };

const B = (globalThis as { Buffer?: { from(s: string, e: string): { toString(e: string): string } } }).Buffer;
const HIGH = /[\x80-\xff]/;
function utf8Of(s: string): string {
  return B && HIGH.test(s) ? B.from(s, 'latin1').toString('utf8') : s;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/**
 * Walks an XML part: a small non-validating scanner for the XML of office files (elements, attributes,
 * namespaces, the five predefined entities and character references, comments, CDATA). A document type
 * declaration is refused (no entity expansion, nothing fetched). Returns false when the XML is malformed; the
 * handlers have then seen everything up to the fault. Written for speed: a general streaming parser read
 * WordprocessingML at 1–2 MB/s on the project's machine, too slow for a 100 KB .docx in 50 ms.
 */
export function walk(src: XmlText, h: Handlers): boolean {
  const xml = typeof src === 'string' ? src : src.bytes;
  const dec = typeof src === 'string' ? (x: string) => decode(x) : (x: string) => decode(utf8Of(x));
  const stack: Element[] = [];
  const scratchAttrs: string[] = [];
  const scratch = new Element('', '', scratchAttrs);
  // Namespace scopes: prefix -> URI, one map per element that declares some (with the depth it opens at).
  const scopes: { depth: number; map: Map<string, string> }[] = [
    { depth: -1, map: new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]) },
  ];
  let cache = new Map<string, string>();
  const lookup = (prefix: string): string => {
    let u = cache.get(prefix);
    if (u !== undefined) return u;
    u = '';
    for (let k = scopes.length - 1; k >= 0; k--) {
      const v = scopes[k].map.get(prefix);
      if (v !== undefined) {
        u = v;
        break;
      }
    }
    cache.set(prefix, u);
    return u;
  };
  const popScopes = () => {
    let popped = false;
    while (scopes.length > 1 && scopes[scopes.length - 1].depth >= stack.length) {
      scopes.pop();
      popped = true;
    }
    if (popped) cache = new Map();
  };
  const n = xml.length;
  let i = 0;
  try {
    while (i < n) {
      const lt = xml.indexOf('<', i);
      if (lt < 0) break;
      if (lt > i && h.text && stack.length && (!h.wantText || h.wantText())) h.text(dec(xml.slice(i, lt)));
      const c = xml.charCodeAt(lt + 1);
      if (c === 63) {
        // <? … ?>
        const e = xml.indexOf('?>', lt + 2);
        if (e < 0) return false;
        i = e + 2;
        continue;
      }
      if (c === 33) {
        // <! comment, CDATA, or a document type (refused)
        if (xml.startsWith('<!--', lt)) {
          const e = xml.indexOf('-->', lt + 4);
          if (e < 0) return false;
          i = e + 3;
        } else if (xml.startsWith('<![CDATA[', lt)) {
          const e = xml.indexOf(']]>', lt + 9);
          if (e < 0) return false;
          if (h.text && stack.length && (!h.wantText || h.wantText())) {
            const raw = xml.slice(lt + 9, e);
            h.text(typeof src === 'string' ? raw : utf8Of(raw));
          }
          i = e + 3;
        } else return false;
        continue;
      }
      if (c === 47) {
        // </name>
        const e = xml.indexOf('>', lt + 2);
        if (e < 0) return false;
        const el = stack.pop();
        if (!el) return false;
        popScopes();
        h.close(el);
        i = e + 1;
        continue;
      }
      // <name attr="value" …> or …/>
      let p = lt + 1;
      while (p < n) {
        const d = xml.charCodeAt(p);
        if (isSpace(d) || d === 47 || d === 62) break;
        p++;
      }
      if (p === lt + 1 || p >= n) return false;
      const qname = xml.slice(lt + 1, p);
      const attrs = scratchAttrs;
      attrs.length = 0;
      let declared: Map<string, string> | null = null;
      let selfClosing = false;
      for (;;) {
        while (p < n && isSpace(xml.charCodeAt(p))) p++;
        const d = xml.charCodeAt(p);
        if (d === 62) {
          p++;
          break;
        }
        if (d === 47 && xml.charCodeAt(p + 1) === 62) {
          selfClosing = true;
          p += 2;
          break;
        }
        const eq = xml.indexOf('=', p);
        if (eq < 0) return false;
        const name = xml.slice(p, eq).trim();
        let q = eq + 1;
        while (q < n && isSpace(xml.charCodeAt(q))) q++;
        const quote = xml[q];
        if (quote !== '"' && quote !== "'") return false;
        const end = xml.indexOf(quote, q + 1);
        if (end < 0 || !name || /[\s<>]/.test(name)) return false;
        const raw = xml.slice(q + 1, end);
        const value = raw.indexOf('&') < 0 && (typeof src === 'string' || !HIGH.test(raw)) ? raw : dec(raw);
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          (declared ??= new Map()).set(name === 'xmlns' ? '' : name.slice(6), value);
        } else attrs.push(name, value);
        p = end + 1;
      }
      if (declared) {
        scopes.push({ depth: stack.length, map: declared });
        cache = new Map();
      }
      const colon = qname.indexOf(':');
      const uri = lookup(colon < 0 ? '' : qname.slice(0, colon));
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      // Most elements are empty property elements (<w:b/>, <w:sz w:val="28"/>): opened and closed at once, held by
      // no one, so one scratch element serves them all; an element with content gets its own.
      let el: Element;
      if (selfClosing) {
        el = scratch;
        el.uri = uri;
        el.local = local;
        el.attrs = attrs;
      } else el = new Element(uri, local, attrs.slice());
      stack.push(el);
      h.open(el);
      if (selfClosing) {
        stack.pop();
        popScopes();
        h.close(el);
      }
      i = p;
    }
  } catch {
    return false;
  }
  return stack.length === 0;
}

/** Relationships part: id -> { type, target }. */
export function readRels(xml: XmlText | undefined): Map<string, { type: string; target: string }> {
  const out = new Map<string, { type: string; target: string }>();
  if (!xml) return out;
  walk(xml, {
    open(el) {
      if (el.local !== 'Relationship') return;
      const id = el.attr('Id'),
        target = el.attr('Target'),
        type = el.attr('Type');
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
