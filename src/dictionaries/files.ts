/**
 * Where the shipped dictionaries live and how their lines read. Every file is
 * plain UTF-8, one entry a line, whitespace-separated `word [freq] [tag]`
 * (see dictionaries/README.md). Each is read at most once per process.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const dictionaryDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dictionaries');

export function dictionaryPath(name: string): string {
  return join(dictionaryDirectory, name);
}

export interface DictionaryEntry {
  word: string;
  freq: number;
  tag: string;
  /** Columns after the tag, for files that carry more (roles). */
  rest: string[];
}

const cache = new Map<string, DictionaryEntry[]>();

export function parseDictionary(content: string): DictionaryEntry[] {
  const entries: DictionaryEntry[] = [];
  for (const line of content.split('\n')) {
    const columns = line.trim().split(/\s+/);
    if (!columns[0]) continue;
    const hasFreq = columns.length > 1 && /^\d+(\.\d+)?$/.test(columns[1]);
    entries.push({
      word: columns[0],
      freq: hasFreq ? Number(columns[1]) : 1,
      tag: (hasFreq ? columns[2] : columns[1]) ?? '',
      rest: columns.slice(hasFreq ? 3 : 2),
    });
  }
  return entries;
}

export function readDictionary(pathOrName: string): DictionaryEntry[] {
  const path = pathOrName.includes('/') ? pathOrName : dictionaryPath(pathOrName);
  let entries = cache.get(path);
  if (!entries) {
    entries = parseDictionary(readFileSync(path, 'utf8'));
    cache.set(path, entries);
  }
  return entries;
}

/** A lazily built value: computed on first use, then shared. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let built = false;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  };
}
