/**
 * How many worker threads a run starts when --jobs is not given: as many as
 * the input's size is worth, since each one loads jieba and the tables again.
 */
import { closeSync, openSync, truncateSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { automaticJobs } from '../../src/batch/run.js';
import { scratchFolder } from '../scratch.js';

const folder = scratchFolder('jobs');

/** `count` files of `bytes` each (sparse: only their size matters), as batch inputs. */
function files(name: string, count: number, bytes: number): { source: string }[] {
  return Array.from({ length: count }, (_, index) => {
    const source = join(folder, `${name}-${index}.txt`);
    closeSync(openSync(source, 'w'));
    truncateSync(source, bytes);
    return { source };
  });
}

describe('automatic jobs', () => {
  it('keeps a small batch in the main thread', () => {
    // A hundred 7 kB articles finished in 3.2 s in the main thread, 4.1 s with two workers.
    expect(automaticJobs(files('small', 100, 7_000))).toBe(1);
  });

  it('adds a worker per 3 MB of input, up to one per core', () => {
    expect(automaticJobs(files('large', 7, 1024 * 1024))).toBe(Math.min(2, availableParallelism()));
    expect(automaticJobs(files('huge', availableParallelism() + 1, 3 * 1024 * 1024))).toBe(availableParallelism());
  });

  it('counts stdin and unreadable paths as nothing', () => {
    expect(automaticJobs([{ source: '-' }, { source: join(folder, 'missing.txt') }])).toBe(1);
  });
});
