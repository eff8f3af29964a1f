/**
 * How tagger spans and rule candidates are put together: with the rules and
 * tokens of real text and tagger spans written out, so each case checks the
 * policy rather than what the tagger happens to predict today.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, Span } from '../../src/doc.js';
import { segmentedDoc } from '../../src/index.js';
import { combine } from '../../src/model/combine.js';
import { recognizeRules } from '../../src/recognize/index.js';
import { resolve } from '../../src/recognize/resolve.js';

/** combine() on `text` with the given tagger spans, overlaps resolved as extract() does, as [type, text] pairs. */
function combined(text: string, model: [EntityType, string][]): [string, string][] {
  const doc = segmentedDoc(text);
  const spans: Span[] = model.map(([type, words]) => {
    const start = doc.text.indexOf(words);
    if (start < 0) throw new Error(`${words} is not in ${doc.text}`);
    return { type, start, end: start + words.length, reason: 'model' };
  });
  return resolve(combine([...recognizeRules(doc)], spans, doc))
    .filter((span) => span.type === 'place' || span.type === 'company')
    .map((span) => [span.type, doc.text.slice(span.start, span.end)]);
}

describe('combine', () => {
  it('cuts a tagger place back to the gazetteer name when plain words follow it', () => {
    expect(combined('木乐镇党委向桂平市汇报纺织服装产业发展情况', [['place', '桂平市汇报纺织']])).toContainEqual(['place', '桂平市']);
  });

  it('keeps a tagger place that goes on through address words', () => {
    const found = combined('他住在衡阳市仙姬巷28号', [['place', '衡阳市仙姬巷28号']]);
    expect(found).toContainEqual(['place', '衡阳市仙姬巷28号']);
    expect(found).not.toContainEqual(['place', '衡阳市']);
  });

  it('lets a company with a legal suffix reach back over the place name the tagger cut off', () => {
    const found = combined('到桂平市闪鹰体育用品有限公司调研', [
      ['place', '桂平市'],
      ['company', '体育用品有限公司'],
    ]);
    expect(found).toEqual([['company', '桂平市闪鹰体育用品有限公司']]);
  });

  it('does not let a suffix rule swallow words before a company that are not a place name', () => {
    // The rule reads 飞鸿闪鹰体育用品有限公司; 飞鸿 is no place, so the tagger's shorter company stands.
    const found = combined('由飞鸿闪鹰体育用品有限公司生产', [['company', '闪鹰体育用品有限公司']]);
    expect(found).toEqual([['company', '闪鹰体育用品有限公司']]);
  });
});
