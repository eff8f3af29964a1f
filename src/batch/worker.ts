/**
 * A worker thread: loads the pipeline and jieba once, then processes one
 * file per message until the pool closes it. A worker the pool starts with
 * loads jieba at once and waits for the tables the pool has a single
 * thread build for all of its workers (src/preload); one started later, to
 * replace a crashed worker, builds its own on the first document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installTables, type BuiltTables } from '../preload/index.js';
import { loadJieba } from '../segment/jieba.js';
import { processFile, type FileTask, type ProcessOptions } from './process.js';

/** The pool's messages: a file to process, or the shared tables (undefined when building them failed). */
export type WorkerMessage = FileTask | { tables: BuiltTables | undefined };

const options = workerData as ProcessOptions & { awaitTables: boolean };

let tablesArrived: () => void = () => {};
const ready = options.awaitTables ? new Promise<void>((resolve) => (tablesArrived = resolve)) : Promise.resolve();
if (options.awaitTables) {
  try {
    loadJieba(options.dictionaries);
  } catch {
    // A bad dictionary fails each file, where it is reported.
  }
}

parentPort!.on('message', async (message: WorkerMessage) => {
  if ('tables' in message) {
    if (message.tables) installTables(message.tables);
    tablesArrived();
    return;
  }
  await ready;
  parentPort!.postMessage(await processFile(message, options));
});
