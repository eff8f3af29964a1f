/**
 * Training and evaluation data: CLUENER-style JSONL records, normalized and
 * segmented exactly as the pipeline does, with gold spans moved into
 * normalized coordinates.
 */
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, type EntityType, type Token } from '../doc.js';
import type { ModelType } from './tagger.js';
import { segmentedDoc } from '../index.js';
import { goldSpans, LABEL_MAPS, mapGoldSpans, type GoldRecord } from '../eval/score.js';

// One label map for training and for scoring (src/eval/score.ts), so the tagger learns what eval counts,
// plus the scenes the tagger learns to tell from places (MODEL_TYPES in ./tagger.ts).
export const CLUENER_LABELS: Readonly<Record<string, EntityType>> = LABEL_MAPS.cluener;
export const CLUENER_TRAINING_LABELS: Readonly<Record<string, ModelType>> = { ...LABEL_MAPS.cluener, scene: 'scene' };
export const RESUME_LABELS: Readonly<Record<string, EntityType>> = LABEL_MAPS.resume;

export interface Example {
  text: string;
  tokens: Token[];
  /** Gold spans in normalized UTF-16 coordinates. */
  gold: { start: number; end: number; type: ModelType }[];
}

export function readJsonl(path: string): GoldRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldRecord);
}

/** Gold spans of a record in input code points (end exclusive), mapped to our types, as `zhner eval` reads them. */
export function goldCodePointSpans<Type extends string = EntityType>(record: GoldRecord, labels: Readonly<Record<string, Type>>): { type: Type; start: number; end: number }[] {
  return mapGoldSpans(goldSpans(record), labels);
}

type Labels = Readonly<Record<string, ModelType>>;

export function prepare(record: GoldRecord, labels: Labels): Example {
  const input = record.text;
  const { text, tokens, offsets } = segmentedDoc(input);
  // Input code point -> input unit.
  const unitOfCodePoint: number[] = [];
  for (let unit = 0; unit < input.length; unit++) {
    const code = input.charCodeAt(unit);
    if (!(code >= 0xdc00 && code <= 0xdfff && unit > 0)) unitOfCodePoint.push(unit);
  }
  unitOfCodePoint.push(input.length);
  // Input unit -> normalized unit, for starts (first unit from it) and ends (last unit up to it).
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  const { from, to } = offsets;
  for (let j = 0; j < text.length; j++) {
    if (!startAt.has(from[j])) startAt.set(from[j], j);
    endAt.set(to[j], j + 1);
  }
  const gold: Example['gold'] = [];
  for (const { type, ...span } of goldCodePointSpans(record, labels)) {
    const start = startAt.get(unitOfCodePoint[span.start]);
    const end = endAt.get(unitOfCodePoint[span.end]);
    if (start !== undefined && end !== undefined && end > start) gold.push({ start, end, type });
  }
  return { text, tokens, gold };
}

type TypedExtent = { start: number; end: number; type: ModelType };

/** Exact-match counts per type. */
export interface Counts {
  [type: string]: { tp: number; predicted: number; gold: number };
}

/** Counts per type; a type nobody reports (the tagger's scenes) is counted under its name but left out of report(). */
export function count(counts: Counts, predicted: readonly TypedExtent[], gold: readonly TypedExtent[]): void {
  const key = (s: TypedExtent) => `${s.type}:${s.start}:${s.end}`;
  const goldKeys = new Set(gold.map(key));
  for (const span of predicted) {
    const c = (counts[span.type] ??= { tp: 0, predicted: 0, gold: 0 });
    c.predicted++;
    if (goldKeys.has(key(span))) c.tp++;
  }
  for (const span of gold) (counts[span.type] ??= { tp: 0, predicted: 0, gold: 0 }).gold++;
}

export function f1(c: { tp: number; predicted: number; gold: number }): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function report(counts: Counts): string {
  const types = ENTITY_TYPES;
  const total = { tp: 0, predicted: 0, gold: 0 };
  const lines: string[] = [];
  for (const type of types) {
    const c = counts[type] ?? { tp: 0, predicted: 0, gold: 0 };
    total.tp += c.tp;
    total.predicted += c.predicted;
    total.gold += c.gold;
    const { p, r, f } = f1(c);
    lines.push(`  ${type.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}  (gold ${c.gold}, predicted ${c.predicted})`);
  }
  const { p, r, f } = f1(total);
  lines.push(`  ${'micro'.padEnd(13)} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${f.toFixed(3)}`);
  return lines.join('\n');
}
