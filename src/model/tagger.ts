/**
 * The tag set (BIOES over our five entity types), constrained Viterbi
 * decoding, and the in-memory model: feature hash -> row of per-tag weights.
 * Shared by training (dense, growing weights) and inference (the loaded
 * model file).
 */
import { ENTITY_TYPES } from '../doc.js';
import { MAX_PER_CHAR } from './features.js';

const PARTS = ['B', 'I', 'E', 'S'] as const;
/**
 * The types the tagger tells apart: ours, and CLUENER's scenes (landmarks,
 * parks, mountains and rivers: 帝国大厦, 长阳体育公园, 塞纳河畔), which zhner
 * does not report. Learnt as "nothing", scenes were what the tagger most often
 * called places wrongly; as a type of their own, the whole pipeline's place F1
 * rose by 0.015 and person by 0.005 on ten folds (micro +0.003; CROSS-VALIDATION.md),
 * for four more tags. Scene spans are dropped after decoding (modelCandidates).
 */
export const MODEL_TYPES = [...ENTITY_TYPES, 'scene'] as const;
export type ModelType = (typeof MODEL_TYPES)[number];
/** Tag 0 is O; tag 1 + 4·type + part is part (B I E S) of MODEL_TYPES[type]. */
export const TAGS: string[] = ['O', ...MODEL_TYPES.flatMap((type) => PARTS.map((part) => `${part}-${type}`))];
export const TAG_COUNT = TAGS.length;
const B = 0, I = 1, E = 2, S = 3;

function tagOf(type: ModelType, part: number): number {
  return 1 + MODEL_TYPES.indexOf(type) * 4 + part;
}
function typeOfTag(tag: number): ModelType | null {
  return tag === 0 ? null : MODEL_TYPES[(tag - 1) >> 2];
}
function partOfTag(tag: number): number {
  return (tag - 1) & 3;
}

/** Whether tag `to` may follow tag `from` (-1: sequence start). */
export function allowed(from: number, to: number): boolean {
  const open = from > 0 && (partOfTag(from) === B || partOfTag(from) === I);
  if (open) return to > 0 && typeOfTag(to) === typeOfTag(from) && (partOfTag(to) === I || partOfTag(to) === E);
  return to === 0 || partOfTag(to) === B || partOfTag(to) === S;
}
/** Whether a sequence may end on `tag`. */
export function allowedEnd(tag: number): boolean {
  return tag === 0 || partOfTag(tag) === E || partOfTag(tag) === S;
}

/** Gold spans -> BIOES tags (spans must not overlap; overlapping ones are skipped). */
export function encodeTags(length: number, spans: readonly { start: number; end: number; type: ModelType }[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < 0 || span.end > length || span.end <= span.start) continue;
    let free = true;
    for (let i = span.start; i < span.end; i++) if (tags[i]) free = false;
    if (!free) continue;
    if (span.end - span.start === 1) tags[span.start] = tagOf(span.type, S);
    else {
      tags[span.start] = tagOf(span.type, B);
      for (let i = span.start + 1; i < span.end - 1; i++) tags[i] = tagOf(span.type, I);
      tags[span.end - 1] = tagOf(span.type, E);
    }
  }
  return tags;
}

/** BIOES tags -> spans. Tolerates invalid sequences (an unfinished span is dropped). */
export function decodeTags(tags: ArrayLike<number>): { start: number; end: number; type: ModelType }[] {
  const spans: { start: number; end: number; type: ModelType }[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const type = typeOfTag(tag);
    if (!type) {
      open = -1;
      continue;
    }
    const part = partOfTag(tag);
    if (part === S) {
      spans.push({ start: i, end: i + 1, type });
      open = -1;
    } else if (part === B) open = i;
    else if (open < 0 || typeOfTag(tags[open]) !== type) open = -1;
    else if (part === E) {
      spans.push({ start: open, end: i + 1, type });
      open = -1;
    }
  }
  return spans;
}

/** Transition scores: T×T (from, to), then start and end scores, with the BIOES constraints. */
interface Transitions {
  matrix: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

const NEG = -1e30;
/** For each tag, the tags allowed before it: Viterbi only looks at these. */
const PREDECESSORS_OF: number[][] = Array.from({ length: TAG_COUNT }, (_, to) => Array.from({ length: TAG_COUNT }, (_, from) => from).filter((from) => allowed(from, to)));

let backBuffer = new Uint8Array(0);
const firstRow = new Float64Array(TAG_COUNT);
const lastRow = new Float64Array(TAG_COUNT);

type ForwardPass = (emissions: Float32Array, n: number, matrix: Float32Array, first: Float64Array, last: Float64Array, back: Uint8Array) => void;

/**
 * Viterbi's forward pass with the BIOES lattice unrolled: each tag's
 * predecessors are written out and the previous position's scores live in
 * one local per tag, instead of a loop over a predecessor list reading an
 * array (0.69 -> 0.3 ms on the bundled article, same paths; ties go to the
 * lowest predecessor, as before). Backpointers go to `back`, the scores of
 * the last position to `last`.
 */
const forwardPass = (() => {
  const tags = Array.from({ length: TAG_COUNT }, (_, t) => t);
  const step = tags
    .map((to) => {
      const [head, ...rest] = PREDECESSORS_OF[to];
      return `{
        let best = p${head} + matrix[${head * TAG_COUNT + to}]; let arg = ${head};
        ${rest.map((from) => `{ const score = p${from} + matrix[${from * TAG_COUNT + to}]; if (score > best) { best = score; arg = ${from}; } }`).join('\n        ')}
        c${to} = best + emissions[row + ${to}]; back[row + ${to}] = arg;
      }`;
    })
    .join('\n');
  const source = `
    ${tags.map((t) => `let p${t} = first[${t}]; let c${t} = 0;`).join(' ')}
    for (let i = 1; i < n; i++) {
      const row = i * ${TAG_COUNT};
      ${step}
      ${tags.map((t) => `p${t} = c${t};`).join(' ')}
    }
    ${tags.map((t) => `last[${t}] = p${t};`).join(' ')}`;
  return new Function('emissions', 'n', 'matrix', 'first', 'last', 'back', source) as ForwardPass;
})();

/**
 * Best tag sequence for emission scores (n×T, row-major) under the
 * transitions and the BIOES constraints: the result is always a valid
 * sequence.
 */
export function viterbi(emissions: Float32Array, n: number, transitions: Transitions): Uint8Array {
  const T = TAG_COUNT;
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  // Backpointers are all written before they are read, so the buffer is reused without clearing.
  if (backBuffer.length < n * T) backBuffer = new Uint8Array(Math.max(n * T, backBuffer.length * 2));
  const back = backBuffer;
  for (let t = 0; t < T; t++) firstRow[t] = allowed(-1, t) ? transitions.start[t] + emissions[t] : NEG;
  forwardPass(emissions, n, transitions.matrix, firstRow, lastRow, back);
  let best = NEG;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (!allowedEnd(t)) continue;
    const score = lastRow[t] + transitions.end[t];
    if (score > best) {
      best = score;
      arg = t;
    }
  }
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  return tags;
}

/** Feature hash -> row index, open addressing over a power-of-two table (keys are never 0). */
export class FeatureTable {
  /** Slot s holds the key at 2s and its row at 2s + 1 (one cache line for both). */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(hashes: Uint32Array) {
    let capacity = 16;
    while (capacity < hashes.length * 2) capacity *= 2;
    this.slots = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let row = 0; row < hashes.length; row++) {
      let slot = hashes[row] & this.mask;
      while (this.slots[slot * 2] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hashes[row];
      this.slots[slot * 2 + 1] = row;
    }
  }

  get(hash: number): number {
    let slot = hash & this.mask;
    for (;;) {
      const key = this.slots[slot * 2];
      if (key === hash) return this.slots[slot * 2 + 1];
      if (key === 0) return -1;
      slot = (slot + 1) & this.mask;
    }
  }
}

/**
 * A loaded model: hashed feature rows of per-tag weights plus transitions.
 * The weights are the model file's int16 values × scale, packed two to a
 * float64 (see packRows): a row sum then takes 11 additions instead of 21,
 * and integer sums in a double's 53 bits are exact, so the scores are the
 * same as summing the int16 values one by one.
 */
export interface TaggerModel {
  featureVersion: number;
  table: FeatureTable;
  /** F rows of PACKED_WIDTH float64s: tags 2j and 2j + 1 of a row share lane j. */
  rows: Float64Array;
  scale: number;
  transitions: Transitions;
}

/** Float64s per packed row. */
const PACKED_WIDTH = Math.ceil(TAG_COUNT / 2);
/**
 * The second weight of a pair is multiplied by 2^26. A position has at most
 * MAX_PER_CHAR (48) features, so the sum of the first weights stays below
 * 2^15 × 48 < 2^21 in magnitude, far from the second's bits, and both sums
 * together stay inside a double's exact integers (2^53).
 */
const LANE = 2 ** 26;
if (2 ** 15 * MAX_PER_CHAR >= LANE / 2) throw new Error('packed weight lanes too narrow for MAX_PER_CHAR features');

/** int16 weights (F×T, row-major) -> packed rows. */
export function packRows(weights: Int16Array): Float64Array {
  const rowCount = weights.length / TAG_COUNT;
  const rows = new Float64Array(rowCount * PACKED_WIDTH);
  for (let row = 0; row < rowCount; row++) {
    for (let lane = 0; lane < PACKED_WIDTH; lane++) {
      const low = weights[row * TAG_COUNT + 2 * lane];
      const high = 2 * lane + 1 < TAG_COUNT ? weights[row * TAG_COUNT + 2 * lane + 1] : 0;
      rows[row * PACKED_WIDTH + lane] = low + high * LANE;
    }
  }
  return rows;
}

const T_ = TAG_COUNT;
let scoreBuffer = new Float32Array(0);
let rowBuffer = new Int32Array(0);

type RowSummer = (table: FeatureTable, rows: Float64Array, scale: number, ids: Uint32Array, offsets: Int32Array, n: number, scores: Float32Array, rowOf: Int32Array) => Float32Array;

/**
 * Emission scores: for each position, the sum of its features' packed rows,
 * unpacked and scaled once. This is the hottest loop of the pipeline (25
 * features × 21 tags per character), so it is generated with one named
 * accumulator per lane: V8 then keeps the sums in registers, where a loop
 * over a sums array loads and stores each of them per feature. Unpacking
 * takes the low weight's sum as the remainder nearest zero, which is exact
 * because that sum is far below 2^25 in magnitude (LANE). Measured on the
 * bundled article: 0.91 ms with 21 int16 additions per row, 0.58 ms packed,
 * identical scores. (Keeping only each row's non-zero two thirds, with their
 * tags, was measured slower.) The rows are looked up for the whole text
 * before any is summed: lookups that depend on nothing but the feature let
 * the processor wait for several cache misses at once, where a lookup
 * followed at once by its row's additions waited for each (extract() about
 * 3 % faster on the bundled article, alternating builds in one process).
 */
const sumRows = (() => {
  const lanes = Array.from({ length: PACKED_WIDTH }, (_, lane) => lane);
  const unpack = lanes
    .map((lane) =>
      2 * lane + 1 < TAG_COUNT
        ? `{ const high = Math.round(a${lane} / ${LANE}); scores[out + ${2 * lane}] = (a${lane} - high * ${LANE}) * scale; scores[out + ${2 * lane + 1}] = high * scale; }`
        : `scores[out + ${2 * lane}] = a${lane} * scale;`,
    )
    .join('\n      ');
  const source = `
    const featureCount = offsets[n];
    for (let k = 0; k < featureCount; k++) rowOf[k] = table.get(ids[k]);
    for (let i = 0; i < n; i++) {
      ${lanes.map((lane) => `let a${lane} = 0;`).join(' ')}
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const row = rowOf[k];
        if (row < 0) continue;
        const w = row * ${PACKED_WIDTH};
        ${lanes.map((lane) => `a${lane} += rows[w + ${lane}];`).join(' ')}
      }
      const out = i * ${TAG_COUNT};
      ${unpack}
    }
    return scores;`;
  return new Function('table', 'rows', 'scale', 'ids', 'offsets', 'n', 'scores', 'rowOf', source) as RowSummer;
})();

/**
 * Emission scores (n×T) for flattened features. With `reuse`, the result is a
 * view of a buffer shared between calls (valid until the next call).
 */
export function emissions(model: TaggerModel, ids: Uint32Array, offsets: Int32Array, n: number, reuse = false): Float32Array {
  let scores: Float32Array;
  if (reuse) {
    if (scoreBuffer.length < n * T_) scoreBuffer = new Float32Array(Math.max(n * T_, scoreBuffer.length * 2));
    scores = scoreBuffer.subarray(0, n * T_);
  } else scores = new Float32Array(n * T_);
  if (rowBuffer.length < offsets[n]) rowBuffer = new Int32Array(Math.max(offsets[n], rowBuffer.length * 2));
  return sumRows(model.table, model.rows, model.scale, ids, offsets, n, scores, rowBuffer);
}
