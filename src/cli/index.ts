/**
 * The zhner command: a thin commander layer over the library API. stdout
 * carries results only; every failure is one line on stderr naming the
 * input and the cause. Exit 0 when all inputs succeeded, 1 when any failed,
 * 2 for usage errors.
 */
import { stat } from 'node:fs/promises';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ENTITY_TYPES, type EntityType } from '../doc.js';
import { analyze } from '../index.js';
import { encodingExists } from '../batch/decode.js';
import { runBatch } from '../batch/run.js';
import { readText, type InputFormat } from '../batch/process.js';
import { checkModelFile } from '../model/index.js';
import { checkDictionaryFile } from '../segment/jieba.js';
import { DEFAULT_GLOB, inputFiles } from '../batch/walk.js';
import { reportError } from './report.js';
import { registerEvalCommand } from '../eval/command.js';

function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((type) => type.trim()).filter(Boolean);
  for (const type of types) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new InvalidArgumentError(`unknown type "${type}" (expected ${ENTITY_TYPES.join(', ')})`);
    }
  }
  return types as EntityType[];
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}

function parseEncoding(value: string): string {
  if (!encodingExists(value)) throw new InvalidArgumentError(`unknown encoding "${value}"`);
  return value;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface BatchCommandOptions {
  input: InputFormat;
  types?: EntityType[];
  dict: string[];
  model?: string;
  glob: string;
  encoding?: string;
  jobs?: number;
  quiet?: boolean;
}

interface ExtractCommandOptions extends BatchCommandOptions {
  format: 'json' | 'jsonl' | 'pretty' | 'tsv' | 'people';
  output?: string;
  skipExisting?: boolean;
  emitText?: boolean;
  summary?: boolean;
}

/** The options extract and summary share: where documents come from and how they are read. */
function addBatchOptions(command: Command): Command {
  return command
    .addOption(
      new Option('-i, --input <format>', 'input format: auto (by extension: .jsonl/.json records, .html or text starting with <), text, html, or jsonl lines of {"id", "text"}')
        .choices(['auto', 'text', 'html', 'jsonl'])
        .default('auto'),
    )
    .option('-t, --types <types>', `only these entity types, comma-separated (${ENTITY_TYPES.join(',')})`, parseTypes)
    .option('-d, --dict <file>', 'extra user dictionary (word [freq] [tag] per line); repeatable', collect, [])
    .option('--model <file>', 'tagger model made by npm run train-model, instead of the shipped models/tagger.bin.gz')
    .option('-g, --glob <pattern>', 'files to read inside folders (named files are always read)', DEFAULT_GLOB)
    .option('-e, --encoding <name>', 'decode every input with this encoding instead of detecting it (e.g. gb18030, big5)', parseEncoding)
    .option('-j, --jobs <n>', 'worker threads, each loading the pipeline once (default: one per 3 MB of input, at most one per core)', parseJobs)
    .option('-q, --quiet', 'no progress bar and no closing tally on stderr');
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function runExtract(paths: string[], options: ExtractCommandOptions, command: Command): Promise<number> {
  if (options.output) {
    if (command.getOptionValueSource('format') === 'cli' && options.format !== 'json') throw usageError('--output writes one JSON file per input; --format does not apply');
    if (paths.length === 0 || paths.includes('-')) throw usageError('--output needs files or folders to read, not stdin');
  }
  if (options.skipExisting && !options.output) throw usageError('--skip-existing needs --output');
  if (options.summary && (options.format === 'jsonl' || options.format === 'tsv' || options.format === 'people')) throw usageError(`--summary prints one JSON or pretty summary; --format ${options.format} does not apply`);
  checkDictionaryOption(options.dict);
  checkModelOption(options.model);
  const single = paths.length <= 1 && options.input !== 'jsonl' && !(paths[0] && (await isDirectory(paths[0])));
  return runBatch({
    paths,
    glob: options.glob,
    jobs: options.jobs,
    output: options.output,
    skipExisting: Boolean(options.skipExisting),
    quiet: Boolean(options.quiet),
    single,
    input: options.input,
    encoding: options.encoding,
    types: options.types,
    dictionaries: options.dict,
    model: options.model,
    emitText: Boolean(options.emitText),
    rendering: options.summary ? 'summary' : options.format,
    summaryFormat: options.format === 'pretty' ? 'pretty' : 'json',
  });
}

async function runSummary(paths: string[], options: BatchCommandOptions & { format: 'json' | 'pretty' }): Promise<number> {
  checkDictionaryOption(options.dict);
  checkModelOption(options.model);
  return runBatch({
    paths,
    glob: options.glob,
    jobs: options.jobs,
    skipExisting: false,
    quiet: Boolean(options.quiet),
    single: false,
    input: options.input,
    encoding: options.encoding,
    types: options.types,
    dictionaries: options.dict,
    model: options.model,
    emitText: false,
    rendering: 'summary',
    summaryFormat: options.format,
  });
}

async function runSegment(paths: string[], options: { dict: string[]; encoding?: string; input: InputFormat }): Promise<number> {
  checkDictionaryOption(options.dict);
  let failed = 0;
  for await (const file of inputFiles(paths)) {
    const read = await readText(file.source, options);
    if ('error' in read) {
      failed++;
      reportError(read.error.source, read.error.message);
      continue;
    }
    const doc = analyze(read.text, { dictionaries: options.dict });
    process.stdout.write(doc.tokens.map((token) => (/^\s+$/.test(token.word) ? token.word : `${token.word}/${token.tag}`)).join(' ').replace(/ ?\n ?/g, '\n') + '\n');
  }
  return failed > 0 ? 1 : 0;
}

class UsageError extends Error {
  constructor(
    message: string,
    /** The file at fault, as the first field of the error line (none for a bad combination of options). */
    readonly source?: string,
  ) {
    super(message);
  }
}

function usageError(message: string, source?: string): UsageError {
  return new UsageError(message, source);
}

/** A bad --model is a usage error found before any input is read, not a failure of every document. */
function checkModelOption(path: string | undefined): void {
  if (path === undefined) return;
  const problem = checkModelFile(path);
  if (problem) throw usageError(problem, path);
}

/** So is a --dict file that is missing or unreadable. */
function checkDictionaryOption(paths: readonly string[]): void {
  for (const path of paths) {
    const problem = checkDictionaryFile(path);
    if (problem) throw usageError(problem, path);
  }
}

function buildProgram(): Command {
  const program = new Command();
  program
    .name('zhner')
    .description('Find the people, positions, places, companies and organizations in Chinese news text.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (message) => process.stderr.write(message) });

  const extract = program
    .command('extract')
    .description('extract entities from files, folders (walked recursively) or stdin (- or no path) as JSON')
    .argument('[paths...]', 'files or folders; - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (tsv: one line per entity; people: one line per person and post; both with a header)').choices(['json', 'jsonl', 'pretty', 'tsv', 'people']).default('json'));
  addBatchOptions(extract)
    .option('-o, --output <dir>', 'write one <input path>.json per input under this folder (mirroring the walked tree) instead of stdout')
    .option('--skip-existing', 'with --output: skip inputs whose output file exists')
    .option('--emit-text', 'include the text the offsets refer to as "text" (the extracted text for HTML)')
    .option('--summary', 'print the corpus summary instead of per-document results (as zhner summary)')
    .action(async (paths: string[], options: ExtractCommandOptions, command: Command) => {
      process.exitCode = await runExtract(paths, options, command);
    });

  const summary = program
    .command('summary')
    .description('corpus view: people with positions and their documents; places, companies and organizations by document count')
    .argument('[paths...]', 'files or folders; - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'pretty']).default('json'));
  addBatchOptions(summary).action(async (paths: string[], options: BatchCommandOptions & { format: 'json' | 'pretty' }) => {
    process.exitCode = await runSummary(paths, options);
  });

  program
    .command('segment')
    .description('print the segmentation with tags, for debugging dictionaries')
    .argument('[paths...]', 'files or folders; - reads stdin')
    .addOption(new Option('-i, --input <format>', 'input format').choices(['auto', 'text', 'html']).default('auto'))
    .option('-e, --encoding <name>', 'decode with this encoding instead of detecting it', parseEncoding)
    .option('-d, --dict <file>', 'extra user dictionary; repeatable', collect, [])
    .action(async (paths: string[], options: { dict: string[]; encoding?: string; input: InputFormat }) => {
      process.exitCode = await runSegment(paths, options);
    });
  registerEvalCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (zhner … | head -1) ends the run quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other parse error is a usage error.
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    reportError(error instanceof UsageError ? error.source : undefined, (error as Error).message);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
