/**
 * Tab-separated lines for cut, awk, sort and spreadsheets, under one header
 * that names the fixed columns. `tsv`: one line per entity mention
 * (`zhner extract -f tsv dir/ | awk -F'\t' '$3 == "person"'`); a division's
 * code is the place's (empty for other types). `people`: one line per
 * person and post, who holds what where (`zhner extract -f people dir/ |
 * awk -F'\t' '$7 ~ /市委$/'`); a person with no post has one line with the
 * post's columns empty.
 */
import type { ExtractResult } from '../result.js';

export const TSV_COLUMNS = ['source', 'id', 'type', 'text', 'start', 'end', 'normalized', 'division', 'reason'] as const;

export const TSV_HEADER = TSV_COLUMNS.join('\t') + '\n';

export const PEOPLE_TSV_COLUMNS = ['source', 'id', 'person', 'normalized', 'mentions', 'title', 'organization', 'normalized_title', 'normalized_organization'] as const;

export const PEOPLE_TSV_HEADER = PEOPLE_TSV_COLUMNS.join('\t') + '\n';

/** Tabs and line breaks would shift columns and rows: they become spaces (entities rarely hold any). */
function field(value: string | number | undefined): string {
  return value === undefined ? '' : String(value).replace(/[\t\r\n]/g, ' ');
}

/** The result's entity lines, each ending in a newline (empty for a document with none). */
export function formatTsv(result: ExtractResult): string {
  let out = '';
  for (const entity of result.entities) {
    out += [result.source, result.id, entity.type, entity.text, entity.start, entity.end, entity.normalized, entity.division?.code, entity.reason].map(field).join('\t') + '\n';
  }
  return out;
}

/** The result's person-and-post lines, each ending in a newline (empty for a document with no person). */
export function formatPeopleTsv(result: ExtractResult): string {
  let out = '';
  for (const person of result.people) {
    const posts = person.positions.length > 0 ? person.positions : [undefined];
    for (const post of posts) {
      out += [result.source, result.id, person.name, person.normalized, person.mentions, post?.title, post?.organization ?? undefined, post?.normalized.title, post?.normalized.organization ?? undefined].map(field).join('\t') + '\n';
    }
  }
  return out;
}
