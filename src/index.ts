/**
 * zhner's library API: extract(text) runs the pipeline
 * normalize -> segment -> recognize -> link -> format on one document.
 */
import type { Doc } from './doc.js';
import { mergePieces, type PieceResult } from './format/merge.js';
import { toResult } from './format/result.js';
import { link } from './link/index.js';
import { checkModelFile } from './model/index.js';
import { normalize } from './normalize/index.js';
import { installSnapshotOnce, preloadTables } from './preload/index.js';
import { recognize } from './recognize/index.js';
import type { ExtractOptions, ExtractResult } from './result.js';
import { segment } from './segment/index.js';
import { loadJieba } from './segment/jieba.js';

export type { Doc, EntityType, Span, Token, Relation, Division } from './doc.js';
export { ENTITY_TYPES } from './doc.js';
export type * from './result.js';

/**
 * Load jieba and every table now rather than on the first extract(): a
 * worker thread reads the tables from the build's snapshot (or builds
 * them) while jieba loads, so this takes about 0.5 s here, and the first
 * extract() after it about 20 ms. Rejects with a bad user dictionary or
 * model file.
 */
export async function load(options: Pick<ExtractOptions, 'dictionaries' | 'model'> = {}): Promise<void> {
  await preloadTables(() => loadJieba(options.dictionaries), options.model ? ['model'] : []);
  if (options.model !== undefined) {
    const problem = checkModelFile(options.model);
    if (problem) throw new Error(`${options.model}: ${problem}`);
  }
}

/**
 * A Doc normalized and segmented, before recognition: where every stage
 * after starts. `atEnd` is false for a piece of a longer input that more
 * text follows (no footer is looked for there).
 */
export function segmentedDoc(input: string, options: Pick<ExtractOptions, 'dictionaries'> = {}, atEnd = true): Doc {
  const normalized = normalize(input, { atEnd });
  return {
    input,
    text: normalized.text,
    offsets: normalized.offsets,
    script: normalized.script,
    // Nothing to read: don't pay for loading jieba.
    tokens: /\S/.test(normalized.text) ? segment(normalized.text, options.dictionaries) : [],
    candidates: [],
    ruleCandidates: [],
    entities: [],
    relations: [],
    warnings: normalized.warnings,
  };
}

/** Run every stage up to linking: the Doc, for tools that want tokens and candidates. */
export function analyze(input: string, options: Pick<ExtractOptions, 'dictionaries' | 'model'> = {}, atEnd = true): Doc {
  installSnapshotOnce(options.model ? ['model'] : []);
  const doc = segmentedDoc(input, options, atEnd);
  recognize(doc, options.model);
  link(doc);
  return doc;
}

/**
 * Inputs longer than this (UTF-16 units) are analysed in pieces cut at line
 * or sentence ends: a document's working memory (tokens, offset maps,
 * candidates) is many times its size, and a 50 MB one-line file must not
 * take gigabytes. Names repeated across pieces are still merged in the
 * summaries; what is lost is evidence carried from one piece to the next.
 */
export const PIECE_LENGTH = 200_000;

export function extract(input: string, options: ExtractOptions = {}, pieceLength = PIECE_LENGTH): ExtractResult {
  if (input.length <= pieceLength) return toResult(analyze(input, options), options);
  const pieces: PieceResult[] = [];
  let codePointOffset = 0;
  for (const { piece, last } of cutIntoPieces(input, pieceLength)) {
    const result = toResult(analyze(piece, options, last), options);
    pieces.push({ result, codePointOffset });
    codePointOffset += result.chars;
  }
  return mergePieces(pieces, codePointOffset);
}

/**
 * Pieces of about `length` units (at most half as long again), cut after a
 * line break or a sentence end where there is one, never inside a surrogate
 * pair. A tail shorter than half a piece joins the piece before it: the
 * footer is looked for in the last piece's second half, and a footer alone
 * in a short last piece filled more than half of it (版權聲明 after the
 * article's last line).
 */
export function* cutIntoPieces(input: string, length: number): Generator<{ piece: string; last: boolean }> {
  let start = 0;
  while (start < input.length) {
    let end = input.length - start < length + (length >> 1) ? input.length : start + length;
    if (end < input.length) {
      const window = input.slice(start + (length >> 1), end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('；'));
      if (cut >= 0) end = start + (length >> 1) + cut + 1;
      else if (/[\uD800-\uDBFF]/.test(input[end - 1])) end--;
    }
    yield { piece: input.slice(start, end), last: end === input.length };
    start = end;
  }
}
