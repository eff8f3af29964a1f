/**
 * From command-line paths to the list of inputs, in an order that does not
 * depend on the file system (so batch output is reproducible). Folders are
 * walked without following symlinked folders: a link back to a parent would
 * otherwise never end.
 */
import { stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative } from 'node:path';
import { glob } from 'tinyglobby';

export const DEFAULT_GLOB = '**/*.{txt,md,html,htm,json,jsonl}';

export interface InputFile {
  /** As reported: the path given, or the walked folder joined with the file's path inside it; - for stdin. */
  source: string;
  /** Where a mirrored output goes, relative to --output: the path inside the walked folder. */
  relative: string;
  /** True when the file came from walking a folder (rather than being named). */
  walked: boolean;
}

export async function* inputFiles(paths: string[], pattern = DEFAULT_GLOB): AsyncGenerator<InputFile> {
  for (const path of paths.length ? paths : ['-']) {
    if (path === '-') {
      yield { source: '-', relative: 'stdin', walked: false };
      continue;
    }
    const isDirectory = await stat(path).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!isDirectory) {
      // Named files are always read, whatever --glob says; missing ones become error records when read.
      yield { source: path, relative: relativeToWorkingDirectory(path), walked: false };
      continue;
    }
    const found = await glob(pattern, { cwd: path, onlyFiles: true, followSymbolicLinks: false, dot: false, expandDirectories: false });
    found.sort(compareCodeUnits);
    for (const file of found) yield { source: join(path, file), relative: file, walked: true };
  }
}

function relativeToWorkingDirectory(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : basename(path);
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
