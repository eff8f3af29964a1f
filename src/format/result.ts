/**
 * Doc -> ExtractResult: the only place normalized offsets become input code
 * points, and where mentions are grouped into per-type summaries.
 */
import type { Doc, EntityType, Span } from '../doc.js';
import type { EntityMention, EntitySummary, ExtractResult, PersonSummary } from '../result.js';
import { withoutVaguerPositions } from './positions.js';

export function toResult(doc: Doc, options: { source?: string; id?: string | number; types?: EntityType[] }): ExtractResult {
  const keep = (type: EntityType) => !options.types || options.types.includes(type);
  const mention = (span: Span): EntityMention => {
    const { start, end } = doc.offsets.inputCodePoints(span.start, span.end);
    return {
      type: span.type,
      text: doc.offsets.inputText(span.start, span.end),
      normalized: doc.text.slice(span.start, span.end),
      start,
      end,
      reason: span.reason,
      ...(span.division ? { division: span.division } : {}),
    };
  };
  const mentions = doc.entities.map(mention);

  const relationsOf = new Map<number, typeof doc.relations>();
  for (const relation of doc.relations) {
    const list = relationsOf.get(relation.person) ?? [];
    list.push(relation);
    relationsOf.set(relation.person, list);
  }
  const people = new Map<string, PersonSummary>();
  const aliasOf = bracketedAliases(doc);
  doc.entities.forEach((span, index) => {
    if (span.type !== 'person') return;
    const named = aliasOf.get(index);
    if (named !== undefined) {
      // The same person, the same mention: recorded on the name it explains, not counted again.
      const person = people.get(doc.entities[named].refersTo ?? mentions[named].normalized);
      if (person) {
        person.aliases ??= [];
        if (!person.aliases.includes(mentions[index].text)) person.aliases.push(mentions[index].text);
        return;
      }
    }
    const normalized = span.refersTo ?? mentions[index].normalized;
    let person = people.get(normalized);
    if (!person) {
      person = { name: span.refersTo ? normalized : mentions[index].text, normalized, mentions: 0, positions: [] };
      people.set(normalized, person);
    }
    if (!span.refersTo && person.name === normalized) person.name = mentions[index].text;
    person.mentions++;
    for (const relation of relationsOf.get(index) ?? []) {
      const titleSpan = relation.title;
      const title = titleSpan ? doc.offsets.inputText(titleSpan.start, titleSpan.end) : mentions[relation.position].text;
      const normalizedTitle = titleSpan ? doc.text.slice(titleSpan.start, titleSpan.end) : mentions[relation.position].normalized;
      const pieces = relation.organization;
      const organization = pieces ? pieces.map((piece) => doc.offsets.inputText(piece.start, piece.end)).join('') : null;
      const normalizedOrganization = pieces ? pieces.map((piece) => doc.text.slice(piece.start, piece.end)).join('') : null;
      if (!person.positions.some((p) => p.title === title && p.organization === organization)) {
        person.positions.push({
          title,
          organization,
          normalized: { title: normalizedTitle, organization: normalizedOrganization },
        });
      }
    }
  });

  const summarize = (type: EntityType): EntitySummary[] => {
    const byName = new Map<string, EntitySummary>();
    doc.entities.forEach((span, index) => {
      if (span.type !== type) return;
      const { text, normalized, division } = mentions[index];
      const summary = byName.get(normalized);
      if (summary) summary.mentions++;
      else byName.set(normalized, { text, normalized, mentions: 1, ...(division ? { division } : {}) });
    });
    return keep(type) ? [...byName.values()] : [];
  };

  return {
    source: options.source ?? '-',
    ...(options.id !== undefined ? { id: options.id } : {}),
    script: doc.script,
    chars: doc.offsets.codePointAt(doc.input.length),
    entities: mentions.filter((m) => keep(m.type)),
    people: keep('person') ? [...people.values()].map((person) => ({ ...person, positions: withoutVaguerPositions(person.positions, (position) => position.normalized) })) : [],
    positions: summarize('position'),
    places: summarize('place'),
    companies: summarize('company'),
    organizations: summarize('organization'),
    warnings: doc.warnings.map((warning) => {
      const { start, end } = doc.offsets.inputCodePoints(warning.start, warning.end);
      return { code: warning.code, message: warning.message, start, end };
    }),
  };
}

const OPEN_BRACKET = /^[（(]$/;
const CLOSE_BRACKET = /^[)）]/;

/**
 * Person mentions that are another person mention's name in brackets right
 * after it (祈耀年（Georges Elhedery）, 鮑威爾（Jerome Powell）): CLUENER marks
 * both as names, and the output keeps both mentions, but they are one
 * person. Index of the bracketed mention -> index of the name it follows.
 */
function bracketedAliases(doc: Doc): Map<number, number> {
  const aliasOf = new Map<number, number>();
  for (let index = 1; index < doc.entities.length; index++) {
    const span = doc.entities[index];
    const before = doc.entities[index - 1];
    if (span.type !== 'person' || before.type !== 'person') continue;
    if (OPEN_BRACKET.test(doc.text.slice(before.end, span.start)) && CLOSE_BRACKET.test(doc.text.slice(span.end, span.end + 1))) aliasOf.set(index, index - 1);
  }
  return aliasOf;
}
