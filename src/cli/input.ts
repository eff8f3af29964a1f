/**
 * Reading documents: files, stdin, and JSONL streams of {"id", "text"}.
 * Decoding bytes to text is src/batch/decode.ts.
 * Every failure becomes an InputError naming the cause, so one bad file is
 * reported on one line and the others go on.
 */
import { readFile, stat } from 'node:fs/promises';

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

export async function readSource(source: string): Promise<Buffer> {
  if (source === '-') return readStdin();
  let info;
  try {
    info = await stat(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(source, 'not-found', 'no such file');
    if (code === 'EACCES') throw new InputError(source, 'unreadable', 'permission denied');
    throw new InputError(source, 'unreadable', (error as Error).message);
  }
  if (info.isDirectory()) throw new InputError(source, 'is-directory', 'is a directory');
  try {
    return await readFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES') throw new InputError(source, 'unreadable', 'permission denied');
    if (code === 'ENOENT') throw new InputError(source, 'not-found', 'file disappeared while reading');
    throw new InputError(source, 'unreadable', (error as Error).message);
  }
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
