#!/usr/bin/env node
// Measure zhner's accuracy and write ACCURACY.md.
//
//   node scripts/eval.mjs [--data DIR] [--output FILE] [--limit N]
//
// Uses the built library in dist/ (run `npx tsc -p .` first). DIR defaults to
// <repo>/../shared/data and must hold cluener/train.jsonl and
// resume/train.jsonl; FILE defaults to <repo>/ACCURACY.md. --limit scores only
// the first N sentences of every set, for a quick look; the numbers in a
// committed ACCURACY.md come from a run without it.
//
// Runs: CLUENER's held-out dev split, the whole CLUENER file and Resume, each
// with jieba's tags as a baseline; then the dev split again in Traditional
// script, with pinyin notes inserted, and both at once as in the bundled
// article, to measure what normalization costs.
//
// zhner ships a character tagger (src/model) trained on all of CLUENER's
// train.jsonl. Every run here uses models/tagger-dev.bin.gz instead, trained
// the same way minus the dev split, so the dev split measures it on unseen
// text.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pinyin } from 'pinyin-pro';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const distEntry = path.join(repoRoot, 'dist', 'eval', 'index.js');

/** The pinyin variant: a note after roughly one in PINYIN_NOTE_SPACING Chinese characters. */
const PINYIN_NOTE_SPACING = 8;
/** The variant written as the bundled article is: a note after one in FIXTURE_NOTE_SPACING of the characters Traditional script changed. */
const FIXTURE_NOTE_SPACING = 2;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: path.resolve(repoRoot, '..', 'shared', 'data') },
      output: { type: 'string', default: path.join(repoRoot, 'ACCURACY.md') },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write('usage: node scripts/eval.mjs [--data DIR] [--output FILE] [--limit N]\n');
    process.exit(0);
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) fail(`--limit: expected a whole number above 0, got "${values.limit}"`);
  return { data: path.resolve(values.data), output: path.resolve(values.output), limit };
}

function fail(message) {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

/** Every record of a JSONL file with its 1-based line and its 0-based index among the records. */
function readRecords(file) {
  const records = [];
  fs.readFileSync(file, 'utf8').split('\n').forEach((text, lineIndex) => {
    if (text.trim()) records.push({ line: lineIndex + 1, index: records.length, record: JSON.parse(text) });
  });
  return records;
}

// ------------------------------------------------------------------ variants

/**
 * The same records in Traditional script, converted by `convertToTraditional`
 * (src/eval/traditional.ts, shared with src/model/dev.ts --traditional).
 */
function toTraditional(records, convertToTraditional, standard) {
  let changed = 0;
  let total = 0;
  const converted = records.map(({ line, record }) => {
    const text = convertToTraditional(record.text, standard);
    const before = [...record.text];
    [...text].forEach((character, index) => {
      total++;
      if (character !== before[index]) changed++;
    });
    return { line, record: { ...record, text } };
  });
  return { records: converted, changedShare: total ? changed / total : 0 };
}

/**
 * Each code point's toned reading, '' where it has none: pinyin-pro reads
 * polyphones from their words (长江 cháng, 市长 zhǎng), as the sites that
 * print these notes do. Read from the Simplified text, so a Traditional
 * character gets the reading of the character it was converted from.
 */
function readingsOf(text) {
  return pinyin(text, { type: 'all' }).map((character) => (character.isZh ? character.pinyin : ''));
}

const PINYIN_NOTE = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)/g;

/**
 * The same records with "(pīnyīn)" notes after the characters `annotate(index,
 * line)` picks, as some sites print them, and the gold spans moved to match.
 * `originals` are the Simplified records the readings are taken from (the same
 * records, or the ones `records` were converted from, character for
 * character). A note after an entity's last character stays outside the
 * entity (that is how extract() reports it); a note inside an entity is part
 * of its span.
 */
function withPinyinNotes(records, originals, annotate) {
  let notes = 0;
  const annotated = records.map(({ line, record }, recordIndex) => {
    const original = [...originals[recordIndex].record.text];
    const readings = readingsOf(original.join(''));
    const characters = [...record.text];
    const newIndex = [];
    const pieces = [];
    let shift = 0;
    characters.forEach((character, index) => {
      newIndex.push(index + shift);
      pieces.push(character);
      const reading = readings[index];
      if (reading && annotate(index, line, character, original[index])) {
        pieces.push(`(${reading})`);
        shift += [...reading].length + 2;
        notes++;
      }
    });
    const text = pieces.join('');
    const label = {};
    for (const [type, entities] of Object.entries(record.label ?? {})) {
      label[type] = {};
      for (const [entity, positions] of Object.entries(entities)) {
        label[type][entity] = positions.map(([start, endInclusive]) => [newIndex[start], newIndex[endInclusive]]);
        positions.forEach(([start, endInclusive], index) => {
          const [newStart, newEndInclusive] = label[type][entity][index];
          const spanText = [...text].slice(newStart, newEndInclusive + 1).join('').replace(PINYIN_NOTE, '');
          if (spanText !== characters.slice(start, endInclusive + 1).join('')) throw new Error(`line ${line}: moved span reads "${spanText}", not "${entity}"`);
        });
      }
    }
    return { line, record: { text, label } };
  });
  return { records: annotated, notes };
}

// ------------------------------------------------------------------- output

const percent = (value) => (value * 100).toFixed(1);

function scoreTable(report) {
  const systems = [report.ours, report.baseline].filter(Boolean);
  const names = { zhner: 'zhner', jieba: 'jieba tags' };
  const header = ['type', 'gold', ...systems.flatMap((system) => [`${names[system.system]} predicted`, 'correct', 'P', 'R', 'F1'])];
  const rows = [...report.ours.scores.types, report.ours.scores.micro].map((ours, index) => [
    ours.type === 'micro' ? '**micro avg**' : ours.type,
    String(ours.gold),
    ...systems.flatMap((system) => {
      const entry = [...system.scores.types, system.scores.micro][index];
      return [String(entry.predicted), String(entry.correct), entry.predicted ? percent(entry.precision) : '–', percent(entry.recall), percent(entry.f1)];
    }),
  ]);
  return markdownTable(header, rows);
}

function causeTable(system, types, falsePositiveCauses, missCauses) {
  const header = ['type', ...falsePositiveCauses.map((cause) => `FP: ${cause}`), ...missCauses.map((cause) => `miss: ${cause}`)];
  const rows = types.map((type) => [
    type,
    ...falsePositiveCauses.map((cause) => String(system.causes[type].falsePositives[cause] ?? 0)),
    ...missCauses.map((cause) => String(system.causes[type].misses[cause] ?? 0)),
  ]);
  return markdownTable(header, rows);
}

function markdownTable(header, rows) {
  const alignment = header.map((_, column) => (column === 0 ? '---' : '---:'));
  return [header, alignment, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function failureNote(report) {
  const failures = [report.ours, report.baseline].filter(Boolean).flatMap((system) => system.failures.map((failure) => ({ ...failure, system: system.system })));
  if (failures.length === 0) return 'No sentence failed or timed out.';
  const listed = failures.slice(0, 10).map((failure) => `- ${failure.system}, line ${failure.line}: ${failure.reason}: ${failure.message}`);
  return [`${failures.length} sentence runs failed or timed out; their gold spans count as misses:`, '', ...listed].join('\n');
}

function variantTable(reports) {
  const header = ['type', ...reports.map(({ name }) => `${name} F1`)];
  const types = reports[0].report.types;
  const rows = [...types, 'micro'].map((type) => [
    type === 'micro' ? '**micro avg**' : type,
    ...reports.map(({ report }) => {
      const entry = type === 'micro' ? report.ours.scores.micro : report.ours.scores.types.find((score) => score.type === type);
      return percent(entry.f1);
    }),
  ]);
  rows.push(['micro P / R', ...reports.map(({ report }) => `${percent(report.ours.scores.micro.precision)} / ${percent(report.ours.scores.micro.recall)}`)]);
  return markdownTable(header, rows);
}

/** "commit abc1234", with a warning when other files had uncommitted changes, or undefined outside git. */
function describeCommit(output) {
  const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    const outputPath = path.relative(repoRoot, output);
    const changed = git('status', '--porcelain').split('\n').filter((line) => line.trim() && line.slice(3) !== outputPath);
    return changed.length ? `commit ${commit} plus uncommitted changes` : `commit ${commit}`;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------- main

async function main() {
  const options = parseOptions();
  if (!fs.existsSync(distEntry)) fail(`${path.relative(repoRoot, distEntry)} is missing: build first with npx tsc -p .`);
  const { evaluateRecords, FALSE_POSITIVE_CAUSES, MISS_CAUSES } = await import(distEntry);
  // The tagger's dev split, as training defines it (npm run eval builds all of src first).
  const { isDevLine } = await import(path.join(repoRoot, 'dist', 'model', 'train.js'));
  // The shipped model has trained on every CLUENER line; this one, trained the same way without the dev split, is what the dev figures measure.
  const { DEV_MODEL_PATH } = await import(path.join(repoRoot, 'dist', 'model', 'index.js'));
  const { convertToTraditional } = await import(path.join(repoRoot, 'dist', 'eval', 'traditional.js'));
  const cluenerFile = path.join(options.data, 'cluener', 'train.jsonl');
  const resumeFile = path.join(options.data, 'resume', 'train.jsonl');
  for (const file of [cluenerFile, resumeFile]) if (!fs.existsSync(file)) fail(`${file}: no such file`);

  const started = performance.now();
  const run = async (name, records, map, baseline) => {
    process.stderr.write(`eval: ${name}: ${records.length} sentences…\n`);
    const report = await evaluateRecords(records, name, map, {
      baseline,
      model: DEV_MODEL_PATH,
      onProgress: (done) => process.stderr.write(`eval: ${name}: ${done}\n`),
    });
    process.stderr.write(`eval: ${name}: micro F1 ${percent(report.ours.scores.micro.f1)} in ${report.seconds.toFixed(1)} s\n`);
    return report;
  };
  const first = (records) => (options.limit ? records.slice(0, options.limit) : records);

  const cluenerRecords = readRecords(cluenerFile);
  const devRecords = first(cluenerRecords.filter(({ index }) => isDevLine(index)));
  const dev = await run('CLUENER dev', devRecords, 'cluener', true);
  const cluener = await run('CLUENER', first(cluenerRecords), 'cluener', true);
  const resume = await run('Resume', first(readRecords(resumeFile)), 'resume', true);

  const traditional = toTraditional(devRecords, convertToTraditional, 'tw');
  const hongKong = toTraditional(devRecords, convertToTraditional, 'hk');
  // Deterministic choices of characters, spread across positions and lines.
  const pinyinNotes = withPinyinNotes(devRecords, devRecords, (index, line) => (index + line) % PINYIN_NOTE_SPACING === 0);
  const asFixture = withPinyinNotes(traditional.records, devRecords, (index, line, character, simplified) => character !== simplified && (index + line) % FIXTURE_NOTE_SPACING === 0);
  const traditionalReport = await run('CLUENER dev Traditional', traditional.records, 'cluener', false);
  const hongKongReport = await run('CLUENER dev Traditional (Hong Kong)', hongKong.records, 'cluener', false);
  const pinyinReport = await run('CLUENER dev pinyin', pinyinNotes.records, 'cluener', false);
  const asFixtureReport = await run('CLUENER dev Traditional + pinyin', asFixture.records, 'cluener', false);
  const totalSeconds = (performance.now() - started) / 1000;

  const command = ['node', 'scripts/eval.mjs', ...process.argv.slice(2)].join(' ');
  const commit = describeCommit(options.output);
  const date = new Date().toISOString().slice(0, 10);
  const limitNote = options.limit ? ` **Only the first ${options.limit} sentences of each set** (--limit).` : '';

  const markdown = `# Accuracy

Measured on ${date}${commit ? ` at ${commit}` : ''} with \`npm run eval\`, which builds dist/ and runs:

    ${command}

Node ${process.version}; the whole run took ${totalSeconds.toFixed(0)} s.${limitNote}

## Conventions

- **Exact span match on code points.** A predicted entity is correct only if its type, start and end all equal a gold span's. Gold spans are \`[start, end_inclusive]\` code-point pairs; they are compared as \`[start, end_inclusive + 1)\` against \`extract()\`'s \`start\`/\`end\`.
- P, R and F1 are per type; **micro avg** pools the counts of every scored type. P is "–" where a system predicted nothing of that type.
- Label maps. CLUENER: name → person, position → position, company → company, address → place, government and organization → organization; book, game, movie and scene are not scored. Resume: NAME → person, TITLE → position, ORG → organization, LOC → place; it has no company type, so our company predictions are left out of its scores rather than counted as wrong.
- **CLUENER texts** are Sina news fragments of at most 50 characters, often cut mid-sentence, so there is little context. CLUENER often annotates only one of several mentions of the same entity in a sentence (its official scorer compares entity strings, not positions); a prediction on such an unannotated repeat counts as a false positive here, and the error-cause tables list it as "repeat". These figures are therefore not comparable with published CLUENER results, which also use a macro average over all 10 labels.
- **Resume texts** are executives' résumés, not news: TITLE includes things like 中共党员 and 注册会员, and NAME is often a bare surname.
- **jieba tags** is the baseline: jieba's part-of-speech tags read as entities (nr* person, ns place, nt* organization) on the same normalized text. jieba runs with the segmentation dictionaries zhner loads, so this is "jieba as zhner configures it", not jieba out of the box. It never predicts positions or companies.
- Every sentence has a time limit of 2 s for each system; a sentence that fails or times out counts as predicting nothing.
- Error causes: for a false positive (FP), "repeat" means gold has the same text with the same type elsewhere in the sentence, "wrong type" that gold has exactly this span under another label (scored or not, e.g. scene), "boundary" that a gold span of the same type overlaps it, "overlap" that a gold span of another label overlaps it, and "spurious" that nothing does. For a miss, the same words describe our predictions around the gold span; "not found" means we predicted nothing overlapping it.

## CLUENER2020 dev split (${dev.sentences} sentences)

The headline figures: the CLUENER sentences the tagger did not train on, every 10th line from the first (lines 1, 11, 21, …; \`isDevLine\` in src/model/train.ts). Every run on this page uses \`models/tagger-dev.bin.gz\`, trained without these lines; the shipped \`models/tagger.bin.gz\` is trained the same way on every line, a tenth more data (held out from models trained on 80 % of the lines, the step to 90 % was worth about one point of micro F1), so it cannot be scored here and should do a little better on new text than these figures. These are 1,075 short lines: the tagger's figures move by one to three points per type with which tenth is held out (\`npm run cross-validate\`, CROSS-VALIDATION.md gives the mean and range of each type over all ten folds), and by up to a point with the training shuffle alone (the shipped seed and seeds 1, 2 and 3, eight runs mixed as shipped, measured at 49f8db6 with \`node scripts/train-model.mjs --out FILE --seed N\`: micro 0.741–0.745, person 0.814–0.822 on these lines; with four runs mixed the spread was twice that), so read a figure near a target with that spread in mind.

${scoreTable(dev)}

${failureNote(dev)}

Error causes (zhner):

${causeTable(dev.ours, dev.types, FALSE_POSITIVE_CAUSES, MISS_CAUSES)}

## CLUENER2020 whole train file (${cluener.sentences} sentences)

Most of these sentences are the tagger's training data, so zhner's figures here overstate how it does on new text; they are kept to show the gap. The jieba figures are unaffected.

${scoreTable(cluener)}

${failureNote(cluener)}

## Resume NER train (${resume.sentences} sentences)

Out of domain for zhner (résumés, not news) and not part of the tagger's training by default (\`scripts/train-model.mjs --resume-weight\` can add its person labels).

${scoreTable(resume)}

${failureNote(resume)}

Error causes (zhner):

${causeTable(resume.ours, resume.types, FALSE_POSITIVE_CAUSES, MISS_CAUSES)}

## CLUENER dev split in other scripts

zhner's F1 on the same dev-split sentences as written (Simplified), converted to Traditional, with pinyin notes inserted, and both at once as in the bundled article.

${variantTable([
  { name: 'Simplified', report: dev },
  { name: 'Traditional', report: traditionalReport },
  { name: 'Traditional, Hong Kong forms', report: hongKongReport },
  { name: 'Simplified + pinyin notes', report: pinyinReport },
  { name: 'Traditional + pinyin notes, as the bundled article', report: asFixtureReport },
])}

- **Traditional**: each text converted by opencc-js (\`cn\` → \`tw\`); where converting the whole text would change its length, it is converted character by character, keeping any character whose conversion is not one character, so gold offsets stay valid. ${percent(traditional.changedShare)}% of the characters changed. **Hong Kong forms**: the same with \`cn\` → \`hk\` (衞 for 卫, 着 where Taiwan writes 著; ${percent(hongKong.changedShare)}% changed).
- **Pinyin notes**: "(pīnyīn)" inserted after one in ${PINYIN_NOTE_SPACING} Chinese characters (${pinyinNotes.notes} notes in ${pinyinNotes.records.length} sentences), the way some sites print 镇(zhèn). Gold spans are shifted to match: a note right after an entity's last character stays outside the entity (as \`extract()\` reports it), and a note inside an entity is part of its span. Readings come from pinyin-pro (a development dependency), which reads polyphones from their words.
- **Traditional + pinyin notes, as the bundled article**: the Traditional text above with a note after one in ${FIXTURE_NOTE_SPACING} of the characters the conversion changed (${asFixture.notes} notes), as fixtures/guigang-textile.zh-Hant.txt prints them (木樂鎮(zhèn)調(diào)研), the reading taken from the Simplified character.

${failureNote(traditionalReport).replace('No sentence', 'Traditional: no sentence')}

${failureNote(hongKongReport).replace('No sentence', 'Traditional, Hong Kong forms: no sentence')}

${failureNote(pinyinReport).replace('No sentence', 'Pinyin: no sentence')}

${failureNote(asFixtureReport).replace('No sentence', 'Traditional + pinyin: no sentence')}
`;

  fs.writeFileSync(options.output, markdown);
  const f1 = (report) => percent(report.ours.scores.micro.f1);
  process.stdout.write(
    `micro F1: CLUENER dev ${f1(dev)} (jieba ${percent(dev.baseline.scores.micro.f1)}), whole CLUENER ${f1(cluener)}, ` +
      `Resume ${f1(resume)} (jieba ${percent(resume.baseline.scores.micro.f1)}), dev Traditional ${f1(traditionalReport)} (Hong Kong ${f1(hongKongReport)}), dev pinyin ${f1(pinyinReport)}, dev Traditional + pinyin ${f1(asFixtureReport)}; ` +
      `wrote ${options.output}\n`,
  );
}

await main();
