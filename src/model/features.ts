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
import { dictionaryEntries, lazy, revive } from '../dictionaries/files.js';

/** Bumped whenever templates or dictionary features change: a model records the version it was trained with. */
export const FEATURE_VERSION = 3;

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

/** mix(seed, template) for every template number: the hash prefix every feature of a template shares. */
const TEMPLATE_SEEDS = (() => {
  const seeds = new Int32Array(128);
  for (let t = 0; t < seeds.length; t++) seeds[t] = mix(0x5bd1e995, t);
  return seeds;
})();

function f1(template: number, a: number): number {
  return finish(mix(TEMPLATE_SEEDS[template], a));
}
function f2(template: number, a: number, b: number): number {
  return finish(mix(mix(TEMPLATE_SEEDS[template], a), b));
}
function f3(template: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(TEMPLATE_SEEDS[template], a), b), c));
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

/**
 * Rolling hash -> flags, open addressing over a power-of-two table. Flags are
 * never 0 (a prefix or a word end), so 0 marks an empty slot.
 */
class HashFlags {
  keys: Uint32Array;
  flags: Int32Array;
  mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Uint32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Flags of `key`, 0 when absent. */
  get(key: number): number {
    const { keys, flags, mask } = this;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      const f = flags[slot];
      if (f === 0 || keys[slot] === key) return f;
    }
  }

  or(key: number, bits: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const { keys, flags, mask } = this;
    for (let slot = key & mask; ; slot = (slot + 1) & mask) {
      if (flags[slot] === 0) {
        keys[slot] = key;
        flags[slot] = bits;
        this.size++;
        return;
      }
      if (keys[slot] === key) {
        flags[slot] |= bits;
        return;
      }
    }
  }

  private grow(): void {
    const { keys, flags } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.flags = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (flags[slot] !== 0) this.or(keys[slot], flags[slot]);
  }
}

interface Lexicon {
  trie: HashFlags;
  /** Frequency bucket of a single-character surname / given-name character, by UTF-16 unit (0: none). */
  surname: Uint8Array;
  given: Uint8Array;
  /** Frequency bucket of a character in transliterated foreign names (0: none). */
  foreign: Uint8Array;
}

function bucket(freq: number): number {
  return Math.min(7, Math.max(1, Math.floor(Math.log2(freq + 1) / 2)));
}

const lexicon = lazy((): Lexicon => {
  const trie = new HashFlags();
  const add = (word: string, dictionary: number) => {
    if (word.length < 1 || word.length > MAX_WORD) return;
    let h = TRIE_SEED;
    for (let i = 0; i < word.length; i++) {
      h = step(h, word.charCodeAt(i));
      const last = i === word.length - 1;
      trie.or(h, last ? 1 << dictionary : PREFIX);
    }
  };
  for (const { word } of dictionaryEntries('places.txt')) if (word.length >= 2) add(word, D_PLACE);
  for (const { word } of dictionaryEntries('titles.txt')) add(word, D_TITLE);
  for (const { word, tag } of dictionaryEntries('segmentation.txt')) if (tag === 'nnt') add(word, D_TITLE);
  for (const { word, tag } of dictionaryEntries('organizations.txt')) add(word, COMPANY_TAGS.has(tag) ? D_COMPANY : D_ORG);
  for (const { word } of dictionaryEntries('person-names.txt')) add(word, D_NAME);
  for (const { word, freq } of dictionaryEntries('organization-suffixes.txt')) if (freq >= 2) add(word, D_ORG_SUFFIX);
  for (const word of COMPANY_SUFFIXES) add(word, D_ORG_SUFFIX);
  for (const { word, freq } of dictionaryEntries('place-suffixes.txt')) if (freq >= 2) add(word, D_PLACE_SUFFIX);
  // Later lines overwrite earlier ones, as Map.set did.
  const surname = new Uint8Array(0x10000);
  for (const { word, freq } of dictionaryEntries('surnames.txt')) {
    if (word.length === 1) surname[word.charCodeAt(0)] = bucket(freq);
    else add(word, D_SURNAME2);
  }
  const given = new Uint8Array(0x10000);
  for (const { word, freq } of dictionaryEntries('given-chars.txt')) if (word.length === 1) given[word.charCodeAt(0)] = bucket(freq);
  const foreign = new Uint8Array(0x10000);
  for (const { word, freq } of dictionaryEntries('transliteration-chars.txt')) if (word.length === 1) foreign[word.charCodeAt(0)] = bucket(freq);
  return { trie, surname, given, foreign };
}, { name: 'feature lexicon', revive: (lexicon) => ({ ...lexicon, trie: revive(HashFlags, lexicon.trie) }) });

// ---------------------------------------------------------------------------
// Context roles: how often a word came right before or after a person's,
// place's or organization's name in the corpora HanLP counted its roles on
// (dictionaries/{person,place,organization}-roles.txt). The tagger's own
// word features know only the words CLUENER's 10,000 sentences hold; these
// carry what a much larger corpus says of the words around a name (记者 and
// 说 around people, 来到 and 位于 before places).

/** Which role letters mean "right before a name" and "right after one" in each list. */
const ROLE_LISTS: readonly { file: string; before: string; after: string }[] = [
  { file: 'person-roles.txt', before: 'K', after: 'L' },
  { file: 'place-roles.txt', before: 'A', after: 'B' },
  { file: 'organization-roles.txt', before: 'A', after: 'B' },
];
/** Words counted fewer times say little. */
const MIN_ROLE_COUNT = 3;
const BEFORE_SHIFT = (list: number) => list * 6;
const AFTER_SHIFT = (list: number) => list * 6 + 3;
/** Above the 18 bits of shares: the word's own most frequent role in each list (letter - 64, 1 to 26), in base 27. */
const OWN_ROLE_UNIT = 2 ** 18;

/** How often a word plays a role, in three bits: share 0 (under 5 %), 1 (under 25 %), 2 (under 60 %), 3 (more), plus 4 when the word was counted 20 times or more. */
function roleShare(count: number, total: number): number {
  const share = count / total;
  const level = share < 0.05 ? 0 : share < 0.25 ? 1 : share < 0.6 ? 2 : 3;
  return level === 0 ? 0 : level + (total >= 20 ? 4 : 0);
}

/**
 * Word -> its roles, packed in one number: bits BEFORE_SHIFT(list) and
 * AFTER_SHIFT(list) hold roleShare, and OWN_ROLE_UNIT times the top roles
 * (three letters need more bits than the 14 left of 32, so this part is
 * arithmetic, not bitwise).
 */
const roleTable = lazy(
  (): Map<string, number> => {
    const table = new Map<string, number>();
    ROLE_LISTS.forEach(({ file, before, after }, list) => {
      for (const entry of dictionaryEntries(file)) {
        // Lines read `token role count role count…`, so the first role lands in `tag`.
        const columns = [entry.tag, ...entry.rest];
        let total = 0;
        let beforeCount = 0;
        let afterCount = 0;
        let top = '';
        let topCount = 0;
        for (let i = 0; i + 1 < columns.length; i += 2) {
          const count = Number(columns[i + 1]) || 0;
          total += count;
          if (columns[i] === before) beforeCount = count;
          if (columns[i] === after) afterCount = count;
          if (count > topCount) {
            topCount = count;
            top = columns[i];
          }
        }
        if (total < MIN_ROLE_COUNT) continue;
        const packed = table.get(entry.word) ?? 0;
        let shares = packed % OWN_ROLE_UNIT;
        shares |= roleShare(beforeCount, total) << BEFORE_SHIFT(list);
        shares |= roleShare(afterCount, total) << AFTER_SHIFT(list);
        const own = Math.floor(packed / OWN_ROLE_UNIT) + (top.charCodeAt(0) - 64) * 27 ** list;
        table.set(entry.word, shares + own * OWN_ROLE_UNIT);
      }
    });
    return table;
  },
  { name: 'context roles' },
);

/** A word's context roles as the tagger reads them (roleShare levels, 0 for rarely or never; the top role's letter): what the tests check the packing against. */
export function contextRoles(word: string): Record<'person' | 'place' | 'organization', { before: number; after: number; own: string }> {
  const packed = roleTable().get(word) ?? 0;
  const shares = packed % OWN_ROLE_UNIT;
  const view = (list: number) => {
    const own = Math.floor(packed / OWN_ROLE_UNIT / 27 ** list) % 27;
    return { before: (shares >> BEFORE_SHIFT(list)) & 7, after: (shares >> AFTER_SHIFT(list)) & 7, own: own ? String.fromCharCode(own + 64) : '' };
  };
  return { person: view(0), place: view(1), organization: view(2) };
}

/** Load the dictionaries now (they are otherwise read on first use). */
export function loadFeatureDictionaries(): void {
  lexicon();
  roleTable();
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

/** Transliteration characters at least this frequent (bucket) count towards a foreign-name run. */
const FOREIGN_RUN_BUCKET = 2;

/** Padding codes outside the text (never real UTF-16 units). */
const BEFORE = 0x110001;
const AFTER = 0x110002;

/** Features for every position of `text`, flattened: position i owns ids[offsets[i]..offsets[i+1]). */
interface Features {
  ids: Uint32Array;
  offsets: Int32Array;
}

/** Templates per character (upper bound, for allocation; the packed row sums of src/model/tagger.ts rely on it too). */
export const MAX_PER_CHAR = 64;

/** Buffers reused from call to call (inference tags many short pieces; allocation showed up in profiles). */
let scratch = {
  capacity: 0,
  codes: new Int32Array(0),
  tokenOf: new Int32Array(0),
  inToken: new Uint8Array(0),
  foreignRun: new Uint8Array(0),
  coverLength: new Uint8Array(0),
  coverLabel: new Uint8Array(0),
  endsHere: new Uint8Array(0),
  ids: new Uint32Array(0),
  offsets: new Int32Array(0),
};

function scratchFor(n: number): typeof scratch {
  if (n > scratch.capacity) {
    const capacity = Math.max(n, scratch.capacity * 2, 256);
    scratch = {
      capacity,
      codes: new Int32Array(capacity + 4),
      tokenOf: new Int32Array(capacity),
      inToken: new Uint8Array(capacity),
      foreignRun: new Uint8Array(capacity),
      coverLength: new Uint8Array(capacity * DICTIONARY_COUNT),
      coverLabel: new Uint8Array(capacity * DICTIONARY_COUNT),
      endsHere: new Uint8Array(capacity * DICTIONARY_COUNT),
      ids: new Uint32Array(capacity * MAX_PER_CHAR),
      offsets: new Int32Array(capacity + 1),
    };
  }
  return scratch;
}

const tagHashes = new Map<string, number>();
function tagHashOf(tag: string): number {
  let h = tagHashes.get(tag);
  if (h === undefined) {
    h = stringHash(tag);
    tagHashes.set(tag, h);
  }
  return h;
}

/** Features for every position of `text` (owned arrays, for training). */
export function extractFeatures(text: string, tokens: readonly Token[]): Features {
  const features = extractFeaturesShared(text, tokens);
  return { ids: features.ids.slice(), offsets: features.offsets.slice() };
}

/**
 * The same features in buffers shared between calls: valid only until the
 * next call (inference reads them at once).
 */
export function extractFeaturesShared(text: string, tokens: readonly Token[]): Features {
  const n = text.length;
  const { trie, surname, given, foreign } = lexicon();
  const buffers = scratchFor(n);
  const codes = buffers.codes;
  codes[0] = codes[1] = BEFORE;
  codes[n + 2] = codes[n + 3] = AFTER;
  for (let i = 0; i < n; i++) codes[i + 2] = text.charCodeAt(i);
  const c = (i: number) => codes[i + 2];
  // Surname / given-name bucket of a code (padding codes have none).
  const sur = (code: number) => (code < 0x10000 ? surname[code] : 0);
  const giv = (code: number) => (code < 0x10000 ? given[code] : 0);
  const fgn = (code: number) => (code < 0x10000 ? foreign[code] : 0);

  // Token of each position: its index, and the position's place in it (B M E S).
  const tokenOf = buffers.tokenOf;
  const inToken = buffers.inToken;
  tokenOf.fill(-1, 0, n);
  inToken.fill(0, 0, n);
  const roles = roleTable();
  const roleOf = new Int32Array(tokens.length);
  const ownRoleOf = new Int32Array(tokens.length);
  const tagHash = new Int32Array(tokens.length);
  const wordHash = new Int32Array(tokens.length);
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    for (let i = token.start; i < token.end; i++) {
      tokenOf[i] = index;
      inToken[i] = token.end - token.start === 1 ? 4 : i === token.start ? 1 : i === token.end - 1 ? 3 : 2;
    }
    tagHash[index] = tagHashOf(token.tag);
    wordHash[index] = token.word.length <= 4 ? stringHash(token.word) : 0;
    const packedRoles = roles.get(token.word) ?? 0;
    roleOf[index] = packedRoles % OWN_ROLE_UNIT;
    ownRoleOf[index] = Math.floor(packedRoles / OWN_ROLE_UNIT);
  }

  // Runs of transliteration characters (克拉姆尼克): a foreign name is such a
  // run, whatever its characters. Value: run length (≤ 7) × 4 + place in it (B M E S).
  const foreignRun = buffers.foreignRun;
  for (let start = 0; start < n; ) {
    if (fgn(c(start)) < FOREIGN_RUN_BUCKET) {
      foreignRun[start++] = 0;
      continue;
    }
    let end = start + 1;
    while (end < n && fgn(c(end)) >= FOREIGN_RUN_BUCKET) end++;
    const length = Math.min(end - start, 7);
    for (let i = start; i < end; i++) foreignRun[i] = length * 4 + (end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1);
    start = end;
  }

  // Dictionary matches: covering labels (longest match covering the character) and endings.
  const { coverLength, coverLabel, endsHere } = buffers;
  coverLength.fill(0, 0, n * DICTIONARY_COUNT);
  coverLabel.fill(0, 0, n * DICTIONARY_COUNT);
  endsHere.fill(0, 0, n * DICTIONARY_COUNT);
  for (let start = 0; start < n; start++) {
    let h = TRIE_SEED;
    for (let end = start; end < n && end - start < MAX_WORD; end++) {
      h = step(h, c(end));
      const flags = trie.get(h);
      if (flags === 0) break;
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

  const { ids, offsets } = buffers;
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
      // The roles of the word before a token that may start a name, of the word after one that may end it, and the token's own.
      if ((pos === 1 || pos === 4) && t > 0 && roleOf[t - 1]) {
        const before = roleOf[t - 1];
        for (let list = 0; list < 3; list++) {
          const share = (before >> BEFORE_SHIFT(list)) & 7;
          if (share) ids[k++] = f1(92 + list, share);
        }
      }
      if ((pos === 3 || pos === 4) && t + 1 < tokens.length && roleOf[t + 1]) {
        const after = roleOf[t + 1];
        for (let list = 0; list < 3; list++) {
          const share = (after >> AFTER_SHIFT(list)) & 7;
          if (share) ids[k++] = f1(95 + list, share);
        }
      }
      if (ownRoleOf[t]) ids[k++] = f3(98, pos, ownRoleOf[t], length);
      if (pos === 3 || pos === 4) {
        const nextWord = t + 1 < tokens.length && wordHash[t + 1] ? wordHash[t + 1] : 2;
        ids[k++] = f2(26, nextWord, tagHash[t]);
      }
    }

    // Names: surname and given-name character buckets around the character.
    const s0 = sur(c0);
    const g0 = giv(c0);
    const sm1 = sur(cm1);
    const gm1 = giv(cm1);
    const gp1 = giv(cp1);
    const gp2 = giv(cp2);
    ids[k++] = f2(30, s0, g0);
    ids[k++] = f3(31, s0, gp1, gp2);
    ids[k++] = f3(32, sm1, g0, gp1);
    ids[k++] = f3(33, sur(cm2), gm1, g0);
    if (s0) ids[k++] = f2(34, s0, cm1);
    // Transliterated names: how foreign-sounding the characters around are, and the run they are in.
    ids[k++] = f3(35, fgn(cm1), fgn(c0), fgn(cp1));
    if (foreignRun[i]) ids[k++] = f2(36, foreignRun[i], s0);

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
  return { ids: ids.subarray(0, k), offsets: offsets.subarray(0, n + 1) };
}
