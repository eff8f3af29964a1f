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
const NOTE = /[(（]([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0300-\u036f]{1,12}(?:[ '’-][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ\u0300-\u036f]{1,12}){0,3}[1-5]?)[)）]/giu;

function stripTones(syllable: string): string {
  return syllable.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ü/g, 'v');
}

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
    .split(/[ '’-]/)
    // One syllable a word; several run together (Lùchūn) only with tone marks, which English words never carry.
    .every((word) => isSyllable(stripTones(word)) || (TONED_VOWEL.test(word.normalize('NFC')) && splitsIntoSyllables(stripTones(word))));
}

export function findPinyinNotes(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(NOTE)) {
    const start = match.index!;
    const reading = match[1].normalize('NFC').toLowerCase();
    if (!isPinyin(reading)) continue;
    const previous = text[start - 1] ?? '';
    // A toned reading is unmistakable; a toneless one (de, le) only right after a Chinese character.
    if (!TONED_VOWEL.test(reading) && (!CJK.test(previous) || reading.length < 2)) continue;
    if (start === 0 || /\s/.test(previous)) continue;
    edits.push({ start, end: start + match[0].length, replacement: '' });
  }
  return edits;
}
