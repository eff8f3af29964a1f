/**
 * Small helpers every recognizer shares: token lookups by position and the
 * character classes that bound entities.
 */
import type { Doc, Span, Token } from '../doc.js';

export const CJK = /[\u3400-\u9fff]/;
export const PUNCTUATION = /[\s,.;:!?，。；：！？、“”‘’"'（）()《》〈〉【】\[\]{}<>·…—\-~～|\/]/;

export class TokenIndex {
  private readonly startsAt = new Map<number, number>();
  private readonly endsAt = new Map<number, number>();
  private readonly covering: Int32Array;

  constructor(readonly tokens: Token[]) {
    const length = tokens.length > 0 ? tokens[tokens.length - 1].end : 0;
    this.covering = new Int32Array(length);
    tokens.forEach((token, index) => {
      this.startsAt.set(token.start, index);
      this.endsAt.set(token.end, index);
      this.covering.fill(index, token.start, token.end);
    });
  }

  /** The token that contains the character at `offset`. */
  tokenCovering(offset: number): Token | undefined {
    return offset >= 0 && offset < this.covering.length ? this.tokens[this.covering[offset]] : undefined;
  }

  isBoundary(offset: number): boolean {
    return this.startsAt.has(offset) || this.endsAt.has(offset);
  }

  tokenStartingAt(offset: number): Token | undefined {
    const index = this.startsAt.get(offset);
    return index === undefined ? undefined : this.tokens[index];
  }

  tokenEndingAt(offset: number): Token | undefined {
    const index = this.endsAt.get(offset);
    return index === undefined ? undefined : this.tokens[index];
  }

  indexStartingAt(offset: number): number | undefined {
    return this.startsAt.get(offset);
  }

  indexEndingAt(offset: number): number | undefined {
    return this.endsAt.get(offset);
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

/** A prefix tree for longest-match dictionary lookups over the text. */
export class Trie<V> {
  private readonly root = new Map<string, unknown>();
  private static readonly VALUE = '\u0000';

  set(word: string, value: V): void {
    let node = this.root;
    for (const character of word) {
      let next = node.get(character) as Map<string, unknown> | undefined;
      if (!next) {
        next = new Map();
        node.set(character, next);
      }
      node = next;
    }
    node.set(Trie.VALUE, value);
  }

  get(word: string): V | undefined {
    let node: Map<string, unknown> | undefined = this.root;
    for (const character of word) {
      node = node.get(character) as Map<string, unknown> | undefined;
      if (!node) return undefined;
    }
    return node.get(Trie.VALUE) as V | undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  /** Every dictionary word that starts at `start`, shortest first. */
  matchesAt(text: string, start: number, maxLength = 32): { end: number; value: V }[] {
    const out: { end: number; value: V }[] = [];
    let node: Map<string, unknown> | undefined = this.root;
    for (let i = start; i < text.length && i - start < maxLength; i++) {
      node = node.get(text[i]) as Map<string, unknown> | undefined;
      if (!node) break;
      const value = node.get(Trie.VALUE);
      if (value !== undefined) out.push({ end: i + 1, value: value as V });
    }
    return out;
  }
}

export function spansOfType(doc: Doc, type: Span['type']): Span[] {
  return doc.candidates.filter((span) => span.type === type);
}

/** Candidates indexed by where they end, for rules that look left. */
export function spansEndingAt(spans: Span[]): Map<number, Span[]> {
  const map = new Map<number, Span[]>();
  for (const span of spans) {
    const list = map.get(span.end) ?? [];
    list.push(span);
    map.set(span.end, list);
  }
  return map;
}
