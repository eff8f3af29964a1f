/**
 * The learned character tagger: an averaged structured perceptron over
 * BIOES tags, trained by `scripts/train-model.mjs` on CLUENER (see
 * src/model/train.ts) and shipped as models/tagger.bin.gz (format in
 * src/model/format.ts). It reads the normalized text and jieba's tokens, so
 * its spans are in normalized coordinates like every other candidate.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc, Span, Token } from '../doc.js';
import { lazy, revive } from '../dictionaries/files.js';
import { extractFeaturesShared, FEATURE_VERSION } from './features.js';
import { decodeModel } from './format.js';
import { decodeTags, emissions, FeatureTable, TAG_COUNT, viterbi, type ModelType, type TaggerModel } from './tagger.js';

const models = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');
/** The shipped model, trained on every CLUENER line. */
const modelPath = join(models, 'tagger.bin.gz');
/**
 * The same training with CLUENER's dev split held out: figures on that split
 * (npm run eval, dist/model/dev.js) are measured with it, since the shipped
 * model has seen those lines.
 */
export const DEV_MODEL_PATH = join(models, 'tagger-dev.bin.gz');

/** A model file that cannot be used: `reason` is the cause alone, for callers that name the file themselves. */
class ModelFileError extends Error {
  constructor(
    path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

/** A model file read and unpacked, checked against the feature code. */
function readModel(path: string): TaggerModel {
  if (!existsSync(path)) throw new ModelFileError(path, 'tagger model not found (npm run train-model builds it)');
  let model: TaggerModel;
  try {
    model = decodeModel(readFileSync(path));
  } catch (error) {
    throw new ModelFileError(path, (error as Error).message);
  }
  if (model.featureVersion !== FEATURE_VERSION) {
    throw new ModelFileError(path, `trained with feature version ${model.featureVersion}, this code extracts version ${FEATURE_VERSION}: retrain it`);
  }
  return model;
}

/** The shipped model, read and unpacked once per process on first use. */
export const loadModel = lazy((): TaggerModel => readModel(modelPath), { name: 'model', revive: (model) => ({ ...model, table: revive(FeatureTable, model.table) }) });

/** Other model files (ExtractOptions.model), each read once per process. */
const otherModels = new Map<string, TaggerModel>();

/** The model at `path`, or the shipped one. */
function modelAt(path?: string): TaggerModel {
  if (path === undefined || path === modelPath) return loadModel();
  let model = otherModels.get(path);
  if (!model) otherModels.set(path, (model = readModel(path)));
  return model;
}

/**
 * Why the model file at `path` cannot be used, or undefined when it can: for
 * rejecting a bad --model before any input is read rather than failing every
 * document. The file is really loaded (and kept, so an in-process run does
 * not read it twice; see releaseModelFile), since only decoding it proves it
 * is a usable model.
 */
export function checkModelFile(path: string): string | undefined {
  try {
    modelAt(path);
    return undefined;
  } catch (error) {
    return error instanceof ModelFileError ? error.reason : (error as Error).message;
  }
}

/**
 * Drop this process's copy of the model at `path` (not the shipped one):
 * for the main thread once worker threads do the tagging, since the copy
 * checkModelFile() kept for in-process runs (about 9 MB) would go unused.
 */
export function releaseModelFile(path: string): void {
  otherModels.delete(path);
}

/** Longest stretch tagged in one Viterbi pass; longer lines are cut at sentence ends, or by length (never inside a surrogate pair). */
const MAX_PIECE = 400;

function pieces(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_PIECE) {
      const window = text.slice(start, start + MAX_PIECE);
      const cut = Math.max(window.lastIndexOf('。'), window.lastIndexOf('！'), window.lastIndexOf('？'), window.lastIndexOf('；'));
      end = cut > 0 ? start + cut + 1 : start + MAX_PIECE;
      // A cut by length alone must not split an astral character: each half would be tagged as a character of its own.
      if (cut <= 0 && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    }
    if (/\S/.test(text.slice(start, end))) out.push({ start, end });
    start = end < text.length && text[end] === '\n' ? end + 1 : end;
  }
  return out;
}

/** Whether text[index] is the second half of a surrogate pair. */
function isLowSurrogate(text: string, index: number): boolean {
  return /[\uDC00-\uDFFF]/.test(text[index] ?? '') && /[\uD800-\uDBFF]/.test(text[index - 1] ?? '');
}

/** A tagger span: a Span of one of the tagger's types, which include the scenes nobody reports. */
export type TaggedSpan = Omit<Span, 'type'> & { type: ModelType };

/**
 * Tag `text` (normalized) with `model`: spans with reason 'model' and as score
 * the mean per-character margin of the span's tags over O.
 */
export function tagText(model: TaggerModel, text: string, tokens: readonly Token[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let tokenIndex = 0;
  for (const piece of pieces(text)) {
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= piece.start) tokenIndex++;
    const local: Token[] = [];
    for (let t = tokenIndex; t < tokens.length && tokens[t].start < piece.end; t++) {
      const token = tokens[t];
      const start = Math.max(token.start, piece.start);
      const end = Math.min(token.end, piece.end);
      local.push({ start: start - piece.start, end: end - piece.start, word: start === token.start && end === token.end ? token.word : text.slice(start, end), tag: token.tag });
    }
    const n = piece.end - piece.start;
    const features = extractFeaturesShared(text.slice(piece.start, piece.end), local);
    const scores = emissions(model, features.ids, features.offsets, n, true);
    const tags = viterbi(scores, n, model.transitions);
    for (const span of decodeTags(tags)) {
      let margin = 0;
      for (let i = span.start; i < span.end; i++) margin += scores[i * TAG_COUNT + tags[i]] - scores[i * TAG_COUNT];
      // The tagger reads UTF-16 units, so a span may begin or end between the halves of an astral character: it takes the whole character.
      const start = piece.start + span.start - (isLowSurrogate(text, piece.start + span.start) ? 1 : 0);
      const end = piece.start + span.end + (isLowSurrogate(text, piece.start + span.end) ? 1 : 0);
      spans.push({
        start,
        end,
        type: span.type,
        reason: 'model',
        score: Math.round((margin / (span.end - span.start)) * 100) / 100,
      });
    }
  }
  return spans;
}

/** A model's spans for a document (the shipped model's unless `path` names another file). */
export function modelCandidates(doc: Doc, path?: string): Span[] {
  if (!/\S/.test(doc.text)) return [];
  return tagText(modelAt(path), doc.text, doc.tokens).filter((span): span is Span => span.type !== 'scene');
}
