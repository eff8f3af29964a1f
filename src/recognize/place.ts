/**
 * Places: administrative divisions (with their codes and hierarchy) and world
 * places, matched on jieba token boundaries so a place name inside a longer
 * word is not taken. Adjacent places (广西桂平市木乐镇) join into one mention,
 * and a township's bare stem (木乐) counts only when the document names the
 * township in full somewhere.
 */
import { readFileSync } from 'node:fs';
import type { Division, Doc, Span } from '../doc.js';
import { dictionaryEntries, dictionaryPath, lazy } from '../dictionaries/files.js';
import { Trie, tokenIndex } from './context.js';

export interface DivisionRecord {
  code: string;
  name: string;
  alias: string;
  level: 'province' | 'prefecture' | 'county' | 'township';
  parent: string;
}

interface PlaceEntry {
  /** Divisions this surface form can name; empty for non-Chinese places. */
  divisions: DivisionRecord[];
  /** 'name' (full), 'alias' (short), 'stem' (township without 镇/乡) or 'world'. */
  form: 'name' | 'alias' | 'stem' | 'world';
}

const TOWNSHIP_SUFFIX = /(镇|乡|街道|民族乡)$/;
const FORM_STRENGTH: Record<PlaceEntry['form'], number> = { name: 3, alias: 2, world: 1, stem: 0 };

export const divisionTable = lazy(() => {
  const byCode = new Map<string, DivisionRecord>();
  const lines = readFileSync(dictionaryPath('divisions.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [code, name, alias, level, parent] = line.split('\t');
    if (!code || !name) continue;
    // Municipalities repeat themselves one level down with the same code (重庆市 under 重庆市): one node.
    if (code === parent || byCode.has(code)) continue;
    byCode.set(code, { code, name, alias, level: level as DivisionRecord['level'], parent });
  }
  return byCode;
});

export function divisionPath(record: DivisionRecord): string[] {
  const path: string[] = [];
  const table = divisionTable();
  for (let current: DivisionRecord | undefined = record; current; current = table.get(current.parent)) {
    if (path[0] !== current.name) path.unshift(current.name);
  }
  return path;
}

export const placeGazetteer = lazy(() => {
  const trie = new Trie<PlaceEntry>();
  const add = (word: string, record: DivisionRecord | undefined, form: PlaceEntry['form']) => {
    const existing = trie.get(word);
    if (existing) {
      if (record && !existing.divisions.includes(record)) existing.divisions.push(record);
      // The strongest reading of the string wins: 重庆 is a province's alias before it is 重庆街道's stem.
      if (FORM_STRENGTH[form] > FORM_STRENGTH[existing.form]) existing.form = form;
      return;
    }
    trie.set(word, { divisions: record ? [record] : [], form });
  };
  // places.txt is the filtered list (no generic 新区, no ordinary words like 合作): aliases must be in it.
  const listed = new Set<string>();
  for (const entry of dictionaryEntries('places.txt')) listed.add(entry.word);
  for (const record of divisionTable().values()) {
    add(record.name, record, 'name');
    if (record.alias && record.alias.length >= 2 && listed.has(record.alias)) add(record.alias, record, 'alias');
    if (record.level === 'township') {
      const stem = record.name.replace(TOWNSHIP_SUFFIX, '');
      if (stem.length >= 2 && stem !== record.name) add(stem, record, 'stem');
    }
  }
  // In file order, as the set keeps it (a repeated line changed nothing: the first made the word known).
  for (const word of listed) {
    if (!trie.has(word)) add(word, undefined, 'world');
  }
  return trie;
});

/**
 * Choose among same-named divisions the one with the most mentions of its
 * ancestors in the document (`mentionCounts`: mentions per division code).
 * Walking each candidate's ancestors once, instead of testing every mention
 * against every candidate, keeps this linear in the places a document names.
 */
function chooseDivision(candidates: DivisionRecord[], mentionCounts: () => Map<string, number>): DivisionRecord | undefined {
  if (candidates.length <= 1) return candidates[0];
  const table = divisionTable();
  const counts = mentionCounts();
  let best = candidates[0];
  let bestScore = -1;
  for (const candidate of candidates) {
    let score = 0;
    for (let ancestor = table.get(candidate.parent); ancestor; ancestor = table.get(ancestor.parent)) score += counts.get(ancestor.code) ?? 0;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

interface Match {
  start: number;
  end: number;
  entry: PlaceEntry;
}

export function recognizePlaces(doc: Doc): Span[] {
  const gazetteer = placeGazetteer();
  const tokens = tokenIndex(doc);
  const matches: Match[] = [];
  const text = doc.text;
  for (let i = 0; i < text.length; i++) {
    // Cheapest test first: most characters start no place name at all.
    if (!gazetteer.hasFirstAt(text, i) || !tokens.isBoundary(i)) continue;
    // A short form counts only where jieba, steered by places.txt, also read a place.
    const found = gazetteer
      .matchesAt(text, i, 20)
      .filter((m) => tokens.isBoundary(m.end) && (m.value.form === 'name' || m.value.form === 'stem' || tokens.tokenStartingAt(i)?.tag === 'ns'));
    if (found.length === 0) continue;
    const longest = found[found.length - 1];
    matches.push({ start: i, end: longest.end, entry: longest.value });
    i = longest.end - 1;
  }

  // Township stems are common words; keep them only where the full township is named too.
  const fullTownships = new Set(
    matches.filter((m) => m.entry.form === 'name').flatMap((m) => m.entry.divisions.filter((d) => d.level === 'township')),
  );
  const kept = matches.filter((m) => m.entry.form !== 'stem' || m.entry.divisions.some((d) => fullTownships.has(d)));

  const mentionCounts = lazy(() => {
    const counts = new Map<string, number>();
    for (const match of kept) for (const division of match.entry.divisions) counts.set(division.code, (counts.get(division.code) ?? 0) + 1);
    return counts;
  });
  const spans: Span[] = [];
  for (let index = 0; index < kept.length; index++) {
    let { start, end } = kept[index];
    const parts = [kept[index]];
    // Join a contiguous run of places into one address mention.
    while (index + 1 < kept.length && kept[index + 1].start === end) {
      index++;
      parts.push(kept[index]);
      end = kept[index].end;
    }
    const last = parts[parts.length - 1];
    const record = chooseDivision(last.entry.divisions, mentionCounts);
    const division: Division | undefined = record ? { code: record.code, path: divisionPath(record) } : undefined;
    spans.push({
      start,
      end,
      type: 'place',
      reason:
        parts.length > 1
          ? `place:joined(${parts.map((p) => p.entry.form).join('+')})`
          : `place:${last.entry.form}${record && last.entry.form === 'alias' ? `(${record.level})` : ''}`,
      score: 1,
      division,
    });
  }
  return spans;
}
