/**
 * Training data: CLUENER lines read into normalized coordinates, with the
 * labels the tagger learns, which include the scenes zhner never reports.
 */
import { describe, expect, it } from 'vitest';
import { CLUENER_LABELS, CLUENER_TRAINING_LABELS, prepare } from '../../src/model/data.js';

// CLUENER train.jsonl line 419, in Traditional script: a place and a scene.
const record = {
  text: '自駕的客人從奧蘭多出發，30分鐘車程就能抵達鱷魚島，',
  label: { address: { 奧蘭多: [[6, 8]] as [number, number][] }, scene: { 鱷魚島: [[22, 24]] as [number, number][] } },
};

describe('prepare', () => {
  it('keeps a scene as a type of its own for the tagger to learn, in normalized coordinates', () => {
    const example = prepare(record, CLUENER_TRAINING_LABELS);
    expect(example.gold.map(({ type, start, end }) => [type, example.text.slice(start, end)])).toEqual([
      ['place', '奥兰多'],
      ['scene', '鳄鱼岛'],
    ]);
  });

  it('leaves scenes out with the labels eval scores', () => {
    const example = prepare(record, CLUENER_LABELS);
    expect(example.gold.map(({ type }) => type)).toEqual(['place']);
  });
});
