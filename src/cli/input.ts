/**
 * Reading documents: files, stdin, and JSONL streams of {"id", "text"}.
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

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode UTF-8 strictly: binary data and other encodings are errors, never mojibake entities. */
export function decodeText(source: string, bytes: Buffer): string {
  if (looksBinary(bytes)) throw new InputError(source, 'binary', 'binary data, not text');
  try {
    return utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new InputError(source, 'invalid-utf8', `not valid UTF-8 (first bad byte at offset ${at})`);
  }
}

function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.length >= 2 && ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff))) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i];
    const length = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let j = 1; j < length; j++) if (bytes[i + j] >> 6 !== 0b10) return i;
    i += length;
  }
  return i;
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
