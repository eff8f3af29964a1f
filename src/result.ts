/** The public, serialisable result of extract(): what the CLI prints as JSON. */
import type { Division, EntityType, Script } from './doc.js';

export interface EntityMention {
  type: EntityType;
  /** As written in the input, minus removed noise such as pinyin notes. */
  text: string;
  /** Simplified form used for analysis. */
  normalized: string;
  /** Code points into the raw input; end exclusive. */
  start: number;
  end: number;
  reason: string;
  division?: Division;
}

export interface PersonPosition {
  /** As written in the input. */
  title: string;
  /** As written in the input, joined from the pieces the text names it with (貴港 + 市委). */
  organization: string | null;
  normalized: { title: string; organization: string | null };
}

export interface PersonSummary {
  name: string;
  normalized: string;
  mentions: number;
  positions: PersonPosition[];
  /** The name in another script, written in brackets right after it (祈耀年（Georges Elhedery）), as written. */
  aliases?: string[];
}

export interface EntitySummary {
  text: string;
  normalized: string;
  mentions: number;
  division?: Division;
}

export interface ResultWarning {
  code: string;
  message: string;
  start: number;
  end: number;
}

export interface ExtractResult {
  source: string;
  id?: string | number;
  script: Script;
  /** Code points in the input. */
  chars: number;
  entities: EntityMention[];
  people: PersonSummary[];
  positions: EntitySummary[];
  places: EntitySummary[];
  companies: EntitySummary[];
  organizations: EntitySummary[];
  warnings: ResultWarning[];
}

export interface ExtractOptions {
  /** Reported as `source`; "-" when not given. */
  source?: string;
  id?: string | number;
  /** Keep only these types in entities and summaries. */
  types?: EntityType[];
  /** Extra user dictionaries in the dictionaries/ format. Loaded once per process. */
  dictionaries?: string[];
  /**
   * A tagger model file made by `npm run train-model` (for instance on your
   * own annotated text), used instead of the shipped models/tagger.bin.gz.
   * Loaded once per process.
   */
  model?: string;
}
