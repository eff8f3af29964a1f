/**
 * Who holds what. News writes an official's posts as an appositive chain
 * before the name: 贵港市委常委、宣传部部长、市纺织服装产业工作专班组长黄锦锋.
 * Each link of the chain is [place|organization]* position; a position's
 * organization is the body written before it, or the body its title names
 * (市委书记 -> 市委), completed by the chain's place (贵港 + 市委 = 贵港市委) or
 * by the previous link's body (党组 of 市政府).
 */
import type { Doc, Relation, Span } from '../doc.js';

const EMBEDDED_BODY = /^(市委|省委|县委|区委|州委|市政府|省政府|县政府|区政府|党组|党委|纪委|团委)/;
/** A body written with its level word only (市政府, 市纺织…专班) belongs to the chain's place. */
const LEVEL_ONLY = /^(市|省|县|区|州|镇|乡)/;
const DEPARTMENT = /^(.{1,4}?(部|厅|局|办|处|科|室))(?=.)/;
const SEPARATOR = /^[、\s]*$/;

interface Link {
  prefixes: Span[];
  position: Span;
}

export function link(doc: Doc): void {
  const entities = doc.entities;
  const relations: Relation[] = [];
  const text = doc.text;
  for (let index = 0; index < entities.length; index++) {
    const person = entities[index];
    if (person.type !== 'person' || person.refersTo) continue;
    const chain = chainBefore(doc, index);
    if (chain.length > 0) {
      for (const { position, organization } of organizationsOf(text, chain)) {
        relations.push({ person: index, position: entities.indexOf(position), organization });
      }
      continue;
    }
    // Title right after the name: 习近平总书记.
    const next = entities[index + 1];
    if (next && next.type === 'position' && next.start === person.end) {
      relations.push({ person: index, position: index + 1, organization: null });
    }
  }
  // Names in a 、-list share the chain before the list's first name.
  for (let index = 0; index < entities.length; index++) {
    const person = entities[index];
    if (person.type !== 'person' || relations.some((r) => r.person === index)) continue;
    let first = index;
    while (first > 0 && entities[first - 1].type === 'person' && SEPARATOR.test(text.slice(entities[first - 1].end, entities[first].start)) && text.slice(entities[first - 1].end, entities[first].start).includes('、')) first--;
    if (first === index) continue;
    for (const relation of relations.filter((r) => r.person === first)) relations.push({ ...relation, person: index });
  }
  doc.relations = relations;
}

/** The links written right before entities[personIndex], nearest last. */
function chainBefore(doc: Doc, personIndex: number): Link[] {
  const entities = doc.entities;
  const links: Link[] = [];
  let cursor = entities[personIndex].start;
  let index = personIndex - 1;
  while (index >= 0) {
    const position = entities[index];
    if (position.type !== 'position' || !SEPARATOR.test(doc.text.slice(position.end, cursor))) break;
    if (links.length > 0 && !doc.text.slice(position.end, cursor).includes('、')) break;
    const prefixes: Span[] = [];
    let prefixEnd = position.start;
    let prefixIndex = index - 1;
    while (prefixIndex >= 0) {
      const prefix = entities[prefixIndex];
      if ((prefix.type !== 'place' && prefix.type !== 'organization') || prefix.end !== prefixEnd) break;
      prefixes.unshift(prefix);
      prefixEnd = prefix.start;
      prefixIndex--;
    }
    links.unshift({ prefixes, position });
    cursor = prefixEnd;
    index = prefixIndex;
  }
  return links;
}

function organizationsOf(text: string, chain: Link[]): { position: Span; organization: string | null }[] {
  const out: { position: Span; organization: string | null }[] = [];
  let chainPlace = '';
  let previousBody: string | null = null;
  for (const { prefixes, position } of chain) {
    const written = prefixes.map((span) => text.slice(span.start, span.end)).join('');
    const place = prefixes.filter((span) => span.type === 'place').map((span) => text.slice(span.start, span.end)).join('');
    if (place) chainPlace = place;
    const title = text.slice(position.start, position.end);
    const embedded = EMBEDDED_BODY.exec(title)?.[1];
    const department = DEPARTMENT.exec(title)?.[1];
    let organization: string | null = null;
    const hasBodyPrefix = prefixes.some((span) => span.type === 'organization');
    if (embedded && !hasBodyPrefix) {
      const local = chainPlace && !written.includes(chainPlace) ? chainPlace + written : written;
      organization = embedded === '党组' || embedded === '党委' ? `${previousBody ?? local}${embedded}` : `${local}${embedded}`;
    } else if (hasBodyPrefix) {
      organization = LEVEL_ONLY.test(written) && chainPlace && !written.startsWith(chainPlace) ? chainPlace + written : written;
    } else if (department && previousBody) {
      organization = previousBody + department;
    } else if (written) {
      organization = written;
    } else if (previousBody) {
      organization = previousBody;
    }
    if (organization) previousBody = bodyOf(organization);
    out.push({ position, organization });
  }
  return out;
}

/** The party or government body an organization belongs to, for the next link of the chain. */
function bodyOf(organization: string): string {
  const match = /^(.*?(市委|省委|县委|区委|州委|市政府|省政府|县政府|区政府))/.exec(organization);
  return match ? match[1] : organization;
}
