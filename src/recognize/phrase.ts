/**
 * Organization and company names are noun phrases that end in a head word
 * (协会, 有限公司) and start after a clause boundary. This finds that start:
 * back over the tokens before the head to the last boundary, then forward
 * past verbs and function words, or straight to a place that opens the name.
 */
import type { Doc, Span, Token } from '../doc.js';
import { PUNCTUATION } from './context.js';
import { firstStartingFrom } from '../sorted.js';

/** Words that never sit inside a name and so end the phrase to their left. */
const BOUNDARY_WORDS = new Set([
  '的', '和', '与', '及', '以及', '或', '等', '在', '到', '于', '由', '向', '从', '为', '被', '将', '把', '是', '了',
  '对于', '关于', '通过', '根据', '参加', '参观', '视察', '调研', '考察', '走访', '来到', '前往', '深入', '包括', '其中',
  '成立', '举办', '主办', '承办', '发布', '宣布', '表示', '指出', '认为', '称', '说', '任', '担任', '出任', '兼任',
  // Appointment notices: 任命李晓红同志为省教育厅厅长 (jieba tags 任命 a noun).
  '同志', '任命', '聘任', '聘请', '提名', '免去', '任免',
]);

/**
 * One-character function words that no name runs across. jieba's HMM glues
 * them to an unknown word next to them (王莉为/x 公司, 为省/x 教育厅): the
 * name starts after them all the same.
 */
export const FUNCTION_CHARACTERS = new Set([...'为在到于被将把是从向']);

/** The verb of office (任 of 曾任, 出任), which BOUNDARY_WORDS holds as a word of its own. */
const OFFICE_VERB = '任';
/** Tags of words that make a clause of what follows a place rather than a name with it: 近日/t, 单独/d, 并/c, 在/p. */
const CLAUSE_WORD_TAGS = /^(t|d|c|p)$/;
/** Tags of another name after a verb (联合|朝阳公安分局/nt): the verb joins two things, it is not a word of one name. */
const NAME_AFTER_VERB_TAGS = /^(nt|ns|nr)/;

/**
 * Tags of words that go with what follows, not with a name: verbs, adverbs,
 * pronouns, numbers, prepositions, conjunctions, particles. No name starts
 * with one, and one after a foreign name is no part of it.
 */
export const FUNCTION_WORD_TAGS = /^(v|vd|d|r|m|q|p|c|u|ul|uj|uz|ug|uv|y|e|o|f|t|ad)$/;
/** An ordinal, which jieba tags m like other numbers but which is part of a body's name (杭州市|第一|人民医院, 附属|第二|医院). */
export const ORDINAL = /^第[一二三四五六七八九十百零〇两\d]+$/;

interface PhraseOptions {
  maxLength: number;
  /** Allow unknown single characters (brand names) inside the phrase. */
  allowUnknown: boolean;
  /** Let two fields joined by 与 or 及 inside a body's name stay in it (南京大学|天文|与|空间科学|学院). */
  joinedFields?: boolean;
}

/** The words that join two fields in a body's name: 天文与空间科学学院, 规划与国土资源管理局, 房地产及住宅研究会. */
const FIELD_JOINERS = new Set(['与', '及']);
/** Tags of a field's words (天文/nz, 规划/vn, 城市/n 发展/vn, 空间科学/l). */
const FIELD_WORD_TAGS = /^(n|nz|vn|l|an|b)$/;
/** Tags of what opens a body's name before its fields: a place or a body (南京大学/ntu, 中国社科院/nt). */
const NAME_OPENER_TAGS = /^(ns|nt)/;
/** A field is one or two words of this many characters in all. */
const FIELD_LENGTH = { min: 2, max: 4 };

/**
 * Where the name starts when the 与 or 及 at tokens[joiner] joins two fields
 * inside it rather than two names: a field of one or two plain words before
 * it, opened by a place or a body, and a plain word after it
 * (南京大学|天文|与|空间科学|学院, 上海市|规划|与|国土资源管理局). The name
 * starts at the opener, or at the places and bodies right before it
 * (中国|社科院|城市发展|与…), never further (现任/n|西安交通大学|…). Undefined
 * where 与 joins clauses or names (加强管理|与|市场监督管理局合作,
 * 北京大学|与|清华大学): there the name starts after it.
 */
function joinedFieldsStart(tokens: readonly Token[], joiner: number): number | undefined {
  const after = tokens[joiner + 1];
  if (!after || !FIELD_WORD_TAGS.test(after.tag)) return undefined;
  let length = 0;
  let opener = -1;
  for (let index = joiner - 1; index >= 0 && index >= joiner - 3; index--) {
    const token = tokens[index];
    if (NAME_OPENER_TAGS.test(token.tag)) {
      opener = index;
      break;
    }
    if (!FIELD_WORD_TAGS.test(token.tag)) return undefined;
    length += token.word.length;
    if (length > FIELD_LENGTH.max || index === joiner - 3) return undefined;
  }
  if (opener < 0 || length < FIELD_LENGTH.min) return undefined;
  while (opener > 0 && NAME_OPENER_TAGS.test(tokens[opener - 1].tag)) opener--;
  return opener;
}

/**
 * Start offset of the name whose head token begins at `headIndex`, or the
 * head's own start when nothing before it belongs to the name.
 */
export function phraseStart(doc: Doc, headIndex: number, options: PhraseOptions, blocked: (start: number, end: number) => boolean): number {
  const tokens = doc.tokens;
  const head = tokens[headIndex];
  let first = headIndex;
  let gluedStart: number | undefined;
  // The 与 or 及 joining two fields inside the name, if any (the loop stops at it).
  let joiner = -1;
  for (let index = headIndex - 1; index >= 0; index--) {
    const token = tokens[index];
    const joinedStart = options.joinedFields && FIELD_JOINERS.has(token.word) ? joinedFieldsStart(tokens, index) : undefined;
    if (joinedStart !== undefined) {
      joiner = index;
      // The words between the opener and the joiner are the name's whatever their tags, and nothing before the opener is.
      if (!tokens.slice(joinedStart, index).some((word) => blocked(word.start, word.end)) && head.end - tokens[joinedStart].start <= options.maxLength) first = joinedStart;
      break;
    }
    if (PUNCTUATION.test(token.word) || BOUNDARY_WORDS.has(token.word)) break;
    if (head.end - token.start > options.maxLength) break;
    if (blocked(token.start, token.end)) break;
    if (!options.allowUnknown && token.tag === 'x' && token.word.length === 1) break;
    if (token.tag === 'x' && token.word.length >= 2) {
      // 年任/x|国家计委|投资司: jieba glued the verb of office (任) to the word before it, as it glues 为 and 在.
      if (FUNCTION_CHARACTERS.has(token.word[token.word.length - 1]) || token.word[token.word.length - 1] === OFFICE_VERB) break;
      // 为省/x 教育厅: the name starts inside the token, after the function word.
      if (FUNCTION_CHARACTERS.has(token.word[0])) {
        first = index;
        gluedStart = token.start + 1;
        break;
      }
    }
    first = index;
  }
  // Prefer a place that opens the name (先后到|桂平木乐…中心), the first one with no word of a clause after it: a time
  // word, an adverb, a conjunction, a preposition, or a verb before another name (长沙市|商业银行|单独|上市并不会影响|潇湘银行,
  // 三里屯街道办事处|近日|联合|朝阳公安分局…). A verb before plain words may be the name's (木乐镇|休闲|运动服装协会).
  for (let index = first; index < headIndex; index++) {
    if (!isPlaceToken(tokens[index])) continue;
    let cut = false;
    for (let after = index + 1; after < headIndex && !cut; after++) {
      const word = tokens[after];
      cut = (CLAUSE_WORD_TAGS.test(word.tag) && after !== joiner) || (word.tag === 'v' && after + 1 < headIndex && NAME_AFTER_VERB_TAGS.test(tokens[after + 1].tag));
    }
    if (!cut) return tokens[index].start;
  }
  // Without a place to open it, the name starts after the last verb or function word.
  for (let index = headIndex - 1; index >= first; index--) {
    if (FUNCTION_WORD_TAGS.test(tokens[index].tag) && !ORDINAL.test(tokens[index].word) && !(options.allowUnknown && tokens[index].word.length === 1) && index !== joiner) {
      first = index + 1;
      break;
    }
  }
  const start = tokens[Math.min(first, headIndex)].start;
  return gluedStart !== undefined && start < gluedStart ? gluedStart : start;
}

function isPlaceToken(token: Token): boolean {
  return token.tag === 'ns';
}

/**
 * Whether [start, end) overlaps any of `spans`: some span starts before `end`
 * and ends after `start`. Answered from the spans sorted by start and the
 * running maximum of their ends, in O(log n) per question; testing every
 * span on every question made phrase building quadratic in document length.
 */
export function overlapsAny(spans: readonly Span[]): (start: number, end: number) => boolean {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  let furthest = -Infinity;
  for (const span of byStart) furthestEnd.push((furthest = Math.max(furthest, span.end)));
  return (start, end) => {
    const startingBefore = firstStartingFrom(byStart, end);
    return startingBefore > 0 && furthestEnd[startingBefore - 1] > start;
  };
}

