/**
 * Traditional -> Simplified for analysis (jieba's dictionary is Simplified).
 * opencc-js maps strings without positions, so conversion is accepted only
 * where it keeps the length; elsewhere it falls back to one character at a
 * time. Most news is Simplified already: a text with no Traditional-only
 * character skips the converter, which is the costly part of normalization.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../doc.js';
import { lazy } from '../dictionaries/files.js';

type Convert = (text: string) => string;
/**
 * Taiwan and Hong Kong forms first become OpenCC's standard Traditional
 * (著急 -> 着急, 衞生 -> 衛生), then Simplified: opencc's plain t -> cn leaves
 * them as they are, which on CLUENER's dev lines in Taiwan script left 26
 * 著 for 着 in 1,075 lines, and in Hong Kong script 8 衞.
 */
const simplifier = lazy<Convert>(() => {
  // opencc's own t -> cn first maps compatibility ideographs (its normalization chain, missing from its types).
  const { normalizationChain } = OpenCC.Locale.configs.t2s as unknown as { normalizationChain: Parameters<typeof OpenCC.ConverterFactory> };
  // One converter over all the dictionary groups: a third faster than tw -> t, then hk -> cn, with the same output.
  return OpenCC.ConverterFactory(...normalizationChain, OpenCC.Locale.from.hk, OpenCC.Locale.from.tw, OpenCC.Locale.to.cn);
});

/** Single characters from opencc's own dictionaries: `from` -> `to` where they differ. */
function singleCharacterMap(dictionaries: unknown): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of dictionaries as (string | string[])[][]) {
    for (const dictionary of group) {
      const text = Array.isArray(dictionary) ? dictionary.join('|') : dictionary;
      for (const entry of text.split('|')) {
        const [from, to] = entry.split(' ');
        if (from && to && from !== to && [...from].length === 1 && [...to].length === 1) map.set(from, to);
      }
    }
  }
  return map;
}

const locale = OpenCC.Locale as unknown as { to: Record<string, unknown>; from: Record<string, unknown> };
/** Characters that only Traditional writes (書 -> 书). */
const traditionalOnly = lazy(() => singleCharacterMap(locale.to.cn));
/** Characters that only Simplified writes: they change under Simplified -> Traditional and are not Traditional themselves (书). */
const simplifiedOnly = lazy(() => {
  const set = new Set<string>();
  for (const [simplified] of singleCharacterMap(locale.from.cn)) if (!traditionalOnly().has(simplified)) set.add(simplified);
  return set;
});

/**
 * The two tables by UTF-16 unit (1: Traditional-only, 2: Simplified-only), so
 * the per-character scans build no strings; characters outside the BMP keep
 * the Map lookups.
 */
const TRADITIONAL = 1;
const SIMPLIFIED = 2;
const scriptTable = lazy(() => {
  const table = new Uint8Array(0x10000);
  for (const character of simplifiedOnly()) if (character.length === 1) table[character.charCodeAt(0)] = SIMPLIFIED;
  for (const character of traditionalOnly().keys()) if (character.length === 1) table[character.charCodeAt(0)] = TRADITIONAL;
  return table;
}, { name: 'script characters' });

/** Script class of the character (code point, as for…of yields it) starting at text[i], and its length in units. */
function classAt(text: string, i: number, table: Uint8Array): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) {
      const character = text.slice(i, i + 2);
      return traditionalOnly().has(character) ? TRADITIONAL : simplifiedOnly().has(character) ? SIMPLIFIED : 0;
    }
  }
  return table[code];
}

function isPairStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff;
}

function hasTraditional(text: string): boolean {
  const table = scriptTable();
  for (let i = 0; i < text.length; i++) {
    if (classAt(text, i, table) === TRADITIONAL) return true;
    if (isPairStart(text, i)) i++;
  }
  return false;
}

export function convertToSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const toSimplified = simplifier();
  return text
    .split(/(?<=\n)/)
    .map((line) => {
      if (!hasTraditional(line)) return line;
      const converted = toSimplified(line);
      if (converted.length === line.length) return converted;
      let perCharacter = '';
      for (const character of line) {
        const one = toSimplified(character);
        perCharacter += one.length === character.length ? one : character;
      }
      return perCharacter;
    })
    .join('');
}

/**
 * Count characters that only exist in one script. Characters shared by both
 * (后, 并 are valid Traditional too) don't count for either.
 */
export function detectScript(text: string): Script {
  const table = scriptTable();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const kind = classAt(text, i, table);
    if (kind === TRADITIONAL) traditional++;
    else if (kind === SIMPLIFIED) simplified++;
    if (isPairStart(text, i)) i++;
  }
  const total = traditional + simplified;
  if (total === 0 || simplified >= total * 0.9) return 'simplified';
  if (traditional >= total * 0.9) return 'traditional';
  return 'mixed';
}
