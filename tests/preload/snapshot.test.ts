/**
 * The tables saved at build time (src/preload/snapshot.ts): read back equal
 * to the tables built from the files, and never used once they no longer
 * match what they were built from.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preloadableTables } from '../../src/dictionaries/files.js';
import '../../src/index.js';
import { tablesHere } from '../../src/preload/index.js';
import { fingerprint, readSnapshot, writeSnapshot } from '../../src/preload/snapshot.js';
import { difference } from './difference.js';
import { scratchFolder } from '../scratch.js';

const scratch = scratchFolder('snapshot');

describe('a table snapshot', () => {
  const path = join(scratch, 'tables.snapshot');
  const built = tablesHere();
  writeSnapshot(built, path);

  it('reads back every table equal to the one built from the files, classes revived, each typed array owning its buffer', () => {
    const read = readSnapshot(path);
    expect(Object.keys(read ?? {}).sort()).toEqual(Object.keys(built).sort());
    for (const [name, { revive }] of preloadableTables()) expect(difference(built[name], revive(read![name]), name)).toBeUndefined();
    // V8 reads typed arrays back as views into the one buffer holding the whole file, which a transfer to the thread that takes them skips (so it copies) and which stays alive as long as any of them.
    const fileSize = readFileSync(path).length;
    const views: ArrayBufferView[] = [];
    const collect = (value: unknown): void => {
      if (ArrayBuffer.isView(value)) views.push(value);
      else if (value && typeof value === 'object' && !(value instanceof Map) && !(value instanceof Set)) Object.values(value).forEach(collect);
    };
    collect(read);
    expect(views.length).toBeGreaterThanOrEqual(20);
    for (const view of views) expect(view.buffer.byteLength).toBeLessThan(fileSize);
  });

  it('is not used when its fingerprint differs or the file is cut short', () => {
    const data = readFileSync(path);
    const stale = Buffer.from(data);
    stale[4] = stale[4] === 0x30 ? 0x31 : 0x30;
    writeFileSync(join(scratch, 'stale.snapshot'), stale);
    expect(readSnapshot(join(scratch, 'stale.snapshot'))).toBeUndefined();
    writeFileSync(join(scratch, 'short.snapshot'), data.subarray(0, data.length >> 1));
    expect(readSnapshot(join(scratch, 'short.snapshot'))).toBeUndefined();
    expect(readSnapshot(join(scratch, 'missing.snapshot'))).toBeUndefined();
  });
});

describe('fingerprint', () => {
  it('changes with a dictionary, a model or a compiled module, and only with their contents', () => {
    const root = join(scratch, 'package');
    const write = (file: string, content: string) => {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), content);
    };
    write('dictionaries/places.txt', '贵港市 3 ns\n');
    write('models/tagger.bin.gz', 'weights');
    write('dist/recognize/place.js', 'export {}');
    write('README.md', 'not read');
    const first = fingerprint(root);
    expect(fingerprint(root)).toBe(first);
    write('README.md', 'still not read');
    expect(fingerprint(root)).toBe(first);
    const changed = new Set([first]);
    for (const [file, content] of [
      ['dictionaries/places.txt', '贵港市 4 ns\n'],
      ['models/tagger.bin.gz', 'other weights'],
      ['dist/recognize/place.js', 'export const x = 1'],
      ['dictionaries/titles.txt', '书记\n'],
    ]) {
      write(file, content);
      changed.add(fingerprint(root));
    }
    expect(changed.size).toBe(5);
  });
});

describe('the build', () => {
  it('saved a snapshot that matches this tree (npm run build runs scripts/snapshot-tables.mjs after tsc)', async () => {
    const built = await import('../../dist/preload/snapshot.js' as string);
    expect(built.readSnapshot(), 'no matching dist/tables.snapshot: run npm run build').toBeDefined();
  });
});
