/**
 * Feature extraction for the character tagger: the one module training and
 * inference share, so there is no train/serve skew.
 *
 * Every feature is a 32-bit hash of (template number, values). Values are
 * character codes, token tags, dictionary match labels and frequency
 * buckets, mixed arithmetically (no feature strings are built), so
 * extraction costs a few integer multiplications per feature.
 *
 * Input is the normalized text (Simplified, pinyin notes removed) and its
 * jieba tokens, so Traditional and annotated input give the same features.
 * Positions are UTF-16 units of that text, like everything else in a Doc.
 */
import type { Token } from '../doc.js';
import { lazy, readDictionary } from '../dictionaries/files.js';

/** Bumped whenever templates or dictionary features change: a model records the version it was trained with. */
export const FEATURE_VERSION = 1;

/** Hash mixing (murmur3-style finalizer steps). Always returns a non-zero unsigned 32-bit value. */
function mix(h: number, value: number): number {
  h = Math.imul(h ^ value, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593);
  return h;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

function f1(template: number, a: number): number {
  return finish(mix(mix(0x5bd1e995, template), a));
}
function f2(template: number, a: number, b: number): number {
  return finish(mix(mix(mix(0x5bd1e995, template), a), b));
}
function f3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(mix(0x5bd1e995, template), a), b), c));
}

/** Hash of a string's UTF-16 units (for token words and tags). */
function stringHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = mix(h, text.charCodeAt(i));
  return finish(h);
}

// ---------------------------------------------------------------------------
// Dictionaries: one rolling-hash trie over every word list, with flag bits.

const D_PLACE = 0;
const D_TITLE = 1;
const D_ORG = 2;
const D_COMPANY = 3;
const D_NAME = 4;
const D_ORG_SUFFIX = 5;
const D_PLACE_SUFFIX = 6;
const D_SURNAME2 = 7;
const DICTIONARY_COUNT = 8;
/** Dictionaries whose matches are reported as "covering this character"; the others as "ends here". */
const COVERING = [D_PLACE, D_TITLE, D_ORG, D_COMPANY, D_NAME];
const ENDING = [D_ORG_SUFFIX, D_PLACE_SUFFIX, D_SURNAME2];
/** Flag bits: (1 << d) word of dictionary d ends here; PREFIX: some word continues. */
const PREFIX = 1 << 30;
const MAX_WORD = 24;

const COMPANY_TAGS = new Set(['ntc', 'ntcb', 'ntcf', 'ntch']);
/** Company endings the organization-suffix list ranks low or lacks. */
const COMPANY_SUFFIXES = ['公司', '有限公司', '集团', '银行', '股份', '控股', '证券', '基金', '保险', '科技', '实业', '工作室', '俱乐部', '电视台', '报', '网'];

function step(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193) >>> 0;
}
const TRIE_SEED = 0x811c9dc5;

interface Lexicon {
  trie: Map<number, number>;
  surname: Map<number, number>;
  given: Map<number, number>;
}

function bucket(freq: number): number {
  return Math.min(7, Math.max(1, Math.floor(Math.log2(freq + 1) / 2)));
}

const lexicon = lazy((): Lexicon => {
  const trie = new Map<number, number>();
  const add = (word: string, dictionary: number) => {
    if (word.length < 1 || word.length > MAX_WORD) return;
    let h = TRIE_SEED;
    for (let i = 0; i < word.length; i++) {
      h = step(h, word.charCodeAt(i));
      const last = i === word.length - 1;
      trie.set(h, (trie.get(h) ?? 0) | (last ? 1 << dictionary : PREFIX));
    }
  };
  for (const { word } of readDictionary('places.txt')) if (word.length >= 2) add(word, D_PLACE);
  for (const { word } of readDictionary('titles.txt')) add(word, D_TITLE);
  for (const { word, tag } of readDictionary('segmentation.txt')) if (tag === 'nnt') add(word, D_TITLE);
  for (const { word, tag } of readDictionary('organizations.txt')) add(word, COMPANY_TAGS.has(tag) ? D_COMPANY : D_ORG);
  for (const { word } of readDictionary('person-names.txt')) add(word, D_NAME);
  for (const { word, freq } of readDictionary('organization-suffixes.txt')) if (freq >= 2) add(word, D_ORG_SUFFIX);
  for (const word of COMPANY_SUFFIXES) add(word, D_ORG_SUFFIX);
  for (const { word, freq } of readDictionary('place-suffixes.txt')) if (freq >= 2) add(word, D_PLACE_SUFFIX);
  const surname = new Map<number, number>();
  for (const { word, freq } of readDictionary('surnames.txt')) {
    if (word.length === 1) surname.set(word.charCodeAt(0), bucket(freq));
    else add(word, D_SURNAME2);
  }
  const given = new Map<number, number>();
  for (const { word, freq } of readDictionary('given-chars.txt')) if (word.length === 1) given.set(word.charCodeAt(0), bucket(freq));
  return { trie, surname, given };
});

/** Load the dictionaries now (they are otherwise read on first use). */
export function loadFeatureDictionaries(): void {
  lexicon();
}

// ---------------------------------------------------------------------------

/** Character class: 1 CJK, 2 digit, 3 Latin, 4 punctuation/space, 5 other. */
function charClass(code: number): number {
  if (code >= 0x4e00 && code <= 0x9fff) return 1;
  if (code >= 0x30 && code <= 0x39) return 2;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 3;
  if (code <= 0x40 || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef) || (code >= 0x2000 && code <= 0x206f)) return 4;
  if (code >= 0x3400 && code <= 0x4dbf) return 1;
  return 5;
}

/** Padding codes outside the text (never real UTF-16 units). */
const BEFORE = 0x110001;
const AFTER = 0x110002;

/** Features for every position of `text`, flattened: position i owns ids[offsets[i]..offsets[i+1]). */
export interface Features {
  ids: Uint32Array;
  offsets: Int32Array;
}

/** Templates per character (upper bound, for allocation). */
const MAX_PER_CHAR = 48;

export function extractFeatures(text: string, tokens: readonly Token[]): Features {
  const n = text.length;
  const { trie, surname, given } = lexicon();
  const codes = new Int32Array(n + 4);
  codes[0] = codes[1] = BEFORE;
  codes[n + 2] = codes[n + 3] = AFTER;
  for (let i = 0; i < n; i++) codes[i + 2] = text.charCodeAt(i);
  const c = (i: number) => codes[i + 2];

  // Token of each position: its index, and the position's place in it (B M E S).
  const tokenOf = new Int32Array(n).fill(-1);
  const inToken = new Uint8Array(n);
  tokens.forEach((token, index) => {
    for (let i = token.start; i < token.end; i++) {
      tokenOf[i] = index;
      inToken[i] = token.end - token.start === 1 ? 4 : i === token.start ? 1 : i === token.end - 1 ? 3 : 2;
    }
  });
  const tagHash = tokens.map((token) => stringHash(token.tag));
  const wordHash = tokens.map((token) => (token.word.length <= 4 ? stringHash(token.word) : 0));

  // Dictionary matches: covering labels (longest match covering the character) and endings.
  const coverLength = new Uint8Array(n * DICTIONARY_COUNT);
  const coverLabel = new Uint8Array(n * DICTIONARY_COUNT);
  const endsHere = new Uint8Array(n * DICTIONARY_COUNT);
  for (let start = 0; start < n; start++) {
    let h = TRIE_SEED;
    for (let end = start; end < n && end - start < MAX_WORD; end++) {
      h = step(h, codes[end + 2]);
      const flags = trie.get(h);
      if (flags === undefined) break;
      const length = end - start + 1;
      for (const d of COVERING) {
        if (!(flags & (1 << d)) || length < 2) continue;
        for (let i = start; i <= end; i++) {
          const k = i * DICTIONARY_COUNT + d;
          if (length > coverLength[k]) {
            coverLength[k] = length;
            coverLabel[k] = i === start ? 1 : i === end ? 3 : 2;
          }
        }
      }
      for (const d of ENDING) {
        if (flags & (1 << d)) {
          const k = end * DICTIONARY_COUNT + d;
          endsHere[k] = Math.max(endsHere[k], length);
        }
      }
      if (!(flags & PREFIX)) break;
    }
  }

  const ids = new Uint32Array(n * MAX_PER_CHAR);
  const offsets = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const cm2 = c(i - 2), cm1 = c(i - 1), c0 = c(i), cp1 = c(i + 1), cp2 = c(i + 2);
    ids[k++] = f1(1, 0); // bias
    ids[k++] = f1(2, cm2);
    ids[k++] = f1(3, cm1);
    ids[k++] = f1(4, c0);
    ids[k++] = f1(5, cp1);
    ids[k++] = f1(6, cp2);
    ids[k++] = f2(7, cm2, cm1);
    ids[k++] = f2(8, cm1, c0);
    ids[k++] = f2(9, c0, cp1);
    ids[k++] = f2(10, cp1, cp2);
    ids[k++] = f3(11, cm1, c0, cp1);
    ids[k++] = f2(12, cm1, cp1);
    const cls = charClass(c0);
    ids[k++] = f3(13, charClass(cm1) * 8 + cls, charClass(cp1), 0);

    // Tokens.
    const t = tokenOf[i];
    const pos = inToken[i];
    if (t >= 0) {
      const token = tokens[t];
      const length = Math.min(token.end - token.start, 6);
      ids[k++] = f2(20, pos, tagHash[t]);
      ids[k++] = f3(21, pos, tagHash[t], length);
      if (wordHash[t]) ids[k++] = f2(22, pos, wordHash[t]);
      const prevTag = t > 0 ? tagHash[t - 1] : 1;
      const nextTag = t + 1 < tokens.length ? tagHash[t + 1] : 2;
      ids[k++] = f3(23, pos, prevTag, tagHash[t]);
      ids[k++] = f3(24, pos, tagHash[t], nextTag);
      if (pos === 1 || pos === 4) {
        const prevWord = t > 0 && wordHash[t - 1] ? wordHash[t - 1] : 1;
        ids[k++] = f2(25, prevWord, tagHash[t]);
      }
      if (pos === 3 || pos === 4) {
        const nextWord = t + 1 < tokens.length && wordHash[t + 1] ? wordHash[t + 1] : 2;
        ids[k++] = f2(26, nextWord, tagHash[t]);
      }
    }

    // Names: surname and given-name character buckets around the character.
    const s0 = surname.get(c0) ?? 0;
    const g0 = given.get(c0) ?? 0;
    const sm1 = surname.get(cm1) ?? 0;
    const gm1 = given.get(cm1) ?? 0;
    const gp1 = given.get(cp1) ?? 0;
    const gp2 = given.get(cp2) ?? 0;
    ids[k++] = f2(30, s0, g0);
    ids[k++] = f3(31, s0, gp1, gp2);
    ids[k++] = f3(32, sm1, g0, gp1);
    ids[k++] = f3(33, surname.get(cm2) ?? 0, gm1, g0);
    if (s0) ids[k++] = f2(34, s0, cm1);

    // Dictionary matches.
    const base = i * DICTIONARY_COUNT;
    for (const d of COVERING) {
      const label = coverLabel[base + d];
      if (label) {
        const length = Math.min(coverLength[base + d], 8);
        ids[k++] = f3(40 + d, label, length, 0);
        ids[k++] = f3(50 + d, label, pos, 0);
      }
    }
    for (const d of ENDING) {
      const length = endsHere[base + d];
      if (length) ids[k++] = f2(60 + d, Math.min(length, 6), 0);
      const next = i + 1 < n ? endsHere[base + DICTIONARY_COUNT + d] : 0;
      if (next) ids[k++] = f2(70 + d, Math.min(next, 6), 0);
      const next2 = i + 2 < n ? endsHere[base + 2 * DICTIONARY_COUNT + d] : 0;
      if (next2 >= 2) ids[k++] = f2(80 + d, Math.min(next2, 6), 0);
    }
  }
  offsets[n] = k;
  return { ids: ids.subarray(0, k), offsets };
}
