/**
 * Batch runs of the built binary on a folder built in a temporary directory:
 * nested files in every supported encoding, bad files, a symlink loop. Each
 * CLI start loads jieba (seconds), so one run feeds several assertions.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { scratchFolder } from '../scratch.js';

const root = new URL('../..', import.meta.url).pathname;
const bin = join(root, 'bin', 'zhner.js');
const fixture = join(root, 'fixtures', 'guigang-textile.zh-Hant.txt');

function zhner(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { stdout: run.stdout, stderr: run.stderr, code: run.status };
}

const SENTENCES = ['贵港市委书记何录春到桂平市木乐镇调研。', '韦庆强表示，要加快发展。', '桂平市闪鹰体育用品有限公司正式投产。', '木乐镇休闲运动服装协会召开会员大会。'];

let folder: string;
/** Every file the default glob should pick up, in the order output must follow. */
const expectedSources: string[] = [];

beforeAll(() => {
  folder = scratchFolder('batch');
  const corpus = join(folder, 'corpus');
  const put = (path: string, content: string | Buffer) => {
    mkdirSync(join(corpus, path, '..'), { recursive: true });
    writeFileSync(join(corpus, path), content);
  };
  for (let i = 0; i < 12; i++) put(`${i % 3 ? 'b' : 'a'}/article-${String(i).padStart(2, '0')}.txt`, SENTENCES[i % 4] + SENTENCES[(i + 1) % 4]);
  put('legacy/gbk.txt', iconv.encode('贵港市政', 'gbk'));
  put('legacy/big5.txt', iconv.encode('貴港市委書記何錄春到桂平市木樂鎮調研。', 'big5'));
  put('legacy/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('韦庆强表示，要加快发展。', 'utf-16le')]));
  put('legacy/utf8-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCES[0])]));
  put('bad/binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
  put('bad/truncated.txt', Buffer.from('贵港市委书记何录春', 'utf8').subarray(0, -1));
  put('bad/empty.txt', '');
  put('web/page.html', '<html><head><title>贵港</title><script>var x = "何录春";</script><style>p { color: red }</style></head><body><!-- 韦庆强 --><p>贵港市委书记何录春&nbsp;到桂平市<b>木乐镇</b>调研。</p><p>韦庆强表示&#xff0c;要加快发展。</p></body></html>');
  put('skipped.dat', SENTENCES[0]);
  // A link back to the corpus root: a walker that follows it never ends.
  symlinkSync('..', join(corpus, 'a', 'loop'));
  expectedSources.push(
    ...[
      ...Array.from({ length: 12 }, (_, i) => `${i % 3 ? 'b' : 'a'}/article-${String(i).padStart(2, '0')}.txt`),
      'legacy/gbk.txt', 'legacy/big5.txt', 'legacy/utf16.txt', 'legacy/utf8-bom.md',
      'bad/binary.txt', 'bad/truncated.txt', 'bad/empty.txt', 'web/page.html',
    ]
      .sort()
      .map((path) => join('corpus', path)),
  );
});

describe('zhner extract on a folder', () => {
  let single: ReturnType<typeof zhner>;
  let parallel: ReturnType<typeof zhner>;
  let results: Record<string, { encoding?: string; error?: { code: string }; people?: { name: string }[]; places?: { text: string }[]; text?: string }>;

  beforeAll(() => {
    single = zhner(['extract', '--format', 'jsonl', '--jobs', '1', '--emit-text', 'corpus'], folder);
    parallel = zhner(['extract', '--format', 'jsonl', '--jobs', '2', '--emit-text', 'corpus'], folder);
    results = Object.fromEntries(single.stdout.trimEnd().split('\n').map((line) => JSON.parse(line)).map((result) => [result.source, result]));
  });

  it('walks nested folders in sorted order, skips files outside the glob and does not follow the symlink loop', () => {
    expect(single.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).source)).toEqual(expectedSources);
  });

  it('gives byte-identical output with --jobs 2 and --jobs 1', () => {
    expect(parallel.stdout).toBe(single.stdout);
    expect(parallel.code).toBe(single.code);
  });

  it('detects and reports each encoding', () => {
    expect(results['corpus/legacy/gbk.txt'].encoding).toBe('gb18030');
    expect(results['corpus/legacy/gbk.txt'].places!.map((place) => place.text).join()).toContain('贵港');
    expect(results['corpus/legacy/big5.txt'].encoding).toBe('big5');
    expect(results['corpus/legacy/big5.txt'].people!.map((person) => person.name)).toContain('何錄春');
    expect(results['corpus/legacy/utf16.txt'].encoding).toBe('utf-16le');
    expect(results['corpus/legacy/utf16.txt'].people!.map((person) => person.name)).toEqual(['韦庆强']);
    expect(results['corpus/legacy/utf8-bom.md'].encoding).toBe('utf-8');
    expect(results['corpus/bad/empty.txt']).toMatchObject({ encoding: 'utf-8', chars: 0, entities: [] });
  });

  it('reduces HTML to its visible text, which --emit-text includes', () => {
    const page = results['corpus/web/page.html'];
    // &nbsp; is a space a reader sees, kept as one; a line break in the source between Chinese characters is not.
    expect(page.text).toBe('贵港\n贵港市委书记何录春 到桂平市木乐镇调研。\n韦庆强表示，要加快发展。');
    expect(page.people!.map((person) => person.name)).toEqual(['何录春', '韦庆强']);
  });

  it('writes an error record and a stderr line for each bad file, a tally, and exits 1', () => {
    expect(results['corpus/bad/binary.txt'].error!.code).toBe('binary');
    expect(results['corpus/bad/truncated.txt'].error!.code).toBe('invalid-utf8');
    expect(single.code).toBe(1);
    const lines = single.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'zhner: corpus/bad/binary.txt: binary data, not text',
      expect.stringMatching(/^zhner: corpus\/bad\/truncated.txt: not valid UTF-8/),
    ]);
    expect(lines[2]).toMatch(/^zhner: 18 files ok, 2 failed, \d+ chars in [\d.]+ s \(\d+ chars\/s\)$/);
  });
});

describe('zhner extract --output', () => {
  it('mirrors the tree with one atomically written .json per input, and --skip-existing leaves existing ones alone', () => {
    const { stdout, stderr, code } = zhner(['extract', '--output', 'out', '--jobs', '2', 'corpus'], folder);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('corpus/bad/binary.txt: binary data');
    const written = readdirSync(join(folder, 'out'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.json')).sort();
    const ok = expectedSources.filter((source) => !/binary|truncated/.test(source)).map((source) => source.slice('corpus/'.length) + '.json');
    expect(written).toEqual([...ok].sort());
    // No temporary file left behind.
    expect(readdirSync(join(folder, 'out'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(folder, 'out', 'legacy', 'big5.txt.json'), 'utf8'))).toMatchObject({ source: 'corpus/legacy/big5.txt', encoding: 'big5' });

    writeFileSync(join(folder, 'out', 'a', 'article-00.txt.json'), 'kept');
    rmSync(join(folder, 'out', 'web', 'page.html.json'));
    const again = zhner(['extract', '--output', 'out', '--skip-existing', '--jobs', '1', '--quiet', 'corpus'], folder);
    expect(again.code).toBe(1);
    expect(readFileSync(join(folder, 'out', 'a', 'article-00.txt.json'), 'utf8')).toBe('kept');
    expect(existsSync(join(folder, 'out', 'web', 'page.html.json'))).toBe(true);
    // --quiet: only the two error lines, no tally.
    expect(again.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('fails an input whose output path an earlier one has, rather than overwriting its results', () => {
    // Named files outside the current folder are mirrored by their base name: run from corpus/legacy, a/article-00.txt and
    // another article-00.txt outside the corpus both map to article-00.txt.json. The same file named twice is no clash.
    mkdirSync(join(folder, 'elsewhere'), { recursive: true });
    writeFileSync(join(folder, 'elsewhere', 'article-00.txt'), SENTENCES[2]);
    const inside = join(folder, 'corpus', 'legacy');
    const { stdout, stderr, code } = zhner(['extract', '--output', '../../collide', '--quiet', '../a/article-00.txt', '../b/article-01.txt', '../b/article-01.txt', '../../elsewhere/article-00.txt'], inside);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toEqual([
      'zhner: ../../elsewhere/article-00.txt: its output ../../collide/article-00.txt.json is already that of ../a/article-00.txt; give each its own --output, or run from a folder that holds both',
    ]);
    expect(readdirSync(join(folder, 'collide')).sort()).toEqual(['article-00.txt.json', 'article-01.txt.json']);
    expect(JSON.parse(readFileSync(join(folder, 'collide', 'article-00.txt.json'), 'utf8')).source).toBe('../a/article-00.txt');
  });
});

describe('zhner summary', () => {
  it('lists people with positions and documents, and entities by document count', () => {
    const { stdout, code } = zhner(['summary', '--jobs', '1', '--glob', '{a,b}/*.txt', 'corpus'], folder);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.documents).toBe(12);
    const he = summary.people.find((person: { name: string }) => person.name === '何录春');
    expect(he.documents).toHaveLength(6);
    expect(he.positions).toContainEqual({ title: '市委书记', organization: '贵港市委' });
    const counts = summary.places.map((place: { documents: number }) => place.documents);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Places by division, whatever they were called: 木乐镇 is named in 桂平市木乐镇 in six articles.
    const mule = summary.divisions.find((division: { code: string }) => division.code === '450881:木乐镇');
    expect(mule).toMatchObject({ path: ['广西壮族自治区', '贵港市', '桂平市', '木乐镇'], documents: 6 });
  });
});

/**
 * `count` copies of the fixture in a new folder, extracted as JSONL by one
 * process; `onFirstResult` runs when the first output arrives (the folder
 * has been walked by then, and most files are still to be read).
 */
async function extractCopies(name: string, count: number, onFirstResult: (child: ReturnType<typeof spawn>, folder: string) => void) {
  const copies = join(folder, name);
  mkdirSync(copies);
  for (let i = 0; i < count; i++) copyFileSync(fixture, join(copies, `${String(i).padStart(3, '0')}.txt`));
  const child = spawn(process.execPath, [bin, 'extract', '--format', 'jsonl', '--jobs', '1', '--quiet', copies], { env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    if (!stdout) onFirstResult(child, copies);
    stdout += chunk;
  });
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

describe('Ctrl-C', () => {
  it('stops promptly, leaves only complete lines and exits 130', async () => {
    const { code, stdout } = await extractCopies('many', 300, (child) => child.kill('SIGINT'));
    expect(code).toBe(130);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(300);
    for (const line of lines) expect(JSON.parse(line).source).toMatch(/many\/\d{3}\.txt$/);
  });
});

describe('a file deleted mid-run', () => {
  it('becomes an error record for that file; the others all have results', async () => {
    const { code, stdout, stderr } = await extractCopies('vanishing', 200, (_, copies) => rmSync(join(copies, '199.txt')));
    expect(code).toBe(1);
    const records = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records).toHaveLength(200);
    const last = records.pop();
    expect(last.source).toMatch(/vanishing\/199\.txt$/);
    expect(last.error.code).toBe('not-found');
    for (const record of records) expect(record.people.length).toBeGreaterThan(0);
    expect(stderr).toMatch(/199\.txt/);
  });
});
