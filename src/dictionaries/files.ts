/**
 * Where the shipped dictionaries live and how their lines read. Every file is
 * plain UTF-8, one entry a line, whitespace-separated `word [freq] [tag]`
 * (see dictionaries/README.md).
 *
 * Nothing here is cached: each table is built from its file once (see
 * `lazy`) and keeps only what it needs. Holding every parsed file for the
 * life of the process cost about 24 MB of heap per worker, for arrays of
 * entry objects nobody read again after the tables were built.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dictionaryDirectory = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dictionaries');

export function dictionaryPath(name: string): string {
  return join(dictionaryDirectory, name);
}

interface DictionaryEntry {
  word: string;
  freq: number;
  tag: string;
  /** Columns after the tag, for files that carry more (roles). */
  rest: string[];
}

const NO_COLUMNS: string[] = [];

/** The entries of a file's content, one at a time: a caller building a table holds no array of them. */
function* dictionaryLines(content: string): Generator<DictionaryEntry> {
  let start = 0;
  while (start < content.length) {
    let end = content.indexOf('\n', start);
    if (end < 0) end = content.length;
    const columns = content.slice(start, end).trim().split(/\s+/);
    start = end + 1;
    if (!columns[0]) continue;
    const hasFreq = columns.length > 1 && /^\d+(\.\d+)?$/.test(columns[1]);
    const restStart = hasFreq ? 3 : 2;
    yield {
      word: columns[0],
      freq: hasFreq ? Number(columns[1]) : 1,
      tag: (hasFreq ? columns[2] : columns[1]) ?? '',
      rest: columns.length > restStart ? columns.slice(restStart) : NO_COLUMNS,
    };
  }
}

function parseDictionary(content: string): DictionaryEntry[] {
  return [...dictionaryLines(content)];
}

function resolvePath(pathOrName: string): string {
  return pathOrName.includes('/') ? pathOrName : dictionaryPath(pathOrName);
}

/** A dictionary file's entries, one at a time (read from disk on every call). */
export function dictionaryEntries(pathOrName: string): Generator<DictionaryEntry> {
  return dictionaryLines(readFileSync(resolvePath(pathOrName), 'utf8'));
}

/** The entries of a file at exactly `path` (a user's --dict, which may name no folder), one at a time. */
export function fileEntries(path: string): Generator<DictionaryEntry> {
  return dictionaryLines(readFileSync(path, 'utf8'));
}

/** A dictionary file's entries as an array (read from disk and parsed on every call: keep the table built from it, not this). */
export function readDictionary(pathOrName: string): DictionaryEntry[] {
  return parseDictionary(readFileSync(resolvePath(pathOrName), 'utf8'));
}

/** A lazily built value: computed on first use, then shared. */
export interface Lazy<T> {
  (): T;
  /** Take a value built elsewhere (src/preload), unless one was built here already. */
  provide(value: T): void;
}

/**
 * A table worth building in another thread while the main one loads jieba
 * (src/preload): it comes back as a structured clone, and `revive` gives the
 * class instances inside it their prototypes back.
 */
interface Preloadable {
  table: Lazy<unknown>;
  revive: (cloned: unknown) => unknown;
}
const preloadable = new Map<string, Preloadable>();

export function lazy<T>(build: () => T, preload?: { name: string; revive?: (cloned: T) => T }): Lazy<T> {
  let value: T | undefined;
  let built = false;
  const table = (() => {
    if (!built) {
      value = build();
      built = true;
    }
    return value as T;
  }) as Lazy<T>;
  table.provide = (provided: T) => {
    if (built) return;
    value = provided;
    built = true;
  };
  if (preload) preloadable.set(preload.name, { table: table as Lazy<unknown>, revive: (preload.revive ?? ((cloned: T) => cloned)) as (cloned: unknown) => unknown });
  return table;
}

/** The tables declared preloadable, by name. */
export function preloadableTables(): ReadonlyMap<string, Preloadable> {
  return preloadable;
}

/** An instance of `type` with the fields of a structured clone of one (which keeps the fields, not the class). */
export function revive<T extends object>(type: { prototype: T }, fields: unknown): T {
  return Object.assign(Object.create(type.prototype) as T, fields);
}
