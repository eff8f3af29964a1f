/**
 * Small helpers every recognizer shares: token lookups by position and the
 * character classes that bound entities.
 */
import type { Doc, Token } from '../doc.js';

export const CJK = /[\u3400-\u9fff]/;
/** A word of Han characters only (no letters, digits or punctuation). */
export const HAN_WORD = /^\p{Script=Han}+$/u;
export const PUNCTUATION = /[\s,.;:!?，。；：！？、“”‘’"'（）()《》〈〉【】\[\]{}<>·…—\-~～|\/]/;

class TokenIndex {
  /** Index of the token starting / ending at each offset (0..length), -1 for none. */
  private readonly startsAt: Int32Array;
  private readonly endsAt: Int32Array;
  private readonly covering: Int32Array;

  constructor(readonly tokens: Token[]) {
    const length = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
    this.covering = new Int32Array(length);
    this.startsAt = new Int32Array(length + 1).fill(-1);
    this.endsAt = new Int32Array(length + 1).fill(-1);
    tokens.forEach((token, index) => {
      this.startsAt[token.start] = index;
      this.endsAt[token.end] = index;
      this.covering.fill(index, token.start, token.end);
    });
  }

  /** The token that contains the character at `offset`. */
  tokenCovering(offset: number): Token | undefined {
    return offset >= 0 && offset < this.covering.length ? this.tokens[this.covering[offset]] : undefined;
  }

  isBoundary(offset: number): boolean {
    return offset >= 0 && offset < this.startsAt.length && (this.startsAt[offset] >= 0 || this.endsAt[offset] >= 0);
  }

  tokenStartingAt(offset: number): Token | undefined {
    const index = this.indexStartingAt(offset);
    return index === undefined ? undefined : this.tokens[index];
  }

  indexStartingAt(offset: number): number | undefined {
    const index = offset >= 0 && offset < this.startsAt.length ? this.startsAt[offset] : -1;
    return index >= 0 ? index : undefined;
  }
}

/**
 * A set of words in one string, sorted by UTF-16 units, with offsets:
 * membership by binary search. For word lists looked up now and then, where
 * a Set's table and one string object per word cost several times more.
 */
export class SortedWords {
  private readonly text: string;
  /** Word i is text[starts[i], starts[i + 1]). */
  private readonly starts: Int32Array;

  constructor(words: Iterable<string>) {
    const sorted = [...new Set(words)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.starts = new Int32Array(sorted.length + 1);
    sorted.forEach((word, index) => (this.starts[index + 1] = this.starts[index] + word.length));
    this.text = sorted.join('');
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /** Compare word `index` with `word` by UTF-16 units, as `<` on strings does. */
  private compare(index: number, word: string): number {
    const start = this.starts[index];
    const length = this.starts[index + 1] - start;
    const common = Math.min(length, word.length);
    for (let i = 0; i < common; i++) {
      const difference = this.text.charCodeAt(start + i) - word.charCodeAt(i);
      if (difference !== 0) return difference;
    }
    return length - word.length;
  }

  has(word: string): boolean {
    let low = 0;
    let high = this.starts.length - 2;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = this.compare(middle, word);
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

const tokenIndexes = new WeakMap<Doc, TokenIndex>();

export function tokenIndex(doc: Doc): TokenIndex {
  let index = tokenIndexes.get(doc);
  if (!index) {
    index = new TokenIndex(doc.tokens);
    tokenIndexes.set(doc, index);
  }
  return index;
}

/**
 * A prefix tree for longest-match dictionary lookups over the text, from
 * words to non-negative integers (indexes into the caller's tables). All edges
 * live in one open-addressing hash table of (parent node, code point) -> child
 * in an Int32Array: a Map per node cost about 70 MB for the place gazetteer,
 * and one Map keyed by node * 0x110000 + code point boxed every key past the
 * first level as a heap number, so each step hashed a double and chased
 * pointers through memory the tagger had just evicted. Here a step reads
 * one or two adjacent slots and builds nothing.
 */
export class Trie {
  /** Slots of [parent node + 1 (0: free), code point, child node]; the slot count is a power of two. */
  private edges = new Int32Array(3 * 1024);
  private edgeCount = 0;
  /** Value of each node, -1 for none (values are non-negative integers: indexes into the caller's tables). */
  private values = new Int32Array(1024).fill(-1);
  private nodeCount = 1;

  /** The slot holding edge (node, code), or the free slot where it would go. */
  private slotOf(node: number, code: number): number {
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    let hash = Math.imul(node, 0x9e3779b1) ^ code;
    hash = Math.imul(hash ^ (hash >>> 15), 0x85ebca6b);
    for (let slot = (hash ^ (hash >>> 13)) & mask; ; slot = (slot + 1) & mask) {
      const parent = edges[slot * 3];
      if (parent === 0 || (parent === node + 1 && edges[slot * 3 + 1] === code)) return slot;
    }
  }

  private step(node: number, code: number): number {
    const at = this.slotOf(node, code) * 3;
    return this.edges[at] === 0 ? -1 : this.edges[at + 2];
  }

  private addEdge(node: number, code: number, child: number): void {
    // Kept at most half full, so probes stay short.
    if ((this.edgeCount + 1) * 2 > this.edges.length / 3) {
      const old = this.edges;
      this.edges = new Int32Array(old.length * 2);
      for (let at = 0; at < old.length; at += 3) {
        if (old[at] !== 0) this.edges.set(old.subarray(at, at + 3), this.slotOf(old[at] - 1, old[at + 1]) * 3);
      }
    }
    const at = this.slotOf(node, code) * 3;
    this.edges[at] = node + 1;
    this.edges[at + 1] = code;
    this.edges[at + 2] = child;
    this.edgeCount++;
  }

  private newNode(): number {
    if (this.nodeCount === this.values.length) {
      const values = new Int32Array(this.values.length * 2).fill(-1);
      values.set(this.values);
      this.values = values;
    }
    return this.nodeCount++;
  }

  /** Drop the spare room of the node values once every word is in. */
  compact(): void {
    this.values = this.values.slice(0, this.nodeCount);
  }

  set(word: string, value: number): void {
    let node = 0;
    for (const character of word) {
      const code = character.codePointAt(0)!;
      let next = this.step(node, code);
      if (next < 0) {
        next = this.newNode();
        this.addEdge(node, code, next);
      }
      node = next;
    }
    this.values[node] = value;
  }

  /** The word's value, -1 for none. */
  get(word: string): number {
    let node = 0;
    for (const character of word) {
      node = this.step(node, character.codePointAt(0)!);
      if (node < 0) return -1;
    }
    return this.values[node];
  }

  has(word: string): boolean {
    return this.get(word) >= 0;
  }

  /** Whether some word starts with the UTF-16 unit at `text[offset]`. */
  hasFirstAt(text: string, offset: number): boolean {
    return this.step(0, text.charCodeAt(offset)) >= 0;
  }

  /** Every dictionary word that starts at `start`, shortest first (steps by UTF-16 unit, so astral characters never match). */
  matchesAt(text: string, start: number, maxLength = 32): { end: number; value: number }[] {
    const out: { end: number; value: number }[] = [];
    let node = 0;
    for (let i = start; i < text.length && i - start < maxLength; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (node < 0) break;
      const value = this.values[node];
      if (value >= 0) out.push({ end: i + 1, value });
    }
    return out;
  }
}
