// The "Kính gửi:" / "Kính trình:" block under the header: the label, then the addressees, either on the
// label's line ("Kính gửi: Ban Thường vụ Tỉnh ủy.") or one per line starting with "- ". The block is
// read as what it is, so the body (and its opening paragraph) starts after it.

import type { Source, Seg } from '../text';
import type { RecipientItem } from '../model';
import { comp, recipientItem } from './header';

const LABEL = /^Kính\s+(?:gửi|trình)\s*[:.]?\s*/u;
const DASH = /^([-–—•+])\s*/u;
const RULE = /^[-–—_]{3,}/u;
const MAX_ITEMS = 30;

export interface KinhGuiBlock {
  items: RecipientItem[];
  lastLine: number;
}

function item(seg: Seg, line: number, vs: number): RecipientItem {
  const c = comp(seg, line, vs, seg.matchText.length);
  const t = seg.matchText.slice(vs);
  const dm = DASH.exec(t);
  return recipientItem(c, dm ? dm[1] : null, t.slice(-1), false);
}

/** The block whose label stands on line `labelLine` (in the cell `seg`), or null if there is none. */
export function parseKinhGui(src: Source, labelLine: number): KinhGuiBlock | null {
  const l = src.lines[labelLine];
  // The header found the label on this line, in one of its pieces: the guards keep a wrong call from throwing.
  // Stryker disable next-line OptionalChaining,UnaryOperator: see above
  const k = l?.segs.findIndex((s) => LABEL.test(s.matchText)) ?? -1;
  // Stryker disable next-line ConditionalExpression: see above
  if (k < 0) return null;
  const seg = l.segs[k];
  const right = k > 0; // the block sits in the right-hand cell of a row (công văn: trích yếu left, Kính gửi right)
  const lm = LABEL.exec(seg.matchText)!;
  const items: RecipientItem[] = [];
  let lastLine = labelLine;
  if (lm[0].length < seg.matchText.length) items.push(item(seg, labelLine, lm[0].length));
  for (let i = labelLine + 1; i < src.lines.length && items.length < MAX_ITEMS; i++) {
    const line = src.lines[i];
    if (line.blank) {
      if (items.length) break;
      continue;
    }
    const s = right ? line.segs[line.segs.length - 1] : line.segs[0];
    if (!s || (right && s.col < 25)) break;
    const t = s.matchText;
    if (RULE.test(t)) break; // a rule line ("-----") under the block is no addressee
    const prev = items[items.length - 1];
    if (DASH.test(t)) {
      items.push(item(s, i, 0));
      lastLine = i;
      continue;
    }
    // A wrapped addressee goes on below an item that has not ended; anything else starts the body.
    if (prev && prev.dash && !/[;.,:]/.test(prev.endMark) && t.length < 120) {
      const c = comp(s, i);
      prev.continuation.push(c);
      prev.endMark = t.slice(-1);
      prev.endAt = c.end;
      lastLine = i;
      continue;
    }
    break;
  }
  return { items, lastLine };
}
