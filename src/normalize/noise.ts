/**
 * Noise that is not article text: byte-order marks, copyright footers and
 * garbled runs left by a wrong decoding upstream.
 */
import type { Edit } from '../offsets.js';
import type { Warning } from '../doc.js';

/**
 * Lines that start the boilerplate after an article, Simplified and
 * Traditional: headings, and the disclaimer that often stands without one
 * (本文仅代表作者观点，不代表本站立场).
 */
const FOOTER_START =
  /^[\s【\[（(]*(?:版权声明|版權聲明|免责声明|免責聲明|声明[:：]|聲明[:：]|责任编辑|責任編輯|(?:本文)?来源[:：]|(?:本文)?來源[:：]|原标题[:：]|原標題[:：]|本文仅代表|本文僅代表|copyright|©)/im;

/**
 * A footer is at most this long (UTF-16 units, from its first line to the
 * end): disclaimers run to a few hundred characters. Anything longer after a
 * 来源： or 原标题： line is more articles, as in a file of several
 * concatenated pages, and is read.
 */
const FOOTER_LIMIT = 1000;

/**
 * The boilerplate block that ends the text: the last footer line in the
 * second half of the text, with the footer lines right above it (责任编辑
 * over 版权声明), to the end, if that is at most FOOTER_LIMIT long. The last
 * rather than the first, so that in concatenated pages one article's footer
 * does not take the articles after it.
 */
export function findFooter(text: string): Edit[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  const earliest = Math.max(text.length / 2, text.length - FOOTER_LIMIT);
  let first = -1;
  for (let index = lines.length - 1; index >= 0 && starts[index] > earliest; index--) {
    if (FOOTER_START.test(lines[index])) {
      first = index;
      break;
    }
  }
  if (first < 0) return [];
  for (let above = first - 1; above >= 0 && starts[above] > text.length / 2; above--) {
    if (FOOTER_START.test(lines[above])) first = above;
    else if (lines[above].trim() !== '') break;
  }
  return [{ start: starts[first], end: text.length, replacement: '' }];
}

export function findByteOrderMarks(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = text.indexOf('\ufeff'); i >= 0; i = text.indexOf('\ufeff', i + 1)) {
    edits.push({ start: i, end: i + 1, replacement: '' });
  }
  return edits;
}

const CJK = /[\u3400-\u9fff]/;
const STRONG_NOISE = /[\ufffd\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\ue000-\uf8ff\u00c0-\u00ff]/;
const ASCII_LETTER = /[A-Za-z]/;

/**
 * Score how suspicious one character is in its context: characters outside any
 * common-use set, Greek or Cyrillic letters, replacement marks and stray ASCII
 * between Chinese characters are what a wrong decoding leaves behind.
 */
function suspicion(text: string, i: number, commonTable: Uint8Array): number {
  const code = text.charCodeAt(i);
  // Fast paths for the bulk of any article: common Chinese characters, ASCII digits, spaces and punctuation.
  if (code >= 0x3400 && code <= 0x9fff) return commonTable[code] === 1 ? 0 : 1;
  if (code < 0x80 && !(code === 0x3f || code === 0x29 || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a))) return 0;
  if (code >= 0x3000 && code <= 0x303f) return 0;
  if (code >= 0xff00 && code <= 0xffef) return 0;
  const c = text[i];
  if (STRONG_NOISE.test(c)) return 2;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (c === '?' && (CJK.test(before) || CJK.test(after) || ASCII_LETTER.test(after))) return 2;
  if (ASCII_LETTER.test(c) || /[àáâãäåèéêëìíîïòóôõöùúûüǎǐǒǔ]/.test(c)) {
    // A short run of Latin letters glued between Chinese characters.
    let start = i;
    while (start > 0 && /[A-Za-zàáâãäåèéêëìíîïòóôõöùúûüǎǐǒǔ]/.test(text[start - 1])) start--;
    let end = i + 1;
    while (end < text.length && /[A-Za-zàáâãäåèéêëìíîïòóôõöùúûüǎǐǒǔ]/.test(text[end])) end++;
    // Two or more plain ASCII letters are a word, an acronym or a handle
    // (DotA, CCM, Moon和Lyn): 25 CLUENER lines were blanked for them, none garbled.
    if (end - start >= 2 && isAsciiLetters(text, start, end)) return 0;
    const glued = (CJK.test(text[start - 1] ?? '') || /[?)]/.test(text[start - 1] ?? '')) && (CJK.test(text[end] ?? '') || text[end] === ')');
    return glued && end - start <= 4 ? 1 : 0;
  }
  if (c === ')' && !/[(（]/.test(text.slice(Math.max(0, i - 8), i))) return 1;
  return 0;
}

function isAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

const WINDOW = 4;

/**
 * Find garbled runs: clusters of suspicious characters no more than WINDOW
 * apart whose total suspicion is high enough that ordinary text (a rare name
 * character, an English word) does not qualify.
 */
export function findGarbledRuns(
  text: string,
  /** By UTF-16 unit, 1 for a common character: a lookup by code, as the scan visits every unit of the article. */
  commonTable: Uint8Array,
): { edits: Edit[]; warnings: Warning[] } {
  const edits: Edit[] = [];
  const warnings: Warning[] = [];
  let clusterStart = -1;
  let clusterEnd = -1;
  let clusterScore = 0;
  let clusterStrong = 0;
  const flush = () => {
    if (clusterStart >= 0 && clusterScore >= 5 && (clusterStrong > 0 || clusterScore >= 6)) {
      const run = text.slice(clusterStart, clusterEnd);
      edits.push({ start: clusterStart, end: clusterEnd, replacement: ' '.repeat(clusterEnd - clusterStart) });
      warnings.push({
        code: 'garbled-text',
        message: `garbled run of ${clusterEnd - clusterStart} characters ignored: ${run}`,
        start: clusterStart,
        end: clusterEnd,
      });
    }
    clusterStart = -1;
    clusterScore = 0;
    clusterStrong = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const score = suspicion(text, i, commonTable);
    if (score === 0) {
      if (clusterStart >= 0 && i - clusterEnd >= WINDOW) flush();
      continue;
    }
    if (clusterStart < 0) clusterStart = i;
    clusterEnd = i + 1;
    clusterScore += score;
    if (score === 2) clusterStrong++;
  }
  flush();
  return { edits, warnings };
}
