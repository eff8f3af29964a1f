/**
 * zhner's library API: extract(text) runs the pipeline
 * normalize -> segment -> recognize -> link -> format on one document.
 */
import type { Doc } from './doc.js';
import { toResult } from './format/result.js';
import { link } from './link/index.js';
import { normalize } from './normalize/index.js';
import { recognize } from './recognize/index.js';
import type { ExtractOptions, ExtractResult } from './result.js';
import { segment } from './segment/index.js';

export type { Doc, EntityType, Span, Token, Relation, Division } from './doc.js';
export { ENTITY_TYPES } from './doc.js';
export type * from './result.js';

/** A Doc normalized and segmented, before recognition: where every stage after starts. */
export function segmentedDoc(input: string, options: Pick<ExtractOptions, 'dictionaries'> = {}): Doc {
  const normalized = normalize(input);
  return {
    input,
    text: normalized.text,
    offsets: normalized.offsets,
    script: normalized.script,
    // Nothing to read: don't pay for loading jieba.
    tokens: /\S/.test(normalized.text) ? segment(normalized.text, options.dictionaries) : [],
    candidates: [],
    entities: [],
    relations: [],
    warnings: normalized.warnings,
  };
}

/** Run every stage up to linking: the Doc, for tools that want tokens and candidates. */
export function analyze(input: string, options: Pick<ExtractOptions, 'dictionaries'> = {}): Doc {
  const doc = segmentedDoc(input, options);
  recognize(doc);
  link(doc);
  return doc;
}

export function extract(input: string, options: ExtractOptions = {}): ExtractResult {
  return toResult(analyze(input, options), options);
}
