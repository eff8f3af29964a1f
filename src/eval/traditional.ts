/**
 * Gold sentences rewritten in Traditional script, to measure what reading
 * Traditional costs. scripts/eval.mjs (the Traditional column of ACCURACY.md)
 * and src/model/dev.ts --traditional both convert with this function, so the
 * two measure "Traditional dev" on the same sentences.
 */
import * as OpenCC from 'opencc-js';
import { lazy } from '../dictionaries/files.js';

/** Taiwan's standard by default; Hong Kong's writes some characters differently (衞, 着). */
export type TraditionalStandard = 'tw' | 'hk';
const converters = {
  tw: lazy<(text: string) => string>(() => OpenCC.Converter({ from: 'cn', to: 'tw' })),
  hk: lazy<(text: string) => string>(() => OpenCC.Converter({ from: 'cn', to: 'hk' })),
};

/**
 * `text` converted by opencc-js (cn -> tw, or cn -> hk) with every character still at its
 * code-point offset, so gold spans stay valid: where converting the whole text
 * would change its length, it is converted character by character, keeping
 * any character whose conversion is not one character. No sentence is left out.
 */
export function convertToTraditional(text: string, standard: TraditionalStandard = 'tw'): string {
  const convert = converters[standard]();
  const whole = convert(text);
  if ([...whole].length === [...text].length) return whole;
  return [...text]
    .map((character) => {
      const one = convert(character);
      return [...one].length === 1 ? one : character;
    })
    .join('');
}
