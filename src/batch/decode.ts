/**
 * Turning a file's bytes into text without producing mojibake. Chinese news
 * archives hold UTF-8, UTF-16 (with a BOM) and undeclared GB18030/GBK or Big5.
 * chardet alone is unreliable on short articles (an 8-byte GBK headline gets
 * the same low confidence as Big5), and a wrong guess would yield plausible
 * looking nonsense entities, so its verdict is checked against how common the
 * decoded characters are; when neither legacy encoding reads as Chinese the
 * file is an error rather than a guess.
 */
import { readFileSync } from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { dictionaryPath } from '../dictionaries/files.js';

export class DecodeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Decoded {
  text: string;
  /** Lower-case name as iconv-lite knows it: utf-8, utf-16le, utf-16be, gb18030, big5, or the forced one. */
  encoding: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Chardet above this is trusted when the decoded text also reads as Chinese. */
const CONFIDENT = 50;
/** Mean log10 frequency of the non-ASCII characters; real Chinese scores 4-5, mojibake 1-3. */
const PLAUSIBLE = 3.6;
/** How much better the winning legacy decoding must read than the other before we pick it over chardet. */
const MARGIN = 0.5;

export function encodingExists(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decode `bytes`; `forced` skips detection. BOMs are kept in the text so
 * that offsets count the code points a reader of the decoded file sees
 * (normalization removes them with the offset map).
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) return { text: iconv.decode(buffer, forced, { stripBOM: false }), encoding: forced.toLowerCase() };
  if (buffer.length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe) return { text: iconv.decode(buffer, 'utf-16le', { stripBOM: false }), encoding: 'utf-16le' };
  if (buffer.length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff) return { text: iconv.decode(buffer, 'utf-16be', { stripBOM: false }), encoding: 'utf-16be' };
  if (looksBinary(buffer)) throw new DecodeError('binary', 'binary data, not text');
  let utf8: string | undefined;
  try {
    utf8 = strictUtf8.decode(buffer);
  } catch {
    // not UTF-8: look further
  }
  if (utf8 !== undefined) return repairLatin1Mojibake(utf8) ?? { text: utf8, encoding: 'utf-8' };
  const badUtf8At = firstInvalidUtf8(buffer);
  const guesses = chardet.analyse(buffer);
  const utf8Confidence = guesses.find((guess) => guess.name === 'UTF-8')?.confidence ?? 0;
  // A file that is UTF-8 up to a cut-off last character, or that chardet is sure is UTF-8, is damaged UTF-8, not GBK.
  if (buffer.length - badUtf8At <= 3 || utf8Confidence >= 80) throw invalidUtf8(badUtf8At);

  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => {
      const text = iconv.decode(buffer, encoding, { stripBOM: false });
      const confidence = guesses.find((guess) => guess.name.toLowerCase() === encoding)?.confidence ?? 0;
      return { encoding, text, confidence, score: text.includes('\ufffd') ? 0 : chineseScore(text) };
    })
    .filter((candidate) => candidate.score >= PLAUSIBLE)
    .sort((a, b) => b.score - a.score);
  if (candidates.length === 1) return { text: candidates[0].text, encoding: candidates[0].encoding };
  if (candidates.length === 2) {
    const [best, other] = candidates;
    if (best.score - other.score >= MARGIN) return { text: best.text, encoding: best.encoding };
    const trusted = [...candidates].sort((a, b) => b.confidence - a.confidence)[0];
    if (trusted.confidence >= CONFIDENT && trusted.confidence > Math.min(best.confidence, other.confidence)) return { text: trusted.text, encoding: trusted.encoding };
  }
  throw new DecodeError('undecodable', `not valid UTF-8 and not recognisably GB18030 or Big5 (first non-UTF-8 byte at offset ${badUtf8At}); try --encoding`);
}

/**
 * A page fetched without a declared charset is read as ISO-8859-1 by some
 * HTTP clients (Python's requests does so for text/html), and saved as
 * UTF-8 that way: 贵港市 becomes è´µæ¸¯å¸. Such a file is valid UTF-8 whose
 * non-ASCII characters are nearly all in U+0080-U+00FF. Their Latin-1 bytes
 * are the page's real bytes, decoded again as any file is; text that does
 * not come back as UTF-8 or readable Chinese (French, German) is left alone.
 * Offsets then count the repaired text, which --emit-text shows.
 */
function repairLatin1Mojibake(decoded: string): Decoded | undefined {
  if (!/[\u00c0-\u00ff]/.test(decoded)) return undefined;
  // A BOM the saving tool added is not one of the page's bytes.
  const text = decoded.startsWith('\ufeff') ? decoded.slice(1) : decoded;
  let latin = 0;
  let continuation = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Anything beyond U+00FF has no Latin-1 byte: the text was not read that way.
    if (code > 0xff) return undefined;
    if (code >= 0x80) {
      latin++;
      if (code <= 0xbf) continuation++;
    }
  }
  // Mojibake is mostly bytes 0x80-0xBF (UTF-8's continuation bytes, many GBK ones); accented letters are 0xC0-0xFF.
  if (latin < 8 || continuation < latin / 4) return undefined;
  const bytes = Buffer.from(text, 'latin1');
  try {
    const repaired = decodeBytes(bytes);
    if (repaired.encoding !== 'utf-8' && repaired.encoding !== 'gb18030' && repaired.encoding !== 'big5') return undefined;
    // Western text in Latin-1 decodes as neither; what comes back must read as Chinese.
    if (chineseScore(repaired.text) < PLAUSIBLE) return undefined;
    return { text: repaired.text, encoding: `${repaired.encoding} (repaired: had been read as latin1)` };
  } catch {
    return undefined;
  }
}

function invalidUtf8(at: number): DecodeError {
  return new DecodeError('invalid-utf8', `not valid UTF-8 (first bad byte at offset ${at})`);
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let j = 1; j < length; j++) if (bytes[i + j] >> 6 !== 0b10) return i;
    i += length;
  }
  return i;
}

let characterFrequency: Map<string, number> | undefined;
let toSimplified: ((text: string) => string) | undefined;

/**
 * Mean log10 frequency of the text's non-ASCII, non-punctuation characters
 * (Simplified first, so Big5 text is not penalised); kana, hangul and rare
 * characters, which mis-decoding produces, count as 0. Loaded only when a
 * file is not UTF-8.
 */
function chineseScore(text: string): number {
  characterFrequency ??= new Map(
    readFileSync(dictionaryPath('character-frequency.txt'), 'utf8')
      .split('\n')
      .map((line) => line.split(/\s+/))
      .filter((columns) => columns[0])
      .map((columns) => [columns[0], Number(columns[1]) || 0] as [string, number]),
  );
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  let total = 0;
  let count = 0;
  const simplified = toSimplified!(text.slice(0, 20_000));
  for (const char of simplified) {
    if (char.codePointAt(0)! < 0x80 || /[\p{P}\p{S}\s]/u.test(char)) continue;
    total += Math.log10((characterFrequency.get(char) ?? 0) + 1);
    count++;
  }
  return count === 0 ? 0 : total / count;
}
