/**
 * Where one extract() spends its time: each stage timed separately, in a loop
 * on the bundled article, reported as the median ms per article (this VM's
 * timings are noisy; medians over many runs move less than means).
 *
 *   npx tsc -p . && node dist/bench/stages.js [seconds]
 *
 * Run with `node --cpu-prof` to see the hot functions inside a stage. The
 * recognizers' rows are recognizeRules() itself timing each of its steps, so
 * they add up to that function's cost.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc.js';
import { toResult } from '../format/result.js';
import { extract } from '../index.js';
import { link } from '../link/index.js';
import { combine } from '../model/combine/index.js';
import { modelCandidates } from '../model/index.js';
import { normalize } from '../normalize/index.js';
import { recognizeRules } from '../recognize/index.js';
import { resolve } from '../recognize/resolve.js';
import { segment } from '../segment/index.js';
import { loadJieba } from '../segment/jieba.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const article = readFileSync(join(root, 'fixtures', 'guigang-textile.zh-Hant.txt'), 'utf8');
const seconds = Number(process.argv[2] ?? process.env.BENCH_SECONDS ?? 10);

const samples = new Map<string, number[]>();
function timed<T>(stage: string, run: () => T): T {
  const started = performance.now();
  const value = run();
  const elapsed = performance.now() - started;
  let list = samples.get(stage);
  if (!list) samples.set(stage, (list = []));
  list.push(elapsed);
  return value;
}

/** extract() on one article, stage by stage (src/index.ts and recognize() in src/recognize/index.ts, spelled out). */
function extractByStage(): void {
  const normalized = timed('normalize', () => normalize(article));
  const jieba = loadJieba();
  timed('  jieba.tag alone', () => jieba.tag(normalized.text));
  const tokens = timed('segment (tag + alignment)', () => segment(normalized.text));
  const doc: Doc = { input: article, text: normalized.text, offsets: normalized.offsets, script: normalized.script, tokens, candidates: [], ruleCandidates: [], entities: [], relations: [], warnings: normalized.warnings };
  const rules = timed('rule recognizers', () => recognizeRules(doc, (step, run) => timed(`  ${step}`, run)));
  doc.ruleCandidates = rules;
  const model = timed('tagger', () => modelCandidates(doc));
  doc.candidates = timed('combine', () => combine(rules, model, doc));
  doc.entities = timed('resolve', () => resolve(doc.candidates));
  timed('link', () => link(doc));
  timed('format', () => toResult(doc, {}));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

extract(article); // load every dictionary and the tagger before timing
for (let i = 0; i < 20; i++) extractByStage();
samples.clear();
const started = performance.now();
let runs = 0;
while (performance.now() - started < seconds * 1000) {
  extractByStage();
  runs++;
}
const wholeStarted = performance.now();
let wholeRuns = 0;
while (performance.now() - wholeStarted < (seconds * 1000) / 2) {
  timed('extract() as a whole', () => extract(article));
  wholeRuns++;
}
const order = ['normalize', 'segment (tag + alignment)', '  jieba.tag alone', 'rule recognizers', '  places', '  positions', '  companies', '  organizations', '  people', '  overlap filter + chains', 'tagger', 'combine', 'resolve', 'link', 'format', 'extract() as a whole'];
const lines = [`fixtures/guigang-textile.zh-Hant.txt, ${runs} staged runs and ${wholeRuns} whole runs: median ms per article`];
for (const stage of order) lines.push(`${stage.padEnd(28)} ${median(samples.get(stage)!).toFixed(3).padStart(7)}`);
process.stdout.write(lines.join('\n') + '\n');
