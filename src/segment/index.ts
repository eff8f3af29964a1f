/**
 * Segmentation: jieba's words and tags, aligned back to [start, end) in the
 * normalized text. jieba returns bare words, so alignment walks the text and
 * fails loudly if the words don't spell it back.
 */
import type { Token } from '../doc.js';
import { fileEntries } from '../dictionaries/files.js';
import { loadJieba } from './jieba.js';

/** jieba's cost grows with line length; long lines are tagged in pieces cut at sentence ends. */
const MAX_PIECE = 2000;

function pieces(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + MAX_PIECE);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'));
      if (cut > 0) end = start + cut + 1;
    }
    out.push({ start, text: text.slice(start, end) });
    start = end;
  }
  return out;
}

/** jieba's tags, shared by every token that has them (a few dozen strings), rather than one new string per token. */
const tagStrings = new Map<string, string>();

/**
 * Tokens of one piece from tagPacked()'s `<length>:<tag> ` items: the words
 * are sliced out of the text, so they spell it back by construction; the
 * lengths must add up to the piece. (A tag from a user dictionary can be
 * any run of non-spaces, digits and colons included.)
 */
function unpackTokens(packed: string, text: string, start: number, end: number, tokens: Token[]): void {
  let cursor = start;
  let at = 0;
  while (at < packed.length) {
    const colon = packed.indexOf(':', at);
    const length = Number(packed.slice(at, colon));
    const tagEnd = packed.indexOf(' ', colon);
    const tagText = packed.slice(colon + 1, tagEnd);
    let tag = tagStrings.get(tagText);
    if (tag === undefined) tagStrings.set(tagText, (tag = tagText));
    at = tagEnd + 1;
    if (!(length > 0) || cursor + length > end) throw new Error(`segmentation does not spell the text back at ${cursor}`);
    tokens.push({ start: cursor, end: cursor + length, word: text.slice(cursor, cursor + length), tag });
    cursor += length;
  }
  if (cursor !== end) throw new Error(`segmentation stopped at ${cursor} of ${end}`);
}

/** Word -> tag of the user dictionaries last asked for (a run uses one list). */
let userWords: { key: string; words: Map<string, string> } | undefined;

function userWordsOf(userDictionaries: string[]): Map<string, string> {
  const key = userDictionaries.join('\u0000');
  if (userWords?.key !== key) {
    const words = new Map<string, string>();
    for (const path of userDictionaries) for (const { word, tag } of fileEntries(path)) if (tag) words.set(word, tag);
    userWords = { key, words };
  }
  return userWords.words;
}

export function segment(text: string, userDictionaries: string[] = []): Token[] {
  const tokens = segmentWithJieba(text, userDictionaries);
  if (userDictionaries.length > 0) {
    // jieba tags a user word with the user's tag: those tokens are the user's say.
    const words = userWordsOf(userDictionaries);
    for (const token of tokens) if (words.get(token.word) === token.tag) token.user = true;
  }
  return tokens;
}

function segmentWithJieba(text: string, userDictionaries: string[]): Token[] {
  const jieba = loadJieba(userDictionaries);
  const tokens: Token[] = [];
  for (const piece of pieces(text)) {
    if (jieba.tagPacked) {
      unpackTokens(jieba.tagPacked(piece.text), text, piece.start, piece.start + piece.text.length, tokens);
      continue;
    }
    let cursor = piece.start;
    for (const { word, tag } of jieba.tag(piece.text)) {
      if (text.startsWith(word, cursor)) {
        tokens.push({ start: cursor, end: cursor + word.length, word, tag });
        cursor += word.length;
      } else {
        throw new Error(`segmentation does not spell the text back at ${cursor}: ${JSON.stringify(word)}`);
      }
    }
    if (cursor !== piece.start + piece.text.length) {
      throw new Error(`segmentation stopped at ${cursor} of ${piece.start + piece.text.length}`);
    }
  }
  return tokens;
}
