/**
 * Very long documents are analysed in pieces (src/index.ts) so memory stays
 * bounded; this joins the pieces' results into the one result the whole
 * document would have: offsets shifted to the whole input, summaries merged
 * on their normalized form.
 */
import type { Script } from '../doc.js';
import type { EntitySummary, ExtractResult, PersonSummary } from '../result.js';
import { withoutVaguerPositions } from './positions.js';

export interface PieceResult {
  result: ExtractResult;
  /** Code points of the whole input before this piece. */
  codePointOffset: number;
}

function mergeSummaries(lists: EntitySummary[][]): EntitySummary[] {
  const merged = new Map<string, EntitySummary>();
  for (const list of lists) {
    for (const item of list) {
      const existing = merged.get(item.normalized);
      if (existing) existing.mentions += item.mentions;
      else merged.set(item.normalized, { ...item });
    }
  }
  return [...merged.values()];
}

function mergePeople(lists: PersonSummary[][]): PersonSummary[] {
  const merged = new Map<string, PersonSummary>();
  for (const list of lists) {
    for (const person of list) {
      const existing = merged.get(person.normalized);
      if (!existing) {
        merged.set(person.normalized, { ...person, positions: [...person.positions], ...(person.aliases ? { aliases: [...person.aliases] } : {}) });
        continue;
      }
      existing.mentions += person.mentions;
      for (const alias of person.aliases ?? []) {
        existing.aliases ??= [];
        if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
      }
      for (const position of person.positions) {
        if (!existing.positions.some((p) => p.title === position.title && p.organization === position.organization)) existing.positions.push(position);
      }
    }
  }
  return [...merged.values()].map((person) => ({ ...person, positions: withoutVaguerPositions(person.positions, (position) => position.normalized) }));
}

function mergeScript(scripts: Script[]): Script {
  const distinct = new Set(scripts);
  return distinct.size === 1 ? scripts[0] : 'mixed';
}

export function mergePieces(pieces: PieceResult[], chars: number): ExtractResult {
  const [first] = pieces;
  const shift = <T extends { start: number; end: number }>(items: T[], offset: number): T[] =>
    items.map((item) => ({ ...item, start: item.start + offset, end: item.end + offset }));
  return {
    source: first.result.source,
    ...(first.result.id !== undefined ? { id: first.result.id } : {}),
    script: mergeScript(pieces.map((piece) => piece.result.script)),
    chars,
    entities: pieces.flatMap((piece) => shift(piece.result.entities, piece.codePointOffset)),
    people: mergePeople(pieces.map((piece) => piece.result.people)),
    positions: mergeSummaries(pieces.map((piece) => piece.result.positions)),
    places: mergeSummaries(pieces.map((piece) => piece.result.places)),
    companies: mergeSummaries(pieces.map((piece) => piece.result.companies)),
    organizations: mergeSummaries(pieces.map((piece) => piece.result.organizations)),
    warnings: pieces.flatMap((piece) => shift(piece.result.warnings, piece.codePointOffset)),
  };
}
