/**
 * The preloadable tables as the build saved them (`npm run build` ends with
 * scripts/snapshot-tables.mjs, which writes dist/tables.snapshot). Reading
 * them back takes about 40 ms where building them from the dictionaries
 * takes about 600, and on two cores that building, not jieba's load, was
 * the longer half of start-up.
 *
 * A snapshot is used only while its fingerprint still matches: the contents
 * of every dictionary, model and compiled module of the package, and the
 * V8 that wrote it (its serialization format is V8's own). An edited
 * dictionary, a rebuilt module or another Node means the tables are built
 * from the files as before: a stale or damaged snapshot costs time, never a
 * wrong table.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { BuiltTables } from './index.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SNAPSHOT_PATH = join(packageRoot, 'dist', 'tables.snapshot');

/** Every file under `directory` whose name passes `keep`, sorted. */
function filesUnder(directory: string, keep: (name: string) => boolean): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path, keep));
    else if (keep(entry.name)) files.push(path);
  }
  return files.sort();
}

/** What the tables of the package at `root` are built from and with; about 15 ms to read and hash. */
export function fingerprint(root = packageRoot): string {
  const hash = createHash('sha256').update(`v8 ${process.versions.v8}\0`);
  const sources = [
    ...filesUnder(join(root, 'dictionaries'), (name) => name.endsWith('.txt')),
    ...filesUnder(join(root, 'models'), (name) => name.endsWith('.bin.gz')),
    ...filesUnder(join(root, 'dist'), (name) => name.endsWith('.js')),
  ];
  for (const file of sources) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

/**
 * Typed arrays that own their buffers: V8 reads the aligned ones back as
 * views into the one buffer holding the whole file, which a transfer to
 * another thread skips (so it copies them) and which stays alive as long as
 * any of them does.
 */
function ownBuffers(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return (value as unknown as { slice(): unknown }).slice();
  if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) {
    for (const [key, field] of Object.entries(value)) (value as Record<string, unknown>)[key] = ownBuffers(field);
  }
  return value;
}

/** The tables saved at build time, or undefined when there are none or they no longer match what they were built from. */
export function readSnapshot(path = SNAPSHOT_PATH): BuiltTables | undefined {
  try {
    const data = readFileSync(path);
    const length = data.readUInt32LE(0);
    if (data.toString('latin1', 4, 4 + length) !== fingerprint()) return undefined;
    return ownBuffers(deserialize(data.subarray(4 + length))) as BuiltTables;
  } catch {
    return undefined;
  }
}

/** Save `tables` (every preloadable table, built here) with the fingerprint of what they were built from. */
export function writeSnapshot(tables: BuiltTables, path = SNAPSHOT_PATH): void {
  const stamp = Buffer.from(fingerprint(), 'latin1');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(stamp.length);
  // Whole or not at all: a process starting meanwhile reads the old file or the new one.
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([length, stamp, serialize(tables)]));
    renameSync(temporary, path);
  } finally {
    rmSync(temporary, { force: true });
  }
}
