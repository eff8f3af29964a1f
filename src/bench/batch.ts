/**
 * npm run bench:batch — batch figures, each a ratio within one run:
 *  1. 2 workers against 1 on the same 1,000 generated articles;
 *  2. peak RSS on 1,000 and on 10,000 articles with 2 workers (memory must not
 *     grow with corpus size), next to a process that only loads jieba;
 *  3. time to first result for one short article.
 * Articles are generated from the bundled article's sentences, shuffled with
 * a fixed seed, so the corpus is the same on every machine.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'zhner.js');
const article = readFileSync(join(root, 'fixtures', 'guigang-textile.zh-Hant.txt'), 'utf8');
const sentences = article
  .slice(0, article.indexOf('版權'))
  .split(/(?<=[。！？\n])/)
  .filter((sentence) => sentence.trim().length > 4);

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** `count` articles of 10-30 sentences in folders of 100, as scraped corpora are laid out. */
function generateCorpus(folder: string, count: number): number {
  const next = seeded(count);
  let chars = 0;
  for (let index = 0; index < count; index++) {
    const directory = join(folder, String(Math.floor(index / 100)).padStart(3, '0'));
    if (index % 100 === 0) mkdirSync(directory, { recursive: true });
    const length = 10 + Math.floor(next() * 20);
    let text = '';
    for (let i = 0; i < length; i++) text += sentences[Math.floor(next() * sentences.length)];
    chars += text.length;
    writeFileSync(join(directory, `${String(index).padStart(5, '0')}.txt`), text);
  }
  return chars;
}

/** Wall seconds and peak RSS (MB) of a command, via GNU time. */
function measure(command: string[]): { seconds: number; peakMegabytes: number } {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%M', ...command], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command.join(' ')} exited ${run.status}: ${run.stderr.slice(-500)}`);
  const peakKilobytes = Number(run.stderr.trim().split('\n').pop());
  return { seconds, peakMegabytes: peakKilobytes / 1024 };
}

function firstResultSeconds(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, 'extract', '--format', 'jsonl', '--jobs', '1', file]);
    child.stdout.once('data', () => resolve((performance.now() - started) / 1000));
    child.on('error', reject);
  });
}

const require = createRequire(import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'zhner-bench-'));
try {
  const small = join(work, 'corpus-1000');
  const large = join(work, 'corpus-10000');
  const smallChars = generateCorpus(small, 1000);
  const largeChars = generateCorpus(large, Number(process.env.BENCH_LARGE ?? 10000));
  const extract = (folder: string, jobs: number) => [process.execPath, bin, 'extract', '--quiet', '--format', 'jsonl', '--jobs', String(jobs), folder, '--output', join(work, `out-${jobs}-${folder.length}`)];
  const jiebaOnly = measure([process.execPath, '-e', `const j = require(${JSON.stringify(require.resolve('nodejieba'))}); j.load(); j.tag('贵港')`]);
  const one = measure(extract(small, 1));
  const two = measure(extract(small, 2));
  const twoLarge = measure(extract(large, 2));
  const short = join(work, 'short.txt');
  writeFileSync(short, sentences.slice(0, 3).join(''));
  const first = await firstResultSeconds(short);
  const lines = [
    `corpus: 1,000 generated articles (${smallChars.toLocaleString('en')} chars) and ${Number(process.env.BENCH_LARGE ?? 10000).toLocaleString('en')} (${largeChars.toLocaleString('en')} chars), from the bundled article's sentences`,
    `1 worker on 1,000: ${one.seconds.toFixed(1)} s (${Math.round(smallChars / one.seconds).toLocaleString('en')} chars/s), peak RSS ${Math.round(one.peakMegabytes)} MB`,
    `2 workers on 1,000: ${two.seconds.toFixed(1)} s (${Math.round(smallChars / two.seconds).toLocaleString('en')} chars/s), peak RSS ${Math.round(two.peakMegabytes)} MB`,
    `speed-up 2 workers / 1: ${(one.seconds / two.seconds).toFixed(2)}x`,
    `2 workers on the large corpus: ${twoLarge.seconds.toFixed(1)} s, peak RSS ${Math.round(twoLarge.peakMegabytes)} MB`,
    `peak RSS large / 1,000 (2 workers): ${(twoLarge.peakMegabytes / two.peakMegabytes).toFixed(2)}`,
    `process that only loads jieba: peak RSS ${Math.round(jiebaOnly.peakMegabytes)} MB; zhner above it per worker (2 workers, large): ${Math.round((twoLarge.peakMegabytes - 2 * jiebaOnly.peakMegabytes) / 2)} MB`,
    `time to first result, one short article (--jobs 1): ${first.toFixed(2)} s (jieba-only process: ${jiebaOnly.seconds.toFixed(2)} s)`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
