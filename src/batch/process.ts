/**
 * One input file, start to finish: read, decode, split into documents,
 * extract, serialize. Runs the same in a worker thread and in-process, and
 * hands back strings (not result objects) so the main thread only writes:
 * serializing in workers keeps the main thread from becoming the bottleneck.
 */
import type { EntityType } from '../doc.js';
import { formatPretty } from '../format/pretty.js';
import { formatPeopleTsv, formatTsv } from '../format/tsv.js';
import { extract } from '../index.js';
import type { ExtractResult } from '../result.js';
import { InputError, jsonlDocuments, readSource, type InputDocument } from '../cli/input.js';
import { DecodeError, decodeBytes } from './decode.js';
import { htmlToText, looksLikeHtml } from './html.js';

export type InputFormat = 'auto' | 'text' | 'html' | 'jsonl';
/** What each document becomes: a JSON/JSONL text, a pretty rendering, TSV lines (of entities or of people), or a compact result for the corpus summary. */
type Rendering = 'json' | 'jsonl' | 'pretty' | 'tsv' | 'people' | 'summary';

export interface ProcessOptions {
  input: InputFormat;
  encoding?: string;
  types?: EntityType[];
  dictionaries: string[];
  /** A tagger model file instead of the shipped one (ExtractOptions.model). */
  model?: string;
  emitText: boolean;
  rendering: Rendering;
}

export interface FileTask {
  index: number;
  source: string;
  /** Already read (stdin, which only the main thread can read). */
  bytes?: Uint8Array;
}

export interface DocumentError {
  source: string;
  code: string;
  message: string;
}

type Item = { rendered: string } | { summary: ExtractResult } | { error: DocumentError };

export interface FileOutcome {
  index: number;
  source: string;
  encoding?: string;
  /** Code points read, for throughput figures. */
  chars: number;
  /** One document per file, or several (JSONL/JSON arrays): decides object vs array in mirrored output. */
  multiple: boolean;
  items: Item[];
}

export async function processFile(task: FileTask, options: ProcessOptions): Promise<FileOutcome> {
  const outcome: FileOutcome = { index: task.index, source: task.source, chars: 0, multiple: false, items: [] };
  let text: string;
  try {
    const bytes = task.bytes ?? (await readSource(task.source));
    const decoded = decodeBytes(bytes, options.encoding);
    text = decoded.text;
    outcome.encoding = decoded.encoding;
  } catch (error) {
    outcome.items.push({ error: asDocumentError(task.source, error) });
    return outcome;
  }
  outcome.chars = countCodePoints(text);

  const format = resolveFormat(options.input, task.source, text);
  let documents: Iterable<InputDocument | InputError>;
  if (format === 'jsonl') {
    outcome.multiple = true;
    documents = jsonlDocuments(task.source, text);
  } else if (format === 'json') {
    const parsed = jsonDocuments(task.source, text);
    outcome.multiple = parsed.multiple;
    documents = parsed.documents;
  } else {
    documents = [{ source: task.source, text: format === 'html' ? htmlToText(text) : text }];
  }

  for (const document of documents) {
    if (document instanceof InputError) {
      outcome.items.push({ error: asDocumentError(document.source, document) });
      continue;
    }
    let result: ExtractResult;
    try {
      result = extract(document.text, { source: document.source, id: document.id, types: options.types, dictionaries: options.dictionaries, model: options.model });
    } catch (error) {
      outcome.items.push({ error: { source: document.source, code: 'extraction-failed', message: `extraction failed: ${(error as Error).message}` } });
      continue;
    }
    outcome.items.push(render(result, document, outcome.encoding!, options));
  }
  return outcome;
}

function render(result: ExtractResult, document: InputDocument, encoding: string, options: ProcessOptions): Item {
  if (options.rendering === 'summary') return { summary: { ...result, entities: [] } };
  if (options.rendering === 'pretty') return { rendered: formatPretty(result, document.text) };
  if (options.rendering === 'tsv') return { rendered: formatTsv(result) };
  if (options.rendering === 'people') return { rendered: formatPeopleTsv(result) };
  // encoding right after source/id, so a reader sees where the text came from first.
  const { source, id, ...rest } = result;
  const output = {
    ...document.extra,
    source,
    ...(id !== undefined ? { id } : {}),
    encoding,
    ...rest,
    ...(options.emitText ? { text: document.text } : {}),
  };
  return { rendered: options.rendering === 'jsonl' ? JSON.stringify(output) : JSON.stringify(output, null, 2) };
}

function resolveFormat(input: InputFormat, source: string, text: string): 'text' | 'html' | 'jsonl' | 'json' {
  if (input !== 'auto') return input;
  if (/\.jsonl$/i.test(source)) return 'jsonl';
  if (/\.json$/i.test(source)) return 'json';
  return looksLikeHtml(source, text) ? 'html' : 'text';
}

/** A .json file: one {"text"} record or an array of them. */
function jsonDocuments(source: string, text: string): { multiple: boolean; documents: (InputDocument | InputError)[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return { multiple: false, documents: [new InputError(source, 'invalid-json', 'not valid JSON')] };
  }
  const records = Array.isArray(parsed) ? parsed : [parsed];
  // Reuse the JSONL reader so records, ids and passed-through fields behave the same way.
  const lines = records.map((record) => JSON.stringify(record)).join('\n');
  return { multiple: Array.isArray(parsed), documents: [...jsonlDocuments(source, lines)] };
}

function asDocumentError(source: string, error: unknown): DocumentError {
  if (error instanceof InputError) return { source: error.source, code: error.code, message: error.message };
  if (error instanceof DecodeError) return { source, code: error.code, message: error.message };
  return { source, code: 'unreadable', message: (error as Error).message };
}

function countCodePoints(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) count++;
  }
  return count;
}

/** One file's text as the pipeline sees it (decoded, HTML reduced to text), for commands that do not extract. */
export async function readText(source: string, options: { input: InputFormat; encoding?: string }): Promise<{ text: string; encoding: string } | { error: DocumentError }> {
  try {
    const decoded = decodeBytes(await readSource(source), options.encoding);
    const format = resolveFormat(options.input, source, decoded.text);
    return { text: format === 'html' ? htmlToText(decoded.text) : decoded.text, encoding: decoded.encoding };
  } catch (error) {
    return { error: asDocumentError(source, error) };
  }
}
