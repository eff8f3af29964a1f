/**
 * Segmentation: jieba's words and tags aligned to the normalized text. The
 * install patch (scripts/patch-nodejieba.mjs) adds tagPacked(), which zhner
 * reads instead of tag() when it is there; both must give the same tokens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dictionaryEntries } from '../../src/dictionaries/files.js';
import { extract } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import { loadJieba } from '../../src/segment/jieba.js';
import { scratchFolder } from '../scratch.js';

const article = normalize(readFileSync(new URL('../../fixtures/guigang-textile.zh-Hant.txt', import.meta.url), 'utf8')).text;

/** segment() with tagPacked() hidden, so it reads tag() as on an install where the patch failed. */
function segmentWithTag(text: string, dictionaries: string[] = []) {
  const jieba = loadJieba(dictionaries) as { tagPacked?: unknown };
  const packed = jieba.tagPacked;
  delete jieba.tagPacked;
  try {
    return segment(text, dictionaries);
  } finally {
    if (packed) jieba.tagPacked = packed;
  }
}

describe('segment', () => {
  it('has tagPacked from the install patch (npm install rebuilds nodejieba with it)', () => {
    expect(typeof loadJieba().tagPacked).toBe('function');
  });

  it('gives the same tokens from tagPacked as from tag, on the article and on astral, Latin, digit and space runs', () => {
    for (const text of [article, '𠀀贵港𠀁市委 abc123 ，\t何录春𠀂', '']) {
      const tokens = segment(text);
      expect(tokens).toEqual(segmentWithTag(text));
      expect(tokens.map((token) => token.word).join('')).toBe(text);
    }
  });

  it('reads any tag a user dictionary gives, digits and colons included', () => {
    const dictionary = join(scratchFolder('segment'), 'tags.txt');
    writeFileSync(dictionary, '何录春 100 12nr:x\n木乐镇 100 3\n');
    const text = '贵港市委书记何录春到桂平市木乐镇调研';
    const tokens = segment(text, [dictionary]);
    expect(tokens).toEqual(segmentWithTag(text, [dictionary]));
    expect(tokens.filter((token) => token.word === '何录春' || token.word === '木乐镇').map((token) => token.tag)).toEqual(['12nr:x', '3']);
  });

  it('keeps words our dictionaries tag but jieba counts more often than they do (立法会|议员, not 立法|会议员)', () => {
    // titles.txt once gave 议员 HanLP's count (406) in place of jieba's (1333), and jieba preferred 立法|会议员.
    const words = segment(normalize('立法會議員陳家珮昨日發文').text).map((token) => `${token.word}/${token.tag}`);
    expect(words.slice(0, 2)).toEqual(['立法会/j', '议员/nnt']);
  });

  it('cuts a body before 主席 where jieba and the title list had a word across it (联邦储备|局主席)', () => {
    // jieba's dictionary has 局主席 (segmentation.txt lowers it to 1); HanLP's titles had it too (NOT_TITLES in
    // scripts/build-dictionaries.mjs), which also gave the tagger a title feature over 局主席.
    const words = segment(normalize('美國聯邦儲備局主席鮑威爾週三表示').text).map((token) => token.word);
    expect(words).toEqual(expect.arrayContaining(['局', '主席']));
    const titles = [...dictionaryEntries('titles.txt')].map((entry) => entry.word);
    expect(titles).toContain('主席');
    expect(titles).not.toContain('局主席');
  });

  it('reads the Taiwan and Hong Kong short titles segmentation.txt adds as titles (立委, 特首)', () => {
    // jieba tags 立委 j (abbreviation), and the tagger then read 國民黨立委賴 as one organization.
    const words = segment(normalize('國民黨立委賴士葆質詢，香港特首李家超回應').text).map((token) => `${token.word}/${token.tag}`);
    expect(words).toContain('立委/nnt');
    expect(words).toContain('特首/nnt');
    const found = extract('國民黨立委賴士葆質詢時指出').entities.map((entity) => [entity.type, entity.text]);
    expect(found).toContainEqual(['organization', '國民黨']);
    expect(found).toContainEqual(['position', '立委']);
  });

  it('reads a country and its head of government apart where jieba had one word (德国总理, 英国首相)', () => {
    const words = segment(normalize('德國總理默茨、日本首相石破茂、英國首相斯塔默和法國總理貝魯會面').text).map((token) => `${token.word}/${token.tag}`);
    for (const country of ['德国', '日本', '英国', '法国']) expect(words).toContain(`${country}/ns`);
    // So the title is the country's (src/link: a country the entities leave out).
    const people = extract('英國首相斯塔默週二在倫敦會見了來訪的德國總理默茨。').people.map((person) => [person.name, person.positions.map((position) => [position.title, position.organization])]);
    expect(people).toContainEqual(['斯塔默', [['首相', '英國']]]);
    expect(people).toContainEqual(['默茨', [['總理', '德國']]]);
  });

  it('knows Taiwan\'s ministries and their heads\' titles by the short names its news uses', () => {
    const words = segment(normalize('衛福部長邱泰源、勞動部長洪申翰，國發會主委劉鏡清').text).map((token) => `${token.word}/${token.tag}`);
    expect(words).toEqual(expect.arrayContaining(['卫福部长/nnt', '劳动部长/nnt', '国发会/nt', '主委/nnt']));
    // jieba read 卫福/x 部长 and the tagger took 衛福 for a person.
    const people = extract('衛福部長邱泰源、勞動部長洪申翰出席記者會。').people.map((person) => [person.name, person.positions.map((position) => [position.title, position.organization])]);
    expect(people).toEqual([
      ['邱泰源', [['衛福部長', '衛福部']]],
      ['洪申翰', [['勞動部長', '勞動部']]],
    ]);
  });
});
