/**
 * The title rule: where a title starts when jieba's word holds more than
 * the title.
 */
import { describe, expect, it } from 'vitest';
import { ruleSpansOf } from './rules.js';

describe('positions', () => {
  it("starts a head's title after the body's head jieba wrote into the same word", () => {
    // jieba: 中山/ns 医院院长/n and 物流/n 局局长/n: the body keeps its 医院 and 局.
    expect(ruleSpansOf('position', '中山医院院长樊嘉表示，医院将继续推进多学科协作。')).toEqual(['院长']);
    expect(ruleSpansOf('position', '运输及物流局局长林世雄表示，项目将如期推进。')).toEqual(['局长']);
    // A rank before the head stays (副院长), and a title the dictionary lists is left whole.
    expect(ruleSpansOf('position', '北京大学副院长王五出席。')).toEqual(['副院长']);
  });
});
