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
