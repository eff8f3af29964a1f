/**
 * Words of the user's own dictionaries (--dict), with the tag the user gave
 * them: the user's way to steer zhner. A word tagged as a name, place,
 * body or title is that entity wherever jieba reads it, whatever the
 * tagger makes of it (src/model/combine/index.ts lets these spans win).
 */
import type { Doc, EntityType, Span } from '../doc.js';

/** The entity a user dictionary tag says a word is: jieba's tags, and HanLP's company tags. */
function typeOfTag(tag: string): EntityType | undefined {
  if (tag === 'nnt') return 'position';
  if (/^ntc/.test(tag)) return 'company';
  if (/^nt/.test(tag)) return 'organization';
  if (/^ns/.test(tag)) return 'place';
  if (/^nr/.test(tag)) return 'person';
  return undefined;
}

export function recognizeUserWords(doc: Doc): Span[] {
  const spans: Span[] = [];
  for (const token of doc.tokens) {
    if (!token.user) continue;
    const type = typeOfTag(token.tag);
    if (type) spans.push({ type, start: token.start, end: token.end, reason: `dictionary:user(${token.word} ${token.tag})`, score: 3 });
  }
  return spans;
}
