/** Deep comparison of built tables with their copies, shared by the preload and snapshot tests. */

/**
 * Where `copy` differs from `original` (classes, fields, contents), or
 * undefined. toStrictEqual says the same but took 25 s over these tables'
 * millions of elements.
 */
export function difference(original: unknown, copy: unknown, path: string): string | undefined {
  if (typeof original !== 'object' || original === null) return Object.is(original, copy) ? undefined : `${path}: ${String(copy)} instead of ${String(original)}`;
  if (typeof copy !== 'object' || copy === null || Object.getPrototypeOf(copy) !== Object.getPrototypeOf(original)) return `${path}: not a ${original.constructor.name}`;
  if (ArrayBuffer.isView(original)) {
    const bytes = (view: ArrayBufferView) => Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    return bytes(original).equals(bytes(copy as ArrayBufferView)) ? undefined : `${path}: other contents`;
  }
  if (original instanceof Set) {
    const copied = copy as Set<unknown>;
    return original.size === copied.size && [...original].every((item) => copied.has(item)) ? undefined : `${path}: other members`;
  }
  if (original instanceof Map) {
    const copied = copy as Map<unknown, unknown>;
    if (original.size !== copied.size) return `${path}: ${copied.size} entries instead of ${original.size}`;
    for (const [key, value] of original.entries()) {
      const found = difference(value, copied.get(key), `${path}[${String(key)}]`);
      if (found) return found;
    }
    return undefined;
  }
  const keys = Object.keys(original);
  if (keys.join() !== Object.keys(copy).join()) return `${path}: fields ${Object.keys(copy).join()} instead of ${keys.join()}`;
  for (const key of keys) {
    const found = difference((original as Record<string, unknown>)[key], (copy as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}
