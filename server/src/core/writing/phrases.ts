// Phrases of two or three keys looked up by their words: the writing rules read every word of a draft, and building
// "a b" to look a pair up made a string per word.

export class PhraseIndex<T = true> {
  private readonly next = new Map<string, PhraseIndex<T>>();
  private value: T | undefined = undefined;
  /** Phrases as space-separated keys, each with its value ([phrase, value] pairs, or plain phrases for a set). */
  constructor(phrases: Iterable<string | readonly [string, T]> = []) {
    for (const p of phrases) {
      if (typeof p === 'string') this.add(p.split(' '), true as T);
      else this.add(p[0].split(' '), p[1]);
    }
  }
  private add(words: string[], value: T): void {
    if (!words.length) {
      this.value = value;
      return;
    }
    let child = this.next.get(words[0]);
    if (!child) this.next.set(words[0], (child = new PhraseIndex<T>()));
    child.add(words.slice(1), value);
  }
  /** The value of "a b" (or "a b c"), or undefined when it is no phrase of the index. */
  get(a: string, b: string, c?: string): T | undefined {
    const ab = this.next.get(a)?.next.get(b);
    if (!ab) return undefined;
    return c === undefined ? ab.value : ab.next.get(c)?.value;
  }
  /** Whether "a b" (or "a b c") is one of the phrases. */
  has(a: string, b: string, c?: string): boolean {
    return this.get(a, b, c) !== undefined;
  }
}
