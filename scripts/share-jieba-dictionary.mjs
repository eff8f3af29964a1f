#!/usr/bin/env node
/**
 * postinstall: make nodejieba build its dictionary once instead of twice.
 *
 * nodejieba 3.x's load() builds cppjieba's Jieba (the segmenter zhner uses)
 * and then a TextRankExtractor from the same dictionary paths, which parses
 * the 350k-word dictionary, the HMM model and our user dictionaries a second
 * time into a trie of its own: on this project's machine 1.4 s of the 3.0 s
 * load and 157 MB of the 360 MB it leaves resident, per process and per
 * worker thread. cppjieba has a TextRankExtractor constructor that shares the
 * Jieba's trie and model; this script switches nodejieba's load() to it and
 * rebuilds the addon from source (node-pre-gyp, as nodejieba's own `rebuild`
 * script does, ~10 s; it needs the npm_config_* settings npm gives install
 * scripts, so run it as `npm run postinstall`, not with node directly). Segmentation is unchanged: the Jieba object is built
 * exactly as before, and zhner never calls TextRank.
 *
 * The edit is a guarded string replacement rather than a patch-package diff:
 * the addon has to be recompiled after patching anyway, and when the source
 * is not the expected one (another nodejieba version) or the build fails,
 * this leaves nodejieba as installed (slower, but correct) with a warning,
 * and never fails the install.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const warn = (message) => process.stderr.write(`zhner postinstall: ${message}; nodejieba left as installed (it works, but loads its dictionary twice)\n`);

const DUPLICATE = /new\s+cppjieba\s*::\s*TextRankExtractor\(\s*dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\s*\)/;
const SHARED = 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)';

function main() {
  let root;
  try {
    root = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
  } catch {
    return warn('nodejieba not found');
  }
  const source = join(root, 'lib', 'nodejieba.cpp');
  const binary = join(root, 'build', 'Release', 'nodejieba.node');
  const marker = join(root, 'build', 'zhner-shared-dictionary');
  if (!existsSync(source)) return warn(`${source} not found`);
  const original = readFileSync(source, 'utf8');
  if (original.includes(SHARED) && existsSync(marker) && existsSync(binary)) return; // already done
  if (!original.includes(SHARED) && !DUPLICATE.test(original)) return warn('unexpected nodejieba source (another version?)');
  // Outside build/: node-pre-gyp rebuild starts by deleting that folder.
  const backup = existsSync(binary) ? join(root, 'nodejieba.node.zhner-backup') : null;
  if (backup) copyFileSync(binary, backup);
  try {
    writeFileSync(source, original.replace(DUPLICATE, SHARED));
    const nodePreGyp = join(dirname(createRequire(import.meta.url).resolve('@mapbox/node-pre-gyp/package.json')), 'bin', 'node-pre-gyp');
    execFileSync(process.execPath, [nodePreGyp, 'rebuild'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (!existsSync(binary)) throw new Error('the rebuild produced no addon');
    writeFileSync(marker, 'nodejieba rebuilt by zhner: TextRankExtractor shares the Jieba dictionary\n');
    if (backup) rmSync(backup);
    process.stderr.write('zhner postinstall: nodejieba rebuilt to load its dictionary once\n');
  } catch (error) {
    writeFileSync(source, original);
    if (backup) {
      mkdirSync(dirname(binary), { recursive: true });
      copyFileSync(backup, binary);
      rmSync(backup);
    }
    warn(`rebuilding nodejieba failed (${String(error.message ?? error).split('\n')[0]})`);
  }
}

main();
