/**
 * The model file (models/tagger.bin.gz): gzip of a little-endian binary
 *
 *   bytes 0-7    magic "ZHNERTAG"
 *   uint32       format version (1)
 *   uint32       feature version (FEATURE_VERSION of src/model/features.ts)
 *   uint32       tag count T
 *   uint32       feature count F
 *   float32      weight scale: weight = int16 × scale
 *   uint32       byte length L of the tag names, then L bytes of UTF-8 JSON
 *                (["O","B-person",…]); padded with spaces to a multiple of 4
 *   float32[T×T] transition scores, row = previous tag
 *   float32[T]   start scores, then float32[T] end scores
 *   uint32[F]    feature hashes, ascending
 *   int16[F×T]   quantized weights, one row of T per feature
 *
 * Features whose weights are all near zero are pruned before writing.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { FeatureTable, packRows, TAGS, TAG_COUNT, type TaggerModel } from './tagger.js';

const MAGIC = 'ZHNERTAG';
const FORMAT_VERSION = 1;

interface ModelData {
  featureVersion: number;
  hashes: Uint32Array;
  /** F×T, row-major. */
  weights: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
  end: Float32Array;
}

export function encodeModel(model: ModelData): Buffer {
  const T = TAG_COUNT;
  const F = model.hashes.length;
  const order = Array.from({ length: F }, (_, i) => i).sort((a, b) => model.hashes[a] - model.hashes[b]);
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  let names = Buffer.from(JSON.stringify(TAGS), 'utf8');
  if (names.length % 4) names = Buffer.concat([names, Buffer.alloc(4 - (names.length % 4), 0x20)]);
  const size = 8 + 4 * 5 + 4 + names.length + 4 * (T * T + 2 * T) + 4 * F + 2 * F * T;
  const out = Buffer.alloc(size);
  let at = out.write(MAGIC, 0, 'latin1');
  for (const value of [FORMAT_VERSION, model.featureVersion, T, F]) at = out.writeUInt32LE(value, at);
  at = out.writeFloatLE(scale, at);
  at = out.writeUInt32LE(names.length, at);
  at += names.copy(out, at);
  for (const array of [model.transitions, model.start, model.end]) for (const value of array) at = out.writeFloatLE(value, at);
  for (const row of order) at = out.writeUInt32LE(model.hashes[row], at);
  for (const row of order) {
    for (let t = 0; t < T; t++) at = out.writeInt16LE(Math.round(model.weights[row * T + t] / scale), at);
  }
  return gzipSync(out, { level: 9 });
}

export function decodeModel(file: Buffer): TaggerModel {
  let data: Buffer;
  try {
    data = gunzipSync(file);
  } catch {
    throw new Error('not a zhner tagger model (not gzip data)');
  }
  if (data.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a zhner tagger model (bad magic)');
  let at = 8;
  const u32 = () => {
    const value = data.readUInt32LE(at);
    at += 4;
    return value;
  };
  const version = u32();
  if (version !== FORMAT_VERSION) throw new Error(`unsupported tagger model format ${version}`);
  const featureVersion = u32();
  const T = u32();
  const F = u32();
  const scale = data.readFloatLE(at);
  at += 4;
  const namesLength = u32();
  const names = JSON.parse(data.toString('utf8', at, at + namesLength)) as string[];
  at += namesLength;
  if (T !== TAG_COUNT || names.join() !== TAGS.join()) throw new Error('tagger model was trained for another tag set');
  const floats = (count: number) => {
    const array = new Float32Array(count);
    for (let i = 0; i < count; i++, at += 4) array[i] = data.readFloatLE(at);
    return array;
  };
  const matrix = floats(T * T);
  const start = floats(T);
  const end = floats(T);
  const hashes = new Uint32Array(F);
  for (let i = 0; i < F; i++, at += 4) hashes[i] = data.readUInt32LE(at);
  const weights = new Int16Array(F * T);
  for (let i = 0; i < F * T; i++, at += 2) weights[i] = data.readInt16LE(at);
  return { featureVersion, table: new FeatureTable(hashes), rows: packRows(weights), scale, transitions: { matrix, start, end } };
}
