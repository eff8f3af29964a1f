/**
 * Offsets are born here: every normalization edit goes through `rewrite`, which
 * carries, for each UTF-16 unit of the new text, the range of input UTF-16
 * units it came from. Later stages never touch input coordinates; src/format
 * asks this map to turn normalized spans into input code points.
 */

export interface Edit {
  /** Range in the current text being replaced. */
  start: number;
  end: number;
  /** Replacement; '' deletes. Same length as the range maps unit to unit. */
  replacement: string;
}

export class OffsetMap {
  private inputCodePointIndex?: Int32Array;
  private inputHasAstral?: boolean;

  constructor(
    readonly input: string,
    /** For each unit of the normalized text: first input unit it came from. */
    readonly from: Int32Array,
    /** For each unit of the normalized text: input unit just after its source. */
    readonly to: Int32Array,
  ) {}

  static identity(input: string): OffsetMap {
    const from = new Int32Array(input.length);
    const to = new Int32Array(input.length);
    for (let i = 0; i < input.length; i++) {
      from[i] = i;
      to[i] = i + 1;
    }
    return new OffsetMap(input, from, to);
  }

  /** Input UTF-16 range covered by normalized [start, end). */
  inputUnits(start: number, end: number): { start: number; end: number } {
    if (end <= start) {
      const at = start < this.from.length ? this.from[start] : this.input.length;
      return { start: at, end: at };
    }
    return { start: this.from[start], end: this.to[end - 1] };
  }

  /** Input code-point range covered by normalized [start, end): what the output reports. */
  inputCodePoints(start: number, end: number): { start: number; end: number } {
    const units = this.inputUnits(start, end);
    return { start: this.codePointAt(units.start), end: this.codePointAt(units.end) };
  }

  /**
   * The input as written behind normalized [start, end), without the removed
   * noise (pinyin notes, BOM) that sits between the mapped characters.
   */
  inputText(start: number, end: number): string {
    let out = '';
    let lastTo = -1;
    for (let i = start; i < end; i++) {
      const from = this.from[i];
      const to = this.to[i];
      if (to <= lastTo) continue; // several units from one source (surrogates, expansions)
      out += this.input.slice(Math.max(from, lastTo), to);
      lastTo = to;
    }
    return out;
  }

  /** Convert an input UTF-16 index to a code-point index (Python's indexing). */
  codePointAt(unitIndex: number): number {
    // Decided once per input: scanning it on every call made output quadratic in document length.
    this.inputHasAstral ??= /[\uD800-\uDBFF]/.test(this.input);
    if (!this.inputHasAstral) return unitIndex;
    if (!this.inputCodePointIndex) {
      const index = new Int32Array(this.input.length + 1);
      let codePoints = 0;
      for (let i = 0; i < this.input.length; i++) {
        index[i] = codePoints;
        const unit = this.input.charCodeAt(i);
        const isHighSurrogate = unit >= 0xd800 && unit <= 0xdbff && i + 1 < this.input.length;
        if (!isHighSurrogate) codePoints++;
      }
      index[this.input.length] = codePoints;
      this.inputCodePointIndex = index;
    }
    return this.inputCodePointIndex[unitIndex];
  }
}

/**
 * Apply non-overlapping edits (sorted by start) to `text`, returning the new
 * text and a map that still points into the original input.
 */
export function rewrite(text: string, map: OffsetMap, edits: Edit[]): { text: string; offsets: OffsetMap } {
  if (edits.length === 0) return { text, offsets: map };
  let length = text.length;
  for (const edit of edits) length += edit.replacement.length - (edit.end - edit.start);
  const from = new Int32Array(length);
  const to = new Int32Array(length);
  const parts: string[] = [];
  let out = 0;
  let cursor = 0;
  const keep = (start: number, end: number) => {
    parts.push(text.slice(start, end));
    from.set(map.from.subarray(start, end), out);
    to.set(map.to.subarray(start, end), out);
    out += end - start;
  };
  for (const edit of edits) {
    if (edit.start < cursor) throw new Error(`overlapping normalization edits at ${edit.start}`);
    keep(cursor, edit.start);
    const replaced = edit.end - edit.start;
    const replacement = edit.replacement;
    parts.push(replacement);
    if (replacement.length === replaced) {
      from.set(map.from.subarray(edit.start, edit.end), out);
      to.set(map.to.subarray(edit.start, edit.end), out);
    } else {
      // A length-changing edit maps every new unit to the whole replaced range.
      const sourceStart = replaced > 0 ? map.from[edit.start] : edit.start < map.from.length ? map.from[edit.start] : map.input.length;
      const sourceEnd = replaced > 0 ? map.to[edit.end - 1] : sourceStart;
      from.fill(sourceStart, out, out + replacement.length);
      to.fill(sourceEnd, out, out + replacement.length);
    }
    out += replacement.length;
    cursor = edit.end;
  }
  keep(cursor, text.length);
  return { text: parts.join(''), offsets: new OffsetMap(map.input, from, to) };
}
