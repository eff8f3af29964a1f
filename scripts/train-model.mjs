#!/usr/bin/env node
/**
 * npm run train-model: train the character tagger (src/model/train.ts) on
 * CLUENER and write models/tagger.bin.gz. Needs the compiled dist/ (the npm
 * script runs tsc first).
 *
 *   node scripts/train-model.mjs [--data DIR] [--out FILE] [--epochs N] [--seed N]
 *        [--min-count N] [--prune X] [--resume-weight X] [--runs N] [--dev-fold N] [--all]
 *
 * --data defaults to <repo>/../shared/data (cluener/train.jsonl, resume/train.jsonl).
 * Every 10th CLUENER line is held out as dev unless --all is given (lines
 * 0, 10, 20, …; --dev-fold N holds out lines N, N + 10, … instead, for
 * cross-validation: the shipped model is always fold 0).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { train, TRAINING_ARGUMENTS, trainingSettings } = await import(join(root, 'dist', 'model', 'train.js'));
// A bad flag or --data folder ends in one line and exit 2, as the CLI's errors do, not a stack trace.
let values, settings;
try {
  ({ values } = parseArgs({
    options: {
      out: { type: 'string', default: join(root, 'models', 'tagger.bin.gz') },
      ...TRAINING_ARGUMENTS,
      'dev-fold': { type: 'string', default: '0' },
      all: { type: 'boolean', default: false },
    },
  }));
  settings = trainingSettings(values);
} catch (error) {
  process.stderr.write(`train-model: ${error.message}\n`);
  process.exit(2);
}

train({
  ...settings,
  out: values.out,
  devFold: Number(values['dev-fold']),
  all: values.all,
  log: (line) => process.stderr.write(line + '\n'),
});
