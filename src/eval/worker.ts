/**
 * The worker thread that runs extraction for src/eval/index.ts. Extraction is
 * synchronous, so a sentence that sends a recognizer into a loop would stall
 * the whole evaluation; in a worker it can be timed out and the worker
 * replaced, and the run goes on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extract } from '../index.js';
import { jiebaEntities } from './baseline.js';
import type { TypedSpan } from './score.js';

export type Task = 'ours' | 'jieba';

export interface WorkerOptions {
  /** A tagger model file instead of the shipped one (ExtractOptions.model). */
  model?: string;
}

export interface TaskRequest {
  id: number;
  task: Task;
  text: string;
}

export type WorkerMessage =
  | { ready: true }
  | { id: number; spans: TypedSpan[] }
  | { id: number; error: string };

const { model } = (workerData ?? {}) as WorkerOptions;

function run(task: Task, text: string): TypedSpan[] {
  if (task === 'jieba') return jiebaEntities(text);
  return extract(text, { model }).entities.map(({ type, start, end }) => ({ type, start, end }));
}

const port = parentPort;
if (!port) throw new Error('src/eval/worker.ts must run as a worker thread');

// Load jieba and every lazy dictionary before reporting ready, so that the
// first sentence's time limit measures extraction, not loading.
const WARM_UP = '广西贵港市桂平市木乐镇党委书记何书记与清华大学和中国石油天然气集团有限公司的代表见面。';
run('ours', WARM_UP);
run('jieba', WARM_UP);
port.postMessage({ ready: true } satisfies WorkerMessage);

port.on('message', ({ id, task, text }: TaskRequest) => {
  let message: WorkerMessage;
  try {
    message = { id, spans: run(task, text) };
  } catch (error) {
    message = { id, error: (error as Error).message };
  }
  port.postMessage(message);
});
