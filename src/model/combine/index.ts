/**
 * How the tagger's spans and the rule recognizers' candidates are put
 * together before overlap resolution. The model speaks first; rule
 * candidates win over it only on the kinds of evidence the policy names, and
 * fill in only the types it names. The default policy was chosen on three
 * CLUENER folds (src/model/dev.ts --fold N --model FILE prints each policy's
 * figures on one; npm run cross-validate --folds 0,3,6 scores the pipeline on
 * those three, and by default on all ten),
 * keeping what the bundled article's title chains need.
 *
 * This module merges the two; the steps that mend the merged spans live by
 * kind beside it (names.ts, bodies.ts, places.ts), the policy in policy.ts,
 * and what several steps share in spans.ts.
 */
import type { Doc, EntityType, Span, Token } from '../../doc.js';
import { beginsItsBracketedShortName, hasProperWord, isCorporateTitle, isTradeAndLegalForm } from '../../recognize/company.js';
import { HAN_WORD } from '../../recognize/context.js';
import { endsWithOrganizationHead, isOrganizationSuffixWord } from '../../recognize/organization.js';
import { FUNCTION_CHARACTERS } from '../../recognize/phrase.js';
import { isTitleText } from '../../recognize/position.js';
import { firstStartingFrom, lastStartingBefore } from '../../sorted.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';
import { ADDRESS_ENDING, AFFILIATED, Coverage, FORMER, LIST_CONJUNCTIONS, type Merged, contains, endsLikeBody, isUserWord, overlaps, withoutUnbalancedBrackets } from './spans.js';
import { namesMended } from './names.js';
import { bodiesMended, withJoinedSchools, withNestedBodies, withoutDepartmentsOfBodies } from './bodies.js';
import { placesMended } from './places.js';

/**
 * The conjunction inside a body's name (运输及物流局, 食物及卫生局). 和 and 与
 * join names too (住房和城乡建设部), but far more often two things (银行和银联,
 * 主场与德比郡): on the CLUENER train file, joining over them lost 47 right
 * spans for 2.
 */
const JOINER = '及';
/** How many characters of the body after 及 the tagger may have left out (期货 of 及|期货|事务监察委员会). */
const JOINED_WORD_REACH = 4;

/** jieba's tags of common nouns, verbal ones included. */
const COMMON_NOUN_TAG = /^(n|vn)$/;
/** What a list's item or a clause starts after (not ASCII ? or !, which stand for characters lost in a scrape: ?口区). */
const LIST_OR_CLAUSE_START = /[、，。；：！？,;:\n]/;
/** Departments' last characters that no body's head list has (入境事务处, 统计司). */
const DEPARTMENT_ENDING = /[处司科]/;
/** See isDivisionOfGovernmentBody in combine(): the ending of a government body's division, how long one is, and the body's own last character. */
const ADMINISTRATIVE_DIVISION_ENDING = /[处司]/;
const ADMINISTRATIVE_DIVISION_LENGTH = 8;
const ET_CETERA = '等';
const GOVERNMENT_HEAD_ENDING = /[厅局部委署办]/;

/** Words of tenure before a post's body (现任|公司执行董事, 历任|财务部总经理). */
const TENURE_WORDS = new Set(['现任', '历任', '曾任', '时任', '原任', '前任', '担任', '兼任', '出任', '先后任']);
/** jieba tags of the words a joined name's first conjunct is made of. */
const CONJUNCT_TAGS = /^(n|vn|nz|v|an|b|ns|j|l)$/;
/** jieba's tags of verbs and adjectives, which start no place's name. */
const PLACE_OPENING_VERB_TAG = /^(v|vn|a|ad)$/;
/** One-character prepositions a tagger organization may start with (经|省委研究决定, 由|市政府牵头). */
const PREPOSITION_START = new Set([...'经由向在对据按从被受给跟同和与']);
/** Prepositions jieba's HMM glues to the unknown word after them; not 经 (经二纬 is a street). */
const GLUED_PREPOSITIONS = new Set([...'据由从给向在于被对']);


/** How many single characters between a province's short name and a company unknownWordsBetween takes for a brand's (月之). */
const BRAND_CHARACTERS = 3;
/** jieba tags of words an address may continue with past a place name. */
const ADDRESS_TAIL_TAG = /^(ns|s|f|m|x|eng|nr|nt|q)/;

/**
 * A bracketed romanization: five letters at least, so that site markers
 * such as （blog） and photographers' agencies such as （ovs） stay out;
 * accented letters too (穆里尼奥（José Mourinho）).
 */
const BRACKETED_LATIN_NAME = /^[（(](\p{Script=Latin}[\p{Script=Latin}. '-]{3,}\p{Script=Latin})[)）]/u;

/** A body's abbreviation in brackets: two to six Latin letters (FBI, KeSPA, aig); longer ones are as often names (johnthain). */
const BRACKETED_ABBREVIATION = /^[（(]([A-Za-z][A-Za-z&]{1,5})[)）]/;

/** Level characters a place and its head's title can share (深圳市长 = 深圳市 + 市长). */
const SHARED_LEVEL = new Set(['市', '省', '县', '区', '州', '镇', '乡']);
/** A rules' name read from what comes before it or a verb after it, not only from a title after it. */
const NAME_EVIDENCE_BEFORE = /title-before|verb/;
/** A ministry's field and its minister's title as one word of jieba's (商业部长, 国防部长): see Policy.wholeTitleWords. */
const MINISTER = /^[\u4e00-\u9fff]{2,4}部长$/;

/** "A certain": what a court report or a complaint writes for a name it leaves out (杭州某网络科技有限公司). */
const UNNAMED = '某';
/** A party's name ends in it (民进党, 工人党). See Policy.knownPartiesBeforeTitles. */
const PARTY = '党';
/** Words for a party that name none (执政党, 在野党): no body of their own before a title. */
const GENERIC_PARTY = /^(执政|在野|反对|政|该|本|各|两|大|小|新)党$/;
/** jieba's tags of bodies' names that are not companies' (nt, nto; not ntc…). See Policy.listedWordsWhole. */
const BODY_WORD_TAG = /^nto?$/;
/** The company rules' reason for a short name after its label (证券简称：贵州茅台). */
const STOCK_NAME_REASON = 'company:stock-name';
/** The organization rules' reason for a department read by its head's title after it (统计|司|司长). */
const DEPARTMENT_BEFORE_HEAD = 'organization:head(司)';

/** Sentence ends, as UTF-16 units: 。 ！ ； ! ; (read per character: every tagger span is asked). */
const SENTENCE_BREAKS = new Set([0x3002, 0xff01, 0xff1b, 0x21, 0x3b]);

/** `span` (not a person) from after the last sentence break inside it; undefined when less than two characters are left. */
function withoutSentenceBreaks(text: string, span: Span): Span | undefined {
  if (span.type === 'person') return span;
  let start = span.start;
  for (let index = span.end - 1; index >= span.start; index--) {
    if (SENTENCE_BREAKS.has(text.charCodeAt(index))) {
      start = index + 1;
      break;
    }
  }
  if (start === span.start) return span;
  return span.end - start >= 2 ? { ...span, start } : undefined;
}


/**
 * The last token starting at `offset` whose tag passes `accepts`. A model
 * span asks about the one token at its start: a binary search instead of a
 * table of every token of the document.
 */
function tokenStartingAt(tokens: readonly Token[], offset: number, accepts: (tag: string) => boolean): Token | undefined {
  let found: Token | undefined;
  for (let index = firstStartingFrom(tokens, offset); index < tokens.length && tokens[index].start === offset; index++) {
    if (accepts(tokens[index].tag)) found = tokens[index];
  }
  return found;
}

/** Whether the rules read a title only a company has (董事长, 总裁) starting at `offset`. */
function corporateTitleStartsAt(text: string, byStart: ReadonlyMap<number, readonly Span[]>, offset: number): boolean {
  return (byStart.get(offset) ?? []).some((rule) => rule.type === 'position' && isCorporateTitle(text.slice(rule.start, rule.end)));
}

/**
 * A tagger body that ran on into its short name in brackets after it (鸿海精密工业股份有限公司（鸿海）): the body
 * up to the bracket, and the short name, which the rules read as a body; undefined for any other span. Not a
 * region, a stock code or a Latin abbreviation in brackets, which CLUENER marks as part of the name
 * (花旗银行（中国）, 工商银行（601398.sh）, 德国国家发展银行（kfw）): a short name is Han characters of the
 * name, in order (鸿海, 长和 of 长江和记实业).
 */
function withoutBracketedShortName(text: string, span: Span, rules: readonly Span[]): Span[] | undefined {
  // Most spans end in no bracket: asked before slicing each one.
  if ((span.type !== 'company' && span.type !== 'organization') || !CLOSING_BRACKETS.has(text[span.end - 1]) || isUserWord(span)) return undefined;
  const match = BRACKETED_END.exec(text.slice(span.start, span.end));
  if (!match || !endsLikeBody(match[1]) || !isSubsequence(match[2], match[1])) return undefined;
  const bracket = span.start + match[1].length;
  const inner = rules.find((rule) => (rule.type === 'company' || rule.type === 'organization') && rule.start === bracket + 1 && rule.end === span.end - 1);
  return inner ? [{ ...span, end: bracket }, inner] : undefined;
}
const CLOSING_BRACKETS = new Set(['）', ')']);
/** A name, then a bracketed part of Han characters that ends it: group 1 is the name, group 2 the part. */
const BRACKETED_END = /^([^（(]{2,})[（(](\p{Script=Han}{2,6})[)）]$/u;

/** Whether the characters of `short` appear in `name` in the same order. */
function isSubsequence(short: string, name: string): boolean {
  let at = 0;
  for (const character of short) {
    at = name.indexOf(character, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether a name begins a company the rules read by its legal form, as written (宁德时代 of
 * 宁德时代新能源科技股份有限公司): a later mention by its short name. The list is made on first use.
 */
function companyNameBeginnings(text: string, rules: readonly Span[]): (name: string) => boolean {
  let fullNames: string[] | undefined;
  return (name) =>
    (fullNames ??= rules.filter((rule) => rule.type === 'company' && rule.reason.startsWith('company:suffix')).map((rule) => text.slice(rule.start, rule.end))).some((full) => full.length > name.length && full.startsWith(name));
}

/** Candidates for resolve(), per the policy. */
export function combine(ruleSpans: readonly Span[], tagged: readonly Span[], doc: Pick<Doc, 'text' | 'tokens'>, policy: Policy = DEFAULT_POLICY): Span[] {
  const { text, tokens } = doc;
  const rules = policy.departmentsInModelBodies ? withoutDepartmentsOfBodies(text, ruleSpans, tagged) : ruleSpans;
  // Tagger spans lose their stray brackets first, so a name the tagger ran into its bracketed original is the name (and the original is found as one below).
  const unbracketed = policy.trimUnbalancedBrackets ? tagged.flatMap((span) => withoutBracketedShortName(text, span, rules) ?? withoutUnbalancedBrackets(text, span) ?? []) : tagged;
  const withinSentences = policy.trimSentenceBreaks ? unbracketed.map((span) => withoutSentenceBreaks(text, span)).filter((span): span is Span => span !== undefined) : unbracketed;
  const nested = policy.nestedBodies ? withNestedBodies(text, tokens, withinSentences, rules) : withinSentences;
  const model = policy.joinedBodies ? withJoinedSchools(text, nested, rules) : nested;
  const byStart = new Map<number, Span[]>();
  for (const span of rules) {
    let list = byStart.get(span.start);
    if (!list) byStart.set(span.start, (list = []));
    list.push(span);
  }
  /** The rule candidate with the span's exact extent and type (the last, if rules repeat one). */
  const sameRule = (span: Span): Span | undefined => {
    const list = byStart.get(span.start) ?? [];
    for (let index = list.length - 1; index >= 0; index--) if (list[index].end === span.end && list[index].type === span.type) return list[index];
    return undefined;
  };
  /** The rules' people starting at `start` and ending at `end`. */
  const rulePeople = (start: number, end: number): Span[] => (byStart.get(start) ?? []).filter((rule) => rule.type === 'person' && rule.end === end);
  /**
   * The rules' organization that is the whole of a word jieba tags as a name's (李嘉诚基金会/nr), if any: a body
   * named for a person. (Not any word the rules read as a body: 本|公司党委/n|副书记 is the company's.)
   */
  const namedBodyOf = (word: Token): Span | undefined =>
    word.tag.startsWith('nr') ? (byStart.get(word.start) ?? []).find((rule) => rule.type === 'organization' && rule.end === word.end) : undefined;
  const out: Span[] = [];
  const added = new Set<Span>();
  const add = (span: Span) => {
    if (!added.has(span)) {
      added.add(span);
      out.push(span);
    }
  };
  // Rules sorted by start, so the ones overlapping a span are found without scanning them all
  // (a long document has tens of thousands of each).
  const rulesByStart = [...rules].sort((a, b) => a.start - b.start);
  const longestRule = rules.reduce((longest, rule) => Math.max(longest, rule.end - rule.start), 0);
  const rulesOverlapping = (span: Span): Span[] => {
    const low = firstStartingFrom(rulesByStart, span.start - longestRule);
    const found: Span[] = [];
    for (let index = low; index < rulesByStart.length && rulesByStart[index].start < span.end; index++) {
      if (overlaps(rulesByStart[index], span)) found.push(rulesByStart[index]);
    }
    return found;
  };
  /**
   * A tagger organization that is a government body the rules read, then a division of it ending in 处 or 司
   * (山东省财政厅|预算处, 卫生部|合作医疗处): one name, as CLUENER marks such divisions whole; a hospital's
   * department (广东省人民医院|心血管内科) is not.
   */
  const isDivisionOfGovernmentBody = (span: Span): boolean =>
    ADMINISTRATIVE_DIVISION_ENDING.test(text[span.end - 1]) &&
    // 等处 is "and other places" (在财政局、国资科等处任职).
    text[span.end - 2] !== ET_CETERA &&
    (byStart.get(span.start) ?? []).some((rule) => rule.type === 'organization' && rule.end < span.end - 1 && span.end - rule.end <= ADMINISTRATIVE_DIVISION_LENGTH && GOVERNMENT_HEAD_ENDING.test(text[rule.end - 1]));
  // The rule span's extension left of the model span begins with a gazetteer place name.
  const startsWithPlaceName = (rule: Span, modelStart: number) =>
    (byStart.get(rule.start) ?? []).some(
      (place) =>
        place.type === 'place' &&
        place.end <= modelStart &&
        (place.reason.startsWith('place:name') ||
          (place.reason.startsWith('place:alias(province)') && unknownWordsBetween(place.end, modelStart)) ||
          // Or any place the rules read, then 某 for the name a court report leaves out (杭州|某|网络科技有限公司).
          text.slice(place.end, modelStart) === UNNAMED),
    );
  /** jieba's words from `start`, a word boundary, to the one reaching `end`; undefined where no word starts at `start`. */
  const wordsFrom = (start: number, end: number): readonly Token[] | undefined => {
    const first = firstStartingFrom(tokens, start);
    if (tokens[first]?.start !== start) return undefined;
    let last = first;
    while (last < tokens.length && tokens[last].start < end) last++;
    return tokens.slice(first, last);
  };
  /**
   * Whether [start, end) is covered by words jieba does not know (甘肃|陇原薯|业有限公司),
   * a brand's, unlike the plain words news puts between a place and a
   * company (重庆|本土龙头企业|中讯集团, 山东|首批3家|…).
   */
  const unknownWordsBetween = (start: number, end: number): boolean => {
    const words = start < end ? wordsFrom(start, end) : undefined;
    if (!words) return false;
    // Or single characters jieba made no word of (北京|月/m 之/u|暗面科技有限公司); the company rules start no name on a word
    // that joins or points (和, 的, 在).
    return words.every((word) => word.tag === 'x') || (words.length <= BRAND_CHARACTERS && words.every((word) => word.end - word.start === 1));
  };
  /**
   * Whether [start, end) is common nouns, from a word boundary, ending in a
   * trade and a legal form (新能源|科技股份|有限公司): a sector before what
   * isTradeAndLegalForm accepts, a company's name without its brand (宁德时代).
   */
  const sectorTradeAndLegalForm = (start: number, end: number): boolean => {
    const words = wordsFrom(start, end);
    return (
      words !== undefined &&
      words.every((word) => COMMON_NOUN_TAG.test(word.tag) && word.end <= end) &&
      words.some((word, index) => index > 0 && isTradeAndLegalForm(text.slice(word.start, end)))
    );
  };
  /** Whether [start, end) begins at a word boundary and holds no word an address continues with. */
  const plainWordsBetween = (start: number, end: number): boolean => wordsFrom(start, end)?.every((word) => !ADDRESS_TAIL_TAG.test(word.tag)) ?? false;
  // Model spans sorted by start (the tagger emits them in text order; sorted again for other callers).
  const modelByStart = [...model].sort((a, b) => a.start - b.start);
  /**
   * Whether the model found an entity of `type` starting in [start, end): a
   * rule reaching over it glues two names (阿森纳队vs|维冈队); over a place it
   * only takes in the name's place (木乐镇|休闲运动服装协会).
   */
  const modelSpanBetween = (start: number, end: number, type: EntityType) => {
    for (let index = firstStartingFrom(modelByStart, start); index < modelByStart.length && modelByStart[index].start < end; index++) {
      if (modelByStart[index].type === type) return true;
    }
    return false;
  };
  /**
   * A tagger position that begins with a place or organization the rules
   * found (桂平市|领导, 重庆市|市长) stays one entity, as CLUENER marks it,
   * and records where that body ends, so linking can still say which title
   * and where. The longest such body is taken; the title keeps two
   * characters at least (广东省|长 is no body and title). News also writes
   * a place and its head's title with the level character once: 深圳市长 is
   * 深圳市 and 市长, 广东省长 广东省 and 省长.
   */
  const withBody = (span: Span): Span => {
    if (span.type !== 'position') return span;
    let body: NonNullable<Span['body']> | undefined;
    let shared: NonNullable<Span['body']> | undefined;
    for (const rule of byStart.get(span.start) ?? []) {
      if ((rule.type === 'place' || rule.type === 'organization') && rule.end <= span.end - 2 && (!body || rule.end > body.end)) body = { end: rule.end, type: rule.type };
      if (rule.type === 'place' && rule.end === span.end - 1 && rule.end - rule.start >= 2 && SHARED_LEVEL.has(text[rule.end - 1])) shared = { end: rule.end, type: 'place', titleStart: rule.end - 1 };
    }
    body ??= shared;
    return body ? { ...span, body } : span;
  };
  /**
   * A tagger place that runs on past the rules' place it starts with
   * (北京市海淀区|中关村大街27号: CLUENER marks the whole address) lies in
   * that place's division: it takes the division of the longest one.
   */
  const withDivision = (span: Span): Span => {
    if (span.type !== 'place' || span.division) return span;
    let inner: Span | undefined;
    for (const rule of byStart.get(span.start) ?? []) {
      if (rule.type === 'place' && rule.division && rule.end <= span.end && (!inner || rule.end > inner.end)) inner = rule;
    }
    return inner ? { ...span, division: inner.division } : span;
  };
  /** Whether rule candidate `rule` replaces the overlapping model span `span`, one policy entry a line. */
  /** A person right after the title that starts at `offset`, in the rules or the tagger's spans. */
  const personAfterTitleAt = (offset: number): boolean =>
    (byStart.get(offset) ?? []).some((title) => title.type === 'position' && ((byStart.get(title.end) ?? []).some((name) => name.type === 'person') || modelPersonAt(title.end)));
  const corporateTitleAt = (offset: number): boolean => corporateTitleStartsAt(text, byStart, offset);
  const modelPersonAt = (offset: number): boolean => {
    for (let index = firstStartingFrom(modelByStart, offset); index < modelByStart.length && modelByStart[index].start === offset; index++) if (modelByStart[index].type === 'person') return true;
    return false;
  };
  /** Whether `rule` is a listed body that is one word of jieba's, tagged as a body's name rather than a company's. */
  const isBodyWord = (rule: Span): boolean => {
    if (!rule.reason.startsWith('organization:known')) return false;
    const word = tokens[firstStartingFrom(tokens, rule.start)];
    return word !== undefined && word.start === rule.start && word.end === rule.end && BODY_WORD_TAG.test(word.tag);
  };
  /** Where the tagger marked something other than a title: built when first asked, as few documents need it. */
  let taggedCoverage: Coverage | undefined;
  const taggedOtherThanTitles = (): Coverage => {
    if (!taggedCoverage) {
      taggedCoverage = new Coverage(text.length);
      for (const other of model) if (other.type !== 'position') taggedCoverage.mark(other);
    }
    return taggedCoverage;
  };
  /** The companies the rules read by their legal form, as written: a later name that begins one of them is its short name. */
  const beginsCompanyName = companyNameBeginnings(text, rules);
  const replaces = (rule: Span, span: Span): boolean =>
    (policy.referencesWin && rule.refersTo !== undefined) ||
    // 宁德时代|副董事长 after 宁德时代新能源科技股份有限公司: the company's short name, not the place it begins with (宁德).
    (policy.companyShortNames && rule.reason === 'company:before-title' && span.type === 'place' && rule.start === span.start && rule.end > span.end && beginsCompanyName(text.slice(rule.start, rule.end))) ||
    (policy.companyShortNames && rule.reason === 'company:before-title' && span.type === 'person' && rule.start === span.start && rule.end === span.end && personAfterTitleAt(rule.end)) ||
    // A listed company's short name in an announcement's heading, over what the tagger read in it (证券简称：贵州|茅台).
    (policy.stockNames && rule.reason === STOCK_NAME_REASON && contains(rule, span)) ||
    // The rules' department right before its head's title, after the tagger's body it belongs to (教育部|高等教育司|司长).
    (policy.nestedBodies && rule.reason === DEPARTMENT_BEFORE_HEAD && span.type === 'organization' && rule.start === span.start && rule.end > span.end) ||
    // The tagger's body that is the rules' company by its suffix, right before a title only a company has (格力电器|董事长).
    (policy.suffixCompaniesBeforeTitles && rule.reason.startsWith('company:suffix') && span.type === 'organization' && rule.start === span.start && rule.end === span.end && corporateTitleAt(rule.end)) ||
    (policy.affiliatedBodiesWhole && rule.type === 'organization' && span.type === 'organization' && rule.start === span.start && rule.end > span.end + AFFILIATED.length && text.startsWith(AFFILIATED, span.end)) ||
    (policy.listedWordsWhole && isBodyWord(rule) && (span.type === 'company' || span.type === 'organization') && contains(rule, span) && (span.start > rule.start || span.end < rule.end)) ||
    // A chain's body does not cut a longer one of its type the tagger read to the same end (广州市发展和|改革委员会).
    (policy.titleChainsWin && rule.inTitleChain === true && !(rule.type === 'organization' && span.type === 'organization' && rule.end === span.end && span.start < rule.start)) ||
    // Not a rule that only adds a preposition jieba did not split off (经|广东省纪委常委会会议研究).
    (policy.longerRuleWins.includes(span.type) && rule.type === span.type && rule.start < span.start && rule.end === span.end && !modelSpanBetween(rule.start, span.start, span.type) && !(span.start - rule.start === 1 && PREPOSITION_START.has(text[rule.start]))) ||
    (policy.suffixCompanyExtendsLeft && span.type === 'company' && rule.type === 'company' && rule.end === span.end && rule.start < span.start && rule.reason.startsWith('company:suffix') && (startsWithPlaceName(rule, span.start) || isTradeAndLegalForm(text.slice(span.start, span.end)) || sectorTradeAndLegalForm(span.start, span.end) || beginsItsBracketedShortName(text, rule.start, rule.end))) ||
    (policy.reasonsWinAnyType.some((prefix) => rule.reason.startsWith(prefix)) && !contains(span, rule) && !(span.type !== rule.type && contains(rule, span)));
  const keptModel: Span[] = [];
  /** The bodies a tagger place that ran on into their head gave way to (粤海街道|办事处). */
  const bodiesOfPlaces: Span[] = [];
  /**
   * Where the body after 及 starts: at the span, or where the rules' organization of the same end
   * starts right after a 及 the tagger's span left a word after (及|期货|事务监察委员会).
   */
  const afterJoiner = (span: Span): number | undefined => {
    for (let at = span.start; at > 0 && at >= span.start - JOINED_WORD_REACH; at--) {
      if (text[at - 1] !== JOINER) continue;
      return at === span.start || (byStart.get(at) ?? []).some((rule) => rule.type === 'organization' && rule.end === span.end) ? at : undefined;
    }
    return undefined;
  };
  const joinedStart = (span: Span): number => {
    // 运输及|物流局, 上海市规划与|国土资源管理局: the conjunct before 及/与/和 is part of the name.
    const after = afterJoiner(span);
    if (after === undefined || !/(局|部|署|司|处|会|所|中心)$/.test(text.slice(span.start, span.end))) return span.start;
    let index = firstStartingFrom(tokens, after - 1) - 1;
    let start = after - 1;
    while (index >= 0 && tokens[index].end === start && CONJUNCT_TAGS.test(tokens[index].tag) && after - 1 - tokens[index].start <= 8) {
      start = tokens[index].start;
      index--;
    }
    // A conjunct that is a department itself makes a list (公司业务部及|…战略投资部).
    if (start >= after - 2 || /[局部署司处会所]$/.test(text.slice(start, after - 1))) return span.start;
    // A conjunct the tagger read as an entity of its own is a list (公安部及|国家安全局, 市领导及|摄影家协会); not a
    // company or organization that is a place and common words, which name no body (香港|证券及|期货事务监察委员会).
    if (model.some((other) => other !== span && other.end === after - 1 && other.type !== 'place' && (hasProperWord(tokens, other.start, other.end) || (other.type !== 'company' && other.type !== 'organization')))) return span.start;
    return start;
  };
  for (let span of model) {
    if (policy.trimConjunctionStart && span.end - span.start > 2 && LIST_CONJUNCTIONS.has(text[span.start])) span = { ...span, start: span.start + 1 };
    const unjoinedStart = span.start;
    if (policy.joinedBodies && (span.type === 'organization' || span.type === 'company')) span = { ...span, start: joinedStart(span) };
    if (policy.trimVerbStart && (span.type === 'organization' || span.type === 'company' || span.type === 'place')) {
      // A word of tenure jieba tags as a noun or does not know (历任/n 财务部, 现任/n 公司, 曾任/x 寻乌县) begins no name either.
      const tenure = tokenStartingAt(tokens, span.start, () => true);
      if (tenure && TENURE_WORDS.has(tenure.word) && tenure.end < span.end) span = { ...span, start: tenure.end };
      // Nor a preposition jieba glued to a word it does not know (据小松/x|基地, 由快钱/x|公司, 给奈史密斯/x|基金会).
      else if (tenure && tenure.tag === 'x' && tenure.end - tenure.start >= 3 && GLUED_PREPOSITIONS.has(text[span.start]) && span.end - span.start >= 4) span = { ...span, start: span.start + 1 };
    }
    // A field before 及 may be a verb's word (创新|科技及工业局: 创新/v): a name joined over 及 keeps it.
    if (policy.trimVerbStart && span.type === 'organization' && span.start === unjoinedStart) {
      const verb = tokenStartingAt(tokens, span.start, (tag) => tag === 'v');
      // One-character "verbs" are as often a name's first character (费|耶诺德, 加|拉塔萨雷).
      if (verb && verb.end < span.end && verb.end - verb.start >= 2) span = { ...span, start: verb.end };
      // Starting inside a verb (出|席立法院), it starts after the verb where the rules found the organization (立法院), not elsewhere (取|费耶诺德).
      const within = lastStartingBefore(tokens, span.start + 1);
      // Or where what follows the verb ends like a body (出|席行政院, jieba's 行政院/n): a club's name need not (取|费耶诺德).
      if (within && within.tag === 'v' && within.start < span.start && within.end < span.end && ((byStart.get(within.end) ?? []).some((rule) => rule.type === 'organization' && rule.end <= span.end) || (span.end - within.end >= 2 && endsLikeBody(text.slice(within.end, span.end))))) span = { ...span, start: within.end };
      // Starting with a one-character preposition (经|省委研究决定), it starts after it where the rules found the organization.
      if (PREPOSITION_START.has(text[span.start]) && (byStart.get(span.start + 1) ?? []).some((rule) => rule.type === 'organization' && rule.end <= span.end) && tokens[firstStartingFrom(tokens, span.start)]?.end === span.start + 1) span = { ...span, start: span.start + 1 };
    }
    if (policy.trimVerbStart && span.type === 'place') {
      // Nor does a place start with a verb or an adjective before the rules' place (清理/a|海西/ns|湿地: jieba tags 清理 a).
      const verb = tokenStartingAt(tokens, span.start, (tag) => PLACE_OPENING_VERB_TAG.test(tag));
      if (verb && verb.end - verb.start >= 2 && verb.end < span.end && (byStart.get(verb.end) ?? []).some((rule) => rule.type === 'place' && rule.end <= span.end)) span = { ...span, start: verb.end };
    }
    if (policy.trimVerbStart && (span.type === 'organization' || span.type === 'company')) {
      // A body's name starting inside a common noun jieba read at a list's or clause's start (、入境/n|境事务处)
      // starts with the noun. Not a club's (盘费/n|内巴切), nor one after other words (?口区/n|区民政局).
      const word = lastStartingBefore(tokens, span.start + 1);
      if (word && word.start < span.start && word.end < span.end && COMMON_NOUN_TAG.test(word.tag) && (word.start === 0 || LIST_OR_CLAUSE_START.test(text[word.start - 1])) && (endsLikeBody(text.slice(span.start, span.end)) || DEPARTMENT_ENDING.test(text[span.end - 1]))) span = { ...span, start: word.start };
    }
    if (policy.bodyStartsAfterName && span.type === 'organization') {
      // 施毅|陆军/nr|大校 gave the body 毅陆军: a body that starts inside a name the rules read, and goes on
      // into a word that ends bodies' names, starts after the name.
      // The name must have more to go on than the body after it (向澳|移民局 is the rules' "name before a title").
      const name = rulesOverlapping(span).find((rule) => rule.type === 'person' && rule.start < span.start && rule.end > span.start && rule.end < span.end && NAME_EVIDENCE_BEFORE.test(rule.reason));
      if (name && isOrganizationSuffixWord(text.slice(name.end, span.end))) span = { ...span, start: name.end };
    }
    if (policy.trimPositionStartInName && span.type === 'position') {
      // Or inside a body's name jieba tags as a person's, which the rules read whole (李嘉诚|基金会主席: 李嘉诚基金会/nr).
      const word = lastStartingBefore(tokens, span.start + 1);
      if (word && word.start < span.start && word.end < span.end - 1 && (/^(nt|ns)/.test(word.tag) || namedBodyOf(word))) span = { ...span, start: word.end };
    }
    if (policy.trimPositionStartInName && span.type === 'person') {
      // A name that begins such a word is that body (李嘉诚|基金会, named for him).
      const word = tokenStartingAt(tokens, span.start, () => true);
      const body = word && word.end > span.end ? namedBodyOf(word) : undefined;
      if (body) {
        add(body);
        continue;
      }
    }
    if (policy.knownPartiesBeforeTitles && span.type === 'position') {
      // 工人党/n|秘书长 gave the title 工人党秘书长: a title that starts with a word of jieba's ending in 党, before a
      // title the rules read, is the party's title, and the party a body of its own (美国民主党|总统候选人).
      const word = tokens[firstStartingFrom(tokens, span.start)];
      if (word && word.start === span.start && word.end < span.end && word.word.length >= 3 && word.word.endsWith(PARTY) && HAN_WORD.test(word.word) &&
          (byStart.get(word.end) ?? []).some((rule) => rule.type === 'position' && rule.end === span.end)) {
        if (!GENERIC_PARTY.test(word.word)) add({ type: 'organization', start: word.start, end: word.end, reason: 'organization:party-before-title' });
        span = { ...span, start: word.end };
      }
    }
    if (policy.positionsStartOnTitles && span.type === 'position') {
      // 优秀党员/n gave the title 秀党员: a title that starts inside a word jieba knows (not one it glued
      // from characters it does not, x) and ends in it, or starts on its last character, is one only if it
      // is a title by the dictionary or its head (国防部长/n, 杂志社|长: the two words share 社) or by the
      // rules. One that starts further inside and goes on may start on a field of the word (公司财务/n|负责人).
      const word = lastStartingBefore(tokens, span.start + 1);
      const cut = word !== undefined && word.start < span.start && word.tag !== 'x' && (span.end <= word.end || word.end === span.start + 1);
      if (cut && !isTitleText(text.slice(span.start, span.end)) && !(byStart.get(span.start) ?? []).some((rule) => rule.type === 'position')) continue;
    }
    if (policy.wholeTitleWords && span.type === 'position') {
      // 兼|商业部长/n|普坦 gave the title 部长: a minister's title that ends a word of jieba's the rules read as a title
      // starts with that word (not 事务所|律师, 任|教授: other words that end in a title are rarely one).
      const word = lastStartingBefore(tokens, span.start + 1);
      const whole = word && word.start < span.start && word.end === span.end && MINISTER.test(word.word) ? (byStart.get(word.start) ?? []).find((rule) => rule.type === 'position' && rule.end === span.end) : undefined;
      // Not where the tagger read the field into a body (德国财政|部长: the body is linked as 德国财政部).
      if (whole && !taggedOtherThanTitles().any({ ...whole, end: span.start })) span = { ...span, start: whole.start };
    }
    if (!policy.modelTypes.includes(span.type)) continue;
    // Before the place trimming below, which would cut 昆明市五华区委 to its place.
    const committee = policy.committeesWin ? rulesOverlapping(span).find((rule) => rule.reason.startsWith('organization:committee') && contains(rule, span)) : undefined;
    if (committee) {
      add(committee);
      continue;
    }
    // 原|国足|主教练 (the former national team's coach) gave the person 原国足: a name that is 原 or 前 and a body the rules read is the body.
    const formerBody = policy.formerBodiesAreNoNames && span.type === 'person' && FORMER.has(text[span.start]) ? (byStart.get(span.start + 1) ?? []).find((rule) => (rule.type === 'organization' || rule.type === 'company') && rule.end === span.end) : undefined;
    if (formerBody) {
      add(formerBody);
      continue;
    }
    // 前|立法會|議員 (a former legislator) gave the organization 前立法會: 原 or 前, a word of jieba's own, before a body and
    // its member's title is the member's tenure; not before a body named alone (原国家建设部, 前苏联 is one word).
    if (policy.formerBodiesAreNoNames && (span.type === 'organization' || span.type === 'company') && FORMER.has(text[span.start]) && span.end - span.start > 2) {
      const word = tokens[firstStartingFrom(tokens, span.start)];
      if (word?.start === span.start && word.end === span.start + 1 && (byStart.get(span.end) ?? []).some((rule) => rule.type === 'position')) span = { ...span, start: span.start + 1 };
    }
    const shortName = policy.companyShortNames ? (byStart.get(span.start) ?? []).find((rule) => rule.end === span.end && rule.reason.startsWith('company:short-name')) : undefined;
    if (shortName) {
      add(shortName);
      continue;
    }
    const runsPastName =
      (span.type === 'place' && !ADDRESS_ENDING.test(text[span.end - 1] ?? '')) ||
      (span.type === 'organization' && !endsWithOrganizationHead(text.slice(span.start, span.end)) && !isDivisionOfGovernmentBody(span));
    if (policy.trimPlaceToName && runsPastName && span.type === 'place') {
      // A place that runs on into a body's head, where the rules read the same words as that body, is the body
      // (粤海街道|办事处: the sub-district's government).
      const body = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'organization' && rule.end === span.end && endsWithOrganizationHead(text.slice(rule.start, rule.end)));
      if (body) {
        add(body);
        bodiesOfPlaces.push(body);
        continue;
      }
    }
    if (policy.trimPlaceToName && runsPastName) {
      // An organization that is a full or joined place name plus sector words
      // (木乐镇|纺织服装产业, 桂平市木乐镇|调研纺织服装产业) is the place.
      // A place goes on past its name only through address words: other
      // places, localities, directions, numbers, symbols, names
      // (印度|西部拉贾斯坦邦, 衡阳市|仙姬巷28号); a tail of plain words (桂平市|汇报纺织) is not an address.
      const name = (byStart.get(span.start) ?? []).find(
        (rule) =>
          rule.type === 'place' &&
          rule.end < span.end &&
          (span.type === 'place' ? plainWordsBetween(rule.end, span.end) : rule.reason.startsWith('place:name') || rule.reason.startsWith('place:joined')),
      );
      // Rather than the place, the rules' organization the span begins with, if any (广东省人民医院|心血管内科).
      const body = name && span.type === 'organization' ? (byStart.get(span.start) ?? []).filter((rule) => rule.type === 'organization' && rule.end > name.end && rule.end < span.end).sort((a, b) => b.end - a.end)[0] : undefined;
      if (body ?? name) {
        // Or, where the rules' organization begins after the place (上海市第六|人民医院|骨科: the rules do not read
        // ordinals into names), the tagger's span up to that organization's end, a body's head.
        const inner = !body && span.type === 'organization' ? rulesOverlapping(span).filter((rule) => rule.type === 'organization' && rule.start >= name!.end && rule.end < span.end).sort((a, b) => b.end - a.end)[0] : undefined;
        const cut = inner && endsWithOrganizationHead(text.slice(span.start, inner.end)) ? { ...span, end: inner.end } : (body ?? name)!;
        add(cut);
        // The department cut off the organization is the start of the post after it, as the rules read it (骨科|主任).
        if (cut.type === 'organization') {
          const post = (byStart.get(cut.end) ?? []).find((rule) => rule.type === 'position' && rule.end > span.end);
          if (post) add(post);
        }
        continue;
      }
    }
    if (policy.nameEndsNoBody && span.type === 'organization' && runsPastName) {
      // 市领导邢正军、黄澜… gave the organization 市领导邢正军: a body's name does not end in a person's.
      // Not where the "name" is a word that ends bodies (巴基斯坦|陆军|参谋长, jieba: 陆军/nr).
      const name = rulesOverlapping(span).find((rule) => rule.type === 'person' && rule.end === span.end && rule.start > span.start && !isOrganizationSuffixWord(text.slice(rule.start, rule.end)));
      if (name) {
        add(name);
        continue;
      }
    }
    if (policy.nameBeforeFunctionWord && (span.type === 'company' || span.type === 'organization')) {
      // 聘任王莉为公司总经理 gave the company 王莉为公司 (jieba: 王莉为/x 公司/n).
      const name = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'person' && rule.end < span.end - 1 && FUNCTION_CHARACTERS.has(text[rule.end]));
      if (name) {
        add(name);
        const rest = (byStart.get(name.end + 1) ?? []).find((rule) => rule.type === span.type && rule.end === span.end);
        if (rest) add(rest);
        continue;
      }
    }
    const winners = rulesOverlapping(span).filter((rule) => replaces(rule, span));
    // A rule that read the span alike keeps it, unless a longer one replaces it (改革委员会 in the rules' 发展和改革委员会);
    // one of the same extent and another type does not (华为技术有限公司, a company, and a listed organization),
    // unless that one replaces it (格力电器, a listed organization, and a company before its 董事长).
    const same = sameRule(span);
    if (same && !winners.some((rule) => rule.start < span.start || rule.end > span.end || (rule.type === 'company' && span.type === 'organization' && corporateTitleAt(rule.end)))) {
      keptModel.push(same);
      continue;
    }
    if (winners.length) {
      winners.forEach(add);
      // 泰国驻|广州|总领事: a tagger place that a chain's place cut keeps the rules' other places inside it.
      if (policy.titleChainsWin && span.type === 'place' && winners.every((winner) => winner.inTitleChain === true)) {
        for (const rule of rulesOverlapping(span)) if (rule.type === 'place' && contains(span, rule) && !winners.some((winner) => overlaps(winner, rule))) add(rule);
      }
      continue;
    }
    keptModel.push(withDivision(withBody(span)));
  }
  // A title of the rules' chain that takes in the head of such a body starts after it (街道办事处|主任, where the
  // rules read 办事处主任).
  if (bodiesOfPlaces.length > 0) {
    // Each character inside such a body, past its start, holds the body's end: one pass over the spans then.
    const bodyEndAt = new Int32Array(text.length);
    for (const body of bodiesOfPlaces) bodyEndAt.fill(body.end, body.start + 1, body.end);
    for (let index = 0; index < out.length; index++) {
      const title = out[index];
      const bodyEnd = title.type === 'position' ? bodyEndAt[title.start] : 0;
      if (bodyEnd > 0 && title.end > bodyEnd) out[index] = { ...title, start: bodyEnd };
    }
  }
  const merged: Merged = { text, tokens, rules, byStart, sameRule, rulePeople };
  withRulesOverModel(out, keptModel, add, merged, policy);
  return mended(out, merged, policy);
}

/**
 * combine()'s middle: the rules' spans over the model spans they beat
 * (already in `out`), then the tagger's spans nothing covers, the rules'
 * fills, bracketed Latin names and abbreviations, and the rules that take
 * over whatever they overlap. Adds to `out` through `add`.
 */
function withRulesOverModel(out: Span[], keptModel: readonly Span[], add: (span: Span) => void, { text, rules, byStart, rulePeople }: Merged, policy: Policy): void {
  // Winning rule spans take precedence over the model spans they overlap.
  const covered = new Coverage(text.length);
  for (const winner of out) covered.mark(winner);
  for (const span of keptModel) if (!covered.any(span)) add(span);
  // From here on every span added is marked as it is added.
  for (const span of out) covered.mark(span);
  /** A company the rules found by its suffix, right before a title only a company has (蚂蚁集团|董事长). */
  const companyBeforeTitle = (span: Span): boolean =>
    policy.suffixCompaniesBeforeTitles && (span.reason.startsWith('company:suffix') || span.reason.startsWith('company:brand')) && corporateTitleStartsAt(text, byStart, span.end);
  /** A party the organization list knows, right before a title (民进党|秘书长). */
  const knownPartyBeforeTitle = (span: Span): boolean =>
    policy.knownPartiesBeforeTitles && span.reason.startsWith('organization:known') && text[span.end - 1] === PARTY && (byStart.get(span.end) ?? []).some((rule) => rule.type === 'position');
  if (policy.fill.length) {
    // Where the spans so far lie, for the two steps below that look at what a rule overlaps: indices into `out` by
    // start, found by binary search (a long document has tens of thousands of spans and thousands of such rules).
    // Built on the first question only: most documents ask none.
    let outByStart: number[] | undefined;
    let longestOut = 0;
    const addedSince: number[] = [];
    const outOverlapping = (span: Span): number[] => {
      if (!outByStart) {
        // Every span so far, the ones this loop added included, which the list below then need not hold.
        outByStart = out.map((_, index) => index).sort((a, b) => out[a].start - out[b].start);
        for (const span of out) longestOut = Math.max(longestOut, span.end - span.start);
        addedSince.length = 0;
      }
      const found: number[] = [];
      let low = 0;
      let high = outByStart.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (out[outByStart[middle]].start < span.start - longestOut) low = middle + 1;
        else high = middle;
      }
      // Entries replaced below keep their start or move it right, so the order by start still bounds the search.
      for (let at = low; at < outByStart.length && out[outByStart[at]].start < span.end; at++) if (overlaps(out[outByStart[at]], span)) found.push(outByStart[at]);
      for (const index of addedSince) if (overlaps(out[index], span)) found.push(index);
      return found;
    };
    // A brand jieba knows as another word before a title only a company has (华为/nr|轮值董事长), where the document names
    // a company by its legal form that begins with it (华为技术有限公司): that company's short name.
    const beginsCompanyName = companyNameBeginnings(text, rules);
    const brandOfNamedCompany = (span: Span) => policy.companyShortNames && span.reason.startsWith('company:brand(') && beginsCompanyName(text.slice(span.start, span.end));
    const addHere = (span: Span) => {
      const before = out.length;
      add(span);
      if (out.length > before) addedSince.push(before);
      covered.mark(span);
    };
    for (const span of rules) {
      // A tagger title that took in such a company's trade word (寒武纪|科技创始人) starts at the title.
      if (covered.any(span) && companyBeforeTitle(span)) {
        const overlapping = outOverlapping(span);
        if (overlapping.length > 0 && overlapping.every((index) => out[index].type === 'position' && out[index].start > span.start && out[index].start < span.end && out[index].end > span.end)) {
          for (const index of overlapping) out[index] = { ...out[index], start: span.end };
          addHere(span);
          continue;
        }
      }
      // A tagger company that stops short of a title only a company has, inside the words the rules read up to it
      // (科大|讯飞|董事长: jieba's 科大/j 讯/ng 飞/n), is the rules' company.
      if (policy.suffixCompaniesBeforeTitles && span.reason === 'company:before-title' && covered.any(span)) {
        const overlapping = outOverlapping(span);
        const company = overlapping.length === 1 ? out[overlapping[0]] : undefined;
        if (company && company.type === 'company' && company.start === span.start && company.end < span.end) {
          out[overlapping[0]] = span;
          longestOut = Math.max(longestOut, span.end - span.start);
          covered.mark(span);
          continue;
        }
      }
      if (!covered.any(span) && (policy.fill.some((prefix) => span.reason.startsWith(prefix)) || companyBeforeTitle(span) || knownPartyBeforeTitle(span) || brandOfNamedCompany(span))) addHere(span);
    }
  }
  if (policy.bracketedLatinNames) {
    for (const span of [...out]) {
      if (span.type !== 'person') continue;
      const match = BRACKETED_LATIN_NAME.exec(text.slice(span.end, span.end + 80));
      if (!match) continue;
      const latin: Span = { type: 'person', start: span.end + 1, end: span.end + 1 + match[1].length, reason: 'person:latin-in-brackets' };
      if (!covered.any(latin)) {
        add(latin);
        covered.mark(latin);
        continue;
      }
      // The tagger marked one word of the name (托尼·普利斯（Tony Pulis） gave Pulis): the bracket holds the whole name.
      const inside = out.filter((other) => overlaps(other, latin));
      if (inside.every((other) => other.type === 'person' && contains(latin, other))) {
        for (const other of inside) out.splice(out.indexOf(other), 1);
        add(latin);
      }
    }
    // A body's abbreviation in brackets after it (美国联邦调查局（FBI）, 日本放送協會（NHK）, which the tagger read as a person) is that body.
    for (const span of [...out]) {
      if (span.type !== 'organization' && span.type !== 'company') continue;
      const match = BRACKETED_ABBREVIATION.exec(text.slice(span.end, span.end + 14));
      if (!match) continue;
      const abbreviation: Span = { type: span.type, start: span.end + 1, end: span.end + 1 + match[1].length, reason: `${span.type}:abbreviation-in-brackets` };
      const inside = out.filter((other) => overlaps(other, abbreviation));
      if (inside.every((other) => other.type === 'person' && contains(abbreviation, other))) {
        for (const other of inside) out.splice(out.indexOf(other), 1);
        add(abbreviation);
        covered.mark(abbreviation);
      }
    }
  }
  /** `span` in place of every span it overlaps, unless `keeps` says one of them stands. */
  const takeOver = (span: Span, keeps: (other: Span) => boolean = () => false) => {
    const overlapping = out.filter((other) => other !== span && overlaps(other, span));
    if (overlapping.some(keeps)) return;
    for (const other of overlapping) out.splice(out.indexOf(other), 1);
    add(span);
  };
  if (policy.stockCodeCompanies) {
    for (const company of rules) if (company.reason === 'company:stock-code') takeOver(company, (other) => other.type === 'company' && contains(other, company));
  }
  if (policy.datelinePlaces) {
    // A word the user tagged stands, here as everywhere.
    for (const place of rules) if (place.reason.startsWith('place:dateline')) takeOver(place, isUserWord);
  }
  if (policy.userDictionaryWins) {
    for (const word of rules) if (isUserWord(word)) takeOver(word);
  }
  if (policy.namesStayPeople) {
    const people = new Set(out.filter((span) => span.type === 'person').map((span) => text.slice(span.start, span.end)));
    for (const span of [...out]) {
      if (span.type === 'person' || !people.has(text.slice(span.start, span.end))) continue;
      const name = rulePeople(span.start, span.end)[0];
      if (name) takeOver(name);
    }
    // 实际控制人肖行亦、… 对肖行|亦给予警告 gave the organization 肖行 (jieba: 肖行/x 亦/d): a tagger span that begins a
    // name the document has as a person, one character short, where the text goes on with the name, is that person.
    // One lookup per span: a long page's thousands of spans are not each compared with its thousands of names.
    for (const span of [...out]) {
      if (span.type === 'person' || isUserWord(span) || span.end - span.start < 2 || !people.has(text.slice(span.start, span.end + 1))) continue;
      takeOver({ type: 'person', start: span.start, end: span.end + 1, reason: 'person:repeated' }, (other) => other !== span);
    }
  }
}

/**
 * combine()'s last steps: the policy steps that mend the merged spans one
 * after another (trailing words, surnames, titles before names, bodies,
 * places…).
 */
function mended(out: Span[], merged: Merged, policy: Policy): Span[] {
  return placesMended(bodiesMended(namesMended(out, merged, policy), merged, policy), merged, policy);
}
