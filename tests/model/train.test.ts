/**
 * The training scripts' flags (shared by train-model and cross-validate):
 * a bad value is refused with a message naming the flag before any
 * training starts, rather than a NaN setting or an ENOENT stack trace
 * minutes in.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeTags, TAG_COUNT, TAGS, viterbi } from '../../src/model/tagger.js';
import { addMargin, dropFeatures, TRAINING_DEFAULTS, trainingSettings } from '../../src/model/train.js';
import { scratchFolder } from '../scratch.js';

describe('trainingSettings', () => {
  const data = scratchFolder('train');
  mkdirSync(join(data, 'cluener'));
  writeFileSync(join(data, 'cluener', 'train.jsonl'), '');

  it('reads the flags, with the shipped model\'s settings as defaults', () => {
    const settings = trainingSettings({ data, epochs: '3' });
    expect(settings).toMatchObject({ cluener: join(data, 'cluener', 'train.jsonl'), epochs: 3, seed: TRAINING_DEFAULTS.seed, runs: TRAINING_DEFAULTS.runs, margin: TRAINING_DEFAULTS.margin });
    expect(trainingSettings({ data, margin: '0' }).margin).toBe(0);
    expect(settings.dropout).toBe(TRAINING_DEFAULTS.dropout);
    expect(trainingSettings({ data, dropout: '0.25' }).dropout).toBe(0.25);
  });

  it('refuses a value that is not a number, naming the flag', () => {
    expect(() => trainingSettings({ data, epochs: 'ten' })).toThrow('--epochs ten: not a number');
    expect(() => trainingSettings({ data, prune: '' })).toThrow('--prune : not a number');
    expect(() => trainingSettings({ data, dropout: 'some' })).toThrow('--dropout some: not a number');
  });

  it('refuses a --data folder without CLUENER, and Resume weight without Resume data', () => {
    expect(() => trainingSettings({ data: join(data, 'missing') })).toThrow(`--data ${join(data, 'missing')}: no cluener/train.jsonl in it`);
    expect(() => trainingSettings({ data, 'resume-weight': '0.5' })).toThrow('no resume/train.jsonl');
  });
});

describe('addMargin', () => {
  // Two characters, gold S-person then O; the emissions prefer the gold tags by 5 at each character.
  const gold = encodeTags(2, [{ start: 0, end: 1, type: 'person' }]);
  const transitions = { matrix: new Float32Array(TAG_COUNT * TAG_COUNT), start: new Float32Array(TAG_COUNT), end: new Float32Array(TAG_COUNT) };
  const scores = () => {
    const emission = new Float32Array(2 * TAG_COUNT);
    for (let i = 0; i < 2; i++) emission[i * TAG_COUNT + gold[i]] = 5;
    return emission;
  };

  it('lets a wrong tag win where gold leads by less than the margin, so training goes on updating', () => {
    const plain = scores();
    addMargin(plain, gold, 0);
    expect([...viterbi(plain, 2, transitions)].map((tag) => TAGS[tag])).toEqual(['S-person', 'O']);
    const augmented = scores();
    addMargin(augmented, gold, 20);
    expect([...viterbi(augmented, 2, transitions)]).not.toEqual([...gold]);
    // The gold tags keep their scores; every other tag gains the margin.
    expect(augmented[gold[0]]).toBe(5);
    expect(augmented[0]).toBe(20);
  });

  it('changes nothing where gold leads by more than the margin', () => {
    const emission = scores().map((score) => score * 10);
    addMargin(emission, gold, 20);
    expect([...viterbi(emission, 2, transitions)]).toEqual([...gold]);
  });
});

describe('dropFeatures', () => {
  // A fixed stream of draws: 0, 0.01, …, 0.99, then again.
  const draws = () => {
    let next = 0;
    return () => (next++ % 100) / 100;
  };

  it('hides each occurrence whose draw falls below the rate, and sees the rest', () => {
    const dropped = new Uint8Array(200).fill(7);
    dropFeatures(dropped, 200, 0.1, draws());
    expect(dropped.reduce((sum, hidden) => sum + hidden, 0)).toBe(20);
    expect([...dropped.subarray(0, 12)]).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('hides nothing at rate 0 and draws nothing, so training without dropout is what it was', () => {
    const dropped = new Uint8Array(50).fill(1);
    let calls = 0;
    dropFeatures(dropped, 50, 0, () => { calls++; return 0; });
    expect(dropped.every((hidden) => hidden === 0)).toBe(true);
    expect(calls).toBe(0);
  });

  it('marks only the first `count` entries of a reused buffer', () => {
    const dropped = new Uint8Array(10).fill(9);
    dropFeatures(dropped, 4, 0.5, draws());
    expect([...dropped]).toEqual([1, 1, 1, 1, 9, 9, 9, 9, 9, 9]);
  });
});
