/**
 * The corpus view: who appears across a folder of articles, in which
 * documents, with which positions; and the places, companies and
 * organizations most documents mention. Entities are merged on their
 * normalized (Simplified) form so 貴港 and 贵港 count as one; places also
 * by their administrative division, so 贵港 and 贵港市 count as one too.
 */
import type { Division } from '../doc.js';
import type { ExtractResult } from '../result.js';
import { displayWidth } from '../format/width.js';
import { withoutVaguerPositions } from '../format/positions.js';

interface CorpusPerson {
  name: string;
  mentions: number;
  documents: string[];
  positions: { title: string; organization: string | null }[];
  /** Bracketed names in another script (Georges Elhedery for 祈耀年), from any document. */
  aliases?: string[];
}

interface CorpusEntity {
  name: string;
  mentions: number;
  documents: number;
  division?: Division;
}

/** An administrative division, whatever name the documents gave it (贵港, 贵港市, 中国贵港 are 450800). */
interface CorpusDivision {
  code: string;
  path: string[];
  mentions: number;
  documents: number;
}

interface CorpusSummary {
  documents: number;
  failed: number;
  people: CorpusPerson[];
  positions: CorpusEntity[];
  places: CorpusEntity[];
  companies: CorpusEntity[];
  organizations: CorpusEntity[];
  divisions: CorpusDivision[];
}

type EntityKind = 'positions' | 'places' | 'companies' | 'organizations';
const ENTITY_KINDS: EntityKind[] = ['positions', 'places', 'companies', 'organizations'];

export class CorpusCollector {
  private documentCount = 0;
  private failedCount = 0;
  private readonly people = new Map<string, { mentions: number; documents: string[]; positions: Map<string, { title: string; organization: string | null }>; aliases: Set<string> }>();
  private readonly entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Map<string, { mentions: number; documents: number; division?: Division }>()])) as Record<
    EntityKind,
    Map<string, { mentions: number; documents: number; division?: Division }>
  >;

  private readonly divisions = new Map<string, CorpusDivision>();

  addFailure(): void {
    this.failedCount++;
  }

  add(result: ExtractResult): void {
    this.documentCount++;
    const document = result.id !== undefined ? `${result.source}#${result.id}` : result.source;
    for (const person of result.people) {
      const entry = this.people.get(person.normalized) ?? { mentions: 0, documents: [] as string[], positions: new Map<string, { title: string; organization: string | null }>(), aliases: new Set<string>() };
      entry.mentions += person.mentions;
      for (const alias of person.aliases ?? []) entry.aliases.add(alias);
      if (!entry.documents.includes(document)) entry.documents.push(document);
      for (const position of person.positions) {
        const key = `${position.normalized.title}\u0000${position.normalized.organization ?? ''}`;
        if (!entry.positions.has(key)) entry.positions.set(key, { title: position.normalized.title, organization: position.normalized.organization });
      }
      this.people.set(person.normalized, entry);
    }
    const divisionsHere = new Set<string>();
    for (const place of result.places) {
      if (!place.division) continue;
      const { code, path } = place.division;
      const entry = this.divisions.get(code) ?? { code, path, mentions: 0, documents: 0 };
      entry.mentions += place.mentions;
      if (!divisionsHere.has(code)) entry.documents++;
      divisionsHere.add(code);
      this.divisions.set(code, entry);
    }
    for (const kind of ENTITY_KINDS) {
      for (const entity of result[kind]) {
        const entry = this.entities[kind].get(entity.normalized) ?? { mentions: 0, documents: 0 };
        entry.mentions += entity.mentions;
        // Each summary lists an entity once per document, so this counts documents.
        entry.documents++;
        if (entity.division && !entry.division) entry.division = entity.division;
        this.entities[kind].set(entity.normalized, entry);
      }
    }
  }

  summary(): CorpusSummary {
    const byFrequency = (a: { name: string; documents: number; mentions: number }, b: { name: string; documents: number; mentions: number }) =>
      b.documents - a.documents || b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const people = [...this.people]
      .map(([name, entry]) => ({ name, mentions: entry.mentions, documents: entry.documents, positions: withoutVaguerPositions([...entry.positions.values()], (position) => position), ...(entry.aliases.size ? { aliases: [...entry.aliases] } : {}) }))
      .sort((a, b) => byFrequency({ ...a, documents: a.documents.length }, { ...b, documents: b.documents.length }));
    const lists = Object.fromEntries(
      ENTITY_KINDS.map((kind) => [
        kind,
        [...this.entities[kind]].map(([name, entry]) => ({ name, mentions: entry.mentions, documents: entry.documents, ...(entry.division ? { division: entry.division } : {}) })).sort(byFrequency),
      ]),
    ) as Record<EntityKind, CorpusEntity[]>;
    const divisions = [...this.divisions.values()].sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { documents: this.documentCount, failed: this.failedCount, people, ...lists, divisions };
  }
}

export function formatSummaryPretty(summary: CorpusSummary, limit = 50): string {
  let out = `${summary.documents} documents${summary.failed ? `, ${summary.failed} failed` : ''}\n`;
  if (summary.people.length) {
    out += `\npeople (${summary.people.length})\n`;
    const width = Math.max(...summary.people.slice(0, limit).map((person) => displayWidth(person.name))) + 2;
    out += `  ${pad('name', width)}docs  mentions  positions\n`;
    for (const person of summary.people.slice(0, limit)) {
      const positions = person.positions.map((p) => (p.organization ? `${p.title} (${p.organization})` : p.title)).join('; ');
      out += `  ${pad(person.name, width)}${String(person.documents.length).padStart(4)}  ${String(person.mentions).padStart(8)}  ${positions}\n`;
    }
  }
  for (const kind of ENTITY_KINDS) {
    const entities = summary[kind];
    if (!entities.length) continue;
    out += `\n${kind} (${entities.length})\n`;
    const width = Math.max(...entities.slice(0, limit).map((entity) => displayWidth(entity.name))) + 2;
    out += `  ${pad('name', width)}docs  mentions\n`;
    for (const entity of entities.slice(0, limit)) {
      out += `  ${pad(entity.name, width)}${String(entity.documents).padStart(4)}  ${String(entity.mentions).padStart(8)}\n`;
    }
  }
  if (summary.divisions.length) {
    out += `\ndivisions (${summary.divisions.length})\n`;
    const names = summary.divisions.slice(0, limit).map((division) => division.path.join('/'));
    const width = Math.max(...names.map(displayWidth)) + 2;
    out += `  ${pad('division', width)}docs  mentions\n`;
    summary.divisions.slice(0, limit).forEach((division, index) => {
      out += `  ${pad(names[index], width)}${String(division.documents).padStart(4)}  ${String(division.mentions).padStart(8)}\n`;
    });
  }
  return out;
}


function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - displayWidth(text)));
}
