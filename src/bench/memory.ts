/**
 * node dist/bench/memory.js — where a worker's memory goes. Each measurement
 * runs in a fresh process (node --expose-gc, heap limited as batch workers'
 * are in src/batch/pool.ts: 256 MB old generation, 2 MB semi-spaces):
 *
 *  - RSS and V8 heap of bare node, of node with jieba's default dictionary,
 *    with our user dictionaries too (as src/segment loads them), after the
 *    first extract() of the bundled article, and after a gc;
 *  - our own tables, built one at a time in one process with a gc after each
 *    step: what each adds to the heap (V8 objects), to array buffers (typed
 *    arrays) and to RSS;
 *  - each dictionary file parsed by readDictionary on its own (nothing should stay).
 *
 * Figures are MB (2^20 bytes). `--json` prints the raw figures instead.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getHeapSpaceStatistics } from 'node:v8';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = join(dirname(here), '..', '..');
const fixture = join(root, 'fixtures', 'guigang-textile.zh-Hant.txt');
const HEAP_MB = 256;
/** Semi-space size matching the workers' maxYoungGenerationSizeMb (6 MB: two semi-spaces and a large-object space). */
const SEMI_SPACE_MB = Number(process.env.SEMI_SPACE_MB ?? 2);

interface Sample {
  label: string;
  rss: number;
  heapUsed: number;
  /** Heap V8 has committed (used or not), and of it the young generation. */
  heapTotal: number;
  newSpace: number;
  /** Memory outside the V8 heap that V8 knows of (array buffers, strings from native code). */
  external: number;
  arrayBuffers: number;
  peakRss: number;
}

const MB = 1024 * 1024;
const gc = (globalThis as { gc?: () => void }).gc;

function sample(label: string): Sample {
  if (gc) {
    gc();
    gc();
  }
  return sampleNoGc(label);
}

/** Like sample(), without collecting first: what a worker holds right after the work. */
function sampleNoGc(label: string): Sample {
  const usage = process.memoryUsage();
  const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
  return {
    label,
    rss: usage.rss / MB,
    heapUsed: usage.heapUsed / MB,
    heapTotal: usage.heapTotal / MB,
    newSpace: newSpace / MB,
    external: usage.external / MB,
    arrayBuffers: usage.arrayBuffers / MB,
    peakRss: process.resourceUsage().maxRSS / 1024,
  };
}

const require = createRequire(import.meta.url);

/** One measurement, in this (child) process. */
async function child(stage: string): Promise<Sample[]> {
  const samples: Sample[] = [];
  switch (stage) {
    case 'bare':
      samples.push(sample('bare node'));
      break;
    case 'jieba': {
      const jieba = require('nodejieba') as { load(): void; tag(text: string): unknown };
      jieba.load();
      jieba.tag('贵港');
      samples.push(sample('jieba, default dictionary'));
      break;
    }
    case 'jieba-user': {
      const { SEGMENTATION_DICTIONARIES } = await import('../segment/jieba.js');
      const { dictionaryPath } = await import('../dictionaries/files.js');
      const jieba = require('nodejieba') as { load(options: { userDict: string }): void; tag(text: string): unknown };
      jieba.load({ userDict: SEGMENTATION_DICTIONARIES.map(dictionaryPath).join('|') });
      jieba.tag('贵港');
      samples.push(sample('jieba + our user dictionaries, default IDF table'));
      break;
    }
    case 'jieba-ours': {
      const { loadJieba } = await import('../segment/jieba.js');
      loadJieba().tag('贵港');
      samples.push(sample('jieba as src/segment loads it (user dicts, no IDF)'));
      break;
    }
    case 'extract': {
      const { extract } = await import('../index.js');
      const text = readFileSync(fixture, 'utf8');
      extract(text);
      samples.push(sampleNoGc('first extract() of the article (no gc)'));
      samples.push(sample('after gc'));
      extract(text);
      samples.push(sample('second extract(), gc'));
      break;
    }
    case 'tables': {
      const text = readFileSync(fixture, 'utf8');
      samples.push(sample('start'));
      const index = await import('../index.js');
      const { normalize } = await import('../normalize/index.js');
      const place = await import('../recognize/place.js');
      const features = await import('../model/features.js');
      const model = await import('../model/index.js');
      const { loadJieba } = await import('../segment/jieba.js');
      samples.push(sample('modules imported'));
      normalize(text);
      samples.push(sample('normalization (opencc, character frequencies)'));
      place.divisionTable();
      samples.push(sample('division table (divisions.tsv)'));
      place.placeGazetteer();
      samples.push(sample('place gazetteer (+ places.txt)'));
      features.loadFeatureDictionaries();
      samples.push(sample('feature lexicon (all word lists)'));
      model.loadModel();
      samples.push(sample('tagger model'));
      loadJieba().tag('贵港');
      samples.push(sample('jieba + our user dictionaries'));
      index.extract(text);
      samples.push(sample('first extract() (title, name, organization tables)'));
      index.extract(text);
      samples.push(sample('second extract()'));
      break;
    }
    case 'dictionaries': {
      const { readDictionary } = await import('../dictionaries/files.js');
      samples.push(sample('start'));
      for (const name of ['person-names.txt', 'organizations.txt', 'places.txt', 'person-roles.txt', 'character-frequency.txt', 'given-chars.txt', 'titles.txt', 'organization-suffixes.txt', 'surnames.txt', 'transliteration-chars.txt', 'foreign-names.txt', 'place-suffixes.txt', 'segmentation.txt']) {
        readDictionary(name);
        samples.push(sample(`readDictionary('${name}')`));
      }
      break;
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
  return samples;
}

function run(stage: string): Sample[] {
  const result = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${HEAP_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`, here, '--stage', stage], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`stage ${stage} exited ${result.status}: ${result.stderr.slice(-2000)}`);
  return JSON.parse(result.stdout) as Sample[];
}

const f = (value: number) => value.toFixed(1).padStart(7);
const signed = (value: number) => (value >= 0 ? '+' : '') + value.toFixed(1);

function table(title: string, samples: Sample[], deltas: boolean): string {
  const lines = [title, `${'step'.padEnd(52)}     RSS    heap  commit  (young) arrbuf    peak${deltas ? '   ΔRSS  Δheap  Δarrbuf' : ''}`];
  samples.forEach((s, i) => {
    let line = `${s.label.padEnd(52)} ${f(s.rss)} ${f(s.heapUsed)} ${f(s.heapTotal)} ${f(s.newSpace)} ${f(s.arrayBuffers)} ${f(s.peakRss)}`;
    if (deltas && i > 0) {
      const p = samples[i - 1];
      line += `  ${signed(s.rss - p.rss).padStart(6)} ${signed(s.heapUsed - p.heapUsed).padStart(6)} ${signed(s.arrayBuffers - p.arrayBuffers).padStart(7)}`;
    }
    lines.push(line);
  });
  return lines.join('\n');
}

const stageArgument = process.argv.indexOf('--stage');
if (stageArgument >= 0) {
  process.stdout.write(JSON.stringify(await child(process.argv[stageArgument + 1])));
} else {
  const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const stages = only.length > 0 ? only : ['bare', 'jieba', 'jieba-user', 'jieba-ours', 'extract', 'tables', 'dictionaries'];
  const results: Record<string, Sample[]> = {};
  for (const stage of stages) results[stage] = run(stage);
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  } else {
    const out: string[] = [`MB; every process: node --expose-gc --max-old-space-size=${HEAP_MB} --max-semi-space-size=${SEMI_SPACE_MB}; gc before each figure unless said`];
    const lone = ['bare', 'jieba', 'jieba-user', 'jieba-ours', 'extract'].filter((s) => results[s]).flatMap((s) => results[s]);
    if (lone.length) out.push(table('\none fresh process per line (extract: three lines of one process)', lone, false));
    const jieba = results.jieba?.[0];
    const extracted = results.extract?.[1];
    const user = results['jieba-user']?.[0];
    const ours = results['jieba-ours']?.[0];
    if (jieba && extracted) {
      out.push(`\nafter extract + gc, above jieba with its default dictionary: ${(extracted.rss - jieba.rss).toFixed(1)} MB RSS (peak: ${(results.extract[0].peakRss - jieba.peakRss).toFixed(1)})`);
      if (user) out.push(`  jieba holding our user dictionaries: ${(user.rss - jieba.rss).toFixed(1)} MB RSS`);
      if (user && ours) out.push(`  jieba without its keyword extractor's IDF table: ${(ours.rss - user.rss).toFixed(1)} MB RSS`);
      if (ours) out.push(`  our tables and working memory above jieba as src/segment loads it: ${(extracted.rss - ours.rss).toFixed(1)} MB RSS`);
    }
    if (results.tables) out.push(table('\nour tables, one step at a time in one process', results.tables, true));
    if (results.dictionaries) out.push(table('\nreadDictionary, one file at a time in one process (nothing is kept: the arrays are garbage once read)', results.dictionaries, true));
    process.stdout.write(out.join('\n') + '\n');
  }
}
