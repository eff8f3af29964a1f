/**
 * When a thread takes its tables from the snapshot on its own (the first
 * extract() without load()): once, without the tables it was told to skip,
 * and never after it was handed tables.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const readSnapshot = vi.fn();
vi.mock('../../src/preload/snapshot.js', () => ({ readSnapshot }));

/** Fresh modules for each test: which tables a thread has is module state. */
async function freshModules() {
  vi.resetModules();
  const files = await import('../../src/dictionaries/files.js');
  await import('../../src/index.js');
  const preload = await import('../../src/preload/index.js');
  return { table: (name: string) => files.preloadableTables().get(name)!.table(), ...preload };
}

const surnames = { snapshot: 'surnames' };
const model = { snapshot: 'model' };

describe('installSnapshotOnce', () => {
  beforeEach(() => {
    readSnapshot.mockReset();
    readSnapshot.mockImplementation(() => ({ surnames: { ...surnames }, model: { ...model } }));
  });

  it('reads the snapshot once and installs its tables, except those to skip', async () => {
    const { installSnapshotOnce, table } = await freshModules();
    installSnapshotOnce(['model']);
    installSnapshotOnce(['model']);
    expect(readSnapshot).toHaveBeenCalledTimes(1);
    expect(table('surnames')).toEqual(surnames);
    expect(table('model')).not.toMatchObject(model);
  });

  it('leaves a thread alone that was handed tables already', async () => {
    const { installSnapshotOnce, installTables, table } = await freshModules();
    installTables({ surnames: { handed: true } });
    installSnapshotOnce();
    expect(readSnapshot).not.toHaveBeenCalled();
    expect(table('surnames')).toEqual({ handed: true });
  });

  it('builds the tables from the files when there is no matching snapshot', async () => {
    readSnapshot.mockImplementation(() => undefined);
    const { installSnapshotOnce, table } = await freshModules();
    installSnapshotOnce();
    expect(readSnapshot).toHaveBeenCalledTimes(1);
    expect(table('surnames')).toBeInstanceOf(Map);
  });
});
