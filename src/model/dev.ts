/**
 * Dev-split figures for rules only, model only and combination policies,
 * on CLUENER lines with index % 10 === 0 (held out from training), scored as
 * CLUENER scores: exact type and code-point span of the input. With
 * --traditional, each line is first converted to Traditional script as
 * scripts/eval.mjs converts it (src/eval/traditional.ts).
 *
 *   npx tsc -p . && node dist/model/dev.js [--data DIR] [--traditional] [--limit N]
 *        [--fold N --model FILE]   (a model trained with train-model --dev-fold N)
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Doc, Span } from '../doc.js';
import { convertToTraditional } from '../eval/traditional.js';
import { extract, segmentedDoc } from '../index.js';
import { recognizeRules } from '../recognize/index.js';
import { resolve } from '../recognize/resolve.js';
import { combine } from './combine/index.js';
import { DEFAULT_POLICY, type Policy } from './combine/policy.js';
import { CLUENER_LABELS, count, goldCodePointSpans, readJsonl, report, type Counts } from './data.js';
import { DEV_MODEL_PATH, modelCandidates } from './index.js';
import { isDevLine } from './train.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: join(process.cwd(), '..', 'shared', 'data') },
    traditional: { type: 'boolean', default: false },
    limit: { type: 'string', default: '0' },
    // Another split and the model trained without it (train-model --dev-fold N --out FILE).
    fold: { type: 'string', default: '0' },
    model: { type: 'string' },
  },
});
// The shipped model has seen every line: split 0 is scored with the model trained without it.
if (values.model === undefined && values.fold !== '0') {
  process.stderr.write('dev: --fold needs --model FILE, a model trained without that fold (train-model --dev-fold N --out FILE)\n');
  process.exit(2);
}
const modelFile = values.model ?? DEV_MODEL_PATH;

const ALL = ['person', 'position', 'company', 'place', 'organization'] as const;
/** Switchable steps: the policy's on/off entries. */
const STEPS = (Object.keys(DEFAULT_POLICY) as (keyof Policy)[]).filter((key): key is Step => typeof DEFAULT_POLICY[key] === 'boolean');
type Step = { [Key in keyof Policy]: Policy[Key] extends boolean ? Key : never }[keyof Policy];
/** The model alone: no rule fills in, wins or mends anything. */
const NONE: Policy = { ...DEFAULT_POLICY, modelTypes: ALL, fill: [], longerRuleWins: [], reasonsWinAnyType: [], ...Object.fromEntries(STEPS.map((step) => [step, false])) };
const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const POLICIES: Record<string, Policy> = {
  default: DEFAULT_POLICY,
  'model-only': NONE,
  'fill-all': { ...NONE, fill: [''] },
  'fill-person': { ...NONE, fill: ['person:'] },
  'fill-position': { ...NONE, fill: ['position:dictionary'] },
  'longer-company-org': { ...NONE, longerRuleWins: ['company', 'organization'] },
  'longer-company': { ...NONE, longerRuleWins: ['company'] },
  references: { ...NONE, referencesWin: true },
  'longer-all': { ...NONE, longerRuleWins: ALL },
  'longer-position': { ...NONE, longerRuleWins: ['position'] },
  'fill-place-name': { ...NONE, fill: ['place:name'] },
  'place-name-any': { ...NONE, reasonsWinAnyType: ['place:name'] },
  'title-chains': { ...NONE, titleChainsWin: true },
  'trim-verb-start': { ...NONE, trimVerbStart: true },
  'x-no-longer-place': { ...DEFAULT_POLICY, longerRuleWins: ['organization'] },
  'x-no-joined-any': { ...DEFAULT_POLICY, reasonsWinAnyType: [] },
  'x-fill-no-name': { ...DEFAULT_POLICY, fill: DEFAULT_POLICY.fill.filter((prefix) => prefix !== 'place:name') },
  'x-fill-no-joined': { ...DEFAULT_POLICY, fill: DEFAULT_POLICY.fill.filter((prefix) => prefix !== 'place:joined') },
  'd-fill-alias-prefecture': { ...DEFAULT_POLICY, fill: [...DEFAULT_POLICY.fill, 'place:alias(province)', 'place:alias(prefecture)'] },
  'd-fill-alias': { ...DEFAULT_POLICY, fill: [...DEFAULT_POLICY.fill, 'place:alias'] },
  'trim-place-to-name': { ...NONE, trimPlaceToName: true },
  'd-fill-strong': { ...DEFAULT_POLICY, fill: ['person:title', 'person:verb', 'person:repeated', 'person:list', 'place:name', 'place:alias', 'place:joined', 'place:stem'] },
  'd-fill-nolist': { ...DEFAULT_POLICY, fill: ['person:title', 'person:verb', 'person:repeated', 'place:name', 'place:alias', 'place:joined', 'place:stem'] },
  'd-no-longer-position': { ...DEFAULT_POLICY, longerRuleWins: ['company', 'organization', 'place'] },
  'd-no-longer-company': { ...DEFAULT_POLICY, longerRuleWins: ['organization', 'position', 'place'] },
  'd-fill-no-alias': { ...DEFAULT_POLICY, fill: ['person:', 'place:name', 'place:joined', 'place:stem'] },
  'suffix-company-left': { ...NONE, suffixCompanyExtendsLeft: true },
  'fill-place': { ...NONE, fill: ['place:'] },
  'longer-place': { ...NONE, longerRuleWins: ['place'] },
  'rules-first': { ...NONE, modelTypes: [], fill: [''] },
  // The default without each of its steps in turn (x-no-trim-verb-start).
  ...Object.fromEntries(STEPS.map((step) => [`x-no-${kebab(step)}`, { ...DEFAULT_POLICY, [step]: false }])),
};

const records = readJsonl(join(values.data, 'cluener', 'train.jsonl'));
const limit = Number(values.limit);
const fold = Number(values.fold);
const counts: Record<string, Counts> = { rules: {}, model: {}, extract: {} };
for (const name of Object.keys(POLICIES)) counts[name] = {};
let lines = 0;
let modelTime = 0;
let totalTime = 0;

const toCodePoints = (doc: Doc, spans: Span[]) =>
  spans.map((span) => ({ type: span.type, ...doc.offsets.inputCodePoints(span.start, span.end) }));

for (let index = 0; index < records.length; index++) {
  if (!isDevLine(index, fold)) continue;
  if (limit && lines >= limit) break;
  const record = records[index];
  const input = values.traditional ? convertToTraditional(record.text) : record.text;
  lines++;
  const gold = goldCodePointSpans(record, CLUENER_LABELS);
  const started = performance.now();
  const doc = segmentedDoc(input);
  const rules = [...recognizeRules(doc)];
  const modelStarted = performance.now();
  const model = modelCandidates(doc, modelFile);
  modelTime += performance.now() - modelStarted;
  totalTime += performance.now() - started;
  count(counts.rules, toCodePoints(doc, resolve(rules)), gold);
  count(counts.model, toCodePoints(doc, resolve(model)), gold);
  for (const [name, policy] of Object.entries(POLICIES)) count(counts[name], toCodePoints(doc, resolve(combine(rules, model, doc, policy))), gold);
  count(counts.extract, extract(input, { model: modelFile }).entities, gold);
}

process.stdout.write(`CLUENER dev (every 10th line from line ${fold}), ${values.traditional ? 'Traditional (opencc cn->tw, src/eval/traditional.ts)' : 'Simplified'}: ${lines} lines\n`);
for (const [name, value] of Object.entries(counts)) process.stdout.write(`${name}\n${report(value)}\n`);
process.stdout.write(`model share of recognition+model time: ${((modelTime / totalTime) * 100).toFixed(1)}%\n`);
