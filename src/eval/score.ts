/**
 * Scoring extraction against gold annotations, kept free of I/O so the
 * arithmetic can be tested on hand-made examples.
 *
 * Gold records are CLUENER2020-style: {"text", "label": {label: {entity:
 * [[start, end_inclusive], ...]}}} with code-point offsets. A label map turns
 * a corpus's labels into our entity types; labels it leaves out (CLUENER's
 * book, game, movie, scene) are not scored, but they are kept to explain
 * mistakes ("we called a scene a place").
 *
 * A prediction is correct only when its type, start and end all equal a gold
 * span's (exact match on code points). Precision, recall and F1 are 0 when
 * their denominator is 0.
 */
import { ENTITY_TYPES, type EntityType } from '../doc.js';

export const LABEL_MAPS = {
  cluener: {
    name: 'person',
    position: 'position',
    company: 'company',
    address: 'place',
    government: 'organization',
    organization: 'organization',
  },
  resume: { NAME: 'person', TITLE: 'position', ORG: 'organization', LOC: 'place' },
  msra: { PER: 'person', LOC: 'place', ORG: 'organization' },
} as const satisfies Record<string, Readonly<Record<string, EntityType>>>;

export type MapName = keyof typeof LABEL_MAPS;
export type LabelMap = Readonly<Record<string, EntityType>>;
export const MAP_NAMES = Object.keys(LABEL_MAPS) as MapName[];

export function isMapName(name: string): name is MapName {
  return Object.hasOwn(LABEL_MAPS, name);
}

/** The types a map can score, in ENTITY_TYPES order. */
export function scoredTypes(map: LabelMap): EntityType[] {
  const mapped = new Set(Object.values(map));
  return ENTITY_TYPES.filter((type) => mapped.has(type));
}

export interface GoldRecord {
  text: string;
  /** label -> entity text -> [start, end_inclusive] pairs. */
  label?: Record<string, Record<string, [number, number][]>>;
}

/** A gold span under its corpus label; `end` is exclusive. */
export interface LabelledSpan {
  label: string;
  start: number;
  end: number;
}

/** A span of one of our types; `end` is exclusive. */
export interface TypedSpan {
  type: EntityType;
  start: number;
  end: number;
}

/** Every gold span of a record, with the inclusive ends made exclusive. */
export function goldSpans(record: GoldRecord): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const [label, entities] of Object.entries(record.label ?? {})) {
    for (const positions of Object.values(entities)) {
      for (const [start, endInclusive] of positions) spans.push({ label, start, end: endInclusive + 1 });
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The gold spans the map scores, as our types. */
export function mapGoldSpans<Type extends string = EntityType>(spans: LabelledSpan[], map: Readonly<Record<string, Type>>): { type: Type; start: number; end: number }[] {
  const typed: { type: Type; start: number; end: number }[] = [];
  for (const span of spans) {
    const type = Object.hasOwn(map, span.label) ? map[span.label] : undefined;
    if (type) typed.push({ type, start: span.start, end: span.end });
  }
  return typed;
}

interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** Counts for each scored type. */
export type Tally = Partial<Record<EntityType, Counts>>;

export function emptyTally(types: readonly EntityType[]): Tally {
  const tally: Tally = {};
  for (const type of types) tally[type] = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  return tally;
}

export function addTally(total: Tally, addition: Tally): void {
  for (const [type, counts] of Object.entries(addition) as [EntityType, Counts][]) {
    const into = (total[type] ??= { truePositives: 0, falsePositives: 0, falseNegatives: 0 });
    into.truePositives += counts.truePositives;
    into.falsePositives += counts.falsePositives;
    into.falseNegatives += counts.falseNegatives;
  }
}

/**
 * Why a false positive or a miss happened, judged against everything on the
 * other side (gold spans of every label, predictions of every type):
 * - 'repeat' (false positive only): gold has the same text with the same type
 *   elsewhere in the sentence; CLUENER often annotates only one of several
 *   mentions, since its official scorer compares entity strings, not positions;
 * - 'wrong type': the other side has exactly this span under another label or type;
 * - 'boundary': the other side has an overlapping span of the same type;
 * - 'overlap': the other side has an overlapping span of another label or type;
 * - 'spurious' (false positive) / 'not found' (miss): nothing overlaps.
 */
export type MismatchCause = 'repeat' | 'wrong type' | 'boundary' | 'overlap' | 'spurious' | 'not found';
export const FALSE_POSITIVE_CAUSES: MismatchCause[] = ['repeat', 'wrong type', 'boundary', 'overlap', 'spurious'];
export const MISS_CAUSES: MismatchCause[] = ['wrong type', 'boundary', 'overlap', 'not found'];

export interface Mismatch {
  kind: 'false positive' | 'miss';
  span: TypedSpan;
  cause: MismatchCause;
  /** The span on the other side that the cause points at: a gold label or one of our types. */
  evidence?: { label: string; start: number; end: number };
}

interface SentenceComparison {
  counts: Tally;
  mismatches: Mismatch[];
}

const spanKey = (span: TypedSpan) => `${span.type}:${span.start}:${span.end}`;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function explain<T extends { start: number; end: number }>(
  span: TypedSpan,
  others: T[],
  sameType: (other: T) => boolean,
  labelOf: (other: T) => string,
  nothingOverlaps: MismatchCause,
): Pick<Mismatch, 'cause' | 'evidence'> {
  const evidence = (other: T) => ({ label: labelOf(other), start: other.start, end: other.end });
  const exact = others.find((other) => other.start === span.start && other.end === span.end && !sameType(other));
  if (exact) return { cause: 'wrong type', evidence: evidence(exact) };
  const sameTypeOverlap = others.find((other) => sameType(other) && overlaps(other, span));
  if (sameTypeOverlap) return { cause: 'boundary', evidence: evidence(sameTypeOverlap) };
  const otherOverlap = others.find((other) => overlaps(other, span));
  if (otherOverlap) return { cause: 'overlap', evidence: evidence(otherOverlap) };
  return { cause: nothingOverlaps };
}

/**
 * Compare one sentence's predictions with its gold spans (both in code points
 * of `text`). Predictions of a type the map cannot score are not counted
 * (they still explain misses), and duplicate spans on either side count once.
 */
export function compareSentence(text: string, gold: LabelledSpan[], predicted: TypedSpan[], map: LabelMap): SentenceComparison {
  const types = scoredTypes(map);
  const characters = [...text];
  const textOf = (span: { start: number; end: number }) => characters.slice(span.start, span.end).join('');
  const counts = emptyTally(types);
  const mismatches: Mismatch[] = [];
  const scored = (span: TypedSpan) => types.includes(span.type);
  const mapped = (span: LabelledSpan) => (Object.hasOwn(map, span.label) ? map[span.label] : undefined);

  const goldByKey = new Map(mapGoldSpans(gold, map).map((span) => [spanKey(span), span]));
  const predictedByKey = new Map(predicted.filter(scored).map((span) => [spanKey(span), span]));

  for (const [key, span] of predictedByKey) {
    if (goldByKey.has(key)) {
      counts[span.type]!.truePositives++;
      continue;
    }
    counts[span.type]!.falsePositives++;
    const repeated = gold.find((other) => mapped(other) === span.type && textOf(other) === textOf(span));
    const reason: Pick<Mismatch, 'cause' | 'evidence'> = repeated
      ? { cause: 'repeat', evidence: { label: repeated.label, start: repeated.start, end: repeated.end } }
      : explain(span, gold, (other) => mapped(other) === span.type, (other) => other.label, 'spurious');
    mismatches.push({ kind: 'false positive', span, ...reason });
  }
  for (const [key, span] of goldByKey) {
    if (predictedByKey.has(key)) continue;
    counts[span.type]!.falseNegatives++;
    const reason = explain(span, predicted, (other) => other.type === span.type, (other) => other.type, 'not found');
    mismatches.push({ kind: 'miss', span, ...reason });
  }
  return { counts, mismatches };
}

export interface TypeScore {
  /** An entity type, or 'micro' for the micro-average over the scored types. */
  type: EntityType | 'micro';
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

function typeScore(type: TypeScore['type'], counts: Counts): TypeScore {
  const { truePositives, falsePositives, falseNegatives } = counts;
  const predicted = truePositives + falsePositives;
  const gold = truePositives + falseNegatives;
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { type, gold, predicted, correct: truePositives, precision, recall, f1 };
}

export interface Scores {
  types: TypeScore[];
  micro: TypeScore;
}

/** Per-type and micro-averaged scores for `types`; types outside the list are left out. */
export function score(tally: Tally, types: readonly EntityType[]): Scores {
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  const perType = types.map((type) => {
    const counts = tally[type] ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    total.truePositives += counts.truePositives;
    total.falsePositives += counts.falsePositives;
    total.falseNegatives += counts.falseNegatives;
    return typeScore(type, counts);
  });
  return { types: perType, micro: typeScore('micro', total) };
}
