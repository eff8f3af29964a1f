/**
 * Companies: a noun phrase ending in a company suffix (有限公司, 集团, 银行…),
 * with its place prefix (桂平市闪鹰体育用品有限公司). Brand words are unknown
 * to jieba, so unknown characters may sit inside the name.
 */
import type { Doc, Span, Token } from '../doc.js';
import { firstStartingFrom, lastStartingBefore, overlappingWords } from '../sorted.js';
import { dictionaryEntries, lazy } from '../dictionaries/files.js';
import { CJK, HAN_WORD, PUNCTUATION } from './context.js';
import { isKnownOrganization } from './organization.js';
import { phraseStart } from './phrase.js';

/** Hand-curated: the endings that make a name a company rather than another body. */
const COMPANY_SUFFIXES = [
  '股份有限公司', '有限责任公司', '有限公司', '控股集团', '集团公司', '集团', '公司', '银行', '证券', '保险', '基金', '实业',
  '科技', '制药', '药业', '传媒', '影业', '置业', '地产', '汽车', '电器', '电子', '酒店', '商场', '超市', '工厂', '厂',
];
const SUFFIX = new RegExp(`(${COMPANY_SUFFIXES.join('|')})$`);
/** Weak suffixes that name a trade, which a brand goes before (理想汽车, 格力电器), unlike a kind of shop or a financial sector (超市, 银行). */
const TRADE_SUFFIX = /^(科技|实业|传媒|汽车|电器|电子|制药|药业|影业|置业|地产)$/;
/** Suffixes that name a company on their own only with a long enough name before them. */
const WEAK_SUFFIX = /^(科技|实业|传媒|汽车|电器|电子|酒店|商场|超市|工厂|厂|证券|保险|基金|制药|药业|影业|置业|地产|银行)$/;

/**
 * A listed company's stock code in brackets after its name: 贵州茅台（600519）,
 * 宁德时代（300750.SZ）, 腾讯控股（00700.HK）, 蔚来（NYSE：NIO）. Financial
 * news names most companies so, and by a short name with no suffix. Bare
 * capitals are an abbreviation more often than a ticker (美国联邦调查局（FBI）),
 * so a ticker counts only after its exchange.
 */
const STOCK_CODE = /^[（(]\s*(?:(?:(?:股票代码|证券代码|代码|SH|SZ|沪|深|港股|A股|H股|上交所|深交所|港交所)\s*[:：]?\s*)?(?:\d{6}(?:\.(?:SH|SZ|BJ|sh|sz))?|\d{4,5}\.(?:HK|hk))|(?:NYSE|NASDAQ|Nasdaq|纽交所|纳斯达克)\s*[:：]\s*[A-Z]{1,5})\s*[)）]/;

/** Titles only a company has (董事长, 执行长): the unknown word right before one is likely a company's short name (台积电董事长). */
const CORPORATE_TITLES = ['董事长', '副董事长', '总经理', '副总经理', '总裁', '副总裁', '执行长', '首席执行官', 'CEO', '创始人', '创办人', '董事会主席'];
const CORPORATE_TITLE = new RegExp(`^(${CORPORATE_TITLES.join('|')})$`, 'i');
/** The last characters of the corporate titles, in either case (CEO, ceo). */
const CORPORATE_TITLE_ENDINGS = new Set(CORPORATE_TITLES.flatMap((title) => [title.slice(-1), title.slice(-1).toLowerCase()]));
/** Companies' short names that jieba knows as other words (京东/ns, 华为/nr): dictionaries/brands.txt. */
const brands = lazy(() => new Set([...dictionaryEntries('brands.txt')].map((entry) => entry.word)));
/** jieba's tag of the business a brand may name after it (网易|游戏, 京东|物流): a common noun. */
const BUSINESS_TAG = /^n$/;
/** Tags of a word a name may be made of: before such a word a brand would be the end of a longer name (万达|国际). */
const NAME_PART_TAGS = /^(n|ns|nr|nz|nt|x|j|eng|a|b)/;
/** Could `word`, right before a short name, be a part of the same name? */
function continuesName(word: Token | undefined): boolean {
  return word !== undefined && BRAND_WORD.test(word.word) && NAME_PART_TAGS.test(word.tag);
}
/** jieba tags of words a brand name is made of: unknown, proper, abbreviated, Latin (台积/x 电/n, 辉达/x). */
const BRAND_TAGS = /^(x|nz|j|eng|n|ng)$/;
const PROPER_TAGS = /^(x|nz|j|eng)$/;
/** How far before a title only a company has its brand may start, in characters. */
const BRAND_REACH = 8;
/** jieba's tags of a brand word the phrase rules stop at: a verb (欢喜/v) or a name's (寒武纪/nr). */
const BRAND_OR_VERB_TAGS = /^(v|nr)$/;
/** The longest brand read from single characters jieba made no word of (台/q 积/v 电/n). */
const SINGLE_CHARACTER_BRAND = 4;
/** What a list's item or a clause opens after. */
const LIST_OR_CLAUSE_START = /^[、，,。；;：:（(\s]$/;
/** jieba tags punctuation x too: a brand's words are letters and digits. */
const BRAND_WORD = /^[\p{Script=Han}A-Za-z0-9]+$/u;

/**
 * Legal forms after which the rest of a company's name is what news goes on
 * to call it: 比亚迪股份有限公司 … 比亚迪董事长王传福.
 */
/** Tags of a word that would carry a name on (a noun, a place, an unknown word), unlike a title (nnt), a verb or punctuation. */
const NAME_GOES_ON = /^(n(?!nt)|x|eng|j|ns)/;
/** The trade a company's name may give between its brand and its legal form (华为|技术|有限公司, 腾讯|控股|有限公司). */
const TRADE = /(网络技术|信息技术|通信技术|技术|科技|网络|信息|电子|软件|通信|控股|企业)$/;
const LEGAL_FORM = /(股份有限公司|有限责任公司|有限公司|集团有限公司|控股集团|集团公司|股份公司|集团)$/;

/**
 * Later mentions of a company by the name before its legal form (its place
 * left out), where they stand as words of their own: jieba tags many such
 * names nr (比亚迪/nr), and the tagger then reads a person before 董事长.
 */
function shortNameMentions(doc: Doc, companies: readonly Span[]): Span[] {
  const spans: Span[] = [];
  const seen = new Set<string>();
  const tokens = doc.tokens;
  const tokenAt = (offset: number): Token | undefined => {
    const token = tokens[firstStartingFrom(tokens, offset)];
    return token?.start === offset ? token : undefined;
  };
  const endsToken = (offset: number): boolean => lastStartingBefore(tokens, offset)?.end === offset;
  // The position rules run before this one (src/recognize/index.ts). Built only for a document with a bracketed short name.
  let titleStarts: Set<number> | undefined;
  const titleStartsAt = (offset: number): boolean =>
    (titleStarts ??= new Set(doc.candidates.filter((span) => span.type === 'position').map((span) => span.start))).has(offset);
  for (const company of companies) {
    const written = doc.text.slice(company.start, company.end);
    const form = LEGAL_FORM.exec(written)?.[1];
    if (!form) continue;
    // The company's place is no part of its short name (深圳市|华信达贸易有限公司).
    let start = company.start;
    for (let index = firstStartingFrom(tokens, start); index < tokens.length && tokens[index].start === start && tokens[index].tag === 'ns' && tokens[index].end < company.end - form.length; index++) start = tokens[index].end;
    const whole = doc.text.slice(start, company.end - form.length);
    // Its brand is a short name too, where a trade follows it (华为|技术有限公司, 腾讯|控股有限公司).
    const trade = TRADE.exec(whole)?.[1];
    const brand = trade && whole.length - trade.length >= 2 && hasProperWord(tokens, start, start + whole.length - trade.length) ? whole.slice(0, -trade.length) : undefined;
    // And the short name in brackets right after it, its characters in the name in order (长江和记实业有限公司（长和）).
    const bracketed = bracketedShortNameAfter(doc.text, company.end);
    const abbreviation = bracketed && inOrder(bracketed, written) ? bracketed : undefined;
    for (const name of [whole, brand, abbreviation]) {
      if (name === undefined || name.length < 2 || name.length > 4 || !/^[\p{Script=Han}A-Za-z]+$/u.test(name) || seen.has(name)) continue;
      // What is left after the place must be a name, not a trade (贵港|建设有限公司, 桂平市|服装有限公司: 建设, 服装 alone are no company).
      if (name !== abbreviation && start > company.start && !hasProperWord(tokens, start, company.end - form.length)) continue;
      seen.add(name);
      for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (!tokenAt(at) || !endsToken(end) || companies.some((other) => other.start <= at && end <= other.end)) continue;
        // Not where a noun goes on with it: 绿城|中国 and 小米|汽车 name other companies, or products; after the short
        // name the bracket gave, a title may (长和|联席董事总经理, where jieba tags 联席 n).
        const next = tokenAt(end);
        if (next && NAME_GOES_ON.test(next.tag) && BRAND_WORD.test(next.word) && !(name === abbreviation && titleStartsAt(end))) continue;
        spans.push({ start: at, end, type: 'company', reason: `company:short-name(${written})`, score: 1 });
      }
    }
  }
  return spans;
}

/** Whether a word jieba does not know or reads as a name lies in [start, end). */
export function hasProperWord(tokens: readonly Token[], start: number, end: number): boolean {
  return overlappingWords(tokens, start, end).some((token) => PROPER_TAGS.test(token.tag) || NAME_TAGS.test(token.tag));
}
/** jieba's tags of person names (nr, nrt, nrfg) and organization names (nt, ntc …), beside PROPER_TAGS' unknown and proper words. */
const NAME_TAGS = /^n[rt]/;

/** Whether `text` is a legal form alone (股份有限公司, 集团): what follows a company's short name in its full name. */
export function isLegalForm(text: string): boolean {
  return LEGAL_FORM.exec(text)?.[1] === text;
}

/**
 * Whether `text` is a trade and a legal form alone (科技股份有限公司,
 * 控股集团): the part of a name the tagger keeps when it cuts off a brand
 * made of common words (宁德时代新能源|科技股份有限公司), which names no company.
 */
export function isTradeAndLegalForm(text: string): boolean {
  const form = LEGAL_FORM.exec(text)?.[1];
  if (!form) return false;
  const rest = text.slice(0, -form.length);
  return rest.length > 0 && TRADE.exec(rest)?.[1] === rest;
}

/** Whether `name` ends in a company suffix (公司, 集团, 银行…). */
export function endsWithCompanySuffix(name: string): boolean {
  return SUFFIX.test(name);
}

const ANY_SUFFIX = new RegExp(COMPANY_SUFFIXES.join('|'));
/**
 * What `name` says before the first company suffix in it, if it has one
 * (阿里巴巴集团董事会 → 阿里巴巴, 华为技术有限公司 → 华为技术).
 */
export function brandBeforeCompanySuffix(name: string): string | undefined {
  const suffix = ANY_SUFFIX.exec(name);
  return suffix && suffix.index > 0 ? name.slice(0, suffix.index) : undefined;
}

/** Whether `title` is one only a company has (董事长, 执行长, CEO). */
export function isCorporateTitle(title: string): boolean {
  return CORPORATE_TITLE.test(title);
}

/** Does a title only a company has start at token `index`, as one word or two (首席|执行官)? */
function corporateTitleStartsAt(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index];
  if (!first) return false;
  return CORPORATE_TITLE.test(first.word) || (index + 1 < tokens.length && CORPORATE_TITLE.test(first.word + tokens[index + 1].word));
}

export function recognizeCompanies(doc: Doc, blocked: (start: number, end: number) => boolean): Span[] {
  const spans: Span[] = [];
  const tokens = doc.tokens;
  // A chief officer's title the position rules made of jieba's words (首席|战略|官): only a company has one.
  // (The position rules run before this one: src/recognize/index.ts.)
  const chiefOfficerStarts = new Set(doc.candidates.filter((span) => span.reason.startsWith('position:chief-officer')).map((span) => span.start));
  /** Where the position rules' title that holds a corporate title word after a kind of post starts, by that word's start (轮值|董事长). */
  const positionStartsBefore = new Map<number, number>();
  for (const span of doc.candidates) {
    // A kind of post before the title (轮值|董事长), not a department (事业部副总经理) or an unknown word (联发科执行长).
    if (span.type !== 'position' || !span.reason.startsWith('position:kind(')) continue;
    // Keyed by the title's last word, where the title is jieba's words from its start to its end.
    const first = tokens[firstStartingFrom(tokens, span.start)];
    const last = lastStartingBefore(tokens, span.end);
    if (first?.start !== span.start || !last || last.end !== span.end || last.start === span.start) continue;
    positionStartsBefore.set(last.start, Math.min(span.start, positionStartsBefore.get(last.start) ?? span.start));
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    // The title may be one word or two (首席/n 执行官/nnt): `titleIndex` is its first. Words are joined only
    // where the second could end such a title, sparing a string per token.
    let titleIndex = CORPORATE_TITLE.test(token.word) || chiefOfficerStarts.has(token.start)
      ? index
      : index > 0 && CORPORATE_TITLE_ENDINGS.has(token.word[token.word.length - 1]) && CORPORATE_TITLE.test(tokens[index - 1].word + token.word)
        ? index - 1
        : -1;
    if (titleIndex > 0) {
      // A brand jieba does not know, right before a title only a company has: 台积/x 电/n|董事长, 辉达/x|执行长, OpenAI/eng|首席执行官.
      // The title starts where the position rules' title holding it does (华为|轮值董事长: not the brand 华为轮值).
      const held = positionStartsBefore.get(tokens[titleIndex].start);
      while (held !== undefined && titleIndex > 0 && tokens[titleIndex - 1].start >= held) titleIndex--;
      const title = tokens[titleIndex];
      let first = titleIndex;
      // Not back over a company word: 公司|OpenAI is the company described, then named.
      // A word of letters, digits or Han characters no other candidate holds, within a brand's reach of the title.
      const brandWord = (word: Token) => BRAND_WORD.test(word.word) && title.start - word.start <= BRAND_REACH && !blocked(word.start, word.end);
      while (first > 0 && BRAND_TAGS.test(tokens[first - 1].tag) && !SUFFIX.test(tokens[first - 1].word) && brandWord(tokens[first - 1])) first--;
      // Or a run of three or four single characters of any tag from a list's or clause's start, which jieba could
      // make no word of (、|台/q 积/v 电/n|董事长): a brand it does not know.
      let singleCharacters = false;
      if (title.start - (tokens[first]?.start ?? title.start) < 2 && tokens.slice(first, titleIndex).every((word) => word.word.length === 1)) {
        let single = first;
        while (single > 0 && titleIndex - single < SINGLE_CHARACTER_BRAND && tokens[single - 1].word.length === 1 && HAN_WORD.test(tokens[single - 1].word) && brandWord(tokens[single - 1])) single--;
        const opensClause = single === 0 || LIST_OR_CLAUSE_START.test(tokens[single - 1].word);
        if (titleIndex - single >= 3 && opensClause) {
          first = single;
          singleCharacters = true;
        }
      }
      // A brand may start with its city's name (宁德/ns 时代/n|董事长), before a word of its own.
      const placeFirst = first > 0 && first < titleIndex && tokens[first - 1].tag === 'ns' && brandWord(tokens[first - 1]);
      if (placeFirst) first--;
      const run = tokens.slice(first, titleIndex);
      const length = title.start - (run[0]?.start ?? title.start);
      if (run.length > 0 && length >= 2 && (placeFirst || singleCharacters || run.some((word) => PROPER_TAGS.test(word.tag))) && !SUFFIX.test(run[run.length - 1].word)) {
        spans.push({ start: run[0].start, end: title.start, type: 'company', reason: 'company:before-title', score: 1 });
      } else {
        // A brand jieba knows as another word, alone before the title (京东/ns|创始人, 华为/nr|创始人), or with the
        // business it names after it (网易/n 游戏/n|副总裁, 京东/ns 物流/n|首席执行官).
        const business = titleIndex >= 2 && BUSINESS_TAG.test(tokens[titleIndex - 1].tag) && tokens[titleIndex - 1].word.length === 2 && brands().has(tokens[titleIndex - 2].word) ? 1 : 0;
        const brand = tokens[titleIndex - 1 - business];
        if (brands().has(brand.word) && !continuesName(tokens[titleIndex - 2 - business])) {
          spans.push({ start: brand.start, end: tokens[titleIndex - 1].end, type: 'company', reason: `company:brand(${brand.word})`, score: 1 });
        }
      }
    }
    if ((token.word === '（' || token.word === '(') && index > 0 && STOCK_CODE.test(doc.text.slice(token.start, token.start + 40))) {
      const last = tokens[index - 1];
      // A name before a stock code ends in a Chinese character.
      if (!CJK.test(last.word[last.word.length - 1])) continue;
      const start = phraseStart(doc, index - 1, { maxLength: 16, allowUnknown: false }, blocked);
      if (last.end - start >= 2) spans.push({ start, end: last.end, type: 'company', reason: 'company:stock-code', score: 2 });
      continue;
    }
    const suffix = SUFFIX.exec(token.word)?.[1];
    if (!suffix) continue;
    // Take the longest run of suffix tokens: 有限/公司 or 股份/有限公司.
    let headEnd = index;
    while (headEnd + 1 < tokens.length && SUFFIX.test(tokens[headEnd + 1].word) && tokens[headEnd + 1].word.length > 1) headEnd++;
    let start = phraseStart(doc, index, { maxLength: 30, allowUnknown: true }, blocked);
    // A brand jieba reads as a verb or a name of two characters, right before a trade and a title only a company has
    // (欢喜/v|传媒|董事长, 寒武纪/nr|科技|创始人): the title says a company is named, and the phrase stopped at that word.
    const before = tokens[index - 1];
    if (start === token.start && before && before.end === token.start && TRADE_SUFFIX.test(token.word) && BRAND_OR_VERB_TAGS.test(before.tag) &&
        before.word.length >= 2 && before.word.length <= 3 && HAN_WORD.test(before.word) && !blocked(before.start, before.end) && corporateTitleStartsAt(tokens, index + 1)) {
      start = before.start;
    }
    const end = tokens[headEnd].end;
    start = startOfAbbreviatedName(doc.text, start, end, blocked);
    const nameLength = end - start;
    const bodyLength = token.start - start + token.word.length - suffix.length;
    // A two-character brand before a weak suffix is a company where the name is one the organization list
    // knows (格力电器/nt), or where the suffix is a trade and a title only a company has follows (理想|汽车|CEO,
    // 小鹏|汽车|董事长; not 有机|超市|创始人, a kind of shop).
    const weakButNamed = bodyLength === 2 && (isKnownOrganization(token.word) || (TRADE_SUFFIX.test(suffix) && corporateTitleStartsAt(tokens, headEnd + 1)));
    if (bodyLength < 2 || (WEAK_SUFFIX.test(suffix) && bodyLength < 3 && !weakButNamed)) {
      index = headEnd;
      continue;
    }
    if (nameLength > 30) continue;
    spans.push({ start, end, type: 'company', reason: `company:suffix(${suffix})`, score: 2 });
    index = headEnd;
  }
  spans.push(...stockNames(doc));
  spans.push(...shortNameMentions(doc, spans.filter((span) => span.reason.startsWith('company:suffix'))));
  return spans;
}

/** A company's short name in brackets right after it: （长和）, （以下简称“长和”）. */
const BRACKETED_SHORT_NAME = /^[（(](?:以下简称|下称|简称)?[“"「]?(\p{Script=Han}{2,4})[”"」]?[)）]/u;
/** The longest such bracket, in UTF-16 units: （以下简称“xxxx”）. */
const BRACKETED_SHORT_NAME_LENGTH = 16;

/** The short name in brackets right after `end`, if one. */
function bracketedShortNameAfter(text: string, end: number): string | undefined {
  return BRACKETED_SHORT_NAME.exec(text.slice(end, end + BRACKETED_SHORT_NAME_LENGTH))?.[1];
}
/** How far before the phrase the rules read a bracketed short name's first character is looked for. */
const SHORT_NAME_REACH = 6;

/**
 * Where a company's name starts whose short name in brackets after it begins
 * before the phrase the rules read (长江和记实业有限公司（长和）: jieba's 长江/ns
 * 和/c 记/n, and the phrase stops at the conjunction): at that character, if
 * the short name's characters all follow it in order inside the name, with
 * no punctuation between. Otherwise at `start`.
 */
function startOfAbbreviatedName(text: string, start: number, end: number, blocked: (start: number, end: number) => boolean): number {
  const short = bracketedShortNameAfter(text, end);
  if (!short || inOrder(short, text.slice(start, end))) return start;
  for (let at = start - 1; at >= 0 && at >= start - SHORT_NAME_REACH; at--) {
    if (PUNCTUATION.test(text[at]) || blocked(at, at + 1)) break;
    if (text[at] === short[0] && inOrder(short, text.slice(at, end))) return at;
  }
  return start;
}

/** Whether the short name in brackets after [start, end) begins at `start`, its characters in the name in order (长江和记实业有限公司（长和）). */
export function beginsItsBracketedShortName(text: string, start: number, end: number): boolean {
  const short = bracketedShortNameAfter(text, end);
  return short !== undefined && inOrder(short, text.slice(start, end));
}

/** Whether the characters of `short` occur in `name` in order, the first at its start. */
function inOrder(short: string, name: string): boolean {
  if (name[0] !== short[0]) return false;
  let from = 1;
  for (const character of short.slice(1)) {
    from = name.indexOf(character, from);
    if (from < 0) return false;
    from++;
  }
  return true;
}

/**
 * A listed company's short name after its label in an announcement's
 * heading: 证券代码：600519 证券简称：贵州茅台 (the name jieba reads as the
 * province and a word).
 */
const STOCK_NAME = /(?:证券|股票|公司)简称\s*[:：]\s*([\p{Script=Han}A-Za-z*]{2,8})/gu;
function stockNames(doc: Doc): Span[] {
  if (!doc.text.includes(STOCK_NAME_MARK)) return [];
  const spans: Span[] = [];
  for (const match of doc.text.matchAll(STOCK_NAME)) {
    const end = match.index! + match[0].length;
    spans.push({ start: end - match[1].length, end, type: 'company', reason: 'company:stock-name', score: 2 });
  }
  return spans;
}
const STOCK_NAME_MARK = '简称';
