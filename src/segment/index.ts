/**
 * Segmentation: jieba's words and tags, aligned back to [start, end) in the
 * normalized text. jieba returns bare words, so alignment walks the text and
 * fails loudly if the words don't spell it back.
 */
import type { Token } from '../doc.js';
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

export function segment(text: string, userDictionaries: string[] = []): Token[] {
  const jieba = loadJieba(userDictionaries);
  const tokens: Token[] = [];
  for (const piece of pieces(text)) {
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
