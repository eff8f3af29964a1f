/**
 * People. jieba rarely knows a name (何录春 comes out as 何录/春到), so names
 * are found on characters: a surname, one or two given-name characters, and
 * context that says "this is a person": a title before it (市委书记何录春), a
 * verb of speech after it (韦庆强表示), a title after it (习近平总书记), or a
 * 、-list of such names. Name length is decided by what follows and by
 * character role statistics (HanLP's person-role counts: how often a
 * character ends a given name versus follows one). A name confirmed once is a
 * person wherever else it occurs, and 何书记 refers back to 何录春.
 */
import type { Doc, Span, Token } from '../doc.js';
import { dictionaryEntries, lazy, revive } from '../dictionaries/files.js';
import { CJK, PUNCTUATION, SortedWords, tokenIndex } from './context.js';
import { TITLE_HEADS } from './position.js';
import { endsWithOrganizationHead, isOrganizationSuffixWord } from './organization.js';
import { firstStartingFrom, lastStartingBefore, overlappingWords } from '../sorted.js';

interface Roles {
  [role: string]: number;
}

const surnameTable = lazy(() => {
  const table = new Map<string, number>();
  for (const entry of dictionaryEntries('surnames.txt')) table.set(entry.word, entry.freq);
  return table;
}, { name: 'surnames' });

/**
 * Role counts of single characters (UTF-16 units): every lookup is for one
 * character of the text (a given-name character, a one-character surname),
 * so the 17k lines for longer tokens are not kept (they were 2 MB of heap).
 */
const roleTable = lazy(() => {
  const table = new Map<string, Roles>();
  for (const entry of dictionaryEntries('person-roles.txt')) {
    // The file keeps every token HanLP counted (the tagger reads the words around names); names are Han characters.
    if (entry.word.length !== 1 || !/\p{Script=Han}/u.test(entry.word)) continue;
    // Lines read `token role count role count…`, so the first role lands in `tag`.
    const columns = [entry.tag, ...entry.rest];
    const roles: Roles = {};
    for (let i = 0; i + 1 < columns.length; i += 2) roles[columns[i]] = Number(columns[i + 1]) || 0;
    table.set(entry.word, roles);
  }
  return table;
}, { name: 'person roles' });

const givenCharacters = lazy(() => {
  const table = new Map<string, number>();
  for (const entry of dictionaryEntries('given-chars.txt')) table.set(entry.word, entry.freq);
  return table;
}, { name: 'given-name characters' });

/** Looked up only for a candidate name, so a compact sorted list serves: 0.4 MB against 3 MB as a Set. */
const knownNames = lazy(() => {
  const names: string[] = [];
  for (const entry of dictionaryEntries('person-names.txt')) names.push(entry.word);
  return new SortedWords(names);
}, { name: 'person names', revive: (names) => revive(SortedWords, names) });

/** Foreign names HanLP's corpus counts often (dictionaries/foreign-names.txt: 普京, 奥巴马). */
const foreignNames = lazy(() => new Set([...dictionaryEntries('foreign-names.txt')].map((entry) => entry.word)));

/** Hand-curated: frequent Japanese surnames of two or three characters (dictionaries/japanese-surnames.txt). */
const japaneseSurnames = lazy(() => new Set([...dictionaryEntries('japanese-surnames.txt')].map((entry) => entry.word)));

/**
 * Hand-curated: Malaysia's and Brunei's honorific titles as their Chinese
 * press writes them before names (dictionaries/honorific-titles.txt:
 * 拿督斯里魏家祥, 丹斯里拿督李金友, 敦马哈迪), longest first, so that 拿督斯里
 * is read before 拿督.
 */
const honorificTitles = lazy(() => [...dictionaryEntries('honorific-titles.txt')].map((entry) => entry.word).sort((a, b) => b.length - a.length));

/**
 * Where the honorific titles around `offset` end: the end of one that
 * starts at `offset` or covers it (拿|督斯里, where a name was read from
 * inside one), and of any written right after it (丹斯里|拿督); -1 if none
 * does.
 */
export function honorificTitlesEndAround(text: string, offset: number): number {
  const titles = honorificTitles();
  const reach = titles[0]?.length ?? 0;
  let end = -1;
  for (let start = Math.max(0, offset - reach + 1); start <= offset && end < 0; start++) {
    const title = titles.find((word) => start + word.length > offset && text.startsWith(word, start));
    if (title) end = start + title.length;
  }
  for (let next = end; next >= 0; ) {
    const title = titles.find((word) => text.startsWith(word, next));
    next = title ? next + title.length : -1;
    if (title) end = next;
  }
  return end;
}

/** Whether `words` is honorific titles and nothing else (the gap in 总会长|拿督斯里|魏家祥). */
export function isHonorificTitleChain(words: string): boolean {
  return words.length > 0 && honorificTitlesEndAround(words, 0) === words.length;
}

/** How often each character occurs in transliterated foreign names (HanLP's nrf names: 斯 1781, 娃 42). */
export const transliterationCounts = lazy(() => new Map([...dictionaryEntries('transliteration-chars.txt')].map((entry) => [entry.word, entry.freq])));
/** A character at least this common in transliterated names reads as part of one (特, 朗, 普; not 当, 对). */
const TRANSLITERATION_COUNT = 15;
const isTransliteration = (character: string) => (transliterationCounts().get(character) ?? 0) >= TRANSLITERATION_COUNT;
/** jieba's tags of words a name ends before: verbs, prepositions, adverbs, particles, times, place words (当地), conjunctions, localizers, pronouns. */
const ENDS_NAME_TAG = /^(v|p|d|uj|ul|t|s|c|f|r)$/;
const ENDS_NAME_PUNCTUATION = /^[，。、：；！？”]$/;

/** A Japanese given name's lengths, longest first (雄一郎, 阳子, 茂). */
const JAPANESE_GIVEN_LENGTHS = [3, 2, 1];
/** The longest transliterated name the pass after titles reads (a given name and a surname of three characters each). */
const TRANSLITERATED_NAME_LENGTH = 6;
/** What joins a transliterated name's parts: a name read up to one goes on after it (格洛丽亚·斯图尔特). */
export const NAME_PART_JOINERS: ReadonlySet<string> = new Set(['·', '•', '・', '-', '－']);
/** One-character adverbs jieba glues to the end of a name (拉加德则|在: 德则/x, 侯友|宜均/x|表示). */
/** jieba's tags of places and common nouns: a list item ending in one (天门/ns 山/n) lists no names. */
const THINGS_TAG = /^(ns|n|s|nz)$/;
export const NAME_ENDING_ADVERBS: ReadonlySet<string> = new Set([...'则亦也又还就都便即均']);

/** Hand-curated: verbs and words that typically follow a person's name in news. */
const AFTER_NAME = [
  '表示', '指出', '强调', '说', '说道', '认为', '介绍', '称', '告诉', '透露', '坦言', '回忆', '解释', '补充', '提出', '要求', '希望', '呼吁',
  '主持', '出席', '参加', '会见', '看望', '慰问', '视察', '考察', '调研', '讲话', '致辞', '发言', '宣布', '签署', '带领', '率', '率领', '一行',
  '同志', '先生', '女士', '等人', '等', '先后', '一同', '陪同', '在', '到', '向', '对', '和', '与', '及', '为', '是', '的', '也', '还', '则', '曾',
  '已', '又', '就', '将', '被', '因', '于', '所', '以', '把', '从', '等于', '今天', '昨天', '近日', '日前',
];
const AFTER_NAME_STRONG = new Set(AFTER_NAME.slice(0, 42));
/** Of those, the verbs of two characters or more (强调, 表示), which jieba may split to glue their first character to a name. */
const AFTER_NAME_VERBS = [...AFTER_NAME_STRONG].filter((word) => word.length >= 2 && word !== '同志' && word !== '先生' && word !== '女士');

/** Whether a verb that typically follows a name (强调, 表示, 指出…) begins at `at` in `text`. */
export function afterNameVerbAt(text: string, at: number): boolean {
  return AFTER_NAME_VERBS.some((word) => text.startsWith(word, at));
}
/** The last characters of news agencies, papers and sites (彭博社, 华龙网, 参考消息报), and the words that cite one as a report's source. */
const NEWS_BODY_ENDINGS = new Set(['社', '报', '网']);
const REPORTING_WORD = /^(报道|消息|记者|获悉)/;
/** Locative prepositions: what follows them and precedes a verb is a place (在白宫会见). */
const LOCATIVE = new Set(['在', '于', '赴']);
/** 在…看来, "in …'s view": the name of who holds the view stands between (在沈美成看来). */
const VIEW_FRAME_START = '在';
const VIEW_FRAME_END = '看来';
/**
 * Hand-curated: verbs of appointment notices, which a name follows
 * (任命李晓红同志为省教育厅厅长, 聘任王莉为公司总经理, 免去王志刚同志的…职务).
 */
export const APPOINTMENT_VERBS = ['任命', '聘任', '聘请', '提名', '免去', '免除', '推选', '选举', '委任', '增补', '补选'];
const APPOINTMENT_VERB_ENDINGS = new Set(APPOINTMENT_VERBS.map((verb) => verb[verb.length - 1]));

/**
 * Hand-curated: verbs by which the person before them takes a post (任少波任浙江大学党委书记,
 * 杜江峰出任校长); a name before one only where a title follows in the same clause, since 任 begins
 * other words (任务, 任何).
 */
const TAKES_POST_VERBS = ['出任', '担任', '兼任', '改任', '转任', '升任', '调任', '任'];
/** How far after such a verb the title may begin: the body's name stands between (浙江大学党委|书记). */
const TAKES_POST_REACH = 16;

/** The appointment verb (任命, 聘任 …) `text` starts with at `at`, if one. */
export function appointmentVerbAt(text: string, at: number): string | undefined {
  return APPOINTMENT_VERBS.find((verb) => text.startsWith(verb, at));
}
/** AFTER_NAME (and its strong part) by first character, in list order, so a lookup tries only words that can match. */
function byFirstCharacter(words: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const word of words) {
    const list = map.get(word[0]) ?? [];
    list.push(word);
    map.set(word[0], list);
  }
  return map;
}
const AFTER_NAME_BY_FIRST = byFirstCharacter(AFTER_NAME);
const STRONG_BY_FIRST = byFirstCharacter(AFTER_NAME.slice(0, 42));
const ADVERBS = /^(还|也|又|则|就|都|再次|随后|同时|首先|最后|特别|进一步|一再|多次|曾|已|亦)$/;
const NOT_GIVEN = new Set([...'的了是在和与及等到说也都就把被对从向为以于将这那不有我你他她们个年月日时上下中里来去要会能可还又而但与或之其所该每各某本市省县区镇乡村']);
const TITLE_HEAD = new RegExp(`^(${TITLE_HEADS.join('|')}|总|董|局|部|处|科|主任|老师|教练|校长|院长)`);

/**
 * Forms of address after a surname (刘先生, 陈女士, 李总): a reference to
 * someone the text does not name. CLUENER marks 2 of its 121 X先生 as a
 * name, and none of its X大爷 (家住金陵小区的陈大爷: the old men, women and
 * uncles local news meets, 大妈, 奶奶, 老汉). 杨某 and 张某某 withhold a name on purpose (court and police
 * reports): CLUENER marks none of its 93 X某. 张姓 (一名张姓男子, "surnamed
 * Zhang") gives only the surname: none of CLUENER's X姓 is a name.
 */
const FORM_OF_ADDRESS = /^(先生|女士|小姐|太太|夫人|老师|师傅|阿姨|大爷|大妈|大娘|大叔|大婶|奶奶|爷爷|婆婆|老汉|老伯|阿婆|总|某|某某|姓)$/;
/**
 * A country's side in talks (韩方, 美方, 苏方): the name list has 韩方 as a
 * name (154), but news writes it for the Korean side; CLUENER marks none of
 * its five such words as a name.
 */
const COUNTRY_SIDE = /^[中美日韩俄朝英法德苏意加澳印巴以伊越菲泰欧]方$/;

/**
 * Whether text[start, end) is a news body cited as a report's source
 * (据彭博社报道, 华龙网记者): HanLP's name list has 彭博社 as a person, and
 * the tagger, reading jieba's 彭博社/nr, agrees.
 */
export function isCitedNewsBody(text: string, start: number, end: number): boolean {
  return end - start >= 3 && NEWS_BODY_ENDINGS.has(text[end - 1]) && REPORTING_WORD.test(text.slice(end, end + 2));
}

/** Whether `name` is a surname and a form of address rather than a name, or a country's side (韩方). */
export function isHonorificReference(name: string): boolean {
  if (COUNTRY_SIDE.test(name)) return true;
  for (const length of [1, 2]) {
    if (name.length > length && FORM_OF_ADDRESS.test(name.slice(length)) && surnameTable().has(name.slice(0, length))) return true;
  }
  return false;
}

function roleCount(character: string, role: string): number {
  return roleTable().get(character)?.[role] ?? 0;
}

/** UTF-16 units that start some surname: elsewhere no surname (of one or two characters) can begin. */
const surnameStarts = lazy(() => {
  const starts = new Uint8Array(0x10000);
  for (const surname of surnameTable().keys()) if (surname.length > 0) starts[surname.charCodeAt(0)] = 1;
  return starts;
});

/** UTF-16 units that start a two-character surname (欧阳, 司马): only there is a two-character reading worth a lookup. */
const doubleSurnameStarts = lazy(() => {
  const starts = new Uint8Array(0x10000);
  for (const surname of surnameTable().keys()) if (surname.length === 2) starts[surname.charCodeAt(0)] = 1;
  return starts;
});

/**
 * Weights of one-character surnames by UTF-16 unit. The scan asks at every
 * surname character of the text; slicing out a one-character string each
 * time and hashing it cost more than the rest of the scan.
 */
const singleSurnameWeights = lazy(() => {
  const weights = new Float32Array(0x10000);
  for (const surname of surnameTable().keys()) if (surname.length === 1) weights[surname.charCodeAt(0)] = computeSurnameWeight(surname);
  return weights;
});

/** How sure we are that `surname` starts a name: frequent surnames that jieba's corpus saw as surnames. */
function surnameWeight(surname: string): number {
  return surname.length === 1 ? singleSurnameWeights()[surname.charCodeAt(0)] : computeSurnameWeight(surname);
}

function computeSurnameWeight(surname: string): number {
  const freq = surnameTable().get(surname) ?? 0;
  if (freq === 0) return 0;
  if (surname.length === 2) return 1;
  const roles = roleTable().get(surname);
  const asSurname = roles?.B ?? 0;
  const total = roles ? Object.values(roles).reduce((a, b) => a + b, 0) : 0;
  if (freq >= 100 || (total > 0 && asSurname / total >= 0.3)) return 1;
  return 0.5;
}

export function isGivenCharacter(character: string): boolean {
  return CJK.test(character) && !NOT_GIVEN.has(character);
}

const NOT_GIVEN_UNITS = new Uint8Array(0x10000);
for (const character of NOT_GIVEN) NOT_GIVEN_UNITS[character.charCodeAt(0)] = 1;

/** isGivenCharacter for every character of text[start, end), without slicing it out. */
function isGivenRange(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Surrogates fall outside the range, as astral characters fail isGivenCharacter.
    if (code < 0x3400 || code > 0x9fff || NOT_GIVEN_UNITS[code] === 1) return false;
  }
  return true;
}

function givenWeight(character: string): number {
  const freq = givenCharacters().get(character) ?? 0;
  const roles = roleTable().get(character);
  const asGiven = (roles?.C ?? 0) + (roles?.D ?? 0) + (roles?.E ?? 0);
  return freq + asGiven;
}

/**
 * A name with a two-character surname, mended where the tagger, which has
 * seen a dozen of them, cut it: a start inside the surname (上|官云飞, where
 * jieba read 上官云 as one word) moves back to it, and a surname with one
 * given character (欧阳明|高) takes in the next character when that is a
 * word of its own that the role counts see more often ending a given name
 * than following one (高: 135 against 41; 曾, 称 and 说 follow names).
 */
export function withCompoundSurname(text: string, tokens: readonly Token[], start: number, end: number): { start: number; end: number } {
  const isCompound = (at: number) => at >= 0 && doubleSurnameStarts()[text.charCodeAt(at)] === 1 && surnameTable().has(text.slice(at, at + 2));
  if (start >= 1 && isCompound(start - 1)) {
    const word = lastStartingBefore(tokens, start);
    if (word && word.start === start - 1 && word.end > start) start--;
  }
  if (end - start === 3 && isCompound(start) && end < text.length) {
    const next = tokens[firstStartingFrom(tokens, end)];
    const roles = roleTable().get(text[end]);
    if (next && next.start === end && next.end === end + 1 && isGivenCharacter(text[end]) && roles && (roles.D ?? 0) > 2 * (roles.L ?? 0)) end++;
  }
  return { start, end };
}

interface Candidate {
  start: number;
  end: number;
  surnameLength: number;
  evidence: string[];
}

export function recognizePeople(doc: Doc): Span[] {
  const text = doc.text;
  const tokens = tokenIndex(doc);
  const positionEnds = new Set<number>();
  /** Where each title candidate starting at an offset ends (the longest). */
  const positionEndByStart = new Map<number, number>();
  for (const span of doc.candidates) {
    if (span.type !== 'position') continue;
    positionEnds.add(span.end);
    positionEndByStart.set(span.start, Math.max(span.end, positionEndByStart.get(span.start) ?? 0));
  }
  /**
   * A title after a candidate backs it as a name (习近平总书记强调) unless a
   * name follows the title: then the title is that name's, and what is
   * before it the body (台积电董事长魏哲家).
   */
  const titleAfter = (end: number): boolean => {
    const titleEnd = positionEndByStart.get(end);
    if (titleEnd === undefined) return false;
    const next = tokens.tokenStartingAt(titleEnd);
    return !(next && next.end - next.start >= 2 && next.end - next.start <= 3 && (next.tag.startsWith('nr') || next.tag === 'x'));
  };
  /** Characters of other candidates (no name overlaps one), and of titles (no name starts in one: 首席人力资源官|王芳, where jieba read 官王芳/x and 官 is a surname). */
  const blocked = new Uint8Array(text.length);
  const inTitle = new Uint8Array(text.length);
  for (const span of doc.candidates) (span.type === 'position' ? inTitle : blocked).fill(1, span.start, span.end);

  // Right context depends only on the offset; chooseName and endsCleanly ask for the same ones again.
  const contextCache = new Map<number, string | undefined>();
  const followedByContext = (end: number): string | undefined => {
    if (contextCache.has(end)) return contextCache.get(end);
    const context = findContext(end);
    contextCache.set(end, context);
    return context;
  };
  const findContext = (end: number): string | undefined => {
    const next = text[end] ?? '';
    if (next === '' || PUNCTUATION.test(next)) return next === '、' ? 'list' : 'punctuation';
    if (titleAfter(end)) return 'title-after';
    for (const word of AFTER_NAME_BY_FIRST.get(next) ?? []) {
      if (text.startsWith(word, end)) return AFTER_NAME_STRONG.has(word) ? `verb(${word})` : `word(${word})`;
    }
    const takesPost = TAKES_POST_VERBS.find((verb) => text.startsWith(verb, end));
    if (takesPost && titleInClause(end + takesPost.length)) return `verb(${takesPost})`;
    const adverb = tokens.tokenStartingAt(end);
    if (adverb && ADVERBS.test(adverb.word)) {
      for (const word of STRONG_BY_FIRST.get(text[adverb.end]) ?? []) if (text.startsWith(word, adverb.end)) return `verb(${adverb.word}${word})`;
    }
    return undefined;
  };

  /** Whether a title begins at `from` or within reach after it, before the clause ends. */
  const titleInClause = (from: number): boolean => {
    for (let at = from; at < text.length && at <= from + TAKES_POST_REACH; at++) {
      if (positionEndByStart.has(at)) return true;
      if (PUNCTUATION.test(text[at])) return false;
    }
    return false;
  };

  const confirmed: Candidate[] = [];
  const starts = surnameStarts();
  const doubleStarts = doubleSurnameStarts();
  const singleWeights = singleSurnameWeights();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // CJK.test on one unit, then: no surname starts with this character, so neither length has weight.
    if (code < 0x3400 || code > 0x9fff || !starts[code]) continue;
    // A two-character surname is read before its first character alone.
    const doubleWeight = doubleStarts[code] === 1 ? surnameWeight(text.slice(i, i + 2)) : 0;
    const surnameLength = doubleWeight > 0 ? 2 : 1;
    const weight = doubleWeight > 0 ? doubleWeight : singleWeights[code];
    if (weight === 0) continue;
    const candidate = chooseName(i, surnameLength, weight);
    if (candidate) {
      confirmed.push(candidate);
      i = candidate.end - 1;
    }
  }

  // Foreign names right after a title, where the name rules above, which start at surnames, find none:
  // - a frequent one jieba reads as another word (俄罗斯总统|普京/ns), which the tagger does not read as a person;
  // - one jieba knows as a person's (特朗普/nr, 琼斯/nrt), of transliteration characters only, before a word that
  //   ends it and is no such character alone (内务部长努尔|加/v|利耶夫 goes on): the tagger, trained on news of 2009,
  //   has not seen the names of later years. On CLUENER's train file all 26 such words this adds are names.
  for (let index = 0; index < doc.tokens.length; index++) {
    const token = doc.tokens[index];
    if (!positionEnds.has(token.start) || blocked[token.start] === 1) continue;
    if (!token.tag.startsWith('nr')) {
      if (foreignNames().has(token.word)) confirmed.push({ start: token.start, end: token.end, surnameLength: 0, evidence: ['title-before', 'foreign-name'] });
      continue;
    }
    if (token.word.length < 2 || ![...token.word].every(isTransliteration)) continue;
    const next = doc.tokens[index + 1];
    const endsName = !next || next.start !== token.end || ((ENDS_NAME_TAG.test(next.tag) || (next.tag === 'x' && ENDS_NAME_PUNCTUATION.test(next.word))) && !(next.word.length === 1 && isTransliteration(next.word)));
    if (!endsName || confirmed.some((candidate) => candidate.start < token.end && candidate.end > token.start)) continue;
    confirmed.push({ start: token.start, end: token.end, surnameLength: 0, evidence: ['title-before', 'jieba-name'] });
  }
  // Transliterated names right after a title that jieba cut as other words (欧洲央行行长|拉加/v|德则/x|在): characters
  // each frequent in transliterations (拉 931, 加 155, 德 891; not 则 5, 会 3), two to six, up to where a word that ends
  // names begins (则, 表示, 在). The names rules above start at surnames, and the foreign-name pass at jieba's names.
  // Where the names read so far lie, marked once: a long document has thousands of titles and names.
  const named = new Uint8Array(positionEnds.size > 0 ? text.length : 0);
  if (positionEnds.size > 0) for (const candidate of confirmed) named.fill(1, candidate.start, candidate.end);
  for (const start of positionEnds) {
    if (blocked[start] === 1 || named[start] === 1) continue;
    let end = start;
    while (end < text.length && end - start < TRANSLITERATED_NAME_LENGTH && isTransliteration(text[end]) && blocked[end] !== 1) end++;
    // It ends where a word does or inside one jieba does not know (德则/x), and is not one word of jieba's (根本/d).
    if (end - start < 2 || NAME_PART_JOINERS.has(text[end]) || !transliteratedNameEndsAt(end) || !(tokens.isBoundary(end) || insideUnknownToken(end)) || tokens.tokenStartingAt(start)?.end === end) continue;
    confirmed.push({ start, end, surnameLength: 0, evidence: ['title-before', 'transliteration'] });
  }
  /** Whether a transliterated name may end at `end`: where any name may, or before an adverb jieba glues to it or a verb that follows names. */
  function transliteratedNameEndsAt(end: number): boolean {
    return nameEndsAt(end) || NAME_ENDING_ADVERBS.has(text[end] ?? '') || afterNameVerbAt(text, end);
  }
  // Japanese names right after a title (外务大臣|上川|阳子, 发言人|小林|麻纪, 党首|玉木|雄一郎): a surname of two or
  // three characters (佐佐木) from the hand-curated list, then one to three given characters the name ends after (a
  // verb, punctuation, a time word).
  // The tagger, trained on Chinese names, often misses them, and the surname rules above read 上 or 小 alone.
  for (const start of positionEnds) {
    if (start + 3 > text.length || blocked[start] === 1) continue;
    const surnameLength = [3, 2].find((length) => japaneseSurnames().has(text.slice(start, start + length)));
    if (!surnameLength) continue;
    let end = -1;
    for (const givenLength of JAPANESE_GIVEN_LENGTHS) {
      const candidateEnd = start + surnameLength + givenLength;
      const given = text.slice(start + surnameLength, candidateEnd);
      if (given.length !== givenLength || ![...given].every((character) => isGivenCharacter(character) && givenWeight(character) > 0)) continue;
      if (blocked.subarray(start, candidateEnd).some((flag) => flag === 1) || !nameEndsAt(candidateEnd)) continue;
      // Not into a word jieba reads that ends names (石破茂|当天/t, 阳子|称).
      if (overlappingWords(doc.tokens, start + surnameLength, candidateEnd).some((word) => word.start > start + surnameLength && ENDS_NAME_TAG.test(word.tag))) continue;
      end = candidateEnd;
      break;
    }
    if (end < 0) continue;
    for (let index = confirmed.length - 1; index >= 0; index--) if (confirmed[index].start < end && confirmed[index].end > start) confirmed.splice(index, 1);
    confirmed.push({ start, end, surnameLength, evidence: ['title-before', 'japanese-name'] });
  }
  confirmed.sort((a, b) => a.start - b.start);

  /** A name read from a list (a Japanese surname, transliterations' characters) ends before punctuation, the text's end, or a word jieba reads as one that ends names (担任/v, 在/p, 当天/t). */
  function nameEndsAt(end: number): boolean {
    const next = text[end] ?? '';
    if (next === '' || PUNCTUATION.test(next)) return true;
    const word = tokens.tokenStartingAt(end);
    return word !== undefined && ENDS_NAME_TAG.test(word.tag);
  }

  function chooseName(start: number, surnameLength: number, weight: number): Candidate | undefined {
    if ((!tokens.isBoundary(start) && !insideUnknownToken(start)) || inTitle[start] === 1 || adverbOnItsOwn(start, surnameLength)) return undefined;
    for (let i = start; i < start + surnameLength && i < blocked.length; i++) if (blocked[i] === 1) return undefined;
    const before = text[start - 1] ?? '';
    const afterTitle = positionEnds.has(start);
    // A list of places or things (天门/ns 山/n、黄龙洞等景区) is no list of names, whatever follows.
    if (before === '、' && !afterTitle && THINGS_TAG.test(lastStartingBefore(doc.tokens, start - 1)?.tag ?? '')) return undefined;
    const listed = before === '、';
    const appointedBy = afterTitle || listed ? undefined : appointmentVerbBefore(start);
    const leftEvidence = afterTitle ? 'title-before' : listed ? 'list' : appointedBy ? `verb-before(${appointedBy})` : undefined;
    const options: Candidate[] = [];
    for (const givenLength of [1, 2]) {
      const end = start + surnameLength + givenLength;
      if (end > text.length) break;
      if (!isGivenRange(text, start + surnameLength, end)) break;
      // 在沈美成看来: in someone's view, a frame only a person (or a body) fills.
      const right = before === VIEW_FRAME_START && text.startsWith(VIEW_FRAME_END, end) ? `verb(${VIEW_FRAME_END})` : followedByContext(end);
      const evidence = [leftEvidence, right].filter((value): value is string => Boolean(value));
      // The boundary test first: the 40k-name set is a cache miss per lookup.
      if (tokens.isBoundary(end) && knownNames().has(text.slice(start, end))) evidence.push('dictionary');
      options.push({ start, end, surnameLength, evidence });
    }
    if (options.length === 0 || options.some((option) => isHonorificReference(text.slice(option.start, option.end)))) return undefined;
    const strong = (c: Candidate) =>
      c.evidence.some((e) => e === 'title-before' || e === 'title-after' || e.startsWith('verb') || e === 'dictionary');
    const twoSided = (c: Candidate) => c.evidence.length >= 2;
    // Decide between one and two given characters.
    const [short, long] = options;
    let chosen: Candidate | undefined;
    if (long && endsCleanly(long) && !endsCleanly(short) && (strong(long) || twoSided(long))) chosen = long;
    else if (endsCleanly(short) && (!long || !endsCleanly(long)) && (strong(short) || twoSided(short))) chosen = short;
    else if (long && (strong(long) || strong(short))) chosen = prefersLong(long) ? long : short;
    else if (strong(short)) chosen = short;
    if (!chosen || !strong(chosen)) return undefined;
    if (weight < 1 && !twoSided(chosen)) return undefined;
    // 在白宫会见, 在索契会见: after a locative preposition, a verb says where something happened, not who did it.
    if (LOCATIVE.has(before) && !chosen.evidence.some((e) => e === 'dictionary' || e.startsWith('title') || e === `verb(${VIEW_FRAME_END})`)) return undefined;
    if (!looksLikeName(doc, chosen.start, chosen.end) && !placeWordGivenName(chosen)) return undefined;
    return chosen;
  }

  /**
   * A name after a title whose given name jieba read as a place word, after a surname it tagged
   * as a name's (区长|吴/nr 金城/ns): jieba's own tags say a name starts, and the title says so too.
   */
  function placeWordGivenName(candidate: Candidate): boolean {
    if (!candidate.evidence.includes('title-before')) return false;
    const surname = tokens.tokenCovering(candidate.start);
    const given = tokens.tokenCovering(candidate.start + candidate.surnameLength);
    return (
      surname !== undefined && surname.start === candidate.start && surname.end === candidate.start + candidate.surnameLength && surname.tag.startsWith('nr') &&
      given !== undefined && given.start === surname.end && given.end === candidate.end && given.tag === 'ns' && given.end - given.start === 2
    );
  }

  /**
   * 学生|都/d 很/zg 关注, 银行|都/d 只/d 要求: a one-character surname jieba reads as an adverb word of
   * its own, before a word that is no name's, is the adverb (常/d 振明/nr would still be a name).
   */
  function adverbOnItsOwn(start: number, surnameLength: number): boolean {
    if (surnameLength !== 1) return false;
    const surname = tokens.tokenStartingAt(start);
    if (!surname || surname.end !== start + 1 || surname.tag !== 'd') return false;
    const next = tokens.tokenStartingAt(surname.end);
    return next === undefined || !(next.tag.startsWith('nr') || next.tag === 'x');
  }

  /** The name's right edge is backed by punctuation, a title or a following verb. */
  function endsCleanly(candidate: Candidate | undefined): boolean {
    if (!candidate) return false;
    const right = followedByContext(candidate.end);
    return right !== undefined && !right.startsWith('word');
  }

  /** Is the third character more often a name's last character than the word after a name? */
  function prefersLong(candidate: Candidate): boolean {
    const last = text[candidate.end - 1];
    const asGiven = roleCount(last, 'D') + roleCount(last, 'C') * 0.3;
    const asFollower = roleCount(last, 'L') + roleCount(last, 'K') + roleCount(last, 'M');
    const startsWord = tokens.tokenStartingAt(candidate.end - 1);
    if (startsWord && startsWord.word.length >= 2 && startsWord.tag !== 'x' && !startsWord.tag.startsWith('nr')) return false;
    // 施毅|陆军/nr|大校: a word that ends bodies' names is no given name's end, whatever jieba tags it.
    if (startsWord && isOrganizationSuffixWord(startsWord.word)) return false;
    return asGiven > asFollower && givenWeight(last) > 0;
  }

  /** The appointment verb right before `start` (任命|李晓红同志为…), if one is. */
  function appointmentVerbBefore(start: number): string | undefined {
    // Asked at every surname character: most are preceded by no verb's last character.
    if (start < 2 || !APPOINTMENT_VERB_ENDINGS.has(text[start - 1])) return undefined;
    for (const verb of APPOINTMENT_VERBS) if (text.startsWith(verb, start - verb.length)) return verb;
    return undefined;
  }

  function insideUnknownToken(offset: number): boolean {
    const token = tokens.tokenCovering(offset);
    return token !== undefined && token.start < offset && (token.tag === 'x' || token.tag.startsWith('nr'));
  }

  return propagate(doc, confirmed);
}

/** 、-lists, repeated names and surname + title references. */
function propagate(doc: Doc, confirmed: Candidate[]): Span[] {
  const text = doc.text;
  const names = new Map<string, string>();
  const spans: Span[] = [];
  const taken = new Set<number>();
  const add = (start: number, end: number, reason: string, refersTo?: string) => {
    for (let i = start; i < end; i++) if (taken.has(i)) return;
    for (let i = start; i < end; i++) taken.add(i);
    spans.push({ start, end, type: 'person', reason, score: 3, ...(refersTo ? { refersTo } : {}) });
  };
  for (const candidate of confirmed) {
    const name = text.slice(candidate.start, candidate.end);
    if (!names.has(name)) names.set(name, 'repeated');
    add(candidate.start, candidate.end, `person:${candidate.evidence.join('+')}`);
  }

  // Lists: items between 、 around a confirmed name, or a run of ≥3 name-shaped items.
  for (const match of text.matchAll(/[\u3400-\u9fff]{2,4}(?:、[\u3400-\u9fff]{2,4}){1,}/g)) {
    const items: { start: number; end: number }[] = [];
    let offset = match.index!;
    for (const part of match[0].split('、')) {
      items.push({ start: offset, end: offset + part.length });
      offset += part.length + 1;
    }
    const shaped = items.map((item) => {
      const name = trimToName(text, item.start, item.end, names);
      return name && (names.has(text.slice(name.start, name.end)) || looksLikeName(doc, name.start, name.end)) ? name : undefined;
    });
    const anchored = shaped.some((item) => item && names.has(text.slice(item.start, item.end)));
    const allShaped = shaped.every(Boolean);
    if (!(anchored && shaped.filter(Boolean).length >= 2) && !(allShaped && items.length >= 3)) continue;
    for (const item of shaped) {
      if (!item) continue;
      add(item.start, item.end, 'person:list');
      if (!names.has(text.slice(item.start, item.end))) names.set(text.slice(item.start, item.end), 'repeated');
    }
  }

  // Every occurrence of a confirmed name, longest names first so 何录春 beats 何录; not one that begins a body's
  // name jieba reads as one word (李嘉诚基金会/nr, named for him).
  const ordered = [...names.keys()].sort((a, b) => b.length - a.length);
  const tokens = tokenIndex(doc);
  for (const name of ordered) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const word = tokens.tokenStartingAt(at);
      if (word && word.end > at + name.length && endsWithOrganizationHead(word.word)) continue;
      add(at, at + name.length, `person:repeated(${name})`);
    }
  }

  // 何书记: a surname of exactly one known person followed by a title.
  const bySurname = new Map<string, string[]>();
  for (const name of names.keys()) {
    for (const length of [1, 2]) {
      const surname = name.slice(0, length);
      if (surnameTable().has(surname)) bySurname.set(surname, [...(bySurname.get(surname) ?? []), name]);
    }
  }
  for (const [surname, people] of bySurname) {
    const distinct = [...new Set(people)];
    if (distinct.length !== 1) continue;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const title = TITLE_HEAD.exec(text.slice(at + surname.length, at + surname.length + 4))?.[0];
      if (!title || taken.has(at)) continue;
      const previous = text[at - 1] ?? '';
      if (CJK.test(previous) && !tokenIndex(doc).isBoundary(at)) continue;
      add(at, at + surname.length + title.length, 'person:surname+title', distinct[0]);
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * jieba splits an unknown name into single characters or an HMM guess; a
 * stretch it reads as ordinary words (经营, 有/基础) is not a name.
 */
function looksLikeName(doc: Doc, start: number, end: number): boolean {
  const tokens = tokenIndex(doc);
  if (!tokens.isBoundary(start)) return false;
  if (surnameWeight(doc.text.slice(start, start + 1)) < 1 && !surnameTable().has(doc.text.slice(start, start + 2))) return false;
  for (let offset = start; offset < end; ) {
    const token = tokens.tokenCovering(offset)!;
    const nameLike = token.tag.startsWith('nr') || token.tag === 'x';
    if ((token.start < start || token.end > end) && !nameLike) return false;
    if (token.word.length >= 2 && !nameLike) return false;
    offset = token.end;
  }
  return true;
}

function trimToName(text: string, start: number, end: number, names: Map<string, string>): { start: number; end: number } | undefined {
  // The first item may carry a title before it (领导杨通顺), the last a conjunction after it (梁伟德及…).
  for (const known of names.keys()) {
    if (text.slice(start, end).endsWith(known) || text.slice(start, end).startsWith(known)) {
      const at = text.indexOf(known, start);
      if (at >= start && at + known.length <= end) return { start: at, end: at + known.length };
    }
  }
  const item = text.slice(start, end);
  for (const length of [3, 2]) {
    for (const candidate of [item.slice(item.length - length), item.slice(0, length)]) {
      if (candidate.length !== length) continue;
      const surnameLength = surnameTable().has(candidate.slice(0, 2)) && length === 3 ? 2 : 1;
      if (!surnameTable().has(candidate.slice(0, surnameLength))) continue;
      if (![...candidate.slice(surnameLength)].every(isGivenCharacter)) continue;
      const at = item === candidate ? start : item.endsWith(candidate) ? end - length : start;
      if (item.length > 3 && at === start && !/[及和与等]/.test(item[length] ?? '')) continue;
      return { start: at, end: at + length };
    }
  }
  return undefined;
}
