/**
 * Taiwan papers date a 今日 or 昨晚 by writing the day inside it:
 * 賴清德今（28）日出席, 昨（27）晚. The bracket splits the word for the
 * segmenter, and the tagger then reads 今 as the end of the name before it
 * (賴清德今), so the day is removed like a pinyin note; offsets still map
 * every character back to the input.
 *
 * Hong Kong papers write the date after the word instead: 李家超今日（28日）
 * 出席立法會, 昨日（十一月二十七日）, 今日（星期五）. The tagger read the
 * bracket as the end of a clause, and 出席立法會 came out as the
 * organization 席立法會; these dates go too.
 */
import type { Edit } from '../offsets.js';

const DATE_INSIDE = /(?<=[今昨明前])[(（][0-9０-９]{1,4}[)）](?=[日晚晨午天夜年])/g;

const NUMBER = '[0-9０-９一二三四五六七八九十廿卅〇零]{1,4}';
const WEEKDAY = '(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]';
const DATE_AFTER = new RegExp(
  `(?<=[今昨明前][日天晚早晨午])[(（](?:(?:${NUMBER}月)?${NUMBER}[日号號](?:[，,、 ]?${WEEKDAY})?|${WEEKDAY})[)）]`,
  'g',
);

export function findDateNotes(text: string): Edit[] {
  // Unordered: normalize() sorts every kind of edit together.
  return [...text.matchAll(DATE_INSIDE), ...text.matchAll(DATE_AFTER)].map((match) => ({ start: match.index!, end: match.index! + match[0].length, replacement: '' }));
}
