/**
 * Normalization: every change to the text is an edit that updates the offset
 * map, so later stages can work on clean Simplified text and still report
 * positions in the raw input.
 */
import type { Script, Warning } from '../doc.js';
import { dictionaryEntries, lazy } from '../dictionaries/files.js';
import { OffsetMap, rewrite, type Edit } from '../offsets.js';
import { findDateNotes } from './date-notes.js';
import { findByteOrderMarks, findFooter, findGarbledRuns } from './noise.js';
import { findPinyinNotes } from './pinyin.js';
import { convertToSimplified, detectScript } from './script.js';

interface Normalized {
  text: string;
  offsets: OffsetMap;
  script: Script;
  warnings: Warning[];
}

/**
 * Characters jieba's dictionary uses often enough that they are not decoding
 * debris, by UTF-16 unit (only one-unit entries can equal text[i]).
 */
const commonTable = lazy(() => {
  const table = new Uint8Array(0x10000);
  for (const entry of dictionaryEntries('character-frequency.txt')) if (entry.freq >= 20 && entry.word.length === 1) table[entry.word.charCodeAt(0)] = 1;
  return table;
}, { name: 'common characters' });

const FULL_WIDTH_ALPHANUMERIC = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u3000\u00a0]/g;

function findWidthAndSpaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(FULL_WIDTH_ALPHANUMERIC)) {
    const c = match[0];
    const replacement = c === '\u3000' || c === '\u00a0' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    edits.push({ start: match.index!, end: match.index! + 1, replacement });
  }
  return edits;
}

/**
 * The separator in a transliterated name (休•芒罗, 麥可‧喬丹) is written with
 * several look-alike dots: Taiwan uses U+2027, Japanese text U+30FB, scraped
 * pages a bullet. Annotated data and jieba mostly have U+00B7, so the others
 * become it and a name reads the same whichever dot it was written with.
 */
const NAME_SEPARATORS = /[\u2022\u2027\u30fb\uff65\u2219\u22c5]/g;

function findNameSeparatorEdits(text: string): Edit[] {
  return [...text.matchAll(NAME_SEPARATORS)].map((match) => ({ start: match.index!, end: match.index! + 1, replacement: '\u00b7' }));
}

/**
 * Typesetting pads two-character names to the width of three with a space
 * (王　静、李　华, 记者　李　华): the space splits the name for the segmenter
 * and the tagger. A space between two lone Han characters, with a list
 * separator or a space on each side, is removed.
 */
const PADDED_NAME = /(?<=^|[\s、，,：:；;（(])\p{Script=Han}([\u3000 ])\p{Script=Han}(?=$|[\s、，,。：:；;）)])/gmu;

function findNamePadding(text: string): Edit[] {
  return [...text.matchAll(PADDED_NAME)].map((match) => ({ start: match.index! + 1, end: match.index! + 2, replacement: '' }));
}

function sortEdits(edits: Edit[]): Edit[] {
  return edits.sort((a, b) => a.start - b.start);
}

export interface NormalizeOptions {
  /**
   * False when the input is not the end of its document (a piece of a long
   * one, src/index.ts): the footer is only looked for at the real end.
   */
  atEnd?: boolean;
}

export function normalize(input: string, options: NormalizeOptions = {}): Normalized {
  let state = { text: input, offsets: OffsetMap.identity(input) };
  state = rewrite(state.text, state.offsets, sortEdits([...findByteOrderMarks(state.text), ...findPinyinNotes(state.text), ...findDateNotes(state.text)]));
  if (options.atEnd ?? true) state = rewrite(state.text, state.offsets, findFooter(state.text));

  const simplified = convertToSimplified(state.text);
  const script = detectScript(state.text);
  // Conversion is length-preserving by construction, so it maps unit to unit.
  state = rewrite(state.text, state.offsets, simplified === state.text ? [] : [{ start: 0, end: state.text.length, replacement: simplified }]);
  state = rewrite(state.text, state.offsets, findNamePadding(state.text));
  state = rewrite(state.text, state.offsets, sortEdits([...findWidthAndSpaceEdits(state.text), ...findNameSeparatorEdits(state.text)]));

  const garbled = findGarbledRuns(state.text, commonTable());
  state = rewrite(state.text, state.offsets, garbled.edits);
  return { text: state.text, offsets: state.offsets, script, warnings: garbled.warnings };
}
