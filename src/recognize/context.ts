/**
 * Small helpers every recognizer shares: token lookups by position and the
 * character classes that bound entities.
 */
import type { Doc, Token } from '../doc.js';

export const CJK = /[\u3400-\u9fff]/;
export const PUNCTUATION = /[\s,.;:!?，。；：！？、“”‘’"'（）()《》〈〉【】\[\]{}<>·…—\-~～|\/]/;

export class TokenIndex {
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

  tokenEndingAt(offset: number): Token | undefined {
    const index = this.indexEndingAt(offset);
    return index === undefined ? undefined : this.tokens[index];
  }

  indexStartingAt(offset: number): number | undefined {
    const index = offset >= 0 && offset < this.startsAt.length ? this.startsAt[offset] : -1;
    return index >= 0 ? index : undefined;
  }

  indexEndingAt(offset: number): number | undefined {
    const index = offset >= 0 && offset < this.endsAt.length ? this.endsAt[offset] : -1;
    return index >= 0 ? index : undefined;
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
 * A prefix tree for longest-match dictionary lookups over the text. All edges
 * live in one Map keyed by (node, code point) as a number: a Map per node cost
 * about 70 MB for the place gazetteer; one Map of numbers costs a few MB, and
 * lookups still build no strings.
 */
export class Trie<V> {
  private readonly edges = new Map<number, number>();
  private readonly values: (V | undefined)[] = [undefined];
  private static readonly CODE_SPACE = 0x110000;

  private step(node: number, code: number): number {
    return this.edges.get(node * Trie.CODE_SPACE + code) ?? -1;
  }

  set(word: string, value: V): void {
    let node = 0;
    for (const character of word) {
      const key = node * Trie.CODE_SPACE + character.codePointAt(0)!;
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.values.length;
        this.values.push(undefined);
        this.edges.set(key, next);
      }
      node = next;
    }
    this.values[node] = value;
  }

  get(word: string): V | undefined {
    let node = 0;
    for (const character of word) {
      node = this.step(node, character.codePointAt(0)!);
      if (node < 0) return undefined;
    }
    return this.values[node];
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** Whether some word starts with the UTF-16 unit at `text[offset]`. */
  hasFirstAt(text: string, offset: number): boolean {
    return this.step(0, text.charCodeAt(offset)) >= 0;
  }

  /** Every dictionary word that starts at `start`, shortest first (steps by UTF-16 unit, so astral characters never match). */
  matchesAt(text: string, start: number, maxLength = 32): { end: number; value: V }[] {
    const out: { end: number; value: V }[] = [];
    let node = 0;
    for (let i = start; i < text.length && i - start < maxLength; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (node < 0) break;
      const value = this.values[node];
      if (value !== undefined) out.push({ end: i + 1, value });
    }
    return out;
  }
}
