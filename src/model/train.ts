/**
 * Training: an averaged structured perceptron (Collins 2002) over BIOES tags
 * with constrained Viterbi, on CLUENER's train.jsonl minus a held-out dev
 * split (every 10th line, index % 10 === 0). Deterministic: examples are
 * shuffled with a fixed seed, so the same data gives the same model bytes.
 *
 * Run through scripts/train-model.mjs (after `npx tsc -p .`).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLUENER_TRAINING_LABELS, count, prepare, readJsonl, report, RESUME_LABELS, type Counts, type Example } from './data.js';
import { extractFeatures, FEATURE_VERSION, loadFeatureDictionaries } from './features.js';
import { decodeModel, encodeModel } from './format.js';
import { tagText } from './index.js';
import { encodeTags, TAG_COUNT, viterbi, type ModelType, type TaggerModel } from './tagger.js';

/** The settings the shipped model was trained with (npm run train-model and npm run cross-validate start from these). */
export const TRAINING_DEFAULTS = { epochs: 15, seed: 20250101, minCount: 2, prune: 2, resumeWeight: 0, runs: 8, margin: 20, dropout: 0.2 } as const;

/**
 * The training settings as command-line options (node:util parseArgs
 * format, defaults from TRAINING_DEFAULTS), shared by scripts/train-model.mjs
 * and scripts/cross-validate.mjs so both accept the same flags.
 */
export const TRAINING_ARGUMENTS = {
  /** The folder with cluener/train.jsonl and resume/train.jsonl: ../shared/data beside the project by default. */
  data: { type: 'string', default: join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data') },
  epochs: { type: 'string', default: String(TRAINING_DEFAULTS.epochs) },
  seed: { type: 'string', default: String(TRAINING_DEFAULTS.seed) },
  'min-count': { type: 'string', default: String(TRAINING_DEFAULTS.minCount) },
  prune: { type: 'string', default: String(TRAINING_DEFAULTS.prune) },
  runs: { type: 'string', default: String(TRAINING_DEFAULTS.runs) },
  'resume-weight': { type: 'string', default: String(TRAINING_DEFAULTS.resumeWeight) },
  margin: { type: 'string', default: String(TRAINING_DEFAULTS.margin) },
  dropout: { type: 'string', default: String(TRAINING_DEFAULTS.dropout) },
} as const;

type TrainingArgument = keyof typeof TRAINING_ARGUMENTS;

/**
 * The TrainOptions that TRAINING_ARGUMENTS' values give. Throws a one-line
 * message naming the flag for a value that is not a number or a --data
 * folder without CLUENER's train.jsonl, before any training starts.
 */
export function trainingSettings(
  values: { [name in TrainingArgument]?: string },
): Pick<TrainOptions, 'cluener' | 'resume' | 'resumeWeight' | 'epochs' | 'seed' | 'minCount' | 'prune' | 'runs' | 'margin' | 'dropout'> {
  const value = (name: TrainingArgument) => values[name] ?? TRAINING_ARGUMENTS[name].default;
  const number = (name: Exclude<TrainingArgument, 'data'>) => {
    const parsed = Number(value(name));
    if (value(name).trim() === '' || !Number.isFinite(parsed)) throw new Error(`--${name} ${value(name)}: not a number`);
    return parsed;
  };
  const cluener = join(value('data'), 'cluener', 'train.jsonl');
  if (!existsSync(cluener)) throw new Error(`--data ${value('data')}: no cluener/train.jsonl in it`);
  const resume = join(value('data'), 'resume', 'train.jsonl');
  const resumeWeight = number('resume-weight');
  if (resumeWeight > 0 && !existsSync(resume)) throw new Error(`--resume-weight ${resumeWeight}: no resume/train.jsonl in ${value('data')}`);
  return {
    cluener,
    resume,
    resumeWeight,
    epochs: number('epochs'),
    seed: number('seed'),
    minCount: number('min-count'),
    prune: number('prune'),
    runs: number('runs'),
    margin: number('margin'),
    dropout: number('dropout'),
  };
}

interface TrainOptions {
  cluener: string;
  /** Optional second corpus (Resume NER), added to training when weight > 0. */
  resume?: string;
  resumeWeight?: number;
  out: string;
  epochs: number;
  seed: number;
  /** Features seen fewer times in training are not learned. */
  minCount: number;
  /** Rows whose largest |weight| is below this are pruned from the file. */
  prune: number;
  /** Which tenth of CLUENER is held out (0–9; the shipped model uses 0). */
  devFold?: number;
  /** Perceptrons trained (seeds seed, seed + 1, …) and mixed into one model. */
  runs?: number;
  /** Head start every wrong tag gets while training (loss-augmented decoding; 0: the plain perceptron). */
  margin?: number;
  /** Share of feature occurrences hidden from each training step (0: none); see dropFeatures. */
  dropout?: number;
  /** Train on every line, dev included (dev figures are then not held out). */
  all: boolean;
  log: (line: string) => void;
}

/**
 * The dev split: every 10th CLUENER line, from line `fold` (0 is the shipped
 * model's split; the others serve cross-validation: `--dev-fold N`).
 */
export const isDevLine = (index: number, fold = 0) => index % 10 === fold;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sequence {
  /** Dense feature indices (unknown features dropped), per position via offsets. */
  ids: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

function evaluate(model: TaggerModel, examples: readonly Example[]): Counts {
  const counts: Counts = {};
  for (const example of examples) count(counts, tagText(model, example.text, example.tokens), example.gold);
  return counts;
}

/**
 * Loss-augmented scores for training: `margin` added to every tag of every
 * character (n×T emissions, row-major) but the gold one.
 */
export function addMargin(emission: Float32Array, gold: Uint8Array, margin: number): void {
  if (margin === 0) return;
  const T = TAG_COUNT;
  for (let i = 0; i < gold.length; i++) {
    for (let t = 0; t < T; t++) if (t !== gold[i]) emission[i * T + t] += margin;
  }
}

/**
 * Marks which of a sentence's `count` feature occurrences the next training
 * step hides (1) and which it sees (0): each independently with probability
 * `rate`, a fresh draw every time a sentence comes round. A hidden feature
 * neither scores in the decode nor takes the update, so the weights cannot
 * lean on one feature alone (a name's own characters, a dictionary hit) and
 * the context around it has to carry weight too: the model meets new names
 * and places with more of what it knows about their surroundings. Measured
 * on all ten folds, whole pipeline, against the same training without it
 * (15 epochs, margin 20, eight runs):
 *
 *                  person position place company organization micro
 *   dropout 0       0.798   0.769   0.539  0.738   0.793      0.740
 *   dropout 0.1     0.803   0.773   0.548  0.743   0.798      0.744
 *   dropout 0.2     0.803   0.775   0.551  0.742   0.796      0.744
 *   dropout 0.3     0.801   0.775   0.550  0.741   0.791      0.742
 *   0.2, 20 epochs  0.804   0.770   0.551  0.745   0.796      0.744
 *
 * At 0.2 micro F1 is up on nine folds of ten (the tenth the same), place on
 * eight, person on seven; 0.1 and 0.2 are within each other's noise, 0.2
 * the better for place, the type furthest below its target. Scaling the
 * emissions by 1 - 0.2 at inference, as dropout for linear models often
 * does, gave place 0.545 and micro 0.746: no better, so weights are used
 * as trained.
 */
export function dropFeatures(dropped: Uint8Array, count: number, rate: number, random: () => number): void {
  for (let k = 0; k < count; k++) dropped[k] = rate > 0 && random() < rate ? 1 : 0;
}

/**
 * One averaged perceptron over the sequences, in an order shuffled by `seed`.
 *
 * Decoding during training is loss-augmented (as in a structured SVM with
 * Hamming loss): every tag but the gold one gets `margin` added to its
 * score, so a sentence keeps updating until the gold tags win by that margin
 * at each character rather than merely win. Measured on three held-out
 * folds, whole pipeline, with two shuffle seeds (the shipped one and 777):
 *
 *   plain perceptron, 10 epochs   person 0.791 0.784   micro 0.740 0.737
 *   margin 20, 10 epochs          person 0.794 0.793   micro 0.743 0.743
 *   margin 20, 15 epochs          person 0.798 0.796   micro 0.743 0.743
 *
 * Margins 8 and 50 (10 epochs, shipped seed) gave person 0.791 and 0.789,
 * micro 0.742; 20 epochs gave person 0.797, micro 0.741. The margin keeps
 * more feature rows above the prune threshold (110,000 against 78,000).
 */
function trainOnce(sequences: readonly Sequence[], weightOf: readonly number[], F: number, epochs: number, seed: number, margin: number, dropout: number, log: (line: string) => void): { weights: Float32Array; transitions: Float32Array } {
  const T = TAG_COUNT;
  // Weights and, for averaging, the sum of (time × update) (Daumé's trick: average = w − u / c).
  const w = new Float32Array(F * T);
  const u = new Float32Array(F * T);
  const tw = new Float32Array(T * T + 2 * T);
  const tu = new Float32Array(T * T + 2 * T);
  const transitions = {
    matrix: tw.subarray(0, T * T),
    start: tw.subarray(T * T, T * T + T),
    end: tw.subarray(T * T + T),
  };
  let c = 1;
  const random = mulberry32(seed);
  // Its own stream, so the shuffle is the same with and without dropout.
  const dropRandom = mulberry32(seed ^ 0x9e3779b9);
  let dropped = new Uint8Array(4096);
  const order = sequences.map((_, index) => index);
  const scores = new Float32Array(512 * T);

  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    let positions = 0;
    for (const index of order) {
      const { ids, offsets, gold } = sequences[index];
      const n = gold.length;
      if (n === 0) continue;
      const step = weightOf[index];
      if (step <= 0) continue;
      const emission = n * T <= scores.length ? scores.subarray(0, n * T) : new Float32Array(n * T);
      emission.fill(0);
      if (dropped.length < ids.length) dropped = new Uint8Array(ids.length * 2);
      dropFeatures(dropped, ids.length, dropout, dropRandom);
      for (let i = 0; i < n; i++) {
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          if (dropped[k]) continue;
          const row = ids[k] * T;
          for (let t = 0; t < T; t++) emission[i * T + t] += w[row + t];
        }
      }
      addMargin(emission, gold, margin);
      const predicted = viterbi(emission, n, transitions);
      positions += n;
      let wrong = false;
      for (let i = 0; i < n; i++) if (predicted[i] !== gold[i]) wrong = true;
      if (wrong) {
        const update = (array: Float32Array, sums: Float32Array, at: number, delta: number) => {
          array[at] += delta;
          sums[at] += c * delta;
        };
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const p = predicted[i];
          if (g !== p) {
            errors++;
            for (let k = offsets[i]; k < offsets[i + 1]; k++) {
              if (dropped[k]) continue;
              const row = ids[k] * T;
              update(w, u, row + g, step);
              update(w, u, row + p, -step);
            }
          }
          const gPrev = i > 0 ? gold[i - 1] : -1;
          const pPrev = i > 0 ? predicted[i - 1] : -1;
          if (g !== p || gPrev !== pPrev) {
            update(tw, tu, gPrev < 0 ? T * T + g : gPrev * T + g, step);
            update(tw, tu, pPrev < 0 ? T * T + p : pPrev * T + p, -step);
          }
        }
        if (gold[n - 1] !== predicted[n - 1]) {
          update(tw, tu, T * T + T + gold[n - 1], step);
          update(tw, tu, T * T + T + predicted[n - 1], -step);
        }
      }
      c++;
    }
    log(`epoch ${epoch}: ${errors} / ${positions} characters wrong`);
  }

  for (let i = 0; i < F * T; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
  return { weights: w, transitions: tw };
}

export function train(options: TrainOptions): { model: Buffer; dev: Counts } {
  const started = performance.now();
  const log = options.log;
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  loadFeatureDictionaries();

  const records = readJsonl(options.cluener);
  const trainExamples: Example[] = [];
  const devExamples: Example[] = [];
  records.forEach((record, index) => {
    const example = prepare(record, CLUENER_TRAINING_LABELS);
    const dev = isDevLine(index, options.devFold ?? 0);
    if (dev) devExamples.push(example);
    if (options.all || !dev) trainExamples.push(example);
  });
  let extra: Example[] = [];
  if (options.resume && (options.resumeWeight ?? 0) > 0) {
    extra = readJsonl(options.resume).map((record) => prepare(record, RESUME_LABELS));
    // Resume NER labels ORG/LOC inside longer titles; only its people and titles are kept.
    const kept = new Set<ModelType>(['person']);
    extra = extra.map((example) => ({ ...example, gold: example.gold.filter((span) => kept.has(span.type)) }));
  }
  log(`data: ${trainExamples.length} training, ${devExamples.length} dev, ${extra.length} extra examples (${elapsed()})`);

  // Features: hash -> dense index, for features seen at least minCount times.
  const raw = [...trainExamples, ...extra].map((example) => ({ features: extractFeatures(example.text, example.tokens), example }));
  const seen = new Map<number, number>();
  for (const { features } of raw) for (const id of features.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  const dense = new Map<number, number>();
  for (const [id, n] of seen) if (n >= options.minCount) dense.set(id, dense.size);
  const hashes = new Uint32Array(dense.size);
  for (const [id, index] of dense) hashes[index] = id;
  const sequences: Sequence[] = raw.map(({ features, example }) => {
    const ids: number[] = [];
    const offsets = new Int32Array(example.text.length + 1);
    for (let i = 0; i < example.text.length; i++) {
      offsets[i] = ids.length;
      for (let k = features.offsets[i]; k < features.offsets[i + 1]; k++) {
        const index = dense.get(features.ids[k]);
        if (index !== undefined) ids.push(index);
      }
    }
    offsets[example.text.length] = ids.length;
    return { ids: Int32Array.from(ids), offsets, gold: encodeTags(example.text.length, example.gold) };
  });
  const weightOf = sequences.map((_, index) => (index < trainExamples.length ? 1 : options.resumeWeight ?? 0));
  log(`features: ${seen.size} distinct, ${dense.size} kept (seen ≥ ${options.minCount}) (${elapsed()})`);

  const T = TAG_COUNT;
  const F = dense.size;
  // Several perceptrons trained on different shuffles, their averaged
  // weights then averaged again (parameter mixing): one linear model, same
  // inference cost, but much less of the run-to-run variance a single
  // perceptron shows on the small dev split. Eight rather than four: over
  // three shuffle seeds and three folds, place F1 0.546–0.553 became
  // 0.555–0.556 and micro 0.733–0.735 became 0.735–0.736; sixteen gave
  // the same as eight.
  const averaged = new Float32Array(F * T);
  const averagedTransitions = new Float32Array(T * T + 2 * T);
  const runs = Math.max(1, options.runs ?? 1);
  for (let run = 0; run < runs; run++) {
    const single = trainOnce(sequences, weightOf, F, options.epochs, options.seed + run, options.margin ?? 0, options.dropout ?? 0, (line) => log(`run ${run + 1}/${runs}, ${line} (${elapsed()})`));
    for (let i = 0; i < averaged.length; i++) averaged[i] += single.weights[i] / runs;
    for (let i = 0; i < averagedTransitions.length; i++) averagedTransitions[i] += single.transitions[i] / runs;
  }
  const keptRows: number[] = [];
  for (let row = 0; row < F; row++) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(averaged[row * T + t]));
    if (max >= options.prune) keptRows.push(row);
  }
  const prunedWeights = new Float32Array(keptRows.length * T);
  const prunedHashes = new Uint32Array(keptRows.length);
  keptRows.forEach((row, index) => {
    prunedHashes[index] = hashes[row];
    prunedWeights.set(averaged.subarray(row * T, row * T + T), index * T);
  });
  const file = encodeModel({
    featureVersion: FEATURE_VERSION,
    hashes: prunedHashes,
    weights: prunedWeights,
    transitions: averagedTransitions.subarray(0, T * T),
    start: averagedTransitions.subarray(T * T, T * T + T),
    end: averagedTransitions.subarray(T * T + T),
  });
  log(`model: ${keptRows.length} of ${F} feature rows kept (|w| ≥ ${options.prune}), ${(file.length / 1048576).toFixed(2)} MB gzip'd (${elapsed()})`);
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, file);

  // Dev figures from the written file, through the inference path.
  const dev = evaluate(decodeModel(file), devExamples);
  log(`dev (${devExamples.length} held-out lines${options.all ? ', but trained on them too' : ''}), model only, normalized offsets:\n${report(dev)}`);
  log(`done in ${elapsed()}`);
  return { model: file, dev };
}
