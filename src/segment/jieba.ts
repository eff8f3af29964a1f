/**
 * The one place nodejieba is loaded. Its default dictionary costs over a
 * second to load, so it is loaded once per process, on first use, together
 * with our dictionaries and any user dictionaries. (npm install rebuilds the
 * addon so that load() builds that dictionary once rather than twice:
 * scripts/patch-nodejieba.mjs.)
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictionaryPath } from '../dictionaries/files.js';

interface Jieba {
  load(options?: { userDict?: string; idfDict?: string }): void;
  tag(text: string): { word: string; tag: string }[];
  /**
   * tag()'s words and tags as `<UTF-16 length>:<tag> ` items, added by
   * scripts/patch-nodejieba.mjs at install; absent if that patch could not
   * be applied.
   */
  tagPacked?(text: string): string;
  cut(text: string, hmm?: boolean): string[];
}

const require = createRequire(import.meta.url);

/** Our dictionaries that steer segmentation; the rest only feed recognizers. */
export const SEGMENTATION_DICTIONARIES = ['places.txt', 'titles.txt', 'organizations.txt', 'segmentation.txt'];

/**
 * jieba's keyword extractor loads an IDF table (258k words, about 18 MB of
 * RSS per worker) whatever is asked of it, and zhner never extracts
 * keywords; segmentation and tagging do not read it. It gets a one-line
 * table instead (cppjieba asserts that the table has a line with a positive
 * weight).
 */
const IDF_PLACEHOLDER = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'jieba', 'idf.utf8');

let jieba: Jieba | undefined;
let loadedUserDictionaries: string[] = [];

/**
 * Load jieba with our dictionaries plus `userDictionaries`. Calling again
 * with the same list is free; a different list reloads (rare: only when a
 * library user changes --dict between calls).
 */
export function loadJieba(userDictionaries: string[] = []): Jieba {
  if (jieba && sameList(userDictionaries, loadedUserDictionaries)) return jieba;
  for (const path of userDictionaries) {
    const problem = checkDictionaryFile(path);
    if (problem) throw new Error(`${path}: ${problem}`);
  }
  const ours = SEGMENTATION_DICTIONARIES.map(dictionaryPath).filter(existsSync);
  const instance = require('nodejieba') as Jieba;
  instance.load({ userDict: [...ours, ...userDictionaries].join('|'), ...(existsSync(IDF_PLACEHOLDER) ? { idfDict: IDF_PLACEHOLDER } : {}) });
  jieba = instance;
  loadedUserDictionaries = [...userDictionaries];
  return instance;
}

/**
 * Why the user dictionary at `path` cannot be loaded, or undefined when it
 * can: loadJieba() refuses such a file before jieba's native load sees it,
 * and the CLI calls this to reject a bad --dict before reading any input.
 */
export function checkDictionaryFile(path: string): string | undefined {
  try {
    if (!statSync(path).isFile()) return 'dictionary is not a file';
    accessSync(path, constants.R_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'dictionary not found' : `dictionary cannot be read (${code})`;
  }
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
