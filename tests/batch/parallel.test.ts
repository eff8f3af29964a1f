/**
 * JSONL in and out makes zhner a mapper for GNU parallel (and Hadoop
 * Streaming, Spark's rdd.pipe): a split-and-parallel run must give exactly
 * the lines a single process gives. .ci/run installs GNU parallel (Debian
 * package `parallel`); without it this test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../scratch.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin', 'zhner.js');
const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).status === 0;

describe('under GNU parallel', () => {
  it.skipIf(!hasParallel)('gives byte-for-byte the output of one process, in order', () => {
    const article = readFileSync(join(root, 'fixtures', 'guigang-textile.zh-Hant.txt'), 'utf8');
    const sentences = article.slice(0, article.indexOf('版權')).split(/(?<=。)/).filter((s) => s.trim());
    const folder = scratchFolder('parallel');
    const input = join(folder, 'docs.jsonl');
    writeFileSync(input, sentences.slice(0, 12).map((text, index) => JSON.stringify({ id: `doc-${index}`, text, site: 'example' })).join('\n') + '\n');

    const command = `node ${bin} extract --quiet --jobs 1 --input jsonl --format jsonl -`;
    const single = spawnSync('sh', ['-c', `${command} < ${input}`], { encoding: 'utf8' });
    const split = spawnSync('sh', ['-c', `parallel --pipe -N 4 --keep-order -j 2 ${command} < ${input}`], { encoding: 'utf8' });
    expect(single.status).toBe(0);
    expect(split.status).toBe(0);
    expect(single.stdout.trimEnd().split('\n')).toHaveLength(12);
    expect(split.stdout).toBe(single.stdout);
    // Extra fields of each record pass through to its result.
    expect(JSON.parse(single.stdout.split('\n')[0])).toMatchObject({ id: 'doc-0', site: 'example' });
  });
});
