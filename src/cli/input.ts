/**
 * Reading documents: files, stdin, and JSONL streams of {"id", "text"}.
 * Decoding bytes to text is src/batch/decode.ts.
 * Every failure becomes an InputError naming the cause, so one bad file is
 * reported on one line and the others go on.
 */
import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

export class InputError extends Error {
  constructor(
    readonly source: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface InputDocument {
  source: string;
  id?: string | number;
  text: string;
  /** Fields of a JSONL record other than id and text, passed through. */
  extra?: Record<string, unknown>;
}

/**
 * A file's bytes. A regular file is read synchronously: each asynchronous
 * step (stat, open, read, close) waits for the thread pool and the event
 * loop, and in batch runs on this project's machine the idle thread took
 * long enough to wake that reading cost about 2 ms per small file, as much
 * as a third of extracting it (0.2 ms in a loop of reads alone). The thread
 * reading is about to work on the file anyway. Anything else (a FIFO, a
 * device) is read asynchronously, since it may block until a writer is done.
 */
export async function readSource(source: string): Promise<Buffer> {
  if (source === '-') return readStdin();
  let info;
  try {
    info = statSync(source);
  } catch (error) {
    throw readError(source, error, 'no such file');
  }
  if (info.isDirectory()) throw new InputError(source, 'is-directory', 'is a directory');
  try {
    return info.isFile() ? readFileSync(source) : await readFile(source);
  } catch (error) {
    throw readError(source, error, 'file disappeared while reading');
  }
}

function readError(source: string, error: unknown, whenMissing: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(source, 'not-found', whenMissing);
  if (code === 'EACCES') return new InputError(source, 'unreadable', 'permission denied');
  return new InputError(source, 'unreadable', (error as Error).message);
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Split a JSONL text into documents; a bad line is an error for that line only. */
export function* jsonlDocuments(source: string, text: string): Generator<InputDocument | InputError> {
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line) continue;
    const where = `${source}:${index + 1}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      yield new InputError(where, 'invalid-json', 'not a JSON object');
      continue;
    }
    if (!record || typeof record !== 'object' || typeof (record as { text?: unknown }).text !== 'string') {
      yield new InputError(where, 'invalid-record', 'record has no "text" string');
      continue;
    }
    const { id, text: body, ...extra } = record as { id?: string | number; text: string };
    yield { source, id: id ?? index + 1, text: body, ...(Object.keys(extra).length ? { extra } : {}) };
  }
}
