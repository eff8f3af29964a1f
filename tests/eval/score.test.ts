import { describe, it, expect } from 'vitest';
import {
  LABEL_MAPS,
  addTally,
  compareSentence,
  emptyTally,
  goldSpans,
  isMapName,
  mapGoldSpans,
  score,
  scoredTypes,
  type GoldRecord,
  type TypedSpan,
} from '../../src/eval/score.js';

// 叶老桂(9-11) and 浙商银行(0-3) as CLUENER writes them, end inclusive.
const record: GoldRecord = {
  text: '浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读',
  label: { name: { 叶老桂: [[9, 11]] }, company: { 浙商银行: [[0, 3]] }, book: { 五道门槛: [[22, 25]] } },
};

describe('gold spans', () => {
  it('makes inclusive ends exclusive', () => {
    expect(goldSpans(record)).toEqual([
      { label: 'company', start: 0, end: 4 },
      { label: 'name', start: 9, end: 12 },
      { label: 'book', start: 22, end: 26 },
    ]);
  });

  it('maps labels to our types and drops the labels a map leaves out', () => {
    expect(mapGoldSpans(goldSpans(record), LABEL_MAPS.cluener)).toEqual([
      { type: 'company', start: 0, end: 4 },
      { type: 'person', start: 9, end: 12 },
    ]);
  });

  it('maps government and organization both to organization', () => {
    const spans = goldSpans({ text: '国务院和红十字会', label: { government: { 国务院: [[0, 2]] }, organization: { 红十字会: [[4, 7]] } } });
    expect(mapGoldSpans(spans, LABEL_MAPS.cluener).map((span) => span.type)).toEqual(['organization', 'organization']);
  });

  it('maps the Resume and MSRA labels', () => {
    const resume = goldSpans({ text: '高勇任华为公司总经理', label: { NAME: { 高勇: [[0, 1]] }, ORG: { 华为公司: [[3, 6]] }, TITLE: { 总经理: [[7, 9]] } } });
    expect(mapGoldSpans(resume, LABEL_MAPS.resume).map((span) => span.type)).toEqual(['person', 'organization', 'position']);
    const msra = goldSpans({ text: '李鹏在北京', label: { PER: { 李鹏: [[0, 1]] }, LOC: { 北京: [[3, 4]] } } });
    expect(mapGoldSpans(msra, LABEL_MAPS.msra).map((span) => span.type)).toEqual(['person', 'place']);
  });

  it('reads a record without labels as no spans', () => {
    expect(goldSpans({ text: '没有实体' })).toEqual([]);
  });
});

describe('scored types', () => {
  it('lists the types each map can score, in entity-type order', () => {
    expect(scoredTypes(LABEL_MAPS.cluener)).toEqual(['person', 'position', 'place', 'company', 'organization']);
    expect(scoredTypes(LABEL_MAPS.resume)).toEqual(['person', 'position', 'place', 'organization']);
    expect(scoredTypes(LABEL_MAPS.msra)).toEqual(['person', 'place', 'organization']);
  });

  it('knows the map names and nothing else', () => {
    expect(isMapName('cluener')).toBe(true);
    expect(isMapName('toString')).toBe(false);
  });
});

describe('compareSentence', () => {
  it('counts exact matches only, on code points with exclusive ends', () => {
    const predicted: TypedSpan[] = [
      { type: 'company', start: 0, end: 4 }, // exact
      { type: 'person', start: 9, end: 11 }, // one character short
      { type: 'position', start: 12, end: 14 }, // no gold: 博士 is not annotated
    ];
    const { counts } = compareSentence(record.text, goldSpans(record), predicted, LABEL_MAPS.cluener);
    expect(counts.company).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    expect(counts.person).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(counts.position).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 0 });
  });

  it('needs the type to match as well as the span', () => {
    const { counts, mismatches } = compareSentence(record.text, goldSpans(record), [{ type: 'organization', start: 0, end: 4 }], LABEL_MAPS.cluener);
    expect(counts.organization!.falsePositives).toBe(1);
    expect(counts.company!.falseNegatives).toBe(1);
    expect(mismatches.map((mismatch) => [mismatch.kind, mismatch.cause, mismatch.evidence?.label])).toEqual([
      ['false positive', 'wrong type', 'company'],
      ['miss', 'wrong type', 'organization'],
      ['miss', 'not found', undefined], // 叶老桂
    ]);
  });

  it('ignores predictions of a type the map lacks, without counting them false', () => {
    const gold = goldSpans({ text: '高勇任华为公司总经理', label: { ORG: { 华为公司: [[3, 6]] } } });
    const { counts, mismatches } = compareSentence('高勇任华为公司总经理', gold, [{ type: 'company', start: 3, end: 7 }], LABEL_MAPS.resume);
    expect(counts.company).toBeUndefined();
    expect(counts.organization).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    // The ignored prediction still explains the miss.
    expect(mismatches).toEqual([
      { kind: 'miss', span: { type: 'organization', start: 3, end: 7 }, cause: 'wrong type', evidence: { label: 'company', start: 3, end: 7 } },
    ]);
  });

  it('explains a false positive on a span gold gives an unscored label', () => {
    const gold = goldSpans({ text: '去中山陵瞻仰', label: { scene: { 中山陵: [[1, 3]] } } });
    const { mismatches } = compareSentence('去中山陵瞻仰', gold, [{ type: 'place', start: 1, end: 4 }], LABEL_MAPS.cluener);
    expect(mismatches[0]).toMatchObject({ kind: 'false positive', cause: 'wrong type', evidence: { label: 'scene' } });
  });

  it('tells boundary errors, overlaps with other types, repeats and spurious spans apart', () => {
    const text = '北京大学校长张三说张三在上海';
    const gold = goldSpans({ text, label: { organization: { 北京大学: [[0, 3]] }, position: { 校长: [[4, 5]] }, name: { 张三: [[6, 7]] } } });
    const predicted: TypedSpan[] = [
      { type: 'organization', start: 0, end: 6 }, // 北京大学校长: too long
      { type: 'place', start: 0, end: 2 }, // 北京 inside the organization
      { type: 'person', start: 9, end: 11 }, // the second 张三, which gold does not annotate
      { type: 'place', start: 12, end: 14 }, // 上海, not annotated at all
    ];
    const causes = compareSentence(text, gold, predicted, LABEL_MAPS.cluener).mismatches.map((mismatch) => [mismatch.kind, mismatch.span.type, mismatch.cause]);
    expect(causes).toEqual([
      ['false positive', 'organization', 'boundary'],
      ['false positive', 'place', 'overlap'],
      ['false positive', 'person', 'repeat'],
      ['false positive', 'place', 'spurious'],
      ['miss', 'organization', 'boundary'],
      ['miss', 'position', 'overlap'],
      ['miss', 'person', 'not found'],
    ]);
  });

  it('counts a duplicated prediction once', () => {
    const span: TypedSpan = { type: 'person', start: 9, end: 12 };
    const { counts } = compareSentence(record.text, goldSpans(record), [span, { ...span }], LABEL_MAPS.cluener);
    expect(counts.person).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('reads span texts on code points, not UTF-16 units, for text outside the BMP', () => {
    // 𠮷 is one code point but two UTF-16 units: 田中 is at code points 1-3 and 4-6.
    // Only the first is annotated; the second is a repeat of it, which
    // slicing UTF-16 units (说田 against a broken surrogate + 田) would miss.
    const text = '𠮷田中说田中';
    const gold = goldSpans({ text, label: { name: { 田中: [[1, 2]] } } });
    const { counts, mismatches } = compareSentence(text, gold, [{ type: 'person', start: 4, end: 6 }], LABEL_MAPS.cluener);
    expect(counts.person).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(mismatches.find((mismatch) => mismatch.kind === 'false positive')).toMatchObject({ cause: 'repeat', evidence: { start: 1, end: 3 } });
  });
});

describe('score', () => {
  it('computes per-type and micro-averaged precision, recall and F1', () => {
    const tally = emptyTally(['person', 'place']);
    addTally(tally, {
      person: { truePositives: 3, falsePositives: 1, falseNegatives: 3 },
      place: { truePositives: 1, falsePositives: 3, falseNegatives: 0 },
    });
    const { types, micro } = score(tally, ['person', 'place']);
    expect(types[0]).toMatchObject({ type: 'person', gold: 6, predicted: 4, correct: 3, precision: 0.75, recall: 0.5 });
    expect(types[0].f1).toBeCloseTo(0.6);
    expect(types[1]).toMatchObject({ type: 'place', gold: 1, predicted: 4, correct: 1, precision: 0.25, recall: 1 });
    expect(types[1].f1).toBeCloseTo(0.4);
    // Micro: 4 correct of 8 predicted and 7 gold.
    expect(micro).toMatchObject({ type: 'micro', gold: 7, predicted: 8, correct: 4, precision: 0.5 });
    expect(micro.recall).toBeCloseTo(4 / 7);
    expect(micro.f1).toBeCloseTo((2 * 0.5 * (4 / 7)) / (0.5 + 4 / 7));
  });

  it('gives 0, not NaN, when nothing was predicted or nothing was gold', () => {
    const tally = emptyTally(['company']);
    expect(score(tally, ['company']).types[0]).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('reports only the types asked for', () => {
    const tally = emptyTally(['person', 'company']);
    addTally(tally, { company: { truePositives: 5, falsePositives: 0, falseNegatives: 0 } });
    const { types, micro } = score(tally, ['person']);
    expect(types.map((entry) => entry.type)).toEqual(['person']);
    expect(micro.gold).toBe(0);
  });

  it('adds sentence comparisons into a running tally', () => {
    const tally = emptyTally(scoredTypes(LABEL_MAPS.cluener));
    for (let sentence = 0; sentence < 2; sentence++) {
      addTally(tally, compareSentence(record.text, goldSpans(record), [{ type: 'company', start: 0, end: 4 }], LABEL_MAPS.cluener).counts);
    }
    const { micro } = score(tally, scoredTypes(LABEL_MAPS.cluener));
    expect(micro).toMatchObject({ gold: 4, predicted: 2, correct: 2, precision: 1, recall: 0.5 });
  });
});
