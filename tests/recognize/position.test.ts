/**
 * The title rule: where a title starts when jieba's word holds more than
 * the title.
 */
import { describe, expect, it } from 'vitest';
import { ruleSpansOf } from './rules.js';

describe('positions', () => {
  it('reads the head of two bodies that are one, with the second head in brackets, as one title', () => {
    // jieba: 校/n （/x 院/n ）/x 长/a: no title word is left.
    expect(ruleSpansOf('position', '自治区党委党校（广西行政学院）校（院）长王心文出席。')).toContain('校（院）长');
    expect(ruleSpansOf('position', '市委党校(市行政学院)常务副校(院)长李强主持。')).toContain('常务副校(院)长');
  });

  it("starts a head's title after the body's head jieba wrote into the same word", () => {
    // jieba: 中山/ns 医院院长/n and 物流/n 局局长/n: the body keeps its 医院 and 局.
    expect(ruleSpansOf('position', '中山医院院长樊嘉表示，医院将继续推进多学科协作。')).toEqual(['院长']);
    expect(ruleSpansOf('position', '运输及物流局局长林世雄表示，项目将如期推进。')).toEqual(['局长']);
    // A rank before the head stays (副院长), and a title the dictionary lists is left whole.
    expect(ruleSpansOf('position', '北京大学副院长王五出席。')).toEqual(['副院长']);
  });

  it('takes a rotating or joint post into the title, and the managing director as one title', () => {
    // jieba: 轮值/n 董事长/nnt, 联席/n 董事总经理/nnt (segmentation.txt).
    expect(ruleSpansOf('position', '华为轮值董事长徐直军表示。')).toEqual(['轮值董事长']);
    expect(ruleSpansOf('position', '長和聯席董事總經理霍建寧則透露，')).toEqual(['联席董事总经理']);
    expect(ruleSpansOf('position', '法国是欧盟轮值主席国。')).toEqual([]);
  });

  it('takes a department before a title into it, not a brand that ends like one', () => {
    // jieba: 宣传部/nr 部长/nnt (a department, whatever its tag); 万科/nz 总裁/nnt (a company).
    expect(ruleSpansOf('position', '市委常委、宣传部部长何聪出席。')).toContain('宣传部部长');
    expect(ruleSpansOf('position', '万科总裁、首席执行官祝九胜表示。')).toContain('总裁');
  });

  it("reads a chief officer's title jieba writes as 首席 and words ending in 官, and not 首席 before other words", () => {
    // jieba: 首席/n 运营官/n, 首席/n 技术/n 官/n, 首席/n 人力资源/n 官/n.
    expect(ruleSpansOf('position', '苹果首席运营官杰夫·威廉姆斯、首席技术官李明和首席人力资源官王芳出席。')).toEqual(['首席运营官', '首席技术官', '首席人力资源官']);
    // A title the dictionary has stays as the title rule reads it.
    expect(ruleSpansOf('position', '公司首席执行官张三表示。')).toEqual(['首席执行官']);
    expect(ruleSpansOf('position', '他在首席位置上坐下。')).toEqual([]);
  });

  it("takes in the words of a post's kind jieba writes apart (独立|非|执行|董事, 兼职|教授)", () => {
    expect(ruleSpansOf('position', '现任中国平安独立非执行董事、浙江大学兼职教授。')).toEqual(['独立非执行董事', '兼职教授']);
    expect(ruleSpansOf('position', '公司独立董事张伟先生因个人原因辞职。')).toEqual(['独立董事']);
    // After a rank written apart (执行), and not a word that only looks like one (独立 as a verb before a body).
    expect(ruleSpansOf('position', '他曾任公司独立执行董事。')).toEqual(['独立执行董事']);
    expect(ruleSpansOf('position', '该行宣布独立董事会成立。')).toEqual([]);
  });

  it('reads the posts and bodies of foreign news the word lists fill in, and no post a body\'s last character starts', () => {
    // segmentation.txt: 官房长官 (jieba cut 官房|长官) and 首相署 (the tagger read 署部长).
    expect(ruleSpansOf('position', '日本官房长官松野博一表示，政府将密切关注。')).toEqual(['官房长官']);
    expect(ruleSpansOf('position', '马来西亚首相署部长阿兹莉娜表示。')).toEqual(['部长']);
    // titles.txt leaves out 局主席: jieba cut 联邦储备|局主席 with it.
    expect(ruleSpansOf('position', '美国联邦储备局主席鲍威尔周三表示。')).toEqual(['主席']);
  });

  it('reads a head of state\'s 国家主席 whole, which jieba cut 国家|主席', () => {
    // Without it, the rules' chain of titles took 主席 over the tagger's 国家主席.
    expect(ruleSpansOf('position', '中共中央总书记、国家主席、中央军委主席习近平会见了客人。')).toEqual(['总书记', '国家主席', '主席']);
    expect(ruleSpansOf('position', '国家副主席韩正出席。')).toEqual(['国家副主席']);
  });

  it("reads a party leader's 党首 as a title, which no title source lists", () => {
    // Japanese and Korean party news: jieba read 党首/n, and nothing marked the post.
    expect(ruleSpansOf('position', '共同民主党党首郑清来等出席了当天的活动。')).toEqual(['党首']);
  });
});
