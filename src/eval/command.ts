/**
 * `zhner eval GOLD.jsonl --map NAME`: score extraction against a gold file
 * and print a table (or the whole report as JSON). Exit 2 for usage errors
 * such as an unknown map or a bad --model, 1 when the gold file cannot be read.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { reportError } from '../cli/report.js';
import { checkModelFile } from '../model/index.js';
import type { EntityType } from '../doc.js';
import {
  DEFAULT_TIMEOUT_MS,
  FALSE_POSITIVE_CAUSES,
  GoldFileError,
  MAP_NAMES,
  MISS_CAUSES,
  evaluate,
  isMapName,
  type ErrorSample,
  type EvaluationReport,
  type SystemReport,
  type TypeScore,
} from './index.js';

interface EvalCommandOptions {
  map: string;
  errors?: number;
  json?: boolean;
  limit?: number;
  every?: number;
  baseline?: boolean;
  model?: string;
  timeout: number;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

function parsePositive(value: string): number {
  const number = parseCount(value);
  if (number === 0) throw new InvalidArgumentError('expected a number above 0');
  return number;
}

const percent = (value: number) => (value * 100).toFixed(1);

function scoreCells(score: TypeScore): string[] {
  // Precision is undefined, not 0, for a system that predicted nothing of a type.
  const precision = score.predicted === 0 ? '-' : percent(score.precision);
  return [String(score.predicted), String(score.correct), precision, percent(score.recall), percent(score.f1)];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd())
    .join('\n');
}

function scoreTable(report: EvaluationReport): string {
  const systems = [report.ours, ...(report.baseline ? [report.baseline] : [])];
  const header = ['type', 'gold'];
  for (const system of systems) {
    const prefix = systems.length > 1 ? `${system.system} ` : '';
    header.push(`${prefix}predicted`, 'correct', 'P%', 'R%', 'F1%');
  }
  const rows = [header];
  const allScores = [...report.ours.scores.types, report.ours.scores.micro];
  allScores.forEach((ours, index) => {
    const row = [ours.type === 'micro' ? 'micro avg' : ours.type, String(ours.gold)];
    for (const system of systems) {
      const scores = [...system.scores.types, system.scores.micro];
      row.push(...scoreCells(scores[index]));
    }
    rows.push(row);
  });
  return table(rows);
}

function causeTable(system: SystemReport, types: EntityType[]): string {
  const rows = [['type', ...FALSE_POSITIVE_CAUSES.map((cause) => `FP ${cause}`), ...MISS_CAUSES.map((cause) => `miss ${cause}`)]];
  for (const type of types) {
    const causes = system.causes[type]!;
    rows.push([
      type,
      ...FALSE_POSITIVE_CAUSES.map((cause) => String(causes.falsePositives[cause] ?? 0)),
      ...MISS_CAUSES.map((cause) => String(causes.misses[cause] ?? 0)),
    ]);
  }
  return table(rows);
}

function describeSample(sample: ErrorSample): string {
  const evidence = sample.evidence ? ` (${sample.kind === 'miss' ? 'predicted' : 'gold'} ${sample.evidence.label} ${sample.evidence.text})` : '';
  return `  line ${sample.line}  ${sample.cause}${evidence}  ${sample.context}`;
}

function errorSection(system: SystemReport, types: EntityType[]): string {
  const lines = [`${system.system}: error causes (FP = false positive)`, causeTable(system, types)];
  for (const type of types) {
    const samples = system.errors?.[type];
    if (!samples) continue;
    const score = system.scores.types.find((entry) => entry.type === type)!;
    lines.push('', `${system.system} ${type}: false positives (${samples.falsePositives.length} of ${score.predicted - score.correct})`);
    lines.push(...samples.falsePositives.map(describeSample));
    lines.push(`${system.system} ${type}: misses (${samples.misses.length} of ${score.gold - score.correct})`);
    lines.push(...samples.misses.map(describeSample));
  }
  return lines.join('\n');
}

function formatReport(report: EvaluationReport): string {
  const sections = [
    `${report.gold} (map ${report.map}): ${report.sentences} sentences${report.every ? ` (every ${report.every}th)` : ''} in ${report.seconds.toFixed(1)} s; exact span match on code points`,
    scoreTable(report),
  ];
  for (const system of [report.ours, ...(report.baseline ? [report.baseline] : [])]) {
    if (system.failures.length > 0) {
      const listed = system.failures.slice(0, 10).map((failure) => `  line ${failure.line}: ${failure.reason}: ${failure.message}`);
      sections.push([`${system.system} failed on ${system.failures.length} sentences (their gold spans count as misses):`, ...listed].join('\n'));
    }
    if (system.errors) sections.push(errorSection(system, report.types));
  }
  return sections.join('\n\n') + '\n';
}

async function runEval(gold: string, options: EvalCommandOptions): Promise<number> {
  if (!isMapName(options.map)) {
    reportError(gold, `unknown map "${options.map}" (expected ${MAP_NAMES.join(', ')})`);
    return 2;
  }
  if (options.model !== undefined) {
    const problem = checkModelFile(options.model);
    if (problem) {
      reportError(options.model, problem);
      return 2;
    }
  }
  let report: EvaluationReport;
  try {
    report = await evaluate(gold, options.map, {
      limit: options.limit,
      every: options.every,
      errors: options.errors,
      baseline: options.baseline,
      model: options.model,
      timeoutMs: options.timeout,
    });
  } catch (error) {
    if (error instanceof GoldFileError) {
      reportError(error.source, error.message);
      return 1;
    }
    throw error;
  }
  process.stdout.write(options.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return 0;
}

export function registerEvalCommand(program: Command): void {
  program
    .command('eval')
    .description('score extraction against a gold JSONL file in CLUENER format ({"text", "label": {type: {entity: [[start, end_inclusive]]}}})')
    .argument('<gold>', 'gold JSONL file')
    .requiredOption('-m, --map <name>', `how gold labels map to our types: ${MAP_NAMES.join(', ')}`)
    .option('-e, --errors <n>', 'show up to N sample false positives and misses per type', parseCount)
    .option('--json', 'print the whole report as JSON')
    .option('-l, --limit <n>', 'stop after scoring N sentences', parsePositive)
    .option('--every <n>', "score only every Nth sentence, from the first (10 = CLUENER's dev split: held out from models/tagger-dev.bin.gz, not from the shipped model)", parsePositive)
    .option('-b, --baseline', "also score jieba's own tags (nr* person, ns place, nt* organization)")
    .option('--model <file>', 'tagger model made by npm run train-model, instead of the shipped models/tagger.bin.gz')
    .option('--timeout <ms>', 'per-sentence time limit; a slower sentence counts as no output', parsePositive, DEFAULT_TIMEOUT_MS)
    .action(async (gold: string, options: EvalCommandOptions) => {
      process.exitCode = await runEval(gold, options);
    });
}
