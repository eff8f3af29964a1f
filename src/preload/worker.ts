/**
 * Builds the preloadable tables (src/preload) and posts them to the thread
 * that started it. Importing the pipeline declares every such table.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { preloadableTables } from '../dictionaries/files.js';
import '../index.js';
import { transferableBuffers } from './index.js';

const skip = new Set((workerData as { skip: string[] }).skip);
const tables: Record<string, unknown> = {};
for (const [name, { table }] of preloadableTables()) if (!skip.has(name)) tables[name] = table();
parentPort!.postMessage(tables, transferableBuffers(tables));
