/**
 * Running many files: worker threads (or in-process with one job), results
 * written in input order through a reorder buffer, a bounded number of files
 * in flight so memory does not grow with the corpus, mirrored output files
 * written atomically, progress and a closing tally on stderr, and Ctrl-C
 * that stops promptly after flushing whatever is finished.
 */
import { once } from 'node:events';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { reportError as reportErrorLine } from '../cli/report.js';
import { PEOPLE_TSV_HEADER, TSV_HEADER } from '../format/tsv.js';
import { load } from '../index.js';
import { releaseModelFile } from '../model/index.js';
import { WorkerPool } from './pool.js';
import { processFile, type DocumentError, type FileOutcome, type FileTask, type ProcessOptions } from './process.js';
import { CorpusCollector, formatSummaryPretty } from './summary.js';
import { inputFiles, type InputFile } from './walk.js';

interface BatchOptions extends ProcessOptions {
  paths: string[];
  glob?: string;
  /** Worker threads; by default as many as the input's size is worth (automaticJobs), at most one per core. */
  jobs?: number;
  /** Mirror each input as a .json file under this folder instead of writing stdout. */
  output?: string;
  skipExisting: boolean;
  quiet: boolean;
  /** For rendering 'json': print a lone object rather than an array (one named file). */
  single: boolean;
  summaryFormat?: 'json' | 'pretty';
}

const EXIT_INTERRUPTED = 130;

/**
 * Input bytes that make one more worker worth its start-up: each worker
 * loads jieba and the tables again (about 2-3 s and 280 MB), and below this a
 * run ends sooner in the main thread alone. Measured with 7 kB articles on
 * the project's 2-core VM, --jobs 1 against 2: 100 files (0.7 MB) 3.2 against
 * 4.1 s, 300 files 4.7-4.9 against 5.3-5.5 s, 1,000 files (7 MB) 8.4 against
 * 8.0 s, 2,000 files 15.6 against 13.9 s.
 */
const BYTES_PER_WORKER = 3 * 1024 * 1024;

/** One worker per BYTES_PER_WORKER of input, at least one, at most one per core. */
export function automaticJobs(files: readonly Pick<InputFile, 'source'>[]): number {
  let bytes = 0;
  for (const file of files) {
    if (file.source === '-') continue;
    try {
      bytes += statSync(file.source).size;
    } catch {
      // Reported when the file is read.
    }
  }
  return Math.max(1, Math.min(availableParallelism(), Math.floor(bytes / BYTES_PER_WORKER)));
}

export async function runBatch(options: BatchOptions): Promise<number> {
  const files: InputFile[] = [];
  for await (const file of inputFiles(options.paths, options.glob)) files.push(file);

  const startedAt = process.hrtime.bigint();
  const progress = createProgress(files.length, options.quiet);
  const reportError = (error: DocumentError) => {
    if (progress) progress.log(`zhner: ${error.source}: ${error.message}\n`);
    else reportErrorLine(error.source, error.message);
  };

  let interrupted = false;
  let wakeUp: () => void = () => {};
  const onInterrupt = () => {
    interrupted = true;
    wakeUp();
  };
  process.on('SIGINT', onInterrupt);

  const writer = new StdoutWriter(options);
  const collector = options.rendering === 'summary' ? new CorpusCollector() : undefined;
  const tally = { ok: 0, failed: 0, skipped: 0, chars: 0 };
  const jobs = options.jobs ?? automaticJobs(files);
  const pool = jobs > 1 && files.length > 1 ? new WorkerPool(Math.min(jobs, files.length), options) : undefined;
  if (pool && options.model) releaseModelFile(options.model);
  const takenOutputs = options.output ? outputsTaken(files, options.output) : new Map<number, string>();
  const skipped = (file: InputFile) => Boolean(options.output && options.skipExisting && existsSync(outputPath(options.output, file)));
  if (!pool && files.some((file) => !skipped(file))) {
    // The CLI has checked --dict and --model; whatever else fails here fails again with the first file, and is reported there.
    await load(options).catch(() => {});
  }
  // Enough queued work to keep every worker busy while the slowest file holds up writing, and no more.
  const inFlightLimit = Math.max(2, 2 * jobs);
  const finished = new Map<number, FileOutcome>();
  let nextToStart = 0;
  let nextToWrite = 0;
  let inFlight = 0;

  const start = async (index: number) => {
    const file = files[index];
    const task: FileTask = { index, source: file.source, ...(file.source === '-' ? { bytes: await readStdin() } : {}) };
    let outcome: FileOutcome;
    try {
      outcome = pool ? await pool.run(task) : await processFile(task, options);
    } catch (error) {
      outcome = { index, source: file.source, chars: 0, multiple: false, items: [{ error: { source: file.source, code: 'failed', message: (error as Error).message } }] };
    }
    finished.set(index, outcome);
    wakeUp();
  };

  try {
    for (;;) {
      while (!interrupted && nextToStart < files.length && inFlight < inFlightLimit) {
        const index = nextToStart++;
        const takenBy = takenOutputs.get(index);
        if (takenBy !== undefined) {
          // Two inputs whose mirrored paths coincide (named files with one base name outside the current folder, or
          // two walked folders with the same path inside): the second would overwrite the first's results unseen.
          const message = `its output ${outputPath(options.output!, files[index])} is already that of ${takenBy}; give each its own --output, or run from a folder that holds both`;
          inFlight++;
          finished.set(index, { index, source: files[index].source, chars: 0, multiple: false, items: [{ error: { source: files[index].source, code: 'output-taken', message } }] });
        } else if (skipped(files[index])) {
          finished.set(index, { index, source: files[index].source, chars: 0, multiple: false, items: [], skipped: true } as FileOutcome & { skipped: true });
        } else {
          inFlight++;
          void start(index);
        }
        // In-process extraction blocks the event loop: process one file at a time so Ctrl-C is seen between files.
        if (!pool) break;
      }
      if (!finished.has(nextToWrite)) {
        if (nextToWrite >= files.length || interrupted) break;
        await new Promise<void>((resolve) => {
          wakeUp = resolve;
          if (finished.has(nextToWrite) || interrupted) resolve();
        });
        continue;
      }
      // Flush every finished file that is next in order.
      while (finished.has(nextToWrite)) {
        const outcome = finished.get(nextToWrite)!;
        finished.delete(nextToWrite);
        nextToWrite++;
        if ((outcome as { skipped?: boolean }).skipped) {
          tally.skipped++;
        } else {
          inFlight--;
          await writeOutcome(outcome, files[outcome.index]);
        }
        progress?.update(tally, startedAt);
      }
      // Let a pending Ctrl-C be noticed even when every file is quick.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    progress?.stop();
    await pool?.close();
  }

  async function writeOutcome(outcome: FileOutcome, file: InputFile) {
    tally.chars += outcome.chars;
    const errors = outcome.items.flatMap((item) => ('error' in item ? [item.error] : []));
    if (errors.length) tally.failed++;
    else tally.ok++;
    for (const error of errors) reportError(error);
    if (collector) {
      for (const item of outcome.items) {
        if ('summary' in item) collector.add(item.summary);
        else if ('error' in item) collector.addFailure();
      }
      return;
    }
    if (options.output) {
      const rendered = outcome.items.flatMap((item) => ('rendered' in item ? [item.rendered] : []));
      if (rendered.length === 0 && errors.length) return;
      writeAtomically(outputPath(options.output, file), outcome.multiple ? jsonArray(rendered) : rendered[0] + '\n');
      return;
    }
    for (const item of outcome.items) {
      if ('rendered' in item) await writer.result(item.rendered);
      else if ('error' in item && options.rendering === 'jsonl') await writer.raw(JSON.stringify({ source: item.error.source, error: { code: item.error.code, message: item.error.message } }) + '\n');
    }
  }

  if (interrupted) {
    await writer.interrupted();
    return EXIT_INTERRUPTED;
  }
  await writer.end(tally.failed > 0);
  if (collector) {
    const summary = collector.summary();
    await writer.raw(options.summaryFormat === 'pretty' ? formatSummaryPretty(summary) : JSON.stringify(summary, null, 2) + '\n');
  }
  if (files.length > 1 && !options.quiet) {
    const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
    const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
    process.stderr.write(
      `zhner: ${tally.ok} files ok, ${tally.failed} failed${skipped}, ${tally.chars} chars in ${seconds.toFixed(1)} s (${Math.round(tally.chars / Math.max(seconds, 0.001))} chars/s)\n`,
    );
  }
  return tally.failed > 0 ? 1 : 0;
}

/** The inputs whose output path an earlier input (a different file) already has, with that input's source. */
function outputsTaken(files: readonly InputFile[], outputDirectory: string): Map<number, string> {
  const owners = new Map<string, string>();
  const taken = new Map<number, string>();
  files.forEach((file, index) => {
    const path = outputPath(outputDirectory, file);
    const owner = owners.get(path);
    if (owner === undefined) owners.set(path, file.source);
    else if (resolve(owner) !== resolve(file.source)) taken.set(index, owner);
  });
  return taken;
}

/** `<output>/<path inside the walked folder>.json`: keeping the input extension keeps a.txt and a.html apart. */
function outputPath(outputDirectory: string, file: InputFile): string {
  return join(outputDirectory, `${file.relative}.json`);
}

/**
 * Readers (and --skip-existing) never see a half-written file: write beside
 * it, then rename over. Synchronous, like reading (src/cli/input.ts): mkdir,
 * open, write, close and rename each made a round trip through the thread
 * pool and the event loop, which an in-process run spends waiting.
 */
function writeAtomically(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The same bytes as JSON.stringify(array, null, 2), from already-indented elements. */
function jsonArray(elements: string[]): string {
  if (elements.length === 0) return '[]\n';
  return '[\n' + elements.map((element) => '  ' + element.replace(/\n/g, '\n  ')).join(',\n') + '\n]\n';
}

/**
 * stdout for the JSON, JSONL, pretty and TSV renderings. A JSON array is
 * streamed element by element; a lone result (one named file) is printed as
 * an object; TSV gets its header once, before the first document's lines.
 * Waits for the pipe to drain so a slow reader bounds our memory.
 */
class StdoutWriter {
  private written = 0;
  private pendingSingle?: string;

  constructor(private readonly options: BatchOptions) {}

  async result(rendered: string): Promise<void> {
    const rendering = this.options.rendering;
    if (rendering === 'jsonl') return this.raw(rendered + '\n');
    if (rendering === 'pretty') return this.raw(rendered);
    const header = tsvHeaderOf(rendering);
    if (header) {
      if (this.written++ === 0) await this.raw(header);
      return this.raw(rendered);
    }
    if (this.options.single && this.written === 0 && this.pendingSingle === undefined) {
      this.pendingSingle = rendered;
      return;
    }
    if (this.pendingSingle !== undefined) {
      // A second document after all (a named .json array file): fall back to an array.
      const first = this.pendingSingle;
      this.pendingSingle = undefined;
      await this.arrayElement(first);
    }
    await this.arrayElement(rendered);
  }

  private async arrayElement(rendered: string): Promise<void> {
    await this.raw((this.written === 0 ? '[\n' : ',\n') + '  ' + rendered.replace(/\n/g, '\n  '));
    this.written++;
  }

  async raw(chunk: string): Promise<void> {
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  }

  /** Close the array; with nothing printed and something failed, print nothing (as for one failed file). */
  async end(anyFailed: boolean): Promise<void> {
    const header = tsvHeaderOf(this.options.rendering);
    if (header && this.written === 0 && !anyFailed) return this.raw(header);
    if (this.options.rendering !== 'json' || this.options.output) return;
    if (this.pendingSingle !== undefined) return this.raw(this.pendingSingle + '\n');
    if (this.written > 0) return this.raw('\n]\n');
    if (!anyFailed) return this.raw('[]\n');
  }

  /** Keep what was printed parseable: a started array is closed. */
  async interrupted(): Promise<void> {
    if (this.options.rendering === 'json' && !this.options.output && this.written > 0) await this.raw('\n]\n');
  }
}

interface Progress {
  update(tally: { ok: number; failed: number; skipped: number; chars: number }, startedAt: bigint): void;
  log(line: string): void;
  stop(): void;
}

function createProgress(total: number, quiet: boolean): Progress | undefined {
  if (quiet || !process.stderr.isTTY || total < 2) return undefined;
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: '{bar} {value}/{total} files | {speed} chars/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { speed: 0 });
  return {
    update(tally, startedAt) {
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      bar.update(tally.ok + tally.failed + tally.skipped, { speed: Math.round(tally.chars / Math.max(seconds, 0.001)) });
    },
    log: (line) => bars.log(line),
    stop: () => bars.stop(),
  };
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The header line of a tab-separated rendering, printed once before its first line (or alone). */
function tsvHeaderOf(rendering: BatchOptions['rendering']): string | undefined {
  return rendering === 'tsv' ? TSV_HEADER : rendering === 'people' ? PEOPLE_TSV_HEADER : undefined;
}
