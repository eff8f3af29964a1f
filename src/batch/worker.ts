/**
 * A worker thread: loads the pipeline (and jieba, on the first document)
 * once, then processes one file per message until the pool closes it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processFile, type FileTask, type ProcessOptions } from './process.js';

const options = workerData as ProcessOptions;

parentPort!.on('message', async (task: FileTask) => {
  parentPort!.postMessage(await processFile(task, options));
});
