/**
 * Temporary folders for tests. Each is removed when its test file finishes,
 * so that running the suite again and again does not fill /tmp (a run used
 * to leave about 19 MB behind).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const folders: string[] = [];

// Registered when a test file imports this module, so the hook belongs to that file.
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

export function scratchFolder(name: string): string {
  const folder = mkdtempSync(join(tmpdir(), `zhner-${name}-`));
  folders.push(folder);
  return folder;
}
