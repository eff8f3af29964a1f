/**
 * Traditional -> Simplified for analysis (jieba's dictionary is Simplified).
 * opencc-js maps strings without positions, so conversion is accepted only
 * where it keeps the length; elsewhere it falls back to one character at a time.
 */
import * as OpenCC from 'opencc-js';
import type { Script } from '../doc.js';

type Convert = (text: string) => string;
let simplifier: Convert | undefined;
let traditionalizer: Convert | undefined;

// Building the Simplified -> Traditional converter costs about 0.25 s, so it
// is built only when a text has Traditional characters to weigh against.
function converters(): { toSimplified: Convert; toTraditional: () => Convert } {
  const toSimplified = (simplifier ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return { toSimplified, toTraditional: () => (traditionalizer ??= OpenCC.Converter({ from: 'cn', to: 't' })) };
}

export function convertToSimplified(text: string): string {
  const { toSimplified } = converters();
  const lines = text.split(/(?<=\n)/);
  return lines
    .map((line) => {
      const converted = toSimplified(line);
      if (converted.length === line.length) return converted;
      let perCharacter = '';
      for (const character of line) {
        const one = toSimplified(character);
        perCharacter += one.length === character.length ? one : character;
      }
      return perCharacter;
    })
    .join('');
}

/**
 * Count characters that only exist in one script. Characters shared by both
 * (后, 并 are valid Traditional too) don't count for either.
 */
export function detectScript(text: string, simplified: string): Script {
  if (text === simplified) return 'simplified';
  const toTraditional = converters().toTraditional();
  let traditional = 0;
  let simplifiedOnly = 0;
  const source = [...text];
  const target = [...simplified];
  if (source.length !== target.length) return 'mixed';
  // Converting the whole text at once is far cheaper than character by character.
  const whole = [...toTraditional(simplified)];
  const traditionalForm = whole.length === target.length ? whole : target.map((character) => toTraditional(character));
  for (let i = 0; i < source.length; i++) {
    if (source[i] !== target[i]) traditional++;
    else if (traditionalForm[i] !== source[i] && /[\u3400-\u9fff]/.test(source[i])) simplifiedOnly++;
  }
  const total = traditional + simplifiedOnly;
  if (total === 0 || simplifiedOnly >= total * 0.9) return 'simplified';
  if (traditional >= total * 0.9) return 'traditional';
  return 'mixed';
}
