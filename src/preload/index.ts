/**
 * Start-up in parallel: jieba's dictionary load (about 0.5 s here) is one
 * synchronous native call, and our own tables take about 0.6 s more to
 * build from the dictionaries. Here a worker thread reads the heaviest of
 * ours (the tables declared with `lazy(…, { name })`) from the build's
 * snapshot (./snapshot.ts, about 40 ms), or builds them when it does not
 * match, on the other core while jieba loads, then hands them over: typed
 * arrays are transferred, not copied, and Maps and Sets are cloned. An
 * in-process run (load(),
 * preloadTables) takes them in the thread that loads jieba; the batch pool
 * (src/batch/pool.ts) has one such thread build them for all its workers.
 *
 * Anything that goes wrong in the worker only means the tables are built
 * on first use, as without preloading: the error, if it is real, is raised
 * there again, where it is reported.
 */
import { Worker } from 'node:worker_threads';
import { preloadableTables } from '../dictionaries/files.js';
import { readSnapshot } from './snapshot.js';

/** Tables built by a worker, by name, as structured clones: install them with installTables(). */
export type BuiltTables = Record<string, unknown>;

/**
 * Start a worker building the preloadable tables, except those named in
 * `skip`. `tables` resolves to them (transferred to this thread), or to
 * undefined if the worker failed; `stop()` ends a worker whose tables
 * nobody will take.
 */
export function buildTables(skip: readonly string[] = []): { tables: Promise<BuiltTables | undefined>; stop(): void } {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { skip: [...skip] } });
  const tables = new Promise<BuiltTables | undefined>((resolve) => {
    worker.once('message', (built: BuiltTables) => resolve(built));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { tables, stop: () => void worker.terminate() };
}

/**
 * Every preloadable table except those named in `skip`: from `saved` (a
 * snapshot's tables) where it has them, else built here. What the preload
 * worker posts and what the build saves.
 */
export function tablesHere(skip: readonly string[] = [], saved: BuiltTables = {}): BuiltTables {
  const tables: BuiltTables = {};
  for (const [name, { table }] of preloadableTables()) if (!skip.includes(name)) tables[name] = saved[name] ?? table();
  return tables;
}

/** Whether this thread was given tables, or looked for its own in the snapshot already. */
let tablesSettled = false;

/** Give built tables to this thread's lazy tables (those not built here already); the names installed. */
export function installTables(tables: BuiltTables): string[] {
  const declared = preloadableTables();
  const installed: string[] = [];
  for (const [name, value] of Object.entries(tables)) {
    const entry = declared.get(name);
    if (!entry) continue;
    entry.table.provide(entry.revive(value));
    installed.push(name);
  }
  if (installed.length > 0) tablesSettled = true;
  return installed;
}

/**
 * For a thread no one handed tables to (extract() without load(), a batch
 * worker started to replace a crashed one): the build's snapshot, read once
 * (about 75 ms here, where building the tables on first use takes about
 * 0.5 s), except the tables named in `skip`. Without a matching snapshot
 * the tables are built on first use, as before.
 */
export function installSnapshotOnce(skip: readonly string[] = []): void {
  if (tablesSettled) return;
  tablesSettled = true;
  const tables = readSnapshot();
  if (!tables) return;
  for (const name of skip) delete tables[name];
  installTables(tables);
}

/**
 * Run `meanwhile` (jieba's load) here while a worker builds the preloadable
 * tables, except those named in `skip`; then install what the worker built.
 * Resolves to the names of the tables installed (none if the worker failed).
 */
export async function preloadTables(meanwhile: () => void, skip: readonly string[] = []): Promise<string[]> {
  const build = buildTables(skip);
  try {
    meanwhile();
  } catch (error) {
    // Nobody will take the tables: don't keep the process alive for them.
    build.stop();
    throw error;
  }
  const tables = await build.tables;
  return tables ? installTables(tables) : [];
}

/** The ArrayBuffers a table's typed arrays own whole (at any depth of plain objects), for transferring instead of copying. */
export function transferableBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength) found.add(value.buffer);
  } else if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) {
    for (const field of Object.values(value)) transferableBuffers(field, found);
  }
  return [...found];
}
