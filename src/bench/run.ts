/**
 * npm run bench: speed as ratios against baselines measured in the same run,
 * so figures compare across machines.
 *  1. whole-pipeline chars/s next to raw nodejieba.tag chars/s on the same text;
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

function timeRepeated(label: string, seconds: number, run: () => number): { label: string; charsPerSecond: number } {
  const started = performance.now();
  let chars = 0;
  while (performance.now() - started < seconds * 1000) chars += run();
  const elapsed = (performance.now() - started) / 1000;
  return { label, charsPerSecond: chars / elapsed };
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

const raw = timeRepeated('raw nodejieba.tag (Simplified text of the article)', seconds, () => {
  jieba.tag(simplified);
  return simplified.length;
});
const pipeline = timeRepeated('zhner extract (whole pipeline, raw article)', seconds, () => extract(article).chars);
const rss = process.memoryUsage().rss;

const require = createRequire(import.meta.url);
const bin = join(root, 'bin', 'zhner.js');
const short = join(root, 'fixtures', 'guigang-textile.zh-Hant.txt');
const jiebaOnly = wallTime([process.execPath, '-e', `require(${JSON.stringify(require.resolve('nodejieba'))}).load(); require(${JSON.stringify(require.resolve('nodejieba'))}).tag('贵港')`], 3);
const startup = wallTime([process.execPath, bin, 'extract', short], 3);

const lines = [
  `text: fixtures/guigang-textile.zh-Hant.txt (${Array.from(article).length} chars), ${seconds} s per measurement`,
  `${raw.label}: ${Math.round(raw.charsPerSecond).toLocaleString('en')} chars/s`,
  `${pipeline.label}: ${Math.round(pipeline.charsPerSecond).toLocaleString('en')} chars/s`,
  `pipeline / raw tag speed: ${(pipeline.charsPerSecond / raw.charsPerSecond).toFixed(2)}`,
  `start-up, process that only loads jieba: ${Math.round(jiebaOnly)} ms (median of 3)`,
  `start-up, zhner extract on the article: ${Math.round(startup)} ms (median of 3)`,
  `start-up ratio zhner / jieba-only: ${(startup / jiebaOnly).toFixed(2)}`,
  `RSS after the in-process runs: ${Math.round(rss / 1048576)} MB`,
];
process.stdout.write(lines.join('\n') + '\n');
