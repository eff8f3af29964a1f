/**
 * Recognition: each recognizer adds candidates with a reason; people come
 * last because titles and other names are their context. Then overlaps are
 * resolved, with people protected from being swallowed by longer phrases.
 */
import type { Doc, Span } from '../doc.js';
import { recognizeCompanies } from './company.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePeople } from './person.js';
import { recognizePlaces } from './place.js';
import { recognizePositions } from './position.js';
import { overlapsAny } from './phrase.js';
import { resolve } from './resolve.js';

export function recognize(doc: Doc): void {
  doc.candidates.push(...recognizePlaces(doc));
  doc.candidates.push(...recognizePositions(doc));
  const positions = doc.candidates.filter((span) => span.type === 'position');
  const companies = recognizeCompanies(doc, overlapsAny(positions));
  doc.candidates.push(...companies);
  doc.candidates.push(...recognizeOrganizations(doc, overlapsAny([...positions, ...companies])));
  const people = recognizePeople(doc);
  // A name is never part of an organization or place: drop phrases that would swallow one.
  const others = doc.candidates.filter((span) => !people.some((person) => overlaps(person, span)));
  doc.candidates = [...others, ...people];
  doc.entities = resolve(doc.candidates);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}
