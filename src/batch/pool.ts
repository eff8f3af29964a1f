/**
 * A fixed set of worker threads, each working on one file at a time. A
 * worker that dies (a crash in native code, out of memory) fails only the
 * file it held and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { buildTables, transferableBuffers } from '../preload/index.js';
import type { FileOutcome, FileTask, ProcessOptions } from './process.js';
import type { WorkerMessage } from './worker.js';

/** Old-generation heap per worker; see spawn(). */
const WORKER_HEAP_MB = 256;
/**
 * Young generation per worker: V8 splits it into two semi-spaces and a
 * large-object space, so 6 MB means 2 MB semi-spaces. V8 otherwise grows
 * them to 16 MB each while the tables load and keeps them: 32 MB of RSS per
 * worker for objects that mostly die young anyway. Throughput on generated
 * articles measured the same (within this machine's noise) with 2 MB and
 * 16 MB semi-spaces, and RSS 38 MB lower.
 */
const WORKER_YOUNG_MB = 6;

interface Job {
  task: FileTask;
  resolve: (outcome: FileOutcome) => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  /** Started with the pool, and not yet sent the shared tables. */
  awaitsTables: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: Job[] = [];
  private closed = false;

  /** Ends the thread building the shared tables, if it is still at work. */
  private readonly stopBuilding: () => void;

  /**
   * Start `size` workers. They load jieba at once while one more thread
   * builds our tables for all of them (src/preload), instead of each
   * building its own after jieba: on two cores, three threads doing 2 × 1.6
   * + 0.9 s of work instead of two doing 2 × (1.6 + 0.9) s.
   */
  constructor(
    size: number,
    private readonly options: ProcessOptions,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(true));
    const build = buildTables(options.model ? ['model'] : []);
    this.stopBuilding = build.stop;
    void build.tables.then((tables) => {
      const waiting = this.slots.filter((slot) => slot.awaitsTables);
      waiting.forEach((slot, index) => {
        slot.awaitsTables = false;
        // Copies for all but the last worker, which takes the buffers themselves.
        const message: WorkerMessage = { tables };
        if (tables && index === waiting.length - 1) slot.worker.postMessage(message, transferableBuffers(tables));
        else slot.worker.postMessage(message);
      });
    });
  }

  run(task: FileTask): Promise<FileOutcome> {
    return new Promise((resolve) => {
      this.waiting.push({ task, resolve });
      this.dispatch();
    });
  }

  /**
   * Stop every worker once it is idle. Terminating a worker in the middle of
   * a native jieba call aborts the whole process ("terminate called after
   * throwing an instance of 'Napi::Error'"), which Ctrl-C used to do now and
   * then; waiting for the file in hand costs at most one file's time.
   */
  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    this.stopBuilding();
    await Promise.all(
      this.slots.map(async (slot) => {
        // The file in hand ends with its result, or with the worker dying.
        if (slot.job) {
          await new Promise<void>((resolve) => {
            slot.worker.once('message', () => resolve());
            slot.worker.once('exit', () => resolve());
          });
        }
        await slot.worker.terminate();
      }),
    );
  }

  private spawn(awaitTables: boolean): Slot {
    // A cap on each worker's heap makes V8 collect before it grows with the corpus (peak RSS on 10,000
    // articles otherwise ends well above that on 1,000); the pipeline itself needs about 100 MB of heap.
    const slot: Slot = {
      worker: new Worker(new URL('./worker.js', import.meta.url), {
        workerData: { ...this.options, awaitTables },
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
      }),
      awaitsTables: awaitTables,
    };
    slot.worker.on('message', (outcome: FileOutcome) => {
      const job = slot.job!;
      slot.job = undefined;
      job.resolve(outcome);
      this.dispatch();
    });
    slot.worker.on('error', (error) => this.replace(slot, error.message));
    slot.worker.on('exit', (code) => {
      if (!this.closed) this.replace(slot, `worker exited with code ${code}`);
    });
    return slot;
  }

  private replace(slot: Slot, reason: string): void {
    if (this.closed) return;
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    const job = slot.job;
    slot.job = undefined;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    // A replacement builds its own tables: the shared ones are given away by now, or will go to the others.
    this.slots[index] = this.spawn(false);
    if (job) {
      job.resolve({ index: job.task.index, source: job.task.source, chars: 0, multiple: false, items: [{ error: { source: job.task.source, code: 'worker-crashed', message: `extraction crashed: ${reason}` } }] });
    }
    this.dispatch();
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.waiting.length === 0) return;
      if (slot.job) continue;
      slot.job = this.waiting.shift()!;
      slot.worker.postMessage(slot.job.task);
    }
  }
}
