/**
 * The learned tagger: features are deterministic, the shipped model loads,
 * tags real sentences sensibly, and decoding never yields an invalid BIOES
 * sequence.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { contextRoles, extractFeatures, MAX_PER_CHAR } from '../../src/model/features.js';
import { loadModel, modelCandidates, tagText } from '../../src/model/index.js';
import { allowed, allowedEnd, decodeTags, emissions, encodeTags, FeatureTable, packRows, TAG_COUNT, viterbi } from '../../src/model/tagger.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';

const spans = (text: string) => {
  const doc = analyze(text);
  return modelCandidates(doc).map((span) => [span.type, doc.text.slice(span.start, span.end)]);
};

describe('features', () => {
  it('are the same on every call, and the same for Traditional and Simplified input', () => {
    const simplified = normalize('贵港市委书记何录春到桂平市木乐镇调研').text;
    const traditional = normalize('貴港市委書記何錄春到桂平市木樂鎮調研').text;
    expect(traditional).toBe(simplified);
    // Copied out before the second call, so the comparison holds even if the arrays were reused between calls.
    const features = () => {
      const { ids, offsets } = extractFeatures(simplified, segment(simplified));
      return { ids: Array.from(ids), offsets: Array.from(offsets) };
    };
    const first = features();
    extractFeatures('完全不同的一句话', segment('完全不同的一句话'));
    expect(features()).toEqual(first);
    expect(first.offsets.length).toBe(simplified.length + 1);
  });

  it('know from HanLP\'s role counts which words come before and after names', () => {
    // Levels 5-7: counted 20 times or more, and in that place 5-25 %, 25-60 % or most of the time.
    expect(contextRoles('记者').person.before).toBe(7);
    expect(contextRoles('说').person.after).toBe(7);
    expect(contextRoles('位于').place.before).toBe(7);
    expect(contextRoles('有限公司').organization.own).toBe('D');
    expect(contextRoles('东京都').place.own).toBe('G');
    expect(contextRoles('完全不同的一句话')).toEqual({ person: { before: 0, after: 0, own: '' }, place: { before: 0, after: 0, own: '' }, organization: { before: 0, after: 0, own: '' } });
  });

  it('read the roles of the words around a token', () => {
    // The same characters and tags; only the word before the name differs, between one HanLP counted before names and one it never saw.
    const text = '记者王明说';
    const tokens = segment(text);
    expect(tokens.map((token) => token.word)).toEqual(['记者', '王明', '说']);
    const unknown = tokens.map((token, index) => (index === 0 ? { ...token, word: '记着' } : token));
    const at = (features: { offsets: Int32Array }, i: number) => features.offsets[i + 1] - features.offsets[i];
    const known = extractFeatures(text, tokens);
    const unseen = extractFeatures(text, unknown);
    // 王 starts a token: it reads the word before (记者: before a person, a place, ...).
    expect(at(known, 2)).toBeGreaterThan(at(unseen, 2));
    // 明 is inside the same token, after it comes 说 in both.
    expect(at(known, 3)).toBe(at(unseen, 3));
  });
});

describe('model', () => {
  it('loads once', () => {
    expect(loadModel()).toBe(loadModel());
  });

  it('finds a name after a title, and the title', () => {
    const found = spans('浙商银行企业信贷部叶老桂博士则从另一个角度对五道门槛进行了解读。');
    expect(found).toContainEqual(['person', '叶老桂']);
    expect(found).toContainEqual(['company', '浙商银行']);
  });

  it('tags a government news sentence', () => {
    const found = spans('国务院总理李克强今天在北京会见了来访的法国总统马克龙。');
    expect(found).toContainEqual(['person', '李克强']);
    expect(found).toContainEqual(['position', '总理']);
    expect(found).toContainEqual(['person', '马克龙']);
    expect(found.some(([type, text]) => type === 'place' && text === '北京')).toBe(true);
  });

  it('finds a transliterated foreign name whole', () => {
    expect(spans('球队主帅安切洛蒂表示维尼修斯伤势不重')).toContainEqual(['person', '维尼修斯']);
  });

  it('gives the same spans for Traditional input', () => {
    expect(spans('國務院總理李克強今天在北京會見了來訪的法國總統馬克龍。')).toEqual(spans('国务院总理李克强今天在北京会见了来访的法国总统马克龙。'));
  });

  it('tells scenes from places and leaves them out of its candidates, as zhner reports no scenes', () => {
    const doc = analyze('我们游览了帝国大厦和华尔街，然后去了中央公园。');
    const tagged = tagText(loadModel(), doc.text, doc.tokens).map((span) => [span.type, doc.text.slice(span.start, span.end)]);
    expect(tagged).toContainEqual(['scene', '帝国大厦']);
    expect(tagged).toContainEqual(['scene', '中央公园']);
    expect(modelCandidates(doc)).toEqual([]);
  });

  it('returns nothing for empty text', () => {
    expect(modelCandidates(analyze(''))).toEqual([]);
  });

  it('never cuts a long line without sentence ends inside a surrogate pair, nor begins or ends a span there', () => {
    // The tagger reads UTF-16 units, so it may tag the second half of an
    // astral character as a span's start; and lines over 400 units with no
    // sentence end are cut by length alone. Put
    // an astral character inside an entity at every position of a sentence,
    // with a run of astral characters before it so that the character
    // straddles unit 400: a cut between its halves would leave a span ending
    // on the high half or starting on the low half.
    const betweenHalves = (text: string, index: number) =>
      /[\uD800-\uDBFF]/.test(text[index - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[index] ?? '');
    for (const sentence of ['国务院总理李克强在北京会见了法国总统马克龙', '贵港市委书记何录春到桂平市木乐镇调研']) {
      for (let at = 0; at <= sentence.length; at++) {
        const before = 399 - at;
        const text = (before % 2 ? '，' : '') + '𠀀'.repeat(before >> 1) + sentence.slice(0, at) + '𠀀' + sentence.slice(at);
        expect(text.length).toBeGreaterThan(400);
        const doc = analyze(text);
        for (const span of modelCandidates(doc)) {
          expect(betweenHalves(doc.text, span.start), `${text.slice(395)}: span starts at ${span.start}`).toBe(false);
          expect(betweenHalves(doc.text, span.end), `${text.slice(395)}: span ends at ${span.end}`).toBe(false);
        }
      }
    }
  });
});

describe('emission scores', () => {
  it('are the exact sums of the int16 weights, even with every feature at the extremes', () => {
    // Rows of ±32767/-32768 in alternating and equal signs: the packed pairs must not carry into each other.
    const patterns = [
      (t: number) => (t % 2 ? 32767 : -32768),
      (t: number) => (t % 2 ? -32768 : 32767),
      () => 32767,
      () => -32768,
      (t: number) => (t % 3) - 1,
    ];
    const weights = new Int16Array(patterns.length * TAG_COUNT);
    patterns.forEach((pattern, row) => {
      for (let t = 0; t < TAG_COUNT; t++) weights[row * TAG_COUNT + t] = pattern(t);
    });
    const hashes = Uint32Array.from(patterns, (_, row) => 1000 + row);
    const model = { featureVersion: 0, table: new FeatureTable(hashes), rows: packRows(weights), scale: 0.5, transitions: { matrix: new Float32Array(0), start: new Float32Array(0), end: new Float32Array(0) } };
    // One position per pattern with MAX_PER_CHAR copies of its feature, then one mixing all of them plus an unknown hash.
    const positions = [...patterns.map((_, row) => Array(MAX_PER_CHAR).fill(1000 + row)), [1000, 1001, 1002, 1003, 1004, 999, 1002]];
    const ids = Uint32Array.from(positions.flat());
    const offsets = Int32Array.from([0, ...positions.map((_, i) => positions.slice(0, i + 1).flat().length)]);
    const scores = emissions(model, ids, offsets, positions.length);
    positions.forEach((features, i) => {
      for (let t = 0; t < TAG_COUNT; t++) {
        let sum = 0;
        for (const hash of features) if (hash >= 1000) sum += weights[(hash - 1000) * TAG_COUNT + t];
        expect(scores[i * TAG_COUNT + t] + 0).toBe(Math.fround(sum * 0.5)); // + 0: a zero sum may come out as -0
      }
    });
  });
});

describe('Viterbi', () => {
  it('never produces an invalid BIOES sequence, whatever the scores', () => {
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296) * 20 - 10;
    const transitions = {
      matrix: Float32Array.from({ length: TAG_COUNT * TAG_COUNT }, random),
      start: Float32Array.from({ length: TAG_COUNT }, random),
      end: Float32Array.from({ length: TAG_COUNT }, random),
    };
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + (trial % 17);
      const tags = viterbi(Float32Array.from({ length: n * TAG_COUNT }, random), n, transitions);
      expect(allowed(-1, tags[0])).toBe(true);
      for (let i = 1; i < n; i++) expect(allowed(tags[i - 1], tags[i])).toBe(true);
      expect(allowedEnd(tags[n - 1])).toBe(true);
    }
  });

  it('round-trips spans through BIOES tags', () => {
    const gold = [
      { start: 0, end: 3, type: 'person' as const },
      { start: 3, end: 4, type: 'place' as const },
      { start: 6, end: 8, type: 'company' as const },
    ];
    expect(decodeTags(encodeTags(10, gold))).toEqual(gold);
  });
});
