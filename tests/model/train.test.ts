/**
 * The training scripts' flags (shared by train-model and cross-validate):
 * a bad value is refused with a message naming the flag before any
 * training starts, rather than a NaN setting or an ENOENT stack trace
 * minutes in.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRAINING_DEFAULTS, trainingSettings } from '../../src/model/train.js';

describe('trainingSettings', () => {
  const data = mkdtempSync(join(tmpdir(), 'zhner-train-'));
  mkdirSync(join(data, 'cluener'));
  writeFileSync(join(data, 'cluener', 'train.jsonl'), '');

  it('reads the flags, with the shipped model\'s settings as defaults', () => {
    const settings = trainingSettings({ data, epochs: '3' });
    expect(settings).toMatchObject({ cluener: join(data, 'cluener', 'train.jsonl'), epochs: 3, seed: TRAINING_DEFAULTS.seed, runs: TRAINING_DEFAULTS.runs });
  });

  it('refuses a value that is not a number, naming the flag', () => {
    expect(() => trainingSettings({ data, epochs: 'ten' })).toThrow('--epochs ten: not a number');
    expect(() => trainingSettings({ data, prune: '' })).toThrow('--prune : not a number');
  });

  it('refuses a --data folder without CLUENER, and Resume weight without Resume data', () => {
    expect(() => trainingSettings({ data: join(data, 'missing') })).toThrow(`--data ${join(data, 'missing')}: no cluener/train.jsonl in it`);
    expect(() => trainingSettings({ data, 'resume-weight': '0.5' })).toThrow('no resume/train.jsonl');
  });
});
