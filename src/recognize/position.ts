/**
 * Positions: titles from the title dictionary or ending in a title head
 * (书记, 部长, 主任), with the prefixes that belong to them: a rank (副,
 * 常务副), a department (宣传部部长), a party group (党组副书记), and a
 * trailing qualifier (副市长提名人选).
 */
import type { Doc, Span } from '../doc.js';
import { dictionaryEntries, lazy } from '../dictionaries/files.js';

/** Hand-curated: endings that make a word a title even when no dictionary lists it. */
export const TITLE_HEADS = [
  '总书记', '副书记', '书记', '常委', '委员', '部长', '厅长', '局长', '处长', '科长', '市长', '省长', '县长', '区长', '镇长', '乡长', '村长',
  '主席', '主任', '秘书长', '组长', '队长', '院长', '校长', '所长', '站长', '会长', '社长', '行长', '馆长', '团长', '总理', '总统', '总裁',
  '董事长', '总经理', '经理', '董事', '监事', '总监', '主管', '总编', '主编', '记者', '教授', '研究员', '工程师', '律师', '医生', '教练', '发言人',
  '大使', '参赞', '领事', '检察长', '法官', '警官', '主持人', '代表', '议员', '首相', '部长助理', '巡视员', '调研员', '专员', '理事长', '理事',
];
const TITLE_HEAD = new RegExp(`(${TITLE_HEADS.join('|')})$`);
const RANK_PREFIX = /^(副|常务副|常务|代理|执行|名誉|首席|第一|原|前|时任|代)$/;
/**
 * Hand-curated: words of a post's kind that jieba writes apart from the title
 * (独立|董事, 非|执行|董事, 注册|会计师, 兼职|教授). Both annotated sets mark them
 * as part of the position: counted before a dictionary title, CLUENER puts
 * 执行, 常务, 实习, 见习, 高级 inside 49 times and outside 2, Resume the
 * words below inside 718 times and outside once. A rotating or joint post
 * (轮值|董事长, 联席|董事长), which neither set has, is a post of its own kind too.
 */
const KIND_OF_POST = /^(独立|非执行|独立非执行|外部|注册|执业|兼职|特聘|客座|资深|高级|见习|实习|专职|荣誉|临时|轮值|联席)$/;
const QUALIFIER = /^(提名人选|人选|候选人|提名)$/;
/** A party group's word (党组, 纪委): the post's own before a title (党组副书记), not a department. */
export const PARTY_GROUP = /^(党组|党委|党工委|纪委|团委)$/;
const DEPARTMENT = /^.{1,4}(部|厅|局|办|处|科|室)$/;
/** The head of a body named by the body's last character (院长 of a 医院, 局长 of a 局). */
const HEAD_OF_BODY = /^(院|局|校|所|站|处|科|馆|社|队|部|厅|行|团|会)长$/;

const titleDictionary = lazy(() => {
  const titles = new Map<string, string>();
  for (const entry of dictionaryEntries('titles.txt')) if (entry.word.length >= 2) titles.set(entry.word, entry.tag);
  return titles;
});

/** Hand-curated: titles news writes in Latin letters (eBay大中华区CEO林奕彰), which no dictionary here lists. */
const LATIN_TITLE = /^(CEO|CFO|COO|CTO|CIO|CMO)$/i;

/**
 * A company's chief officer that jieba writes as 首席 and words ending in 官,
 * none of them a title (首席|运营官, 首席|技术|官, 首席|人力资源|官): news names
 * a dozen such officers, and no title list here has more than 首席执行官.
 */
const CHIEF = '首席';
const OFFICER_WORD = /^[\u4e00-\u9fff]{1,4}官$/;
const OFFICER_FIELD = /^[\u4e00-\u9fff]{1,4}$/;

/**
 * Where a chief officer's title starting at tokens[index] (首席) ends, or -1:
 * after its 官, which jieba may have glued to the name that follows
 * (首席|人力资源|官王芳/x).
 */
function chiefOfficerEnd(tokens: Doc['tokens'], index: number): number {
  if (tokens[index].word !== CHIEF || index + 1 >= tokens.length) return -1;
  const next = tokens[index + 1];
  if (isTitle(next.word, next.tag)) return -1;
  if (OFFICER_WORD.test(next.word)) return next.end;
  const after = tokens[index + 2];
  if (!after || !OFFICER_FIELD.test(next.word)) return -1;
  return after.word === '官' || (after.word[0] === '官' && (after.tag === 'x' || after.tag.startsWith('nr'))) ? after.start + 1 : -1;
}

/** A department's word before a title (宣传部, 内科): not a title itself, nor a brand that ends like one (万科/nz 总裁; jieba tags some departments nr: 宣传部/nr). */
function isDepartmentWord(token: Doc['tokens'][number]): boolean {
  return DEPARTMENT.test(token.word) && !TITLE_HEAD.test(token.word) && !BRAND_TAG.test(token.tag);
}
const BRAND_TAG = /^nz$/;

/** The first of the tokens before tokens[first] that name the post's kind (独立|非|执行), or `first`. */
function kindOfPostStart(tokens: Doc['tokens'], first: number): number {
  let words = '';
  for (let before = first - 1; before >= 0 && before >= first - 3; before--) {
    words = tokens[before].word + words;
    if (KIND_OF_POST.test(words)) return kindOfPostStart(tokens, before);
  }
  return first;
}

function isTitle(word: string, tag: string): boolean {
  // One-character words are neither in the dictionary nor head-ended: spare them both lookups.
  return tag === 'nnt' || isTitleText(word) || (tag === 'eng' && word.length >= 2 && LATIN_TITLE.test(word));
}

/** Whether `word` is a title by the dictionary or its head (副部长, 秘书长, 院长), whatever jieba made of it. */
export function isTitleText(word: string): boolean {
  return word.length >= 2 && (titleDictionary().has(word) || (TITLE_HEAD.test(word) && word.length <= 8));
}

export function recognizePositions(doc: Doc): Span[] {
  const spans: Span[] = [];
  const tokens = doc.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const officerEnd = chiefOfficerEnd(tokens, index);
    if (officerEnd >= 0) {
      const title = doc.text.slice(token.start, officerEnd);
      spans.push({ start: token.start, end: officerEnd, type: 'position', reason: `position:chief-officer(${title})`, score: 1 });
      while (index + 1 < tokens.length && tokens[index + 1].end <= officerEnd) index++;
      continue;
    }
    if (!isTitle(token.word, token.tag)) continue;
    let first = index;
    let last = index;
    // The post's kind (独立|董事, 非|执行|董事), or a rank written apart and the kind before it (独立|执行|董事).
    let kindStart = kindOfPostStart(tokens, first);
    if (kindStart === first && first > 0 && RANK_PREFIX.test(tokens[first - 1].word)) kindStart = kindOfPostStart(tokens, --first);
    const kind = doc.text.slice(tokens[kindStart].start, tokens[first].start);
    first = kindStart;
    // Then one department or party group before it, and a rank before that.
    if (first > 0 && (PARTY_GROUP.test(tokens[first - 1].word) || isDepartmentWord(tokens[first - 1]))) first--;
    if (first > 0 && RANK_PREFIX.test(tokens[first - 1].word) && tokens[first - 1].word !== '原') first--;
    while (last + 1 < tokens.length && QUALIFIER.test(tokens[last + 1].word)) last++;
    // 提名 + 人选 come as two words.
    if (last + 1 < tokens.length && tokens[last].word === '提名' && tokens[last + 1].word === '人选') last++;
    const dictionaryEntry = titleDictionary().get(token.word);
    // jieba's word may hold the body's head before its head's title (中山|医院院长/n, 物流|局局长/n): the title starts at the head's title.
    const head = TITLE_HEAD.exec(token.word)?.[1];
    const bodyHead = !dictionaryEntry && head && HEAD_OF_BODY.test(head) && token.word.length > head.length && token.word[token.word.length - head.length - 1] === head[0];
    spans.push({
      start: bodyHead ? token.end - head.length : tokens[first].start,
      end: tokens[last].end,
      type: 'position',
      reason: `position:${kind ? `kind(${kind})+` : ''}${dictionaryEntry ? `dictionary(${token.word} ${dictionaryEntry})` : token.tag === 'eng' ? `latin(${token.word})` : `head(${TITLE_HEAD.exec(token.word)?.[1] ?? token.tag})`}`,
      score: 1,
    });
    index = last;
  }
  if (doc.text.includes(PAIRED_HEAD_MARK) || doc.text.includes(PAIRED_HEAD_MARK_ASCII)) spans.push(...pairedHeads(doc));
  return spans;
}

/**
 * The head of two bodies that are one, written with the second's head
 * character in brackets: 自治区党委党校（广西行政学院）校（院）长, 副校（院）长.
 * jieba cuts it 校|（|院|）|长, and no title word is left.
 */
const PAIRED_HEAD = /(?:常务)?副?[校院所局处][（(][校院所局处][)）]长/g;
const PAIRED_HEAD_MARK = '）长';
const PAIRED_HEAD_MARK_ASCII = ')长';
function pairedHeads(doc: Doc): Span[] {
  return [...doc.text.matchAll(PAIRED_HEAD)].map((match) => ({ start: match.index!, end: match.index! + match[0].length, type: 'position' as const, reason: `position:paired-head(${match[0]})`, score: 1 }));
}
