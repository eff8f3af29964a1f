/** The rule recognizers' candidates of one type in `text`, as normalized text: what they propose before the tagger and combine. */
import type { EntityType } from '../../src/doc.js';
import { segmentedDoc } from '../../src/index.js';
import { recognizeRules } from '../../src/recognize/index.js';

export function ruleSpansOf(type: EntityType, text: string): string[] {
  const doc = segmentedDoc(text);
  return [...recognizeRules(doc)].filter((span) => span.type === type).map((span) => doc.text.slice(span.start, span.end));
}
