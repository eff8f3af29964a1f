/**
 * The bundled article, checked two ways: what the issue requires, asserted
 * directly, and the whole output against a golden file reviewed by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import type { ExtractResult } from '../../src/result.js';

const input = readFileSync(new URL('../../fixtures/guigang-textile.zh-Hant.txt', import.meta.url), 'utf8');
const result: ExtractResult = extract(input, { source: 'fixtures/guigang-textile.zh-Hant.txt' });
const texts = (type: string) => result.entities.filter((e) => e.type === type).map((e) => e.text);

function stripNotes(text: string): string {
  return text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u036f]+[)）]/g, '');
}

describe('guigang-textile article', () => {
  it('finds the eleven officials and 習近平, and no other person', () => {
    expect(result.people.map((p) => p.name).sort()).toEqual(
      ['何錄春', '黃錦鋒', '潘漢勝', '韋慶強', '陶建全', '習近平', '楊通順', '蒙鑫淼', '趙理', '黃鑒澤', '盧靈姬', '梁偉德'].sort(),
    );
  });

  it('counts 何書記 as a mention of 何錄春', () => {
    const he = result.people.find((p) => p.name === '何錄春')!;
    expect(result.entities.some((e) => e.type === 'person' && e.text === '何書記')).toBe(true);
    expect(he.mentions).toBe(texts('person').filter((t) => t === '何錄春' || t === '何書記').length);
  });

  it('never makes a person of 宣傳部, 桂平 or 木樂', () => {
    for (const name of ['宣傳部', '桂平', '木樂', '宣傳']) expect(texts('person')).not.toContain(name);
  });

  it('finds both companies with their place prefix', () => {
    expect(new Set(texts('company'))).toEqual(new Set(['桂平市閃鷹體育用品有限公司', '桂平市對克服飾有限公司']));
  });

  it('finds the places, with and without suffix', () => {
    const places = new Set(texts('place'));
    for (const place of ['貴港', '桂平市', '木樂鎮', '廣西', '桂平']) expect(places).toContain(place);
    const guiping = result.places.find((p) => p.normalized === '桂平市')!;
    expect(guiping.division).toEqual({ code: '450881', path: ['广西壮族自治区', '贵港市', '桂平市'] });
  });

  it('finds the organizations', () => {
    const organizations = new Set(texts('organization'));
    for (const name of ['貴港市委', '市政府', '木樂鎮休閑運動服裝協會', '桂平木樂服裝工業園區黨群服務中心']) {
      expect(organizations).toContain(name);
    }
  });

  it('gives each official the positions of the title chain, with their organizations', () => {
    const positions = (name: string) => result.people.find((p) => p.name === name)!.positions.map((p) => [p.title, p.organization]);
    expect(positions('何錄春')).toEqual([['市委書記', '貴港市委']]);
    expect(positions('黃錦鋒')).toEqual([
      ['市委常委', '貴港市委'],
      ['宣傳部部長', '貴港市委宣傳部'],
      ['組長', '貴港市紡織服裝產業工作專班'],
    ]);
    expect(positions('潘漢勝')).toEqual([
      ['市委常委', '貴港市委'],
      ['副市長提名人選', '貴港市政府'],
      ['黨組副書記', '貴港市政府黨組'],
    ]);
    expect(positions('韋慶強')).toEqual([
      ['市委常委', '貴港市委'],
      ['市委書記', '桂平市委'],
    ]);
    expect(positions('陶建全')).toEqual([['秘書長', '貴港市委']]);
    expect(positions('習近平')).toEqual([['總書記', null]]);
  });

  it('reads 桂平市領導 as the place 桂平市 and the post 領導, and gives its six leaders the title 領導 of 桂平市', () => {
    // CLUENER marks 河北省秦皇岛市领导 so: the address, then the position 领导. (Were the tagger to
    // make one position of it, the body written into it would link the same way: tests/model/combine.test.ts.)
    const written = '桂平市領(lǐng)導(dǎo)';
    const start = Array.from(input.slice(0, input.indexOf(written + '楊通順'))).length;
    const within = result.entities.filter((entity) => entity.start >= start && entity.end <= start + Array.from(written).length);
    expect(within.map((entity) => [entity.type, entity.text])).toEqual([['place', '桂平市'], ['position', '領導']]);
    for (const name of ['楊通順', '蒙鑫淼', '趙理', '黃鑒澤', '盧靈姬', '梁偉德']) {
      expect(result.people.find((p) => p.name === name)!.positions.map((p) => [p.title, p.organization])).toEqual([['領導', '桂平市']]);
    }
  });

  it('reports the garbled run as a warning and makes no entity from it or the footer', () => {
    expect(result.warnings).toHaveLength(1);
    const [warning] = result.warnings;
    expect(Array.from(input).slice(warning.start, warning.end).join('')).toBe('?jié)摿Γ苿右欢a');
    const footer = Array.from(input).length - Array.from(input.slice(input.indexOf('版權(quán)聲明'))).length;
    for (const entity of result.entities) {
      expect(entity.end <= warning.start || entity.start >= warning.end).toBe(true);
      expect(entity.start).toBeLessThan(footer);
    }
  });

  it('gives offsets that round-trip to the input, pinyin notes removed', () => {
    const codePoints = Array.from(input);
    for (const entity of result.entities) {
      expect(stripNotes(codePoints.slice(entity.start, entity.end).join(''))).toBe(entity.text);
    }
    expect(result.script).toBe('traditional');
    expect(result.chars).toBe(codePoints.length);
  });

  it('matches the reviewed golden output', () => {
    const golden = JSON.parse(readFileSync(new URL('../../fixtures/guigang-textile.golden.json', import.meta.url), 'utf8'));
    expect(result).toEqual(golden);
  });
});

describe('the same article in other shapes', () => {
  it('finds the same people in Simplified text with CRLF, a BOM and full-width punctuation', async () => {
    const { convertToSimplified } = await import('../../src/normalize/script.js');
    const simplified = '\ufeff' + convertToSimplified(stripNotes(input)).replace(/\n/g, '\r\n').replace(/,/g, '，');
    const people = extract(simplified).people.map((p) => p.name).sort();
    expect(people).toEqual(['何录春', '黄锦锋', '潘汉胜', '韦庆强', '陶建全', '习近平', '杨通顺', '蒙鑫淼', '赵理', '黄鉴泽', '卢灵姬', '梁伟德'].sort());
  });
});

describe('places in other articles', () => {
  it('finds municipalities and cities whose short name is also a township stem', () => {
    const places = extract('抗战胜利时我从重庆坐民联轮到南京，去中山陵瞻仰，然后就去北京了。').places.map((p) => p.text);
    expect(places).toEqual(expect.arrayContaining(['重庆', '南京', '北京']));
  });
});
