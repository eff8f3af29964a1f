/**
 * One line per entity mention, tab-separated, for cut, awk, sort and
 * spreadsheets: `zhner extract -f tsv dir/ | awk -F'\t' '$3 == "person"'`.
 * The columns are fixed and the header names them; a division's code is
 * the place's (empty for other types).
 */
import type { ExtractResult } from '../result.js';

export const TSV_COLUMNS = ['source', 'id', 'type', 'text', 'start', 'end', 'normalized', 'division', 'reason'] as const;

export const TSV_HEADER = TSV_COLUMNS.join('\t') + '\n';

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
