/**
 * Places resolve to the administrative hierarchy; a name several divisions
 * share is settled by the other places the document names, and listed with
 * every candidate when nothing settles it.
 */
import { describe, expect, it } from 'vitest';
import { extract, segmentedDoc } from '../../src/index.js';
import { recognizeRules } from '../../src/recognize/index.js';
import { ruleSpansOf } from './rules.js';

const placeNamed = (text: string, name: string) => extract(text).places.find((place) => place.normalized === name);

describe('place divisions', () => {
  it('resolves a shared district name from the city named elsewhere in the document', () => {
    const inChangchun = placeNamed('吉林省长春市今天召开会议，朝阳区的代表参加了会议。', '朝阳区');
    expect(inChangchun?.division?.path).toEqual(['吉林省', '长春市', '朝阳区']);
    expect(inChangchun?.division?.candidates).toBeUndefined();
    const inBeijing = placeNamed('北京市今天召开会议，朝阳区的代表参加了会议。', '朝阳区');
    expect(inBeijing?.division?.path).toEqual(['北京市', '朝阳区']);
    expect(inBeijing?.division?.candidates).toBeUndefined();
  });

  it('lists every candidate when nothing in the document tells them apart', () => {
    const alone = placeNamed('朝阳区的代表参加了会议。', '朝阳区');
    const paths = alone?.division?.candidates?.map((candidate) => candidate.path.join('/'));
    expect(paths).toContain('北京市/朝阳区');
    expect(paths).toContain('吉林省/长春市/朝阳区');
    expect(alone?.division?.candidates?.[0].code).toBe(alone?.division?.code);
  });

  it('counts places below a name as support for it, and no mention as support for its own other readings', () => {
    // 湖南 once resolved to 湖南乡 (江西), the first of its same-named divisions; 长沙 to 长沙县, which its own reading 长沙市 seemed to support.
    const hunan = placeNamed('湖南省委副书记毛伟明深入长沙市岳麓区调研。', '湖南');
    expect(hunan?.division).toEqual({ code: '430000', path: ['湖南省'] });
    const changsha = placeNamed('长沙今天召开会议。', '长沙');
    expect(changsha?.division?.path).toEqual(['湖南省', '长沙市']);
    // Nothing else in the document: the higher level wins, and the county is still listed.
    expect(changsha?.division?.candidates?.map((candidate) => candidate.path.join('/'))).toContain('湖南省/长沙市/长沙县');
    // A street named like a city is no alternative worth listing.
    const shanghai = placeNamed('李四在上海。', '上海');
    expect(shanghai?.division).toEqual({ code: '310000', path: ['上海市'] });
  });

  it('reads an address jieba knows as one word as the names it is made of', () => {
    // jieba's dictionary has 上海市浦东新区/ns; gazetteer names must end on a word boundary, so it had no division.
    expect(ruleSpansOf('place', '另在上海市浦东新区设有研发中心')).toEqual(['上海市浦东新区']);
    expect(placeNamed('另在上海市浦东新区设有研发中心。', '上海市浦东新区')?.division?.path).toEqual(['上海市', '浦东新区']);
  });

  it("reads a division's short name before jieba's word for its committee or head, which begins with the level character", () => {
    // jieba: 登封/v 市委常委/nnt; 登封 is no word of the place list (jieba knows it as a verb), 登封市 a county-level city.
    expect(ruleSpansOf('place', '登封市委常委、统战部部长李晓峰出席活动。')).toEqual(['登封']);
    expect(placeNamed('登封市委常委、统战部部长李晓峰出席活动。', '登封')?.division?.path).toEqual(['河南省', '郑州市', '登封市']);
  });

  it('reads no place in an ordinary word some township is named, and still reads a township named by two characters the place list keeps', () => {
    // The source lists a township 社区 (in 汾西县) and townships 农场, 林场: the word alone is no place.
    expect(ruleSpansOf('place', '重庆市渝中区解放碑街道民族路社区党委书记冉小玲介绍，社区今年建了两个农场。')).toEqual(['重庆市渝中区解放碑街道']);
    // A township of two characters with its level's is one.
    expect(ruleSpansOf('place', '游客在乌镇参观。')).toEqual(['乌镇']);
    // A CLUENER line: the era 永乐 (a township's name too) is no place.
    expect(ruleSpansOf('place', '专门从事宋代五大名窑瓷器、元代瓷器、明代永乐、宣德瓷器的收藏')).toEqual([]);
  });

  it('gives a unique name its one division and no candidates', () => {
    const guiping = placeNamed('桂平市木乐镇', '桂平市木乐镇');
    expect(guiping?.division).toEqual({ code: '450881:木乐镇', path: ['广西壮族自治区', '贵港市', '桂平市', '木乐镇'] });
  });

  it('joins to a county a lower division the gazetteer lacks, written as a place word and its level character', () => {
    // The gazetteer has 竹北乡, its name until 1988; jieba reads 新竹县|竹北/ns|市/n.
    expect(ruleSpansOf('place', '我是來自新竹縣竹北市的林雅婷。')).toEqual(['新竹县竹北市']);
    expect(placeNamed('我是來自新竹縣竹北(zhú běi)市的林雅婷。', '新竹县竹北市')?.text).toBe('新竹縣竹北市');
    // Not a place word followed by a plain noun.
    expect(ruleSpansOf('place', '浙江省杭州市西湖区文三路')).not.toContain('浙江省杭州市西湖区文三路');
  });

  it('joins places written together only when the later one continues the address', () => {
    // Within (桂平市|木乐镇), or a lower-level full name the gazetteer does not link (天柱县|凤城镇): one address.
    expect(ruleSpansOf('place', '8月9日，贵港市委书记何录春到桂平市木乐镇调研')).toContain('桂平市木乐镇');
    expect(ruleSpansOf('place', '浙江省杭州市西湖区')).toEqual(['浙江省杭州市西湖区']);
    // Two cities side by side are two (a CLUENER line marks 北京 and 上海 apart), and 新建 (a county of 南昌) after 朝阳区 is the verb.
    expect(ruleSpansOf('place', '本报记者季小舟胡金华北京上海报道')).toEqual(['北京', '上海']);
    expect(ruleSpansOf('place', '北京市今年将在朝阳区新建三所学校。')).not.toContain('朝阳区新建');
    // A Chinese division joins a world place only in China (中国|贵港): 美国|新建 is a verb, 韩国|青龙 a film award (CLUENER lines).
    expect(ruleSpansOf('place', '中国贵港的纺织服装产业')).toContain('中国贵港');
    expect(ruleSpansOf('place', '公司将在美国新建一座电池工厂。')).not.toContain('美国新建');
    expect(ruleSpansOf('place', '第29届韩国青龙奖快要颁奖了。')).not.toContain('韩国青龙');
    // Two world places still join (印度|孟买).
    expect(ruleSpansOf('place', '他在印度孟买工作。')).toContain('印度孟买');
  });

  it('knows the names Taiwan writes for countries, which character conversion alone does not map', () => {
    // 義大利 normalizes to 义大利, not 意大利: without the Taiwan names it came out as 大利總理, a title. (Rule spans are in normalized text.)
    // Right before the title the country is whose office it is, which CLUENER leaves unmarked: the link holds it.
    const result = extract('義大利總理梅洛尼今日抵達雪梨。');
    expect(result.entities.map((entity) => [entity.type, entity.text])).toContainEqual(['position', '總理']);
    expect(result.people.flatMap((person) => person.positions.map((position) => [person.name, position.title, position.organization]))).toEqual([['梅洛尼', '總理', '義大利']]);
    expect(extract('他曾在義大利工作多年。').entities.map((entity) => [entity.type, entity.text])).toEqual([['place', '義大利']]);
    expect(ruleSpansOf('place', '他曾在衣索比亞和紐西蘭工作。')).toEqual(['衣索比亚', '纽西兰']);
  });

  it("reads a dateline's place before 讯 whole, where jieba glued them (台北讯/nt), and no other run before 讯", () => {
    // A probe article's first line (jieba: （/x 新加坡/ns 讯/ng ）/x).
    const doc = segmentedDoc('（新加坡讯）新加坡总理黄循财昨天在总统府会见到访的马来西亚首相安华。');
    const places = recognizeRules(doc).filter((span) => span.type === 'place');
    expect(places.map((span) => [doc.text.slice(span.start, span.end), span.reason])).toEqual([
      ['新加坡', 'place:dateline(world)'],
      ['新加坡', 'place:world'],
      ['马来西亚', 'place:world'],
    ]);
    expect(ruleSpansOf('place', '（台北讯）台湾当局昨日宣布。')).toContain('台北');
    expect(ruleSpansOf('place', '本报广州讯 杨丽娟诉南方周末名誉权侵权案近日二审开庭。')).toContain('广州');
    expect(ruleSpansOf('place', '中新网上海讯 记者从市卫健委获悉。')).toContain('上海');
    // Taiwan's bylines and an agency's dispatch (probe articles): 台北 is a prefecture's short name, which the rules do not fill in elsewhere.
    const byline = segmentedDoc('〔記者王冠仁／台北報導〕行政院今天通過預算案。');
    expect(recognizeRules(byline).filter((span) => span.reason.startsWith('place:dateline')).map((span) => byline.text.slice(span.start, span.end))).toEqual(['台北']);
    const dispatch = segmentedDoc('（中央社記者溫貴香台北3日電）總統賴清德今天表示。');
    expect(recognizeRules(dispatch).filter((span) => span.reason.startsWith('place:dateline')).map((span) => dispatch.text.slice(span.start, span.end))).toEqual(['台北']);
    expect(extract('（中央社記者溫貴香台北3日電）總統賴清德今天表示。').places.map((place) => place.text)).toContain('台北');
    // 讯 after a run that is no place as a whole (快讯, 腾讯) makes no dateline, nor does a 报道 after no opener.
    expect(ruleSpansOf('place', '据新华社报道，北京今天降雪。')).toEqual(['北京']);
    expect(ruleSpansOf('place', '【香港快讯】恒指今日收市。')).toEqual(['香港']);
    expect(ruleSpansOf('place', '腾讯公司（腾讯）表示。')).toEqual([]);
  });
});
