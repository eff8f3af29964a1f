/**
 * Evaluation: run extract() over a gold JSONL file, score it (src/eval/score.ts)
 * and, on request, score jieba's own tags on the same sentences as a baseline.
 *
 * Extraction runs in one worker thread (src/eval/worker.ts) that loads jieba
 * once. A sentence that takes longer than the time limit is counted as
 * producing nothing, reported as a failure, and the worker is replaced, so
 * one pathological sentence cannot stall a run over thousands.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { EntityType } from '../doc.js';
import {
  LABEL_MAPS,
  addTally,
  compareSentence,
  emptyTally,
  goldSpans,
  score,
  scoredTypes,
  type GoldRecord,
  type LabelledSpan,
  type LabelMap,
  type MapName,
  type Mismatch,
  type MismatchCause,
  type Scores,
  type Tally,
  type TypedSpan,
} from './score.js';
import type { Task, TaskRequest, WorkerMessage, WorkerOptions } from './worker.js';

export * from './score.js';

interface EvaluateOptions {
  /**
   * Score only every Nth record, starting with the first (0-based record
   * index % N === 0): with 10, the held-out dev split of the tagger in src/model.
   */
  every?: number;
  /** Stop after scoring this many records. */
  limit?: number;
  /** Keep up to this many sample false positives and misses per type. */
  errors?: number;
  /** Also score jieba's tags. */
  baseline?: boolean;
  /** Per-sentence time limit for one system, in milliseconds (default 2000). */
  timeoutMs?: number;
  /** A tagger model file for extract() instead of the shipped one (ExtractOptions.model). */
  model?: string;
  /** Called every 1000 sentences, for progress output. */
  onProgress?: (sentences: number) => void;
}

export const DEFAULT_TIMEOUT_MS = 2000;
/** Characters of context shown on each side of a sample error. */
const CONTEXT_CHARACTERS = 10;

export interface ErrorSample {
  line: number;
  kind: Mismatch['kind'];
  type: EntityType;
  text: string;
  start: number;
  end: number;
  cause: MismatchCause;
  /** The other side's span behind the cause, with its text. */
  evidence?: { label: string; text: string; start: number; end: number };
  /** The span in [brackets] with up to 10 characters on each side. */
  context: string;
}

interface CauseCounts {
  falsePositives: Partial<Record<MismatchCause, number>>;
  misses: Partial<Record<MismatchCause, number>>;
}

interface ExtractionFailure {
  line: number;
  reason: 'timeout' | 'error';
  message: string;
  text: string;
}

export interface SystemReport {
  system: 'zhner' | 'jieba';
  scores: Scores;
  causes: Partial<Record<EntityType, CauseCounts>>;
  /** Present when samples were asked for. */
  errors?: Partial<Record<EntityType, { falsePositives: ErrorSample[]; misses: ErrorSample[] }>>;
  /** Sentences the system failed on; their gold spans count as misses. */
  failures: ExtractionFailure[];
}

export interface EvaluationReport {
  gold: string;
  map: MapName;
  types: EntityType[];
  /** Set when only every Nth record was scored. */
  every?: number;
  sentences: number;
  seconds: number;
  ours: SystemReport;
  baseline?: SystemReport;
}

/** A gold file that cannot be read or parsed; `source` is the path, or path:line. */
export class GoldFileError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(message);
  }
}

interface NumberedRecord {
  /** 1-based line in the gold file, for finding a sentence again. */
  line: number;
  record: GoldRecord;
  /** The record's gold spans, when whoever read it has them already (readGoldFile, which checks them). */
  gold?: LabelledSpan[];
}

/** The record and its gold spans, once they are known to lie inside its text. */
function checkRecord(value: unknown, where: string): { record: GoldRecord; gold: LabelledSpan[] } {
  if (!value || typeof value !== 'object' || typeof (value as GoldRecord).text !== 'string') {
    throw new GoldFileError(where, 'record has no "text" string');
  }
  const record = value as GoldRecord;
  const length = [...record.text].length;
  const gold = goldSpans(record);
  for (const span of gold) {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length)) {
      throw new GoldFileError(where, `${span.label} span [${span.start}, ${span.end - 1}] is outside the text`);
    }
  }
  return { record, gold };
}

/** Stream the records of a gold JSONL file, skipping blank lines. */
async function* readGoldFile(path: string): AsyncGenerator<NumberedRecord> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new GoldFileError(path, 'is a directory');
  } catch (error) {
    if (error instanceof GoldFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new GoldFileError(path, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message);
  }
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new GoldFileError(`${path}:${line}`, 'not a JSON object');
      }
      yield { line, ...checkRecord(value, `${path}:${line}`) };
    }
  } catch (error) {
    if (error instanceof GoldFileError) throw error;
    throw new GoldFileError(path, (error as Error).message);
  } finally {
    // Closing readline leaves the file open when a caller stops early (--limit).
    lines.close();
    input.destroy();
  }
}

type TaskOutcome = { spans: TypedSpan[] } | { failure: ExtractionFailure['reason']; message: string };

/** One worker thread running extraction tasks one at a time, replaced when a task times out. */
class ExtractionWorker {
  private worker?: Worker;
  private ready?: Promise<void>;
  private nextId = 0;
  private pending?: { id: number; worker: Worker; settle: (outcome: TaskOutcome) => void };

  constructor(
    private readonly timeoutMs: number,
    private readonly model?: string,
  ) {}

  private start(): Promise<void> {
    // The compiled worker beside this module: evaluation runs from dist/, not from the TypeScript sources.
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { model: this.model } satisfies WorkerOptions });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      // Loading jieba and the dictionaries takes a few seconds; a minute means something is wrong.
      const startTimer = setTimeout(() => {
        reject(new Error('the extraction worker did not start within 60 s'));
        void worker.terminate();
      }, 60_000);
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message) {
          clearTimeout(startTimer);
          resolve();
        } else if (this.pending?.worker === worker && message.id === this.pending.id) {
          this.pending.settle('spans' in message ? { spans: message.spans } : { failure: 'error', message: message.error });
        }
      });
      const fail = (message: string) => {
        clearTimeout(startTimer);
        if (this.worker === worker) this.worker = undefined;
        reject(new Error(`the extraction worker stopped: ${message}`));
        // A worker replaced after a timeout exits later; its exit must not settle the next worker's task.
        if (this.pending?.worker === worker) this.pending.settle({ failure: 'error', message });
      };
      worker.on('error', (error) => fail(error.message));
      worker.on('exit', (code) => fail(`exited with code ${code}`));
    });
    return this.ready;
  }

  async run(task: Task, text: string): Promise<TaskOutcome> {
    if (!this.worker) await this.start();
    else await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise<TaskOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.worker = undefined;
        void worker.terminate();
        resolve({ failure: 'timeout', message: `no result within ${this.timeoutMs} ms` });
      }, this.timeoutMs);
      this.pending = {
        id,
        worker,
        settle: (outcome) => {
          clearTimeout(timer);
          this.pending = undefined;
          resolve(outcome);
        },
      };
      worker.postMessage({ id, task, text } satisfies TaskRequest);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }
}

/** Tally, cause counts, samples and failures of one system over a run. */
class SystemAccumulator {
  private readonly tally: Tally;
  private readonly causes: Partial<Record<EntityType, CauseCounts>> = {};
  private readonly samples: NonNullable<SystemReport['errors']> = {};
  private readonly failures: ExtractionFailure[] = [];

  constructor(
    private readonly system: SystemReport['system'],
    private readonly map: LabelMap,
    private readonly types: EntityType[],
    private readonly samplesPerType: number,
  ) {
    this.tally = emptyTally(types);
    for (const type of types) {
      this.causes[type] = { falsePositives: {}, misses: {} };
      if (samplesPerType > 0) this.samples[type] = { falsePositives: [], misses: [] };
    }
  }

  add(line: number, record: GoldRecord, gold: LabelledSpan[], outcome: TaskOutcome): void {
    if ('failure' in outcome) this.failures.push({ line, reason: outcome.failure, message: outcome.message, text: record.text });
    const predicted = 'spans' in outcome ? outcome.spans : [];
    const comparison = compareSentence(record.text, gold, predicted, this.map);
    addTally(this.tally, comparison.counts);
    let characters: string[] | undefined;
    for (const mismatch of comparison.mismatches) {
      const causes = this.causes[mismatch.span.type]!;
      const byCause = mismatch.kind === 'miss' ? causes.misses : causes.falsePositives;
      byCause[mismatch.cause] = (byCause[mismatch.cause] ?? 0) + 1;
      const samples = this.samples[mismatch.span.type];
      const list = mismatch.kind === 'miss' ? samples?.misses : samples?.falsePositives;
      if (!list || list.length >= this.samplesPerType) continue;
      characters ??= [...record.text];
      list.push(sample(line, characters, mismatch));
    }
  }

  report(): SystemReport {
    return {
      system: this.system,
      scores: score(this.tally, this.types),
      causes: this.causes,
      ...(this.samplesPerType > 0 ? { errors: this.samples } : {}),
      failures: this.failures,
    };
  }
}

function sample(line: number, characters: string[], mismatch: Mismatch): ErrorSample {
  const { type, start, end } = mismatch.span;
  const slice = (from: number, to: number) => characters.slice(from, to).join('');
  const before = Math.max(0, start - CONTEXT_CHARACTERS);
  const after = Math.min(characters.length, end + CONTEXT_CHARACTERS);
  const context = `${before > 0 ? '…' : ''}${slice(before, start)}[${slice(start, end)}]${slice(end, after)}${after < characters.length ? '…' : ''}`;
  const { evidence } = mismatch;
  return {
    line,
    kind: mismatch.kind,
    type,
    text: slice(start, end),
    start,
    end,
    cause: mismatch.cause,
    ...(evidence ? { evidence: { ...evidence, text: slice(evidence.start, evidence.end) } } : {}),
    context,
  };
}

/** Score records from any source; `gold` names that source in the report. */
export async function evaluateRecords(
  records: AsyncIterable<NumberedRecord> | Iterable<NumberedRecord>,
  gold: string,
  mapName: MapName,
  options: EvaluateOptions = {},
): Promise<EvaluationReport> {
  const started = performance.now();
  const map: LabelMap = LABEL_MAPS[mapName];
  const types = scoredTypes(map);
  const samplesPerType = options.errors ?? 0;
  const ours = new SystemAccumulator('zhner', map, types, samplesPerType);
  const baseline = options.baseline ? new SystemAccumulator('jieba', map, types, samplesPerType) : undefined;
  const worker = new ExtractionWorker(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.model);
  let sentences = 0;
  let index = -1;
  try {
    for await (const { line, record, gold: goldFromReader } of records) {
      index++;
      if (options.every !== undefined && index % options.every !== 0) continue;
      if (options.limit !== undefined && sentences >= options.limit) break;
      // Once per sentence: both systems are scored against the same spans, which compareSentence leaves unchanged.
      const gold = goldFromReader ?? goldSpans(record);
      ours.add(line, record, gold, await worker.run('ours', record.text));
      if (baseline) baseline.add(line, record, gold, await worker.run('jieba', record.text));
      sentences++;
      if (sentences % 1000 === 0) options.onProgress?.(sentences);
    }
  } finally {
    await worker.close();
  }
  return {
    gold,
    map: mapName,
    types,
    ...(options.every ? { every: options.every } : {}),
    sentences,
    seconds: (performance.now() - started) / 1000,
    ours: ours.report(),
    ...(baseline ? { baseline: baseline.report() } : {}),
  };
}

/** Score extract() (and optionally jieba) against a gold JSONL file. */
export function evaluate(goldPath: string, mapName: MapName, options: EvaluateOptions = {}): Promise<EvaluationReport> {
  return evaluateRecords(readGoldFile(goldPath), goldPath, mapName, options);
}

