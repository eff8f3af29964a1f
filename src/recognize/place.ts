/**
 * Places: administrative divisions (with their codes and hierarchy) and world
 * places, matched on jieba token boundaries so a place name inside a longer
 * word is not taken. Adjacent places (广西桂平市木乐镇) join into one mention,
 * and a township's bare stem (木乐) counts only when the document names the
 * township in full somewhere.
 */
import { readFileSync } from 'node:fs';
import type { Division, Doc, Span } from '../doc.js';
import { dictionaryEntries, dictionaryPath, lazy, revive } from '../dictionaries/files.js';
import { Trie, tokenIndex } from './context.js';

const TOWNSHIP_SUFFIX = /(镇|乡|街道|民族乡)$/;
/** The level characters a township of two characters ends in (乌镇, 雪乡): see placeGazetteer. */
const TOWNSHIP_LEVEL_ENDING = /[镇乡]$/;
const LEVELS = ['province', 'prefecture', 'county', 'township'];
const TOWNSHIP = 3;

/**
 * The administrative divisions, by index (0..count): every code, name and
 * alias joined into one string, with three offsets per division, and the
 * hierarchy as parent indices. 46,680 records as objects with five string
 * fields in a Map by code cost about 13 MB of heap per worker; this costs one.
 */
interface Divisions {
  count: number;
  strings: string;
  /** Division i's code is strings[bounds[3i], bounds[3i+1]), its name up to bounds[3i+2], its alias up to bounds[3i+3]. */
  bounds: Int32Array;
  /** Index into LEVELS. */
  level: Uint8Array;
  /** Index of the parent division, -1 for none. */
  parent: Int32Array;
}

export const divisionTable = lazy((): Divisions => {
  const seen = new Map<string, number>();
  const parents: string[] = [];
  const levels: number[] = [];
  const bounds: number[] = [0];
  const parts: string[] = [];
  let length = 0;
  const lines = readFileSync(dictionaryPath('divisions.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [code, name, alias, level, parent] = line.split('\t');
    if (!code || !name) continue;
    // Municipalities repeat themselves one level down with the same code (重庆市 under 重庆市): one node.
    if (code === parent || seen.has(code)) continue;
    seen.set(code, parents.length);
    parents.push(parent);
    let levelIndex = LEVELS.indexOf(level);
    if (levelIndex < 0) levelIndex = LEVELS.push(level) - 1;
    levels.push(levelIndex);
    for (const part of [code, name, alias ?? '']) {
      parts.push(part);
      length += part.length;
      bounds.push(length);
    }
  }
  const parent = new Int32Array(parents.length);
  parents.forEach((code, index) => (parent[index] = seen.get(code) ?? -1));
  return { count: parents.length, strings: parts.join(''), bounds: Int32Array.from(bounds), level: Uint8Array.from(levels), parent };
}, { name: 'divisions' });

function part(index: number, field: number): string {
  const { strings, bounds } = divisionTable();
  return strings.slice(bounds[index * 3 + field], bounds[index * 3 + field + 1]);
}
const divisionCode = (index: number) => part(index, 0);
const divisionName = (index: number) => part(index, 1);
const divisionAlias = (index: number) => part(index, 2);

function divisionPath(index: number): string[] {
  const path: string[] = [];
  const { parent } = divisionTable();
  for (let current = index; current >= 0; current = parent[current]) {
    const name = divisionName(current);
    if (path[0] !== name) path.unshift(name);
  }
  return path;
}

/** 'name' (full), 'alias' (short), 'stem' (township without 镇/乡) or 'world', by strength: the strongest reading of a string wins. */
const FORMS = ['stem', 'world', 'alias', 'name'] as const;
type Form = (typeof FORMS)[number];
const STEM = 0, WORLD = 1, ALIAS = 2, NAME = 3;
/** China's names among the world places: the one country whose places the gazetteer's divisions are. */
const CHINA = new Set(['中国', '中华人民共和国', '我国']);

/**
 * Surface forms -> entry index; entry e has form forms[e] and names the
 * divisions divisionList[divisionStarts[e], divisionStarts[e + 1]) (none
 * for non-Chinese places), in the order they were added.
 */
interface Gazetteer {
  trie: Trie;
  forms: Uint8Array;
  divisionStarts: Int32Array;
  divisionList: Int32Array;
}

export const placeGazetteer = lazy((): Gazetteer => {
  const trie = new Trie();
  const forms: number[] = [];
  const lists: number[][] = [];
  const add = (word: string, division: number, form: number) => {
    const existing = trie.get(word);
    if (existing >= 0) {
      if (division >= 0 && !lists[existing].includes(division)) lists[existing].push(division);
      // The strongest reading of the string wins: 重庆 is a province's alias before it is 重庆街道's stem.
      if (form > forms[existing]) forms[existing] = form;
      return;
    }
    trie.set(word, forms.length);
    forms.push(form);
    lists.push(division >= 0 ? [division] : []);
  };
  // places.txt is the filtered list (no generic 新区, no ordinary words like 合作): aliases must be in it.
  const listed = new Set<string>();
  for (const entry of dictionaryEntries('places.txt')) listed.add(entry.word);
  const divisions = divisionTable();
  for (let index = 0; index < divisions.count; index++) {
    const name = divisionName(index);
    const alias = divisionAlias(index);
    // Nor ordinary words that some township is named (社区, 农场, 林场, 苗圃: the source lists a township 社区);
    // a township of two characters with its level's (乌镇) is one.
    if (name.length > 2 || listed.has(name) || divisions.level[index] !== TOWNSHIP || TOWNSHIP_LEVEL_ENDING.test(name)) add(name, index, NAME);
    if (alias && alias.length >= 2 && listed.has(alias)) add(alias, index, ALIAS);
    if (divisions.level[index] === TOWNSHIP) {
      const stem = name.replace(TOWNSHIP_SUFFIX, '');
      if (stem.length >= 2 && stem !== name) add(stem, index, STEM);
    }
  }
  // In file order, as the set keeps it (a repeated line changed nothing: the first made the word known).
  for (const word of listed) {
    if (!trie.has(word)) add(word, -1, WORLD);
  }
  const divisionStarts = new Int32Array(lists.length + 1);
  lists.forEach((list, entry) => (divisionStarts[entry + 1] = divisionStarts[entry] + list.length));
  const divisionList = new Int32Array(divisionStarts[lists.length]);
  lists.forEach((list, entry) => divisionList.set(list, divisionStarts[entry]));
  trie.compact();
  return { trie, forms: Uint8Array.from(forms), divisionStarts, divisionList };
}, { name: 'place gazetteer', revive: (gazetteer) => ({ ...gazetteer, trie: revive(Trie, gazetteer.trie) }) });

/** Whether `word` is the full name of an administrative division (广东省, 定西市), not an alias or a stem. */
export function isDivisionName(word: string): boolean {
  const gazetteer = placeGazetteer();
  const entry = gazetteer.trie.get(word);
  return entry >= 0 && gazetteer.forms[entry] === NAME && entryDivisions(gazetteer, entry).length > 0;
}

function entryDivisions(gazetteer: Gazetteer, entry: number): Int32Array {
  return gazetteer.divisionList.subarray(gazetteer.divisionStarts[entry], gazetteer.divisionStarts[entry + 1]);
}

/**
 * Mentions per division in a document, and beside them the mentions of
 * each division's descendants: what other places say about a name.
 */
interface Evidence {
  mentions: Map<number, number>;
  below: Map<number, number>;
}

/**
 * Choose among same-named divisions the one the document's other places
 * support most: mentions of its ancestors (朝阳区 with 北京 is Beijing's) and
 * of its descendants (湖南 with 长沙市岳麓区 is 湖南省, not 湖南乡). The
 * mention being resolved counts for none of its own readings: 长沙 names
 * 长沙市 and 长沙县, and must not make 长沙县 likelier by being read as its
 * parent. With no support either way the higher level wins (长沙 is 长沙市,
 * 湖南 湖南省), and every division tied with it on support is listed, so the
 * reader still sees the alternatives, except townships beside a higher
 * division (上海 is not also 上海街道). Walking ancestors once per candidate
 * keeps this linear in the places a document names.
 */
function chooseDivision(candidates: Int32Array, occurrences: number, evidence: () => Evidence): { best: number; tied: number[] } {
  if (candidates.length <= 1) return { best: candidates.length === 1 ? candidates[0] : -1, tied: [] };
  const { parent, level } = divisionTable();
  const { mentions, below } = evidence();
  const own = new Set(candidates);
  let best = candidates[0];
  let bestScore = -1;
  let tied: number[] = [];
  for (const candidate of candidates) {
    let score = below.get(candidate) ?? 0;
    for (let ancestor = parent[candidate]; ancestor >= 0; ancestor = parent[ancestor]) {
      score += (mentions.get(ancestor) ?? 0) - (own.has(ancestor) ? occurrences : 0);
    }
    // This mention's other readings under the candidate are no support for it (长沙县 under 长沙市).
    for (const other of candidates) {
      for (let ancestor = parent[other]; ancestor >= 0; ancestor = parent[ancestor]) if (ancestor === candidate) score -= occurrences;
    }
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
      tied = [candidate];
    } else if (score === bestScore) {
      tied.push(candidate);
      if (level[candidate] < level[best]) best = candidate;
    }
  }
  // A street or township that shares a city's name (上海街道 in 福州) is no real alternative to the city.
  const alternatives = tied.filter((candidate) => candidate !== best && (level[candidate] !== TOWNSHIP || level[best] === TOWNSHIP));
  return { best, tied: alternatives.length > 0 ? [best, ...alternatives] : [] };
}

interface Match {
  start: number;
  end: number;
  entry: number;
  /** The division's name without its level character, which begins the word after it (登封|市委常委). */
  levelShared?: boolean;
}

/**
 * A news dateline: the place the report comes from, before 讯 or 报导
 * after a line start, a bracket, a slash or the paper or agency
 * (（新加坡讯）, 【香港讯】, 本报北京讯, 中新网上海讯, 記者王小明／台北報導),
 * or before the day and 电 of an agency's dispatch, right after the
 * reporter's name (中央社記者陳政偉台北3日電, 林長順華盛頓2日專電). jieba
 * may glue the place to 讯 (台北讯/nt), the tagger reads 新加坡讯 as a
 * company (腾讯, 中兴通讯 end so), and a prefecture's short name (台北) is
 * no place the rules fill in on their own: the place is read here if the
 * gazetteer knows the whole run.
 */
const DATELINE_MARK = /讯|报导|报道|\d{1,2}日专?电/g;
/** The marks after which the place needs an opener before it; the dispatch's day and 电 needs only a word boundary. */
const MARKS_AFTER_OPENER = new Set(['讯', '报导', '报道']);
const DATELINE_OPENER = /[\n（(【\[〔 \t\u3000／/社网]/;
const DATELINE_PAPER = '本报';
const DATELINE_PLACE_LENGTH = { min: 2, max: 8 };

/** Level characters of divisions below a prefecture, as jieba writes them after a place word (竹北/ns 市/n). */
const LOWER_LEVEL_WORD = /^(市|县|区|镇|乡)$/;

/** A word that begins with a division's level character and names its committee, government or head (市委常委, 县长, 区政府). */
const LEVEL_TITLE_WORD = /^[省市县区州旗](?:委|长|政府|人大|政协|副|常务|纪委)/;

export function recognizePlaces(doc: Doc): Span[] {
  const gazetteer = placeGazetteer();
  const { trie, forms } = gazetteer;
  const tokens = tokenIndex(doc);
  const matches: Match[] = [];
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    // Cheapest test first: most characters start no place name at all.
    if (!trie.hasFirstAt(text, i) || !tokens.isBoundary(i)) continue;
    // A short form counts only where jieba, steered by places.txt, also read a place.
    const all = trie.matchesAt(text, i, 20);
    const found = all.filter((m) => tokens.isBoundary(m.end) && (forms[m.value] === NAME || forms[m.value] === STEM || tokens.tokenStartingAt(i)?.tag === 'ns'));
    if (found.length === 0) {
      // A division's full name whose level character begins jieba's next word, a committee's or a head's
      // (登封/v 市委常委/nnt, 登封/v 市长/nnt): the division's short name, which the title shares the character with.
      const sharesLevel = (m: { end: number; value: number }) => forms[m.value] === NAME && m.end - i >= 3 && tokens.isBoundary(m.end - 1) && LEVEL_TITLE_WORD.test(tokens.tokenStartingAt(m.end - 1)?.word ?? '') && entryDivisions(gazetteer, m.value).length > 0;
      let shared: { end: number; value: number } | undefined;
      for (let index = all.length - 1; index >= 0 && !shared; index--) if (sharesLevel(all[index])) shared = all[index];
      if (shared) {
        matches.push({ start: i, end: shared.end - 1, entry: shared.value, levelShared: true });
        i = shared.end - 2;
        continue;
      }
      // jieba knows a few addresses as one word (上海市浦东新区/ns): read it as the two names it is made of.
      const token = tokens.tokenStartingAt(i);
      if (token?.tag !== 'ns') continue;
      const pair = tiling(i, token.end);
      if (!pair) continue;
      matches.push(...pair);
      i = token.end - 1;
      continue;
    }
    const longest = found[found.length - 1];
    matches.push({ start: i, end: longest.end, entry: longest.value });
    i = longest.end - 1;
  }

  /** Two gazetteer names with divisions that exactly fill text[start, end), the longest first name first. */
  function tiling(start: number, end: number): Match[] | undefined {
    const firsts = trie.matchesAt(text, start, end - start - 1).filter((m) => entryDivisions(gazetteer, m.value).length > 0);
    for (let index = firsts.length - 1; index >= 0; index--) {
      const first = firsts[index];
      const second = trie.matchesAt(text, first.end, end - first.end).find((m) => m.end === end && entryDivisions(gazetteer, m.value).length > 0);
      if (second) return [{ start, end: first.end, entry: first.value }, { start: first.end, end, entry: second.value }];
    }
    return undefined;
  }

  // Datelines: the place before the mark, whether or not jieba's words end there (台北讯/nt).
  const datelineEnds = new Set<number>();
  const opensDateline = (start: number) => start === 0 || DATELINE_OPENER.test(text[start - 1]) || text.endsWith(DATELINE_PAPER, start);
  const startsWord = (start: number) => tokens.isBoundary(start);
  for (const mark of text.matchAll(DATELINE_MARK)) {
    const end = mark.index!;
    const opens = MARKS_AFTER_OPENER.has(mark[0]) ? opensDateline : startsWord;
    // The whole run between the opener and the mark must be one gazetteer name (not 香港快|讯).
    let start = -1;
    let entry: { end: number; value: number } | undefined;
    for (let length = DATELINE_PLACE_LENGTH.max; length >= DATELINE_PLACE_LENGTH.min && !entry; length--) {
      start = end - length;
      if (start >= 0 && opens(start)) entry = trie.matchesAt(text, start, length).find((m) => m.end === end);
    }
    if (!entry) continue;
    datelineEnds.add(end);
    const at = matches.findIndex((m) => m.start >= start);
    if (matches[at]?.start === start && matches[at].end === end) continue;
    // Whatever was read inside it gives way (a shorter name; none can run into it from before its opener or word boundary).
    const before = at < 0 ? matches.length : at;
    let after = before;
    while (after < matches.length && matches[after].start < end) after++;
    matches.splice(before, after - before, { start, end, entry: entry.value });
  }

  // Township stems are common words; keep them only where the full township is named too.
  const { level } = divisionTable();
  const fullTownships = new Set<number>();
  for (const m of matches) {
    if (forms[m.entry] === NAME) for (const d of entryDivisions(gazetteer, m.entry)) if (level[d] === TOWNSHIP) fullTownships.add(d);
  }
  const kept = matches.filter((m) => forms[m.entry] !== STEM || entryDivisions(gazetteer, m.entry).some((d) => fullTownships.has(d)));

  /**
   * Whether place entry `inner`, written right after `outer`, continues the
   * same address. Foreign places have no hierarchy here and join as before
   * (印度|孟买, 中国|贵港). A Chinese place joins when one of its divisions lies
   * under one of `outer`'s (北京|朝阳区, 桂平市|木乐镇), or when it is a full
   * name of a lower level than `outer` (天柱县|凤城镇, 贵阳|综合保税区: the
   * gazetteer misses some of those links). Otherwise the two are two mentions:
   * 河南|广东 is a list, and in 朝阳区|新建三所学校 新建 (a county of 南昌) is a verb.
   */
  const isWithin = (inner: number, outer: number, outerName: string): boolean => {
    // A foreign country's place is a world place too (印度|孟买); a Chinese division only lies in China (中国|贵港,
    // not 美国|新建, where 新建 is a verb, or 韩国|青龙).
    if (forms[inner] === WORLD) return true;
    if (forms[outer] === WORLD) return CHINA.has(outerName);
    const outerDivisions = entryDivisions(gazetteer, outer);
    const innerDivisions = entryDivisions(gazetteer, inner);
    const { parent } = divisionTable();
    for (const division of innerDivisions) {
      for (let ancestor = parent[division]; ancestor >= 0; ancestor = parent[ancestor]) if (outerDivisions.includes(ancestor)) return true;
    }
    if (forms[inner] !== NAME) return false;
    let deepestOuter = -1;
    for (const division of outerDivisions) deepestOuter = Math.max(deepestOuter, level[division]);
    let shallowestInner = Infinity;
    for (const division of innerDivisions) shallowestInner = Math.min(shallowestInner, level[division]);
    return shallowestInner > deepestOuter;
  };
  const occurrences = new Map<number, number>();
  for (const match of kept) occurrences.set(match.entry, (occurrences.get(match.entry) ?? 0) + 1);
  const evidence = lazy((): Evidence => {
    const { parent } = divisionTable();
    const mentions = new Map<number, number>();
    for (const [entry, count] of occurrences) for (const division of entryDivisions(gazetteer, entry)) mentions.set(division, (mentions.get(division) ?? 0) + count);
    const below = new Map<number, number>();
    for (const [division, count] of mentions) {
      for (let ancestor = parent[division]; ancestor >= 0; ancestor = parent[ancestor]) below.set(ancestor, (below.get(ancestor) ?? 0) + count);
    }
    return { mentions, below };
  });
  const spans: Span[] = [];
  for (let index = 0; index < kept.length; index++) {
    let { start, end } = kept[index];
    const parts = [kept[index]];
    // Join a contiguous run of places into one address mention, each within the one before (桂平市|木乐镇, 中国|贵港).
    while (index + 1 < kept.length && kept[index + 1].start === end && isWithin(kept[index + 1].entry, parts[parts.length - 1].entry, text.slice(parts[parts.length - 1].start, parts[parts.length - 1].end))) {
      index++;
      parts.push(kept[index]);
      end = kept[index].end;
    }
    // A lower division the gazetteer lacks or knows by another name, written after a county or
    // prefecture as jieba's place word and its level character: 新竹县|竹北/ns|市 (the gazetteer has 竹北乡).
    const unknownPlace = tokens.tokenStartingAt(end);
    const levelAfter = unknownPlace && unknownPlace.tag === 'ns' && unknownPlace.end - unknownPlace.start >= 2 ? tokens.tokenStartingAt(unknownPlace.end) : undefined;
    const extended = levelAfter && LOWER_LEVEL_WORD.test(levelAfter.word) && FORMS[forms[parts[parts.length - 1].entry]] === 'name' && (index + 1 >= kept.length || kept[index + 1].start >= levelAfter.end);
    if (extended) end = levelAfter.end;
    const last = parts[parts.length - 1];
    const form: Form = FORMS[forms[last.entry]];
    const { best: record, tied } = chooseDivision(entryDivisions(gazetteer, last.entry), occurrences.get(last.entry) ?? 1, evidence);
    const division: Division | undefined =
      record >= 0
        ? {
            code: divisionCode(record),
            path: divisionPath(record),
            ...(tied.length ? { candidates: tied.map((candidate) => ({ code: divisionCode(candidate), path: divisionPath(candidate) })) } : {}),
          }
        : undefined;
    spans.push({
      start,
      end,
      type: 'place',
      reason: datelineEnds.has(end) && parts.length === 1 && !extended
        ? `place:dateline(${form})`
        : parts.length > 1 || extended
          ? `place:joined(${[...parts.map((p) => FORMS[forms[p.entry]]), ...(extended ? ['word'] : [])].join('+')})`
          : last.levelShared
            ? 'place:level-shared'
            : `place:${form}${record >= 0 && form === 'alias' ? `(${LEVELS[level[record]]})` : ''}`,
      score: 1,
      division,
    });
  }
  return spans;
}
