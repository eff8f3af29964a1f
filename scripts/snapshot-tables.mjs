#!/usr/bin/env node
/**
 * The last step of `npm run build`: build every preloadable table once and
 * save them to dist/tables.snapshot (src/preload/snapshot.ts), so that each
 * zhner process reads them in about 40 ms instead of building them in about
 * 600. A process finding no snapshot, or one that no longer matches the
 * dictionaries, models and modules, builds the tables as before.
 */
import { dirname, join, relative } from 'node:path';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
await import(join(root, 'dist', 'index.js'));
const { tablesHere } = await import(join(root, 'dist', 'preload', 'index.js'));
const { writeSnapshot, SNAPSHOT_PATH } = await import(join(root, 'dist', 'preload', 'snapshot.js'));

const started = performance.now();
const tables = tablesHere();
writeSnapshot(tables);
const megabytes = (statSync(SNAPSHOT_PATH).size / 1e6).toFixed(1);
process.stderr.write(`zhner build: ${Object.keys(tables).length} tables saved to ${relative(root, SNAPSHOT_PATH)} (${megabytes} MB, ${Math.round(performance.now() - started)} ms)\n`);
