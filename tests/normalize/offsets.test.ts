import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';

/** A deterministic generator so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const PIECES = ['貴港', '市委', '書記', '何錄春', '到', '桂平市', '调研', '，', ',', '。', '\r\n', ' ', '𠀋', 'ABC', '１２３', '发展', '產業'];
const NOTES = ['(zhèn)', '(diào)', '（chǎn）', '(yè)', '(xué)'];

function stripNotes(text: string): string {
  return text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u036f]+[)）]/g, '');
}

describe('normalization offsets', () => {
  it('round-trips every span of random text with pinyin notes, BOM, CRLF and astral characters', () => {
    const next = random(42);
    for (let round = 0; round < 200; round++) {
      let input = next() < 0.3 ? '\ufeff' : '';
      const count = 3 + Math.floor(next() * 20);
      for (let i = 0; i < count; i++) {
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        input += piece;
        // Notes follow a Chinese character, as they do in scraped pages.
        if (/[\u4e00-\u9fff]$/.test(piece) && next() < 0.3) input += NOTES[Math.floor(next() * NOTES.length)];
      }
      const { text, offsets } = normalize(input);
      const codePoints = Array.from(input);
      for (let probe = 0; probe < 20; probe++) {
        const start = Math.floor(next() * text.length);
        const end = start + Math.floor(next() * (text.length - start + 1));
        if (end <= start) continue;
        // Never cut a surrogate pair in the probe itself.
        if (/[\uDC00-\uDFFF]/.test(text[start] ?? '') || /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) continue;
        const range = offsets.inputCodePoints(start, end);
        const written = offsets.inputText(start, end);
        expect(stripNotes(codePoints.slice(range.start, range.end).join(''))).toBe(written);
        expect(Array.from(written).length).toBe(Array.from(text.slice(start, end)).length);
      }
    }
  });

  it('maps a span after a BOM and a note to input code points', () => {
    const input = '\ufeff木樂鎮(zhèn)調(diào)研';
    const { text, offsets } = normalize(input);
    expect(text).toBe('木乐镇调研');
    expect(offsets.inputCodePoints(0, 3)).toEqual({ start: 1, end: 4 });
    expect(offsets.inputCodePoints(3, 5)).toEqual({ start: 10, end: 18 });
    expect(offsets.inputText(3, 5)).toBe('調研');
  });
});
