/**
 * Builds the preloadable tables (src/preload), or reads them from the
 * build's snapshot while it matches, and posts them to the thread that
 * started it. Importing the pipeline declares every such table.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { preloadableTables } from '../dictionaries/files.js';
import '../index.js';
import { transferableBuffers } from './index.js';
import { readSnapshot } from './snapshot.js';

const skip = new Set((workerData as { skip: string[] }).skip);
const snapshot = readSnapshot();
const tables: Record<string, unknown> = {};
for (const [name, { table }] of preloadableTables()) if (!skip.has(name)) tables[name] = snapshot?.[name] ?? table();
parentPort!.postMessage(tables, transferableBuffers(tables));
