/**
 * The one document type every stage reads and extends (spaCy's Doc in spirit).
 * All positions inside a Doc are UTF-16 indices into `text` (the normalized
 * text); only src/format converts them to input code points.
 */
import type { OffsetMap } from './offsets.js';

export const ENTITY_TYPES = ['person', 'position', 'place', 'company', 'organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Token {
  start: number;
  end: number;
  word: string;
  /** jieba part-of-speech tag, or our own dictionary tag (nnt, ns, nt…) */
  tag: string;
  /** The word and its tag are a user dictionary's (--dict): what the user says it is. */
  user?: true;
}

export interface Division {
  code: string;
  /** Full names from province down, e.g. ["广西壮族自治区", "贵港市", "桂平市"] */
  path: string[];
  /**
   * When the document does not tell same-named divisions apart (朝阳区 alone:
   * Beijing's or Changchun's), all of them, the one in `code`/`path` first.
   */
  candidates?: { code: string; path: string[] }[];
}

export interface Span {
  start: number;
  end: number;
  type: EntityType;
  /** The rule or dictionary line that produced the span, for tracing mistakes. */
  reason: string;
  /** Higher wins when candidates overlap and have the same length. */
  score?: number;
  division?: Division;
  /** For a partial reference such as 何书记: the normalized name it refers to. */
  refersTo?: string;
  /** Part of an appositive title chain before a name (src/recognize/chain.ts): rule evidence the tagger must not override. */
  inTitleChain?: boolean;
  /**
   * A position written together with the body it belongs to, as one entity
   * (桂平市领导, 重庆市市长: CLUENER marks such a span as one position): where
   * that body, a place or organization the rules know, ends. The title is the
   * rest, and linking reads the body as the position's organization.
   * `titleStart` is where the title starts when body and title share the
   * level character (深圳市长 is 深圳市 and 市长), else the body's end.
   */
  body?: { end: number; type: 'place' | 'organization'; titleStart?: number };
}

export interface Relation {
  /** Index into doc.entities of the person. */
  person: number;
  /** Index into doc.entities of the position. */
  position: number;
  /** The title within the position entity, when the entity also holds its body (领导 of 桂平市领导). */
  title?: { start: number; end: number };
  /**
   * The organization the position belongs to, as pieces of the normalized
   * text (贵港 + 市委 from 贵港|市委书记), or null. Pieces let the output show
   * it as written in the input.
   */
  organization: { start: number; end: number }[] | null;
}

export interface Warning {
  code: string;
  message: string;
  start: number;
  end: number;
}

export type Script = 'traditional' | 'simplified' | 'mixed';

export interface Doc {
  /** Exactly as read (after decoding). */
  input: string;
  /** Normalized: Simplified, noise removed or blanked. */
  text: string;
  offsets: OffsetMap;
  script: Script;
  tokens: Token[];
  candidates: Span[];
  /**
   * What the rule recognizers proposed, before the combination with the
   * tagger dropped some (src/model/combine/places.ts): linking reads a country
   * there before a title (法国|总统), which CLUENER's convention leaves
   * unmarked and the tagger therefore leaves out.
   */
  ruleCandidates: Span[];
  entities: Span[];
  relations: Relation[];
  /** Ignored text (garbled runs), in normalized coordinates like every span. */
  warnings: Warning[];
}
