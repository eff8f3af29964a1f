/**
 * The built binary, spawned as a user runs it: stdout, stderr and exit code
 * asserted together. Bad inputs are built in a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEATURE_VERSION } from '../../src/model/features.js';
import { encodeModel } from '../../src/model/format.js';
import { TAG_COUNT } from '../../src/model/tagger.js';
import { scratchFolder } from '../scratch.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin', 'zhner.js');
const fixture = join(root, 'fixtures', 'guigang-textile.zh-Hant.txt');

function zhner(args: string[], input?: string | Buffer, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { stdout: run.stdout, stderr: run.stderr, code: run.status };
}

/** A run that failed with `code`, nothing on stdout and one stderr line naming `path` and the cause. */
function expectOneLineError({ stdout, stderr, code }: { stdout: string; stderr: string; code: number | null }, expectedCode: number, path: string, cause: string): void {
  expect(code).toBe(expectedCode);
  expect(stdout).toBe('');
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0].startsWith(`zhner: ${path}: `)).toBe(true);
  expect(lines[0]).toContain(cause);
}

let folder: string;
beforeAll(() => {
  folder = scratchFolder('cli');
  writeFileSync(join(folder, 'short.txt'), '贵港市委书记何录春到桂平市木乐镇调研。韦庆强表示，要加快发展。');
  writeFileSync(join(folder, 'empty.txt'), '');
  writeFileSync(join(folder, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0xff]));
  // 贵港市政 in GBK, undeclared: too short for chardet alone to be sure.
  writeFileSync(join(folder, 'gbk.txt'), Buffer.from([0xb9, 0xf3, 0xb8, 0xdb, 0xca, 0xd0, 0xd5, 0xfe]));
  // UTF-8 cut in the middle of its last character.
  writeFileSync(join(folder, 'truncated.txt'), Buffer.from('贵港市委书记何录春', 'utf8').subarray(0, -1));
  mkdirSync(join(folder, 'a-directory'));
  writeFileSync(join(folder, 'docs.jsonl'), '{"id":"a","text":"韦庆强表示，要加快发展。"}\n{"id":"b","text":"桂平市闪鹰体育用品有限公司"}\n');
});

describe('zhner extract', () => {
  it('prints one JSON object for one file, with offsets into the input', () => {
    const { stdout, stderr, code } = zhner(['extract', join(folder, 'short.txt')]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const result = JSON.parse(stdout);
    expect(result.source).toBe(join(folder, 'short.txt'));
    expect(result.people.map((p: { name: string }) => p.name)).toEqual(['何录春', '韦庆强']);
    expect(result.people[0].positions).toEqual([{ title: '市委书记', organization: '贵港市委', normalized: { title: '市委书记', organization: '贵港市委' } }]);
  });

  it('gives the bundled article its reviewed golden result, with the tables built by the start-up worker', () => {
    // One file runs in-process, so src/preload builds the tables in a worker thread and hands them over; the golden file was made by extract() without it.
    const { stdout, code } = zhner(['extract', fixture]);
    expect(code).toBe(0);
    const { source, encoding, ...result } = JSON.parse(stdout);
    const { source: goldenSource, ...golden } = JSON.parse(readFileSync(join(root, 'fixtures', 'guigang-textile.golden.json'), 'utf8'));
    expect([source, encoding, goldenSource]).toEqual([fixture, 'utf-8', 'fixtures/guigang-textile.zh-Hant.txt']);
    expect(result).toEqual(golden);
  });

  it('reads stdin with no path and with -', () => {
    for (const args of [['extract'], ['extract', '-']]) {
      const { stdout, code } = zhner(args, '韦庆强表示，要加快发展。');
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ source: '-', people: [{ name: '韦庆强' }] });
    }
  });

  it('reads a named pipe as well as regular files', () => {
    // Regular files are read synchronously (src/cli/input.ts); a FIFO, which blocks until its writer is done, goes the asynchronous way.
    const fifo = join(folder, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const run = spawnSync('sh', ['-c', `(sleep 0.3; printf '韦庆强表示，要加快发展。' > ${fifo}) & node ${bin} extract ${fifo}`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: fifo, people: [{ name: '韦庆强' }] });
  });

  it('prints an array for several files and one compact line each with --format jsonl', () => {
    const files = [join(folder, 'short.txt'), fixture];
    expect(JSON.parse(zhner(['extract', ...files]).stdout)).toHaveLength(2);
    const lines = zhner(['extract', '--format', 'jsonl', ...files]).stdout.trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).source)).toEqual(files);
  });

  /** `zhner extract --format <format>` on two files that succeed: the header and the rows, split into fields. */
  const tabSeparated = (format: string, files: string[]) => {
    const { stdout, code } = zhner(['extract', '--format', format, ...files]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    return { header, rows };
  };

  it('prints one tab-separated line per entity with --format tsv, under one header', () => {
    const files = [join(folder, 'short.txt'), fixture];
    const { header, rows } = tabSeparated('tsv', files);
    expect(header).toEqual(['source', 'id', 'type', 'text', 'start', 'end', 'normalized', 'division', 'reason']);
    // The same entities, in the same order, as the JSON output.
    const json = JSON.parse(zhner(['extract', ...files]).stdout) as { source: string; entities: { type: string; text: string; start: number; end: number; division?: { code: string } }[] }[];
    const expected = json.flatMap((result) => result.entities.map((e) => [result.source, e.type, e.text, String(e.start), String(e.end), e.division?.code ?? '']));
    expect(rows.map((row) => [row[0], row[2], row[3], row[4], row[5], row[7]])).toEqual(expected);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('prints one tab-separated line per person and post with --format people, under one header', () => {
    const files = [join(folder, 'short.txt'), fixture];
    const { header, rows } = tabSeparated('people', files);
    expect(header).toEqual(['source', 'id', 'person', 'normalized', 'mentions', 'title', 'organization', 'normalized_title', 'normalized_organization']);
    expect(rows.filter((row) => row[2] === '韋慶強').map((row) => [row[0], row[4], row[5], row[6], row[8]])).toEqual([
      [fixture, '2', '市委常委', '貴港市委', '贵港市委'],
      [fixture, '2', '市委書記', '桂平市委', '桂平市委'],
    ]);
    // The same people, post by post, as the JSON output; a person with no post has one line with empty post columns.
    const json = JSON.parse(zhner(['extract', ...files]).stdout) as { source: string; people: { name: string; positions: { title: string; organization: string | null }[] }[] }[];
    const expected = json.flatMap((result) => result.people.flatMap((person) => (person.positions.length ? person.positions : [{ title: '', organization: '' }]).map((post) => [result.source, person.name, post.title, post.organization ?? ''])));
    expect(rows.map((row) => [row[0], row[2], row[5], row[6]])).toEqual(expected);
    expect(rows.every((row) => row.length === header.length)).toBe(true);
  });

  it('treats each JSONL input line as a document and keeps its id, in order', () => {
    const { stdout, code } = zhner(['extract', '--input', 'jsonl', '--format', 'jsonl', join(folder, 'docs.jsonl')]);
    expect(code).toBe(0);
    const results = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(results[1].companies[0].text).toBe('桂平市闪鹰体育用品有限公司');
  });

  it('filters by --types', () => {
    const result = JSON.parse(zhner(['extract', '--types', 'person,company', fixture]).stdout);
    expect(new Set(result.entities.map((e: { type: string }) => e.type))).toEqual(new Set(['person', 'company']));
    expect(result.places).toEqual([]);
  });

  it('adds a user dictionary with --dict', () => {
    const dictionary = join(folder, 'user.txt');
    writeFileSync(dictionary, '闪鹰体育 1000 nz\n');
    const { stdout, code } = zhner(['segment', '--dict', dictionary], '桂平市闪鹰体育用品有限公司');
    expect(code).toBe(0);
    expect(stdout).toContain('闪鹰体育/nz');
  });

  it('colours nothing and shows the people table with --format pretty when not a TTY', () => {
    const { stdout, code } = zhner(['extract', '--format', 'pretty', fixture]);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/\u001b\[/);
    expect(stdout).toMatch(/黃錦鋒\s+×1\s+市委常委 \(貴港市委\)/);
  });

  it('gives an empty result for empty input', () => {
    const { stdout, code } = zhner(['extract', join(folder, 'empty.txt')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ chars: 0, entities: [] });
  });

  it.each([
    ['missing.txt', 'no such file'],
    ['binary.bin', 'binary data'],
    ['truncated.txt', 'not valid UTF-8'],
  ])('fails on %s with one line naming the file and the cause, exit 1', (name, cause) => {
    const path = join(folder, name);
    expectOneLineError(zhner(['extract', path]), 1, path, cause);
  });

  it('walks a folder: an empty one is an empty array', () => {
    const { stdout, code } = zhner(['extract', join(folder, 'a-directory')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
  });

  it('detects undeclared GBK and reports the encoding', () => {
    const { stdout, code } = zhner(['extract', join(folder, 'gbk.txt')]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.encoding).toBe('gb18030');
    expect(result.places.map((place: { text: string }) => place.text).join()).toContain('贵港');
  });

  it('keeps the good results when one input fails, and exits 1', () => {
    const { stdout, stderr, code } = zhner(['extract', '--format', 'jsonl', join(folder, 'short.txt'), join(folder, 'missing.txt')]);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines[0].people).toHaveLength(2);
    expect(lines[1]).toEqual({ source: join(folder, 'missing.txt'), error: { code: 'not-found', message: 'no such file' } });
    expect(stderr).toContain('missing.txt: no such file');
  });

  it('exits 2 on usage errors', () => {
    expect(zhner(['extract', '--format', 'xml', fixture]).code).toBe(2);
    expect(zhner(['extract', '--types', 'people', fixture]).code).toBe(2);
    expect(zhner(['frobnicate']).code).toBe(2);
    // Options that do not go together: one line naming the cause, with no file to name.
    for (const [args, cause] of [
      [['--skip-existing'], '--skip-existing needs --output'],
      [['--summary', '--format', 'tsv'], '--summary prints one JSON or pretty summary; --format tsv does not apply'],
      [['--summary', '--format', 'people'], '--summary prints one JSON or pretty summary; --format people does not apply'],
    ] as const) {
      const { stdout, stderr, code } = zhner(['extract', ...args, fixture]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toBe(`zhner: ${cause}\n`);
    }
  });

  it('refuses a missing or unreadable --dict before reading any input, with one line and exit 2', () => {
    const missing = join(folder, 'no-such-words.txt');
    for (const command of ['extract', 'summary', 'segment']) expectOneLineError(zhner([command, '--dict', missing, fixture]), 2, missing, 'dictionary not found');
    expectOneLineError(zhner(['extract', '--dict', folder, fixture]), 2, folder, 'dictionary is not a file');
  });

  it('ends quietly when stdout is closed early', () => {
    // Enough output to overflow the pipe after head has gone, so writes do hit EPIPE.
    const files = Array(12).fill(fixture).join(' ');
    const run = spawnSync('sh', ['-c', `node ${bin} extract --quiet --jobs 1 --format jsonl ${files} | head -c 10 > /dev/null`], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  if (process.getuid?.() !== 0) {
    it('reports an unreadable file', () => {
      const path = join(folder, 'secret.txt');
      writeFileSync(path, '韦庆强');
      chmodSync(path, 0o000);
      expect(zhner(['extract', path]).stderr).toContain('permission denied');
    });
  }
});

/** A valid model file that has learned nothing: it tags no span. */
function writeBlankModel(path: string, featureVersion = FEATURE_VERSION): void {
  const zeros = (length: number) => new Float32Array(length);
  writeFileSync(path, encodeModel({ featureVersion, hashes: new Uint32Array([1]), weights: zeros(TAG_COUNT), transitions: zeros(TAG_COUNT * TAG_COUNT), start: zeros(TAG_COUNT), end: zeros(TAG_COUNT) }));
}

describe('--model', () => {
  const readme = join(root, 'README.md');
  let copy: string;
  let blank: string;
  let gold: string;
  beforeAll(() => {
    // A copy at another path is read through the non-default branch, and must give what the shipped file gives.
    copy = join(folder, 'copy.bin.gz');
    copyFileSync(join(root, 'models', 'tagger.bin.gz'), copy);
    // Results that change with this one show the file given was used.
    blank = join(folder, 'blank.bin.gz');
    writeBlankModel(blank);
    gold = join(folder, 'gold.jsonl');
    writeFileSync(
      gold,
      [
        { text: '贵港市委书记何录春到桂平市木乐镇调研。', label: { position: { 市委书记: [[2, 5]] }, name: { 何录春: [[6, 8]] }, address: { 桂平市木乐镇: [[10, 15]] } } },
        { text: '韦庆强表示，要加快发展。', label: { name: { 韦庆强: [[0, 2]] } } },
        { text: '桂平市闪鹰体育用品有限公司与贵港市政府签约。', label: { company: { 桂平市闪鹰体育用品有限公司: [[0, 12]] }, government: { 贵港市政府: [[14, 18]] } } },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n') + '\n',
    );
  });

  it('extracts with the model file given: a copy of the shipped one changes nothing, one that learned nothing does', () => {
    const shipped = JSON.parse(zhner(['extract', fixture]).stdout);
    const withCopy = zhner(['extract', '--model', copy, fixture]);
    expect(withCopy.code).toBe(0);
    expect(withCopy.stderr).toBe('');
    expect(JSON.parse(withCopy.stdout).entities).toEqual(shipped.entities);
    expect(shipped.entities.some((entity: { reason: string }) => entity.reason === 'model')).toBe(true);

    // Two files and two jobs: the model path has to reach the worker threads too.
    const withBlank = zhner(['extract', '--quiet', '--jobs', '2', '--format', 'jsonl', '--model', blank, fixture, fixture]);
    expect(withBlank.code).toBe(0);
    const results = withBlank.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.entities.filter((entity: { reason: string }) => entity.reason === 'model')).toEqual([]);
      expect(result.entities).not.toEqual(shipped.entities);
    }
  });

  it.each([
    ['a missing file', '/nonexistent.bin.gz', 'tagger model not found'],
    ['a file that is not a model', readme, 'not a zhner tagger model'],
  ])('rejects %s before reading any input: one line naming it, exit 2, nothing on stdout', (_, path, cause) => {
    for (const command of ['extract', 'summary']) {
      // A missing input too: were it read first, its failure would be reported (and exit 1).
      expectOneLineError(zhner([command, '--model', path, join(folder, 'missing.txt')]), 2, path, cause);
    }
  });

  it('rejects a model trained with another feature version', () => {
    const old = join(folder, 'old.bin.gz');
    writeBlankModel(old, FEATURE_VERSION - 1);
    const { stdout, stderr, code } = zhner(['extract', '--model', old, fixture]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`zhner: ${old}: trained with feature version ${FEATURE_VERSION - 1}, this code extracts version ${FEATURE_VERSION}: retrain it\n`);
  });

  it('scores eval with the model file given', () => {
    const run = (model: string) => {
      const { stdout, stderr, code } = zhner(['eval', gold, '--map', 'cluener', '--json', '--model', model]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      return JSON.parse(stdout);
    };
    const withCopy = run(copy);
    expect(withCopy.sentences).toBe(3);
    expect(withCopy.ours.failures).toEqual([]);
    expect(withCopy.ours.scores.micro.correct).toBeGreaterThan(0);
    // The worker must extract with the file given, not the shipped one.
    expect(run(blank).ours.scores).not.toEqual(withCopy.ours.scores);
  });

  it('fails eval on a bad model before reading the gold file, exit 2', () => {
    const { stdout, stderr, code } = zhner(['eval', join(folder, 'no-such-gold.jsonl'), '--map', 'cluener', '--model', readme]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`zhner: ${readme}: not a zhner tagger model (not gzip data)\n`);
  });
});
