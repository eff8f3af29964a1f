/**
 * A user dictionary (--dict) steers what zhner reports: a word tagged as a
 * name, place, body or title is that entity, whatever the tagger makes of it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { scratchFolder } from '../scratch.js';

const dictionary = join(scratchFolder('user'), 'words.txt');
writeFileSync(dictionary, '星海科创 100 nt\n云栖小镇 100 ns\n司马小桥 100 nr\n首席布道师 100 nnt\n闪鹰体育 100 nz\n新加坡讯 100 ntc\n');
const text = '星海科创首席布道师司马小桥昨天在云栖小镇表示，将扩大投资。';

describe('user dictionary words', () => {
  it('are the entities their tags say, over what the tagger marked', () => {
    const result = extract(text, { dictionaries: [dictionary] });
    // Without the words, the tagger gave the company 星海科 and the place 首席布道师司马小桥.
    expect(result.entities.map((entity) => [entity.type, entity.text, entity.reason])).toEqual([
      ['organization', '星海科创', 'dictionary:user(星海科创 nt)'],
      ['position', '首席布道师', 'dictionary:user(首席布道师 nnt)'],
      ['person', '司马小桥', 'dictionary:user(司马小桥 nr)'],
      ['place', '云栖小镇', 'dictionary:user(云栖小镇 ns)'],
    ]);
    expect(result.people.map((person) => [person.name, person.positions.map((position) => [position.title, position.organization])])).toEqual([['司马小桥', [['首席布道师', '星海科创']]]]);
  });

  it("stand over a dateline's place", () => {
    // Without the word, （新加坡讯） gives the place 新加坡 (src/recognize/place.ts, datelines).
    expect(extract('（新加坡讯）新加坡总理黄循财昨天表示。').entities[0]).toMatchObject({ type: 'place', text: '新加坡' });
    expect(extract('（新加坡讯）新加坡总理黄循财昨天表示。', { dictionaries: [dictionary] }).entities[0]).toMatchObject({ type: 'company', text: '新加坡讯' });
  });

  it('steer only segmentation when their tag names no entity (nz), leaving the names around them whole', () => {
    const result = extract('到桂平市闪鹰体育用品有限公司调研', { dictionaries: [dictionary] });
    expect(result.companies.map((company) => company.text)).toEqual(['桂平市闪鹰体育用品有限公司']);
  });
});
