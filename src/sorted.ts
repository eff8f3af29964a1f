/**
 * Lookups in arrays of spans or tokens sorted by start: long documents have
 * tens of thousands of each, so the stages ask by binary search rather than
 * by scanning.
 */

/** Index of the first item starting at or after `offset` (items.length when none does). */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The last item starting before `offset`, or undefined: in an array of
 * non-overlapping items (jieba's tokens, the tagger's spans) the only one
 * that can hold the character at offset - 1.
 */
export function lastStartingBefore<T extends { start: number }>(items: readonly T[], offset: number): T | undefined {
  return items[firstStartingFrom(items, offset) - 1];
}

/**
 * The items of a sorted array of non-overlapping items (jieba's tokens)
 * that overlap [start, end): only the one before the first starting at
 * `start` can reach into the range from before it.
 */
export function overlappingWords<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const found: T[] = [];
  for (let index = Math.max(0, firstStartingFrom(items, start) - 1); index < items.length && items[index].start < end; index++) if (items[index].end > start) found.push(items[index]);
  return found;
}
