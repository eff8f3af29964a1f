/**
 * Start-up tables built in a worker thread (src/preload). The worker runs
 * only from the build (dist/), so the hand-over is tested there; the
 * revivers, which give the class instances in a structured clone their
 * classes back, are tested on every declared table here.
 */
import { describe, expect, it } from 'vitest';
import { preloadableTables } from '../../src/dictionaries/files.js';
import '../../src/index.js';
import { difference } from './difference.js';

describe('preloadable tables', () => {
  it('come back from a structured clone equal to the original, classes included', () => {
    const declared = [...preloadableTables()];
    expect(declared.length).toBeGreaterThanOrEqual(10);
    for (const [name, { table, revive }] of declared) {
      const original = table();
      expect(difference(original, revive(structuredClone(original)), name)).toBeUndefined();
    }
  });
});

describe('preloadTables', () => {
  it('runs the main thread\'s work meanwhile and installs every table the worker built', async () => {
    const { preloadTables } = await import('../../dist/preload/index.js' as string);
    const { preloadableTables: built } = await import('../../dist/dictionaries/files.js' as string);
    await import('../../dist/index.js' as string);
    let ranMeanwhile = false;
    const installed: string[] = await preloadTables(() => (ranMeanwhile = true), ['model']);
    expect(ranMeanwhile).toBe(true);
    expect(installed.sort()).toEqual([...built().keys()].filter((name) => name !== 'model').sort());
  });

  it('passes on an error of the main thread\'s work', async () => {
    // It also terminates the table worker; that is not observable from here, only in how soon the process can exit.
    const { preloadTables } = await import('../../dist/preload/index.js' as string);
    await expect(preloadTables(() => {
      throw new Error('jieba failed');
    })).rejects.toThrow('jieba failed');
  });
});

describe('load', () => {
  it('loads jieba and the tables before the first extract(), and rejects a bad dictionary or model naming it', async () => {
    const { load, extract } = await import('../../dist/index.js' as string);
    await load();
    expect(extract('贵港市委书记何录春到桂平市木乐镇调研').people.map((person: { name: string }) => person.name)).toEqual(['何录春']);
    await expect(load({ dictionaries: ['/nonexistent/words.txt'] })).rejects.toThrow('/nonexistent/words.txt: dictionary not found');
    await expect(load({ model: '/nonexistent/model.bin.gz' })).rejects.toThrow('/nonexistent/model.bin.gz: tagger model not found');
  });
});
