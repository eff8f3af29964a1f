/** combine()'s steps that mend people and their titles (src/model/combine/index.ts runs them). */
import type { EntityType, Span, Token } from '../../doc.js';
import { brandBeforeCompanySuffix } from '../../recognize/company.js';
import { HAN_WORD } from '../../recognize/context.js';
import { endsWithOrganizationHead } from '../../recognize/organization.js';
import { afterNameVerbAt, appointmentVerbAt, honorificTitlesEndAround, isGivenCharacter, NAME_ENDING_ADVERBS, NAME_PART_JOINERS, transliterationCounts, withCompoundSurname } from '../../recognize/person.js';
import { FUNCTION_CHARACTERS, FUNCTION_WORD_TAGS } from '../../recognize/phrase.js';
import { firstStartingFrom, lastStartingBefore } from '../../sorted.js';
import type { Policy } from './policy.js';
import { Coverage, FORMER, LIST_CONJUNCTIONS, type Merged, PLACE_LEVEL_ENDING, endsLikeBody, isUserWord } from './spans.js';

/** jieba's tags of a transliterated name's parts. */
const TRANSLITERATED = /^nr[tf]$/;
/** A character this common in transliterated names may end one as a word of its own (扎|哈罗|娃). */
const NAME_FINAL_COUNT = 30;

/**
 * Where a person the tagger or the rules cut short ends, going by jieba's
 * words for foreign names: a full name it knows (朱棣文/nrfg, tagger 朱棣;
 * 卢卡申科/nr, rules 卢卡申, when every character is a transliteration's),
 * the next part of a transliterated name (穆斯/nrt 卡特/nrt, tagger 穆斯), or
 * a common last character of one jieba left as a word (扎|哈罗/nrt|娃/ng,
 * tagger 扎哈罗).
 */
function foreignNameEnd(tokens: readonly Token[], span: Span): number {
  const index = firstStartingFrom(tokens, span.start);
  const first = tokens[index];
  if (!first || first.start !== span.start) return span.end;
  if (first.tag === 'nrfg' && first.end > span.end) return first.end;
  const counts = transliterationCounts();
  if (first.end > span.end && first.tag.startsWith('nr') && first.word.length >= 4 && [...first.word].every((character) => counts.has(character))) return first.end;
  let last = index;
  while (last < tokens.length && tokens[last].end < span.end) last++;
  // Cut inside a word jieba does not know after a transliterated part (格奥尔基/nrt 耶娃/x), of characters frequent in
  // such names: the word ends the name (not 奈特/nrt 丽强/x|多少, whose 强 is rare in them).
  const cut = tokens[last];
  if (cut && last > index && cut.start < span.end && cut.end > span.end && cut.tag === 'x' && TRANSLITERATED.test(tokens[last - 1].tag) && cut.word.length <= 3 && [...cut.word].every((character) => (counts.get(character) ?? 0) >= NAME_FINAL_COUNT)) return cut.end;
  const next = tokens[last + 1];
  if (tokens[last]?.end !== span.end || !TRANSLITERATED.test(tokens[last].tag) || !next || next.start !== span.end) return span.end;
  if (TRANSLITERATED.test(next.tag)) return next.end;
  if (next.word.length === 1 && !FUNCTION_WORD_TAGS.test(next.tag) && (counts.get(next.word) ?? 0) >= NAME_FINAL_COUNT) return next.end;
  return span.end;
}

/** The joiners of a hyphenated given name (让-诺埃尔·巴罗), as CLUENER writes 斯坦利-库布里克. */
const NAME_HYPHENS = new Set(['-', '－']);
const HYPHENATED_PART_LENGTH = 4;
/** How often a character must come in transliterations to open a hyphenated part (让 15, 吕 11; 他 4). */
const HYPHENATED_PART_COUNT = 10;

/**
 * Where a transliterated name starts when the tagger began it after a
 * hyphen: 外交部长|让-诺埃尔·巴罗 (jieba: 让/v), ，让-吕克·梅朗雄. The name
 * must begin with a name's word or one jieba does not know, and the part
 * before the hyphen be a word or words of characters frequent in
 * transliterations, after a title, a punctuation mark or no Han character
 * (他让-诺埃尔·巴罗先走 keeps 他让 out).
 */
function foreignNameStart(text: string, tokens: readonly Token[], positionEnds: ReadonlySet<number>, span: Span): number {
  if (!NAME_HYPHENS.has(text[span.start - 1] ?? '')) return span.start;
  const first = tokens[firstStartingFrom(tokens, span.start)];
  if (!first || first.start !== span.start || !(first.tag.startsWith('nr') || first.tag === 'x')) return span.start;
  const counts = transliterationCounts();
  const hyphen = span.start - 1;
  for (let start = hyphen - 1; start >= 0 && start >= hyphen - HYPHENATED_PART_LENGTH && HAN_CHARACTER.test(text[start]) && (counts.get(text[start]) ?? 0) >= HYPHENATED_PART_COUNT; start--) {
    const before = text[start - 1] ?? '';
    const startsWord = tokens[firstStartingFrom(tokens, start)]?.start === start;
    if (startsWord && (before === '' || !HAN_CHARACTER.test(before) || positionEnds.has(start))) return start;
  }
  return span.start;
}
const HAN_CHARACTER = /\p{Script=Han}/u;
/** Whether `name` is Han characters frequent in transliterations (see HYPHENATED_PART_COUNT) and the hyphens and dots between its parts. */
function isTransliteratedName(name: string): boolean {
  const counts = transliterationCounts();
  return [...name].every((character) => NAME_PART_JOINERS.has(character) || (HAN_CHARACTER.test(character) && (counts.get(character) ?? 0) >= HYPHENATED_PART_COUNT));
}
/** How often the characters a name takes back from the words before it must come in transliterations (万 28, 莱 254; 称 0). */
const GLUED_PART_COUNT = 20;

/**
 * Where a transliterated name starts when the tagger began it inside a word
 * of jieba's (则称莱|万多|夫斯基: jieba glued 莱 to the verb 称 and read 万多
 * as a number, the tagger 多夫斯基): back over the characters before it that
 * are frequent in transliterations, to the first that is not. The name must
 * go on with a transliterated word of jieba's.
 */
function foreignNameStartInsideWord(text: string, tokens: readonly Token[], span: Span): number {
  const word = lastStartingBefore(tokens, span.start + 1);
  if (!word || word.start >= span.start || word.end >= span.end) return span.start;
  const rest = tokens[firstStartingFrom(tokens, word.end)];
  if (!rest || rest.start !== word.end || !TRANSLITERATED.test(rest.tag)) return span.start;
  const counts = transliterationCounts();
  let start = span.start;
  while (start > 0 && HAN_CHARACTER.test(text[start - 1]) && (counts.get(text[start - 1]) ?? 0) >= GLUED_PART_COUNT) start--;
  // Only as far as the word it began in and the one before: a name is no longer than that.
  return start < span.start && start >= (lastStartingBefore(tokens, word.start)?.start ?? 0) ? start : span.start;
}

/** Adverbs that follow a name and never end one before what they modify (侯友宜|则表示); before a list's 、, a clause's end or an honorific they are the name's (肖行亦、, 张迈曾同志). */
const TRAILING_ADVERBS = new Set([...'则亦也又还就都便即乃曾已']);
/** What follows a name, not an adverb: a list's or a clause's mark, or an honorific (免去张迈曾|同志的…职务). */
const NAME_CLOSING = /^[、，。；：,;:]$/;
const HONORIFIC_AFTER = /^(?:同志|先生|女士)/;
/** Adverbs of "all" after a list of names (…、吳秋北均表示): see Policy.trimTrailingWords. */
const ADVERBS_OF_ALL = new Set([...'均皆']);
/** Of those, the one a span may hold between a body and its title (江西省人大常委会原副主任): 前 begins words (前进, 前锋). */
const FORMER_INSIDE = '原';

/** The person rules' evidence for a name read from the Japanese surname list after a title. */
const JAPANESE_NAME = 'japanese-name';
/** The length of an idiom (梅开二度), and of the words of Han characters a name's last character may not begin. */
const IDIOM_LENGTH = 4;
/** The second characters of jieba's time words after an event (赛后, 会前), which no name's last character begins. */
const EVENT_TIME_ENDING = new Set(['后', '前']);

/** A title of the dictionary tagged as a post (主帅, 发言人), not an occupation (球星, 店主: nnd), which CLUENER leaves out before names; or a chief officer's (首席运营官). */
const JOB_TITLE_REASON = /^position:(kind\([^)]*\)\+)?dictionary\(.* nnt\)$|^position:chief-officer\(/;

/** How far a chain of posts before a name may reach from its first title, and what ends a clause before it. */
const CHAIN_REACH = 30;
const CLAUSE_BREAK = /[，。；：！？,;:!?\n（(]/;

/** mended()'s steps for people and their titles: trailing words, surnames, foreign names, names before titles. */
export function namesMended(out: Span[], { text, tokens, rules, byStart, rulePeople }: Merged, policy: Policy): Span[] {
  let result = out;
  if (policy.honorificTitlesBeforeNames) {
    // 拿督斯里|阿米鲁丁 gave the person 督斯里阿米鲁丁, 丹斯里丹玛林 and 敦马哈迪 whole: a name starts after the honorific
    // titles it begins with or inside, and a "name" that is nothing but them (这位拿督) is none.
    result = result.flatMap((span) => {
      if (span.type !== 'person' || isUserWord(span)) return [span];
      const end = honorificTitlesEndAround(text, span.start);
      if (end < 0) return [span];
      if (span.end <= end) return [];
      return span.end - end >= 2 ? [{ ...span, start: end }] : [span];
    });
  }
  if (policy.trimTrailingWords) {
    // 均 and 皆 end names too (金泰均): only a name of four that the rules read as three before it (會長吳秋北|均表示).
    result = result.map((span) => {
      if (span.type !== 'person' || span.end - span.start < 3 || isUserWord(span)) return span;
      const last = text[span.end - 1];
      const adverb = (TRAILING_ADVERBS.has(last) && !NAME_CLOSING.test(text[span.end] ?? '') && !HONORIFIC_AFTER.test(text.slice(span.end, span.end + 2))) || (span.end - span.start >= 4 && ADVERBS_OF_ALL.has(last) && rulePeople(span.start, span.end - 1).length > 0);
      return adverb ? { ...span, end: span.end - 1 } : span;
    });
    result = result.map((span) => {
      if (span.end - span.start < 4 || !FORMER.has(text[span.end - 1]) || isUserWord(span)) return span;
      const name = text.slice(span.start, span.end - 1);
      if ((span.type === 'organization' || span.type === 'company') && endsLikeBody(name)) return { ...span, end: span.end - 1 };
      // jieba's 郧阳区/ns 委原/x: the tagger read 湖北省十堰市郧阳区委原 as a place, where a district's committee ends before 原.
      if (span.type === 'place' && endsWithOrganizationHead(name) && !PLACE_LEVEL_ENDING.test(name)) return { ...span, type: 'organization', end: span.end - 1, reason: `organization:before-former(${span.reason})` };
      return span;
    });
    /**
     * Where the first 原 after a span's first two characters stands, if `titleLength` characters at least follow
     * it in the span and what precedes it ends like a body; -1 where not. The search stays inside the span:
     * a long document holds tens of thousands of spans.
     */
    const formerAfterBody = (span: Span, titleLength: number): number => {
      for (let at = span.start + 2; at < span.end; at++) {
        if (text[at] !== FORMER_INSIDE) continue;
        return at < span.end - titleLength && endsLikeBody(text.slice(span.start, at)) ? at : -1;
      }
      return -1;
    };
    // A title the tagger read with its body over 原 (区人大常委会原主任) is the body and the rules' title from 原 on.
    result = result.flatMap((span) => {
      if (span.type !== 'position' || isUserWord(span)) return [span];
      const former = formerAfterBody(span, 2);
      if (former < 0) return [span];
      const title = (byStart.get(former) ?? []).find((rule) => rule.type === 'position' && rule.end === span.end);
      if (!title) return [span];
      return [{ type: 'organization', start: span.start, end: former, reason: `organization:before-former(${span.reason})` }, title];
    });
    // A body the tagger ran over 原 into the title after it (河南省政协原|党组成员) ends before 原, and the rules' title is kept.
    result = result.flatMap((span) => {
      if ((span.type !== 'organization' && span.type !== 'company') || isUserWord(span)) return [span];
      const former = formerAfterBody(span, 1);
      if (former < 0) return [span];
      const title = (byStart.get(former + 1) ?? []).find((rule) => rule.type === 'position' && rule.end > span.end);
      if (!title || result.some((other) => other !== span && other.start < title.end && title.start < other.end)) return [span];
      return [{ ...span, end: former }, title];
    });
    // A body the tagger ran into its head's title (国家队队|长武磊) ends before that title (国家队|队长), which
    // the rules may have missed: jieba read 国家队|队|长武|磊, with the county 长武.
    result = result.flatMap((span) => {
      if ((span.type !== 'organization' && span.type !== 'company') || span.end - span.start < 3 || text[span.end] !== '长' || text[span.end - 1] !== text[span.end - 2]) return [span];
      const title: Span = (byStart.get(span.end - 1) ?? []).find((rule) => rule.type === 'position' && rule.end === span.end + 1) ?? { type: 'position', start: span.end - 1, end: span.end + 1, reason: 'position:head-of-body' };
      const free = !result.some((other) => other !== span && other.start < title.end && title.start < other.end);
      return free ? [{ ...span, end: span.end - 1 }, title] : [span];
    });
  }
  /** Whether no entity but `span` holds any of [start, end): a person is mended only into free text. */
  const freeFor = (span: Span, start: number, end: number): boolean => !result.some((other) => other !== span && other.start < end && start < other.end);
  if (policy.compoundSurnames) {
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span)) return span;
      const mended = withCompoundSurname(text, tokens, span.start, span.end);
      if (mended.start === span.start && mended.end === span.end) return span;
      return freeFor(span, mended.start, mended.end) ? { ...span, ...mended } : span;
    });
  }
  if (policy.nameBeforeFunctionWord) {
    const titleEnds = new Set(result.filter((span) => span.type === 'position').map((span) => span.end));
    const bodyAt = new Map(result.filter((span) => span.type === 'organization' || span.type === 'company').map((span) => [span.start, span]));
    const mended = new Map<Span, Span>();
    for (const name of result) {
      const body = bodyAt.get(name.end);
      if (name.type !== 'person' || name.refersTo || name.end - name.start !== 2 || !titleEnds.has(name.start) || !body || body.end - body.start < 4) continue;
      const word = tokens[firstStartingFrom(tokens, body.start)];
      if (!word || word.start !== body.start || word.end !== body.start + 2 || !LIST_CONJUNCTIONS.has(text[body.start + 1]) || !isGivenCharacter(text[body.start])) continue;
      mended.set(name, { ...name, end: name.end + 1 });
      mended.set(body, { ...body, start: body.start + 2 });
    }
    if (mended.size > 0) result = result.map((span) => mended.get(span) ?? span);
  }
  if (policy.wholeForeignNames) {
    const positionEnds = new Set(result.filter((span) => span.type === 'position').map((span) => span.end));
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span)) return span;
      const end = foreignNameEnd(tokens, span);
      const afterHyphen = foreignNameStart(text, tokens, positionEnds, span);
      const start = afterHyphen !== span.start ? afterHyphen : foreignNameStartInsideWord(text, tokens, span);
      return (end !== span.end || start !== span.start) && freeFor(span, start, end) ? { ...span, start, end } : span;
    });
  }
  if (policy.joinedForeignNames) {
    // 迪亚斯/nr|-|卡/n|内尔/ns gave the people 迪亚斯 and 卡内尔, 洛佩斯-奥夫|拉多尔 two more: two names of
    // transliterations' characters, side by side or on either side of a hyphen, are one.
    const groups: Span[][] = [];
    for (const span of result.filter((each) => each.type === 'person' && !each.refersTo && !isUserWord(each)).sort((a, b) => a.start - b.start)) {
      const group = groups.at(-1);
      const gap = group ? text.slice(group[group.length - 1].end, span.start) : undefined;
      const joins = group && (gap === '' || (gap?.length === 1 && NAME_HYPHENS.has(gap))) && isTransliteratedName(text.slice(group[0].start, span.end));
      if (joins) group.push(span);
      else groups.push([span]);
    }
    const joined = new Map<Span, Span[]>();
    for (const group of groups) {
      if (group.length < 2) continue;
      joined.set(group[0], [{ ...group[0], end: group[group.length - 1].end }]);
      for (const span of group.slice(1)) joined.set(span, []);
    }
    if (joined.size > 0) result = result.flatMap((span) => joined.get(span) ?? [span]);
  }
  if (policy.longestNameInDocument) {
    const names = [...new Set(result.filter((span) => span.type === 'person' && !span.refersTo).map((span) => text.slice(span.start, span.end)))];
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span)) return span;
      const name = text.slice(span.start, span.end);
      const longer = names.find((other) => other.length > name.length && other.length <= name.length + 1 && other.startsWith(name) && text.startsWith(other, span.start));
      if (!longer) return span;
      const end = span.start + longer.length;
      // Not where the character begins a word that goes on (李明|强调 beside 李明强), unless the rules read
      // the longer name here too (市委书记何录|春到 beside 何录春指出: person:title-before+word(到)).
      const word = tokens[firstStartingFrom(tokens, span.end)];
      if (word && word.start === span.end && word.end > end && rulePeople(span.start, end).length === 0) return span;
      return freeFor(span, span.end, end) ? { ...span, end } : span;
    });
    // A name one function character longer than a name the document has (刘珺为|本行行长 beside 刘珺具有…): jieba glued the word to the name.
    // So is one where the rules read the name without it and the function character as the word after the name
    // (聘任刘珺为…: person:verb-before(聘任)+word(为)).
    // So is one whose last character begins the speech verb the rules read after the name (行长王良|称，: person:title-before+verb(称)),
    // or a verb that typically follows a name, after a name the document has (王宁|强调 beside 省委书记王宁: jieba read 王|宁强|调).
    const nameSet = new Set(names);
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span) || span.end - span.start < 3) return span;
      const last = text[span.end - 1];
      const ruleReadsAfter = (evidence: string) => rulePeople(span.start, span.end - 1).some((rule) => rule.reason.includes(`${evidence}(${last}`));
      const knownShorter = nameSet.has(text.slice(span.start, span.end - 1));
      const functionCharacter = FUNCTION_CHARACTERS.has(last) && (knownShorter || ruleReadsAfter(''));
      const verbAfterKnownName = knownShorter && afterNameVerbAt(text, span.end - 1);
      // Or one of four characters or more ending in an adverb before such a verb (新北市長侯友宜|均|表示: jieba's 宜均/x);
      // a name of three may end in the character (李建均表示).
      const adverbBeforeVerb = span.end - span.start >= 4 && NAME_ENDING_ADVERBS.has(last) && afterNameVerbAt(text, span.end);
      return functionCharacter || verbAfterKnownName || adverbBeforeVerb || ruleReadsAfter('+verb') ? { ...span, end: span.end - 1 } : span;
    });
    // Nor does it start with the verb of an appointment (任命|金·琼斯为…, where jieba tags 任命 n).
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span)) return span;
      const verb = appointmentVerbAt(text, span.start);
      return verb && span.end - span.start - verb.length >= 2 ? { ...span, start: span.start + verb.length } : span;
    });
    // A name does not end one character into a word of four characters or more that jieba read there, an idiom
    // most often (姆巴佩|梅开二度: the tagger read 姆巴佩梅).
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span) || span.end - span.start < 3) return span;
      const word = tokens[firstStartingFrom(tokens, span.end - 1)];
      // Or into an event's 后 or 前 (斯洛特|赛后|说: jieba's 赛后/t); not 明年 and its like (李东明|年初 may be a name).
      const timeWord = word?.tag === 't' && word.end - word.start === 2 && EVENT_TIME_ENDING.has(word.word[1]);
      return word && word.start === span.end - 1 && (word.end - word.start >= IDIOM_LENGTH || timeWord) && HAN_WORD.test(word.word) ? { ...span, end: span.end - 1 } : span;
    });
    // Nor does it run into a word of jieba's that goes on past it, where the rules' name ends before that word
    // (吴静|列席会议/n: the tagger read 吴静列席).
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span) || span.end - span.start < 4) return span;
      const word = lastStartingBefore(tokens, span.end);
      if (!word || word.start <= span.start + 1 || word.end <= span.end || word.end - word.start < 3 || !HAN_WORD.test(word.word) || /^(nr|x)/.test(word.tag)) return span;
      return rulePeople(span.start, word.start).length > 0 ? { ...span, end: word.start } : span;
    });
    // The rules' name, one character longer, with a title before it and a verb after it, where the tagger
    // stopped before a word jieba made of the name's last character and the verb (卓荣|泰率|内阁), or before
    // that character left as a word of its own that is no function word (何录|春/tg|率队).
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span)) return span;
      const rule = rulePeople(span.start, span.end + 1).find((other) => other.reason.includes('title-before'));
      const word = lastStartingBefore(tokens, span.end + 1);
      if (!rule || !word || word.start !== span.end) return span;
      // The verb after the name: one the rules know, or a word jieba tags as a verb (立委徐巧|芯/ng|質詢/v).
      const verbAfter = rule.reason.includes('+verb(') || rule.reason.endsWith('+dictionary') || tokens[firstStartingFrom(tokens, rule.end)]?.tag === 'v';
      // Or the word the rules read after the name is the rest of the word jieba glued the last character to (何录|春到|桂平市: +word(到)).
      const gluedWord = word.end > rule.end && rule.reason.includes(`+word(${text.slice(rule.end, word.end)})`);
      if (!verbAfter && !gluedWord) return span;
      const gluedToVerb = word.end > rule.end;
      const alone = word.end === rule.end && !FUNCTION_WORD_TAGS.test(word.tag) && !FUNCTION_CHARACTERS.has(word.word);
      if (!gluedToVerb && !alone) return span;
      return freeFor(span, span.end, rule.end) ? { ...span, end: rule.end } : span;
    });
    // The rules' name, one character longer, right before an honorific (免去张迈|曾/d|同志的…职务), where that
    // character is one of the adverbs names are cut before: the honorific follows the whole name. Not 老 (金庸|老先生).
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span) || !TRAILING_ADVERBS.has(text[span.end]) || !HONORIFIC_AFTER.test(text.slice(span.end + 1, span.end + 3))) return span;
      const rule = rulePeople(span.start, span.end + 1)[0];
      return rule && freeFor(span, span.end, rule.end) ? { ...span, end: rule.end } : span;
    });
    // The rules' name after a title or an appointment's verb, where jieba read that name as one word and the
    // tagger stopped inside it (記者黃麗|芸台北4日電: jieba's 黄丽芸/x; 任命王战|营为: 王战营/x); not where the word
    // ends in the name's own surname, which begins a form of address (董事长王诚|王总: jieba's 王诚王).
    result = result.map((span) => {
      if (span.type !== 'person' || span.refersTo || isUserWord(span)) return span;
      // So does a Japanese name the rules read from the surname list after a title (党首玉木雄|一郎: jieba's 玉木雄/x 一郎/x).
      const japanese = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'person' && rule.end > span.end && rule.reason.includes(JAPANESE_NAME));
      if (japanese) return freeFor(span, span.end, japanese.end) ? { ...span, end: japanese.end } : span;
      const word = lastStartingBefore(tokens, span.end);
      if (!word || word.start !== span.start || word.end <= span.end || text[word.end - 1] === text[span.start]) return span;
      // Not back over an adverb or a function word a step above took off the name (馆长高政|则/x|表示: jieba's 高政则).
      if (word.end === span.end + 1 && (NAME_ENDING_ADVERBS.has(text[span.end]) || FUNCTION_CHARACTERS.has(text[span.end]))) return span;
      const rule = rulePeople(span.start, word.end).find((other) => other.reason.includes('title-before') || other.reason.includes('verb-before('));
      return rule && freeFor(span, span.end, rule.end) ? { ...span, end: rule.end } : span;
    });
  }
  if (policy.titlesBeforeNames) {
    const people = result.filter((span) => span.type === 'person').sort((a, b) => a.start - b.start);
    const nameStarts = new Set(people.map((span) => span.start));
    /** A title that opens a chain of posts before a name (国家统计局新闻发言人、…司长付凌晖): 、 after it, and a name in the same clause. */
    const opensChain = (title: Span): boolean => {
      if (text[title.end] !== '、') return false;
      const next = people[firstStartingFrom(people, title.end + 1)]?.start;
      return next !== undefined && next - title.end <= CHAIN_REACH && !CLAUSE_BREAK.test(text.slice(title.end, next));
    };
    const titles = rules.filter((rule) => rule.type === 'position' && JOB_TITLE_REASON.test(rule.reason) && (nameStarts.has(rule.end) || opensChain(rule)));
    if (titles.length > 0) {
      // One coverage for all of them: asking freeFor() per title scanned every entity of a long page per title.
      const taken = new Coverage(text.length);
      for (const span of result) taken.mark(span);
      const free: Span[] = [];
      for (const title of titles) {
        if (taken.any(title)) continue;
        taken.mark(title);
        free.push(title);
      }
      result = [...result, ...free];
    }
  }
  if (policy.abbreviatedBodies) {
    // 中国国家博物馆 … 国博今年 gave the person 国博: a tagger name of two characters that a body the document names
    // holds in order, not side by side (国…博, as Chinese abbreviates 北京大学 北大), is that body's short name.
    // Side by side they are often a name the body is named for (盖蒂|信托, 中卫|胡安), which CLUENER marks as people.
    const isCandidate = (span: Span) => span.type === 'person' && span.reason === 'model' && span.end - span.start === ABBREVIATION_LENGTH;
    if (result.some(isCandidate)) {
      const bodies = result.filter((span) => (span.type === 'company' || span.type === 'organization') && span.end - span.start > ABBREVIATION_LENGTH).map((span) => ({ name: text.slice(span.start, span.end), type: span.type }));
      const abbreviations = abbreviationsOf(bodies);
      const brands = brandsOf(bodies);
      result = result.map((span) => {
        const name = text.slice(span.start, span.end);
        // A brand's first characters only where the rules read no name there (李宁 of 李宁体育用品有限公司 is its founder).
        const body = isCandidate(span) ? (abbreviations.get(name) ?? (rulePeople(span.start, span.end).length === 0 ? brands.get(name) : undefined)) : undefined;
        return body ? { ...span, type: body.type, reason: `${body.type}:abbreviation(${body.name})` } : span;
      });
    }
  }
  return result;
}

/**
 * The short names of the companies' brands: the first two characters of a
 * body whose brand, before a company suffix, runs on past them (阿里 of
 * 阿里巴巴集团, or of 阿里巴巴集团董事会 as the tagger may read it at this
 * step). Not where the suffix follows them at once: a company may be named
 * for a person (盖蒂|信托).
 */
function brandsOf(bodies: readonly { name: string; type: EntityType }[]): Map<string, { name: string; type: EntityType }> {
  const brands = new Map<string, { name: string; type: EntityType }>();
  for (const body of bodies) {
    const brand = brandBeforeCompanySuffix(body.name);
    if (brand === undefined || brand.length < 2 * ABBREVIATION_LENGTH || !HAN_WORD.test(brand)) continue;
    const short = brand.slice(0, ABBREVIATION_LENGTH);
    if (!brands.has(short)) brands.set(short, { name: body.name, type: 'company' });
  }
  return brands;
}

/** The length of the short names abbreviatedBodies reads: two characters (国博, 北大). */
const ABBREVIATION_LENGTH = 2;

/**
 * The two-character short names the bodies' names give, each to the first
 * body that gives it: two of a name's characters in order with something
 * between them (国博 of 中国国家博物馆), and not side by side anywhere in it.
 * One map for the document, so that a long one's thousands of names are
 * not each compared with its thousands of bodies.
 */
function abbreviationsOf(bodies: readonly { name: string; type: EntityType }[]): Map<string, { name: string; type: EntityType }> {
  const abbreviations = new Map<string, { name: string; type: EntityType }>();
  const seen = new Set<string>();
  for (const body of bodies) {
    if (seen.has(body.name)) continue;
    seen.add(body.name);
    const characters = [...body.name];
    for (let first = 0; first < characters.length; first++) {
      for (let second = first + 2; second < characters.length; second++) {
        const short = characters[first] + characters[second];
        if (!abbreviations.has(short) && !body.name.includes(short)) abbreviations.set(short, body);
      }
    }
  }
  return abbreviations;
}
