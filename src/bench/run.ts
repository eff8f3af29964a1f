/**
 * npm run bench: speed as ratios against baselines measured in the same run,
 * so figures compare across machines.
 *  1. whole-pipeline chars/s next to raw nodejieba.tag chars/s on the same
 *     text: the article as scraped (Traditional, half of it pinyin notes),
 *     and its plain Simplified text, which jieba reads at its best;
 *  2. start-up: wall time of `zhner extract` on one short article next to a
 *     process that only loads jieba's default dictionary.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../index.js';
import { normalize } from '../normalize/index.js';
import { loadJieba } from '../segment/jieba.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const article = readFileSync(join(root, 'fixtures', 'guigang-textile.zh-Hant.txt'), 'utf8');

/**
 * Milliseconds per call of `jieba` and of `zhner` on one text, measured in
 * alternating slices of 250 ms so that the machine's drift (large on a
 * shared VM) falls on both alike; medians of the slices.
 */
function timeAlternating(seconds: number, jieba: () => void, zhner: () => void): { jieba: number; zhner: number } {
  const slices = { jieba: [] as number[], zhner: [] as number[] };
  const slice = (run: () => void) => {
    const started = performance.now();
    let calls = 0;
    do {
      run();
      calls++;
    } while (performance.now() - started < 250);
    return (performance.now() - started) / calls;
  };
  const deadline = performance.now() + seconds * 2000;
  while (performance.now() < deadline || slices.jieba.length < 3) {
    slices.jieba.push(slice(jieba));
    slices.zhner.push(slice(zhner));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
  return { jieba: median(slices.jieba), zhner: median(slices.zhner) };
}

function wallTime(command: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(command[0], command.slice(1), { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const jieba = loadJieba();
extract(article); // load every dictionary before timing
const simplified = normalize(article).text;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);

// The same text for both, so chars/s compare like for like: the article as
// users give it, and the Simplified text normalization makes of it.
const texts = [
  { label: 'the article as scraped (Traditional, pinyin notes)', text: article },
  { label: 'its Simplified text, pinyin notes removed', text: simplified },
].map(({ label, text }) => {
  const chars = Array.from(text).length;
  const perCall = timeAlternating(seconds, () => jieba.tag(text), () => extract(text));
  return { label, chars, jieba: chars / (perCall.jieba / 1000), zhner: chars / (perCall.zhner / 1000) };
});
const rss = process.memoryUsage().rss;

const require = createRequire(import.meta.url);
const bin = join(root, 'bin', 'zhner.js');
const short = join(root, 'fixtures', 'guigang-textile.zh-Hant.txt');
const jiebaOnly = wallTime([process.execPath, '-e', `require(${JSON.stringify(require.resolve('nodejieba'))}).load(); require(${JSON.stringify(require.resolve('nodejieba'))}).tag('贵港')`], 3);
const startup = wallTime([process.execPath, bin, 'extract', short], 3);

const lines = [
  `text: fixtures/guigang-textile.zh-Hant.txt, ${seconds} s per tool and text, in alternating 250 ms slices`,
  ...texts.flatMap(({ label, chars, jieba, zhner }) => [
    `${label}, ${chars} chars:`,
    `  raw nodejieba.tag: ${Math.round(jieba).toLocaleString('en')} chars/s`,
    `  zhner extract (whole pipeline): ${Math.round(zhner).toLocaleString('en')} chars/s`,
    `  zhner / raw tag speed: ${(zhner / jieba).toFixed(2)}`,
  ]),
  `start-up, process that only loads jieba: ${Math.round(jiebaOnly)} ms (median of 3)`,
  `start-up, zhner extract on the article: ${Math.round(startup)} ms (median of 3)`,
  `start-up ratio zhner / jieba-only: ${(startup / jiebaOnly).toFixed(2)}`,
  `RSS after the in-process runs: ${Math.round(rss / 1048576)} MB`,
];
process.stdout.write(lines.join('\n') + '\n');
