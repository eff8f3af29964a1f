/**
 * Recognition: each recognizer adds candidates with a reason; people come
 * last because titles and other names are their context. Then overlaps are
 * resolved, with people protected from being swallowed by longer phrases.
 */
import type { Doc, Span } from '../doc.js';
import { combine } from '../model/combine.js';
import { modelCandidates } from '../model/index.js';
import { recognizeCompanies } from './company.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePeople } from './person.js';
import { recognizePlaces } from './place.js';
import { recognizePositions } from './position.js';
import { overlapsAny } from './phrase.js';
import { resolve } from './resolve.js';
import { markTitleChains } from './chain.js';

/** `model`: a tagger model file to use instead of the shipped one. */
export function recognize(doc: Doc, model?: string): void {
  // The learned tagger's spans go first where the policy says so (src/model/combine.ts).
  doc.candidates = combine(recognizeRules(doc), modelCandidates(doc, model), doc);
  doc.entities = resolve(doc.candidates);
}

/** The rule recognizers' candidates (also left in doc.candidates), before the model and resolution. */
export function recognizeRules(doc: Doc): Span[] {
  doc.candidates.push(...recognizePlaces(doc));
  doc.candidates.push(...recognizePositions(doc));
  const positions = doc.candidates.filter((span) => span.type === 'position');
  const companies = recognizeCompanies(doc, overlapsAny(positions));
  doc.candidates.push(...companies);
  doc.candidates.push(...recognizeOrganizations(doc, overlapsAny([...positions, ...companies])));
  const people = recognizePeople(doc);
  // A name is never part of an organization or place: drop phrases that would swallow one.
  const overlapsPerson = overlapsAny(people);
  const others = doc.candidates.filter((span) => !overlapsPerson(span.start, span.end));
  doc.candidates = [...others, ...people];
  markTitleChains(doc, doc.candidates);
  return doc.candidates;
}
