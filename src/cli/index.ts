/**
 * The zhner command: a thin commander layer over the library API. stdout
 * carries results only; every failure is one line on stderr naming the
 * input and the cause. Exit 0 when all inputs succeeded, 1 when any failed,
 * 2 for usage errors.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { Chalk } from 'chalk';
import { ENTITY_TYPES, type EntityType } from '../doc.js';
import { analyze, extract } from '../index.js';
import { formatJson, formatJsonLine } from '../format/json.js';
import { formatPretty } from '../format/pretty.js';
import type { ExtractResult } from '../result.js';
import { InputError, decodeText, jsonlDocuments, readSource, type InputDocument } from './input.js';

const stderrColour = new Chalk({ level: process.stderr.isTTY && !process.env.NO_COLOR ? 1 : 0 });

export function reportError(source: string, message: string): void {
  process.stderr.write(stderrColour.red(`zhner: ${source}: ${message}`) + '\n');
}

function parseTypes(value: string): EntityType[] {
  const types = value.split(',').map((type) => type.trim()).filter(Boolean);
  for (const type of types) {
    if (!(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new InvalidArgumentError(`unknown type "${type}" (expected ${ENTITY_TYPES.join(', ')})`);
    }
  }
  return types as EntityType[];
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

interface ExtractCommandOptions {
  format: 'json' | 'jsonl' | 'pretty';
  input: 'text' | 'jsonl';
  types?: EntityType[];
  dict: string[];
}

/** Yield every document of every source in order; failures come as InputError. */
async function* documents(paths: string[], inputFormat: 'text' | 'jsonl'): AsyncGenerator<InputDocument | InputError> {
  for (const source of paths.length ? paths : ['-']) {
    let text: string;
    try {
      text = decodeText(source, await readSource(source));
    } catch (error) {
      yield error instanceof InputError ? error : new InputError(source, 'unreadable', (error as Error).message);
      continue;
    }
    if (inputFormat === 'jsonl') yield* jsonlDocuments(source, text);
    else yield { source, text };
  }
}

function write(chunk: string): void {
  process.stdout.write(chunk);
}

async function runExtract(paths: string[], options: ExtractCommandOptions): Promise<number> {
  let failed = 0;
  const results: ExtractResult[] = [];
  const inputs: string[] = [];
  for await (const document of documents(paths, options.input)) {
    if (document instanceof InputError) {
      failed++;
      reportError(document.source, document.message);
      if (options.format === 'jsonl') write(formatJsonLine({ source: document.source, error: { code: document.code, message: document.message } }));
      continue;
    }
    let result: ExtractResult;
    try {
      result = extract(document.text, { source: document.source, id: document.id, types: options.types, dictionaries: options.dict });
    } catch (error) {
      failed++;
      reportError(document.source, `extraction failed: ${(error as Error).message}`);
      continue;
    }
    const output = document.extra ? { ...document.extra, ...result } : result;
    if (options.format === 'jsonl') write(formatJsonLine(output));
    else if (options.format === 'pretty') write(formatPretty(result, document.text));
    else {
      results.push(output);
      inputs.push(document.text);
    }
  }
  if (options.format === 'json' && (results.length > 0 || failed === 0)) {
    write(formatJson(results, results.length === 1 && (paths.length <= 1 && options.input === 'text')));
  }
  return failed > 0 ? 1 : 0;
}

async function runSegment(paths: string[], options: { dict: string[] }): Promise<number> {
  let failed = 0;
  for await (const document of documents(paths, 'text')) {
    if (document instanceof InputError) {
      failed++;
      reportError(document.source, document.message);
      continue;
    }
    const doc = analyze(document.text, { dictionaries: options.dict });
    write(doc.tokens.map((token) => (/^\s+$/.test(token.word) ? token.word : `${token.word}/${token.tag}`)).join(' ').replace(/ ?\n ?/g, '\n') + '\n');
  }
  return failed > 0 ? 1 : 0;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('zhner')
    .description('Find the people, positions, places, companies and organizations in Chinese news text.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (message) => process.stderr.write(message) });

  program
    .command('extract')
    .description('extract entities from files (or stdin with - or no path) as JSON')
    .argument('[paths...]', 'text files; - reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'pretty']).default('json'))
    .addOption(new Option('-i, --input <format>', 'input format: text, or jsonl lines of {"id", "text"}').choices(['text', 'jsonl']).default('text'))
    .option('-t, --types <types>', `only these entity types, comma-separated (${ENTITY_TYPES.join(',')})`, parseTypes)
    .option('-d, --dict <file>', 'extra user dictionary (word [freq] [tag] per line); repeatable', collect, [])
    .action(async (paths: string[], options: ExtractCommandOptions) => {
      process.exitCode = await runExtract(paths, options);
    });

  program
    .command('segment')
    .description('print the segmentation with tags, for debugging dictionaries')
    .argument('[paths...]', 'text files; - reads stdin')
    .option('-d, --dict <file>', 'extra user dictionary; repeatable', collect, [])
    .action(async (paths: string[], options: { dict: string[] }) => {
      process.exitCode = await runSegment(paths, options);
    });
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
    reportError('zhner', (error as Error).message);
    process.exitCode = 1;
  }
}
