/**
 * The baseline we measure ourselves against: jieba's own part-of-speech tags
 * read as entities (nr* person, ns place, nt* organization), on the same
 * normalized text our pipeline sees. jieba runs with the segmentation
 * dictionaries zhner loads (src/segment/jieba.ts), so this is "jieba as zhner
 * configures it", not jieba out of the box.
 */
import type { EntityType } from '../doc.js';
import { segmentedDoc } from '../index.js';
import type { TypedSpan } from './score.js';

function typeOfTag(tag: string): EntityType | undefined {
  if (tag.startsWith('nr')) return 'person';
  if (tag === 'ns') return 'place';
  if (tag.startsWith('nt')) return 'organization';
  return undefined;
}

/** jieba-tagged entities in input code points, like extract() reports them. */
export function jiebaEntities(input: string): TypedSpan[] {
  const doc = segmentedDoc(input);
  const spans: TypedSpan[] = [];
  for (const token of doc.tokens) {
    const type = typeOfTag(token.tag);
    if (!type) continue;
    const { start, end } = doc.offsets.inputCodePoints(token.start, token.end);
    spans.push({ type, start, end });
  }
  return spans;
}
