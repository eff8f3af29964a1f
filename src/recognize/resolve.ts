/**
 * Overlapping candidates -> entities (spaCy's filter_spans): longest first,
 * then by score, earliest first; a span is kept only where it overlaps
 * nothing already kept.
 */
import type { Span } from '../doc.js';

export function resolve(candidates: Span[]): Span[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.score ?? 0) - (a.score ?? 0) || a.start - b.start,
  );
  const kept: Span[] = [];
  const taken: boolean[] = [];
  for (const span of ordered) {
    let free = true;
    for (let i = span.start; i < span.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    for (let i = span.start; i < span.end; i++) taken[i] = true;
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
