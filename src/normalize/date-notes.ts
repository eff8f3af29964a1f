/**
 * Taiwan papers date a 今日 or 昨晚 by writing the day inside it:
 * 賴清德今（28）日出席, 昨（27）晚. The bracket splits the word for the
 * segmenter, and the tagger then reads 今 as the end of the name before it
 * (賴清德今), so the day is removed like a pinyin note; offsets still map
 * every character back to the input.
 */
import type { Edit } from '../offsets.js';

const DATE_NOTE = /(?<=[今昨明前])[(（][0-9０-９]{1,4}[)）](?=[日晚晨午天夜年])/g;

export function findDateNotes(text: string): Edit[] {
  return [...text.matchAll(DATE_NOTE)].map((match) => ({ start: match.index!, end: match.index! + match[0].length, replacement: '' }));
}
