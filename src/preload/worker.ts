/**
 * Builds the preloadable tables (src/preload), or reads them from the
 * build's snapshot while it matches, and posts them to the thread that
 * started it. Importing the pipeline declares every such table.
 */
import { parentPort, workerData } from 'node:worker_threads';
import '../index.js';
import { tablesHere, transferableBuffers } from './index.js';
import { readSnapshot } from './snapshot.js';

const tables = tablesHere((workerData as { skip: string[] }).skip, readSnapshot());
parentPort!.postMessage(tables, transferableBuffers(tables));
