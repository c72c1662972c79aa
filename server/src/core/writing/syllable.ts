// Vietnamese syllables by the spelling rules: onset + (medial) + nucleus + (coda) + tone.
//
// The tables are generated here from the rules of standard orthography (../shared/reference/writing.md
// §2.1–2.3: onsets, the tone-free rhymes, the stop-coda tone rule, k/gh/ngh, qu, gi, iê/yê), never
// copied from a word list. Everything is built once, when the module loads.

/** Tones: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
const MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
export const TONE_NAMES_VI = ['ngang', 'huyền', 'sắc', 'hỏi', 'ngã', 'nặng'];
const VOWELS = 'aăâeêioôơuưy';

/** Toned letter -> [base vowel, tone]; base vowel + tone -> letter. */
const DECOMPOSE = new Map<string, [string, Tone]>();
const COMPOSE = new Map<string, string>();
for (const v of VOWELS) {
  for (let t = 0; t < 6; t++) {
    const ch = (v + MARKS[t]).normalize('NFC');
    DECOMPOSE.set(ch, [v, t as Tone]);
    COMPOSE.set(v + t, ch);
  }
}

/** Lower-case letters of Vietnamese writing (with f j w z, which Telex leftovers and loans bring). */
const VI_LOWER = new Set([...'abcdđefghijklmnopqrstuvwxyz', ...DECOMPOSE.keys()]);
/** Whether every letter of a lower-case word is a Vietnamese one (not "cña", "æi" from a legacy encoding). */
export function vietnameseLetters(word: string): boolean {
  for (const ch of word) if (!VI_LOWER.has(ch)) return false;
  return true;
}

export function isVowel(ch: string): boolean {
  return DECOMPOSE.has(ch);
}
export function compose(base: string, tone: Tone): string {
  return COMPOSE.get(base + tone) ?? base;
}

// --- Rhymes (tone-free), from §2.1 -------------------------------------------------------------
const OPEN =
  'a ai ao au ay âu ây e eo ê êu i ia iu iêu y yêu o oi ô ôi ơ ơi u ua ui uôi ư ưa ưi ưu ươi ươu ' +
  'oa oai oao oay oe oeo uê uơ uy uya uyu uây';
/** Open rhymes that occur only after "qu" (quạu, quều, quới). */
const QU_ONLY = new Set(['oau', 'uêu', 'uơi']);
const CLOSED: [string, string][] = [
  ['a', 'm n ng nh c ch p t'],
  ['ă', 'm n ng c p t'],
  ['â', 'm n ng c p t'],
  ['e', 'm n ng c p t'],
  ['ê', 'm n nh ch p t'],
  ['i', 'm n nh ch p t'],
  ['o', 'm n ng c p t'],
  ['ô', 'm n ng c p t'],
  ['ơ', 'm n p t'],
  ['u', 'm n ng c p t'],
  ['ư', 'm n ng c t'],
  ['iê', 'm n ng c p t'],
  ['yê', 'm n ng c p t'],
  ['uô', 'm n ng c t'],
  ['ươ', 'm n ng c p t'],
  ['oo', 'ng c'],
  ['oa', 'm n ng nh c ch p t'],
  ['oă', 'm n ng c p t'],
  ['oe', 'm n t'],
  ['uâ', 'n ng t'],
  ['uê', 'n nh ch t'],
  ['uy', 'n nh ch p t'],
  ['uyê', 'n t'],
];
export const RHYMES = new Set<string>(OPEN.split(' '));
for (const q of QU_ONLY) RHYMES.add(q);
for (const [nucleus, codas] of CLOSED) for (const c of codas.split(' ')) RHYMES.add(nucleus + c);
const STOP_CODAS = ['ch', 'c', 'p', 't'];

// --- Onsets --------------------------------------------------------------------------------------
const ONSETS = [
  'ngh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ng',
  'nh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
];
/** Onsets after which "oo" is a real rhyme (boong, xoong, soóc); elsewhere "oo" is Telex for "ô". */
const OO_ONSETS = new Set(['b', 'c', 'ch', 'g', 'l', 'm', 'n', 'p', 'ph', 's', 't', 'v', 'x']);
const FRONT = new Set(['i', 'y', 'e', 'ê']);
const SWAP_ONSET: Record<string, string> = { c: 'k', g: 'gh', ng: 'ngh', k: 'c', gh: 'g', ngh: 'ng' };

export type Reason = 'ok' | 'noVowel' | 'letter' | 'tones' | 'onset' | 'spelling' | 'rhyme' | 'stopTone' | 'placement';

export interface Analysis {
  reason: Reason;
  /** Letters without the tone mark (lower case). */
  bare: string;
  tone: Tone;
  /** Index in the word of the letter carrying the tone mark (-1 without a mark). */
  toneAt: number;
  onset: string;
  rhyme: string;
  /** Where the mark belongs (index in the word); -1 when no mark or not a valid syllable. */
  expectedAt: number;
  /** For 'spelling': the onset that should be written; for 'letter': the letter. */
  detail: string;
}

/**
 * Analyses one lower-case NFC word. 'placement' means the letters and tone make a valid syllable but
 * the mark sits on the wrong vowel. Never throws.
 */
export function analyzeSyllable(word: string): Analysis {
  let bare = '',
    tone: Tone = 0,
    toneAt = -1,
    marks = 0,
    hasVowel = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    const d = DECOMPOSE.get(ch);
    if (d) {
      hasVowel = true;
      bare += d[0];
      if (d[1]) {
        marks++;
        tone = d[1];
        toneAt = i;
      }
    } else bare += ch;
  }
  const res: Analysis = { reason: 'ok', bare, tone, toneAt, onset: '', rhyme: '', expectedAt: -1, detail: '' };
  if (!hasVowel) {
    res.reason = 'noVowel';
    return res;
  }
  const odd = /[fjwz]/.exec(bare);
  if (odd) {
    res.reason = 'letter';
    res.detail = odd[0];
    return res;
  }
  if (marks > 1) {
    res.reason = 'tones';
    return res;
  }
  // Onset.
  let onset = '';
  for (const o of ONSETS)
    if (bare.startsWith(o)) {
      onset = o;
      break;
    }
  const rest = bare.slice(onset.length);
  if ((onset === '' && !isVowel(bare[0])) || (rest && !isVowel(rest[0]) && onset !== 'gi')) {
    res.reason = 'onset';
    res.detail = /^[^aăâeêioôơuưy]+/.exec(bare)![0];
    return res;
  }
  let rhyme = rest;
  // gi: "gì, gìn" share the i; "giếng" is gi + iê; otherwise gi is the onset.
  if (onset === 'gi') {
    if (rest === '' || !isVowel(rest[0])) rhyme = 'i' + rest;
    else if (rest[0] === 'ê') rhyme = 'i' + rest;
    else if (rest[0] === 'i') {
      res.reason = 'rhyme';
      return fin(res, onset, rest);
    }
  }
  let key = rhyme;
  if (onset === 'qu') {
    if (rest === '') {
      res.reason = 'rhyme';
      return fin(res, onset, rest);
    }
    const f = rest[0];
    if (f === 'i') key = rest === 'i' || rest === 'it' || rest === 'in' ? 'uy' + rest.slice(1) : '?';
    else if (f === 'a' || f === 'ă' || f === 'e') key = 'o' + rest;
    else if (f === 'â' || f === 'ê' || f === 'y' || f === 'ơ' || f === 'ô') key = 'u' + rest;
    else key = '?';
  } else if (QU_ONLY.has(key)) key = '?';
  res.onset = onset;
  res.rhyme = rhyme;
  if (!RHYMES.has(key)) {
    res.reason = 'rhyme';
    return res;
  }
  // iê after no onset is written yê; yê only without onset or after the medial u.
  if (key.startsWith('iê') && onset === '') {
    res.reason = 'rhyme';
    return res;
  }
  if (key.startsWith('yê') && onset !== '') {
    res.reason = 'rhyme';
    return res;
  }
  if (key.startsWith('oo') && !OO_ONSETS.has(onset)) {
    res.reason = 'rhyme';
    return res;
  }
  // k, gh, ngh only before i, y, e, ê; c, g, ng never before them.
  const first = key[0];
  if (onset in SWAP_ONSET) {
    const front = FRONT.has(first);
    const wantsFront = onset === 'k' || onset === 'gh' || onset === 'ngh';
    if (front !== wantsFront) {
      res.reason = 'spelling';
      res.detail = SWAP_ONSET[onset];
      return res;
    }
  }
  // Stop codas take only sắc or nặng.
  if (STOP_CODAS.some((c) => key.endsWith(c)) && tone !== 2 && tone !== 5) {
    res.reason = 'stopTone';
    return res;
  }
  if (tone) {
    res.expectedAt = onset.length + tonePosition(onset, rest);
    if (toneAt !== res.expectedAt && !(isOldNewPair(rest) && toneAt === res.expectedAt - 1)) res.reason = 'placement';
  }
  return res;
}

function fin(res: Analysis, onset: string, rhyme: string): Analysis {
  res.onset = onset;
  res.rhyme = rhyme;
  return res;
}

const HAT = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);
/** Open "oa", "oe", "uy": the new style marks the second vowel, the old style the first; both accepted. */
function isOldNewPair(rest: string): boolean {
  return rest === 'oa' || rest === 'oe' || rest === 'uy';
}

/**
 * Index, inside the letters after the onset, of the vowel that carries the tone mark (new style, QĐ
 * 1989/QĐ-BGDĐT): a vowel with a hat or horn (ơ in ươ); else with a consonant coda the last vowel; else
 * a single vowel, the middle of three, the second of oa/oe/uy, the first of other pairs.
 */
export function tonePosition(onset: string, rest: string): number {
  const vs = 0;
  if (onset === 'gi' && (rest === '' || !isVowel(rest[0]))) return -1; // "gì": the mark is on the i of gi
  let ve = vs;
  while (ve < rest.length && isVowel(rest[ve])) ve++;
  const n = ve - vs;
  let hat = -1;
  for (let i = vs; i < ve; i++) if (HAT.has(rest[i])) hat = i;
  if (hat >= 0) return rest[hat] === 'ư' && rest[hat + 1] === 'ơ' ? hat + 1 : hat;
  if (ve < rest.length) return ve - 1; // consonant coda
  if (n === 1) return vs;
  if (n >= 3) return vs + 1;
  return isOldNewPair(rest.slice(vs, ve)) ? vs + 1 : vs;
}

/** The word with its tone mark moved to where it belongs (new style), or null. */
export function placeTone(word: string, a: Analysis = analyzeSyllable(word)): string | null {
  if (a.tone === 0) return null;
  let at = a.onset.length + tonePosition(a.onset, a.bare.slice(a.onset.length));
  if (a.onset === 'gi' && at < a.onset.length) at = 1;
  const chars = [...a.bare];
  if (!isVowel(chars[at] ?? '')) return null;
  chars[at] = compose(chars[at], a.tone);
  return chars.join('');
}

/** Same letters with another tone (placed by the rule). */
export function withTone(bare: string, tone: Tone): string {
  const a = analyzeSyllable(bare);
  if (tone === 0) return bare;
  return placeTone(bare, { ...a, tone, toneAt: 0 }) ?? bare;
}

export function isValidSyllable(word: string): boolean {
  return analyzeSyllable(word).reason === 'ok';
}

// --- Telex leftovers ---------------------------------------------------------------------------
const TELEX_TONES: Record<string, Tone> = { f: 1, s: 2, r: 3, x: 4, j: 5 };
/** Whether the word shows Telex keys (aa, ee, oo, dd, w, or a tone key after the vowel). */
export function looksTelex(bare: string): boolean {
  return /aa|ee|oo|dd|w|[aeiouy][a-z]*[sfrxj]/.test(bare);
}
/** Decodes Telex keystrokes ("vieejt" -> "việt", "dduwowcj" -> "được"); null when the result is no syllable. */
export function decodeTelex(bare: string): string | null {
  let s = bare
    .replace(/dd/g, 'đ')
    .replace(/uow/g, 'ươ')
    .replace(/aa/g, 'â')
    .replace(/ee/g, 'ê')
    .replace(/oo/g, 'ô')
    .replace(/aw/g, 'ă')
    .replace(/ow/g, 'ơ')
    .replace(/uw/g, 'ư')
    .replace(/w/g, 'ư');
  let tone: Tone = 0;
  const m = /^([^aăâeêioôơuưy]*[aăâeêioôơuưy][^sfrxj]*)([sfrxj])(.*)$/.exec(s);
  if (m && !/[aăâeêioôơuưy]/.test(m[3]) && (m[3] === '' || !/[sfrxj]/.test(m[3]))) {
    tone = TELEX_TONES[m[2]];
    s = m[1] + m[3];
  }
  if (/[fjwz]/.test(s) || s === bare) return null;
  const out = tone ? withTone(s, tone) : s;
  return isValidSyllable(out) ? out : null;
}

// --- Suggestions for a missing or doubled letter --------------------------------------------------
const INSERT = ['n', 'g', 'h', 'c', 't', 'i', 'u', 'o'];
/** Valid syllables one edit away (a letter added or a doubled letter removed). */
export function nearSyllables(word: string): string[] {
  const out = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    for (const c of INSERT) {
      const w = word.slice(0, i) + c + word.slice(i);
      if (isValidSyllable(w)) out.add(w);
    }
    if (i < word.length && word[i] === word[i - 1]) {
      const w = word.slice(0, i) + word.slice(i + 1);
      if (isValidSyllable(w)) out.add(w);
    }
  }
  return [...out];
}
