/**
 * Doc -> ExtractResult: the only place normalized offsets become input code
 * points, and where mentions are grouped into per-type summaries.
 */
import type { Doc, EntityType, Span } from '../doc.js';
import type { EntityMention, EntitySummary, ExtractResult, PersonSummary } from '../result.js';

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
  doc.entities.forEach((span, index) => {
    if (span.type !== 'person') return;
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
    people: keep('person') ? [...people.values()] : [],
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
