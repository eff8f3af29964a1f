#!/usr/bin/env node
/**
 * npm run train-model: train the character tagger (src/model/train.ts) on
 * CLUENER. Needs the compiled dist/ (the npm script runs tsc first).
 *
 *   node scripts/train-model.mjs [--data DIR] [--epochs N] [--seed N] [--min-count N]
 *        [--prune X] [--resume-weight X] [--runs N] [--margin X] [--dropout X]
 *        [--out FILE [--dev-fold N | --all]]
 *
 * Without --out it writes the two shipped models, with the same settings:
 *   models/tagger-dev.bin.gz  trained without CLUENER's dev split (every 10th
 *                             line from the first): npm run eval and
 *                             dist/model/dev.js measure with it, so their
 *                             figures are on unseen text;
 *   models/tagger.bin.gz      trained on every line: what zhner runs with.
 *                             A tenth more data was worth about a point of
 *                             micro F1 on held-out lines (80 -> 90 %: 0.723
 *                             and 0.726 -> 0.735).
 * With --out it writes one model to FILE, holding out the dev split (or the
 * lines N, N + 10, … with --dev-fold N, for cross-validation) unless --all.
 *
 * --data defaults to <repo>/../shared/data (cluener/train.jsonl, resume/train.jsonl).
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
      out: { type: 'string' },
      ...TRAINING_ARGUMENTS,
      'dev-fold': { type: 'string' },
      all: { type: 'boolean', default: false },
    },
  }));
  settings = trainingSettings(values);
  if (values.out === undefined && (values.all || values['dev-fold'] !== undefined)) throw new Error('--all and --dev-fold need --out FILE (without --out, both shipped models are written)');
} catch (error) {
  process.stderr.write(`train-model: ${error.message}\n`);
  process.exit(2);
}

const log = (line) => process.stderr.write(line + '\n');
const runs = values.out === undefined
  ? [{ out: join(root, 'models', 'tagger-dev.bin.gz'), devFold: 0, all: false }, { out: join(root, 'models', 'tagger.bin.gz'), devFold: 0, all: true }]
  : [{ out: values.out, devFold: Number(values['dev-fold'] ?? 0), all: values.all }];
for (const run of runs) {
  log(`training ${run.out}${run.all ? ' on every line' : ` without dev fold ${run.devFold}`}`);
  train({ ...settings, ...run, log });
}
