/**
 * Pinyin readings glued after characters, as some sites print them:
 * 鎮(zhèn), 調(diào)研. They are reading aids, not text, and they split words
 * for the segmenter, so they are removed before analysis.
 */
import type { Edit } from '../offsets.js';

const TONED_VOWEL = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const INITIALS = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?';
const FINALS =
  '(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|er|in|un|ün|vn|ia|ie|iu|ua|uo|ui|üe|ue|ve|a|o|e|i|u|ü|v|n|ng|m)';
const TONELESS_SYLLABLE = new RegExp(`^${INITIALS}${FINALS}[1-5]?$`);
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

// Letters used in pinyin, toned or not, possibly several syllables.
// Combining tone marks (e + U+0301) occur as often as precomposed ones in scraped text.
// Capitals too: a name's reading is written 何錄春(Hé Lùchūn), and some sites print ZHÈN.
// Sites differ in the brackets (鎮(zhèn), 鎮（zhèn）, 鎮[zhèn], 鎮〔zhèn〕) and some pad
// the reading or put a space before it (鎮 (zhèn) 長): group 1 is that space.
// A syllable may carry its tone as a digit (gui4 ping2 shi4, gui4ping2shi4): a digit ends it as a space would.
const SYLLABLES = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\\u0300-\\u036f]{1,12}[1-5]?';
const READING = `${SYLLABLES}(?:(?:[ '’-]|(?<=[1-5]))${SYLLABLES}){0,5}`;
const NOTE = new RegExp(`([ \\u3000]?)([(（\\[〔])[ \\u3000]?(${READING})[ \\u3000]?([)）\\]〕])`, 'giu');
/** Closing bracket kinds for each opening one: round brackets mix half- and full-width in scraped text. */
const CLOSES: Record<string, string> = { '(': ')）', '（': ')）', '[': ']', '〔': '〕' };
const SPACE = /^[ \u3000]$/;

function stripTones(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v');
}

/** Where a reading's words part: a separator, or after a tone digit (gui4ping2). */
const WORD_BREAK = /[ '’-]|(?<=[1-5])/;

/** Readings repeat from note to note; their verdicts are kept (bounded). */
const pinyinVerdicts = new Map<string, boolean>();

function isPinyin(reading: string): boolean {
  let verdict = pinyinVerdicts.get(reading);
  if (verdict === undefined) {
    verdict = checkPinyin(reading);
    if (pinyinVerdicts.size >= 10000) pinyinVerdicts.clear();
    pinyinVerdicts.set(reading, verdict);
  }
  return verdict;
}

function isSyllable(syllable: string): boolean {
  return TONELESS_SYLLABLE.test(syllable.replace(/v/g, 'ü')) || TONELESS_SYLLABLE.test(syllable);
}

/** Whether a toneless word splits into syllables (luchun = lu + chun), by dynamic programming over its ends. */
function splitsIntoSyllables(word: string): boolean {
  const reachable = [true];
  for (let end = 1; end <= word.length; end++) {
    reachable[end] = false;
    for (let start = Math.max(0, end - 6); start < end && !reachable[end]; start++) reachable[end] = reachable[start] && isSyllable(word.slice(start, end));
  }
  return reachable[word.length];
}

function checkPinyin(reading: string): boolean {
  return reading
    .toLowerCase()
    .split(WORD_BREAK)
    // One syllable a word; several run together (Lùchūn) only with tone marks, which English words never carry.
    .every((word) => isSyllable(stripTones(word)) || (TONED_VOWEL.test(word.normalize('NFC')) && splitsIntoSyllables(stripTones(word))));
}

export function findPinyinNotes(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(NOTE)) {
    const [whole, space, open, rawReading, close] = match;
    if (!CLOSES[open].includes(close)) continue;
    const reading = rawReading.normalize('NFC').toLowerCase();
    if (!isPinyin(reading)) continue;
    const start = match.index!;
    let end = start + whole.length;
    const toned = TONED_VOWEL.test(reading);
    if (space) {
      // Spaced off, only a toned reading between Chinese characters is one (何 (hé) 录春, not 苹果 (Apple)): the spaces go with it.
      if (!toned || !CJK.test(text[start - 1] ?? '')) continue;
      if (SPACE.test(text[end] ?? '') && CJK.test(text[end + 1] ?? '')) end++;
    } else {
      const previous = text[start - 1] ?? '';
      // A toned reading is unmistakable; a toneless one (de, le) only right after a Chinese character.
      if (!toned && (!CJK.test(previous) || reading.length < 2)) continue;
      if (start === 0 || /\s/.test(previous)) continue;
    }
    edits.push({ start, end, replacement: '' });
  }
  return edits;
}
