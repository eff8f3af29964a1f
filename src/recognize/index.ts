/**
 * Recognition: each recognizer adds candidates with a reason; people come
 * last because titles and other names are their context. Then overlaps are
 * resolved, with people protected from being swallowed by longer phrases.
 */
import type { Doc, Span } from '../doc.js';
import { combine } from '../model/combine/index.js';
import { modelCandidates } from '../model/index.js';
import { recognizeCompanies } from './company.js';
import { recognizeOrganizations } from './organization.js';
import { recognizePeople } from './person.js';
import { recognizePlaces } from './place.js';
import { recognizePositions } from './position.js';
import { overlapsAny } from './phrase.js';
import { resolve } from './resolve.js';
import { markTitleChains } from './chain.js';
import { recognizeUserWords } from './user.js';

/** `model`: a tagger model file to use instead of the shipped one. */
export function recognize(doc: Doc, model?: string): void {
  // The learned tagger's spans go first where the policy says so (src/model/combine/).
  // recognizeRules leaves its array in doc.candidates, which combine's result then replaces.
  doc.ruleCandidates = recognizeRules(doc);
  doc.candidates = combine(doc.ruleCandidates, modelCandidates(doc, model), doc);
  doc.entities = resolve(doc.candidates);
}

/**
 * How recognizeRules runs each of its steps, by name: src/bench/stages.ts
 * passes one that times them, so the order of the steps is written only here.
 */
type RunStep = <T>(name: string, run: () => T) => T;

const runDirectly: RunStep = (_name, run) => run();

/** The rule recognizers' candidates (also left in doc.candidates), before the model and resolution. */
export function recognizeRules(doc: Doc, step: RunStep = runDirectly): Span[] {
  doc.candidates.push(...step('places', () => recognizePlaces(doc)));
  doc.candidates.push(...step('positions', () => recognizePositions(doc)));
  const positions = doc.candidates.filter((span) => span.type === 'position');
  const companies = step('companies', () => recognizeCompanies(doc, overlapsAny(positions)));
  doc.candidates.push(...companies);
  doc.candidates.push(...step('organizations', () => recognizeOrganizations(doc, overlapsAny([...positions, ...companies]))));
  const people = step('people', () => recognizePeople(doc));
  step('overlap filter + chains', () => {
    // A name is never part of an organization or place: drop phrases that would swallow one.
    const overlapsPerson = overlapsAny(people);
    const others = doc.candidates.filter((span) => !overlapsPerson(span.start, span.end));
    doc.candidates = [...others, ...people];
    markTitleChains(doc, doc.candidates);
  });
  // After the overlap filter: a word the user tagged stands whatever the rules found around it.
  doc.candidates.push(...step('user dictionary', () => recognizeUserWords(doc)));
  return doc.candidates;
}
