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
const simplifier = lazy<Convert>(() => OpenCC.Converter({ from: 't', to: 'cn' }));

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

function hasTraditional(text: string): boolean {
  const table = traditionalOnly();
  for (const character of text) if (table.has(character)) return true;
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
  const traditionalTable = traditionalOnly();
  const simplifiedTable = simplifiedOnly();
  let traditional = 0;
  let simplified = 0;
  for (const character of text) {
    if (traditionalTable.has(character)) traditional++;
    else if (simplifiedTable.has(character)) simplified++;
  }
  const total = traditional + simplified;
  if (total === 0 || simplified >= total * 0.9) return 'simplified';
  if (traditional >= total * 0.9) return 'traditional';
  return 'mixed';
}
