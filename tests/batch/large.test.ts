/**
 * A very long one-line file is handled with bounded memory: the pipeline
 * cuts it into pieces (src/index.ts). The file here is ~3 MB (about a
 * million characters) so the suite stays quick; BENCHMARKS.md records the
 * 50 MB run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchFolder } from '../scratch.js';

const root = new URL('../..', import.meta.url).pathname;

describe('a one-line file of a million characters', () => {
  it('is extracted whole, with offsets into the file, in bounded memory', () => {
    const article = readFileSync(join(root, 'fixtures', 'guigang-textile.zh-Hant.txt'), 'utf8').replace(/\r?\n/g, '');
    const file = join(scratchFolder('large'), 'one-line.txt');
    const copies = Math.ceil(1_000_000 / article.length);
    writeFileSync(file, article.repeat(copies));
    // Run the CLI in a process that reports its own peak RSS when it exits.
    const script = `import(${JSON.stringify(join(root, 'dist', 'cli', 'index.js'))}).then((cli) => cli.main(['node', 'zhner', 'extract', '--quiet', '--jobs', '1', '--format', 'jsonl', ${JSON.stringify(file)}])).then(() => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.chars).toBe(copies * Array.from(article).length);
    const people = new Map(result.people.map((person: { name: string; mentions: number }) => [person.name, person.mentions]));
    expect(people.get('韋慶強')).toBe(2 * copies);
    const last = result.entities[result.entities.length - 1];
    expect(last.start).toBeGreaterThan(result.chars - article.length);
    const peakMegabytes = Number(/maxrss (\d+)/.exec(run.stderr)![1]) / 1024;
    // Measured 397 MB (jieba about 200 of it); twice that catches a step that grows with the document
    // (before four quadratic steps were removed, 1.7 M characters took 5.6 GB).
    expect(peakMegabytes).toBeLessThan(800);
  }, 240_000);
});

describe('a folder of 2,000 small files', () => {
  it('gives one result per file, in sorted order, with 2 workers', () => {
    const folder = scratchFolder('many');
    const names: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const name = join(folder, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(name, `${i}日,韦庆强表示,桂平市要加快发展。`);
      names.push(name);
    }
    const run = spawnSync(process.execPath, [join(root, 'bin', 'zhner.js'), 'extract', '--quiet', '--jobs', '2', '--format', 'jsonl', folder], { encoding: 'utf8', maxBuffer: 1 << 30 });
    expect(run.status).toBe(0);
    const results = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(results.map((result) => result.source)).toEqual(names);
    expect(results.every((result) => result.people[0]?.name === '韦庆强')).toBe(true);
  }, 240_000);
});

describe('Ctrl-C with --output', () => {
  it('leaves every written file complete and no temporary files', async () => {
    const folder = scratchFolder('interrupt');
    const input = join(folder, 'in');
    const output = join(folder, 'out');
    const article = readFileSync(join(root, 'fixtures', 'guigang-textile.zh-Hant.txt'));
    mkdirSync(input);
    for (let i = 0; i < 200; i++) writeFileSync(join(input, `${String(i).padStart(3, '0')}.txt`), article);
    const child = spawn(process.execPath, [join(root, 'bin', 'zhner.js'), 'extract', '--quiet', '--jobs', '2', '--output', output, input]);
    const exited = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])));
    // Interrupt once the first result file exists; a run that ends first fails here, not at the test's time limit.
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => {
        try {
          if (readdirSync(output).some((name) => name.endsWith('.json'))) {
            clearInterval(poll);
            resolve();
          }
        } catch {
          // not created yet
        }
      }, 50);
      void exited.then(([exitCode]) => {
        clearInterval(poll);
        reject(new Error(`zhner exited (${exitCode}) before writing any result`));
      });
    });
    child.kill('SIGINT');
    const [code, signal] = await exited;
    // 130 after flushing, never a crash: stopping a worker mid-jieba-call used to abort the process.
    expect({ code, signal }).toEqual({ code: 130, signal: null });
    const written = readdirSync(output);
    expect(written.filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(written.length).toBeLessThan(200);
    for (const name of written) expect(JSON.parse(readFileSync(join(output, name), 'utf8')).chars).toBe(Array.from(article.toString('utf8')).length);
  }, 240_000);
});
