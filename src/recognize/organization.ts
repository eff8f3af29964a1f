/**
 * Organizations: party and government bodies (贵港市委, 市政府, 贵港市委宣传部)
 * and other bodies named by a head word (协会, 中心, 园区, 大学, 委员会),
 * with their place prefix and modifiers.
 */
import type { Doc, Span } from '../doc.js';
import { dictionaryEntries, lazy } from '../dictionaries/files.js';
import { ORDINAL, phraseStart } from './phrase.js';
import { firstStartingFrom } from '../sorted.js';

/**
 * Hand-curated: bodies that are complete names on their own, with or without
 * a place before them. The level word (市/县/省) stands for the local one.
 */
const GOVERNMENT_BODIES = new Set([
  '市委', '省委', '县委', '区委', '州委', '镇委', '乡委', '党委', '党组', '纪委', '市纪委', '县纪委', '省纪委',
  '市政府', '省政府', '县政府', '区政府', '州政府', '镇政府', '乡政府', '人民政府', '政府',
  '人大', '人大常委会', '市人大', '省人大', '议会', '政协', '市政协', '省政协', '县政协', '国务院', '中央', '党中央', '中共中央',
  '市委办', '市政府办', '公安局', '法院', '检察院', '人民法院', '人民检察院',
]);

/** Hand-curated: departments inside a body (宣传部 of 贵港市委). */
const DEPARTMENT_SUFFIX = /(部|厅|局|办|委|处|室|科|所|站|队|组|署)$/;

/** Verbs ending in 队 that jieba may tag as nouns (陈晓东|带队/n|检查): they end no body's name. */
const TEAM_VERBS = new Set(['带队', '率队', '领队', '组队', '列队', '归队', '入队', '排队', '插队', '离队']);

/** Hand-curated heads for bodies that need words before them (木乐镇休闲运动服装协会). */
const CORE_HEADS = [
  '协会', '学会', '商会', '联合会', '基金会', '委员会', '研究会', '促进会', '中心', '服务中心', '园区', '工业园区', '产业园', '开发区',
  '大学', '学院', '学校', '中学', '小学', '幼儿园', '医院', '研究院', '研究所', '科学院', '实验室', '图书馆', '博物馆', '俱乐部',
  '队', '球队', '专班', '办公室', '工作组', '领导小组', '指挥部', '合作社', '联盟', '法院', '检察院',
  '电视台', '报社', '出版社', '杂志社', '通讯社', '党支部', '党总支', '党委', '党工委', '党组', '支部', '工会', '妇联', '团委', '办事处',
];
/** Suffixes from the shared list count only when they end like an institution, not like an activity (产业, 管理). */
const INSTITUTION_ENDING = /(会|院|局|所|委|厅|校|馆|社|团|队|台|站|办|署|园|盟|中心|集团|大学|学院|医院|政府|法院)$/;

/** The shared suffix list's frequent words of two characters or more (陆军, 部队, 委员会), whatever they end in: its rare tail is noisy. */
const frequentSuffixWords = lazy(() => new Set([...dictionaryEntries('organization-suffixes.txt')].filter((entry) => entry.word.length >= 2 && entry.freq >= 50).map((entry) => entry.word)));

/** Heads: the hand-curated ones and the frequent suffix words that end like an institution. */
const organizationHeads = lazy(() => new Set([...CORE_HEADS, ...[...frequentSuffixWords()].filter((word) => INSTITUTION_ENDING.test(word))]));

/**
 * Whether `word` is one the organization-suffix list counts often as the end
 * of a body's name (陆军 589, 部队 2853): jieba tags some of them nr (陆军/nr),
 * but no CLUENER person is one.
 */
export function isOrganizationSuffixWord(word: string): boolean {
  return frequentSuffixWords().has(word);
}

/** Last UTF-16 units of the heads: most tokens end in none of them, and so have no head to look up. */
const headEndings = lazy(() => {
  const endings = new Uint8Array(0x10000);
  for (const head of organizationHeads()) endings[head.charCodeAt(head.length - 1)] = 1;
  return endings;
});

const knownOrganizations = lazy(() => {
  const names = new Set<string>();
  for (const entry of dictionaryEntries('organizations.txt')) names.add(entry.word);
  let shortest = Infinity;
  for (const name of names) shortest = Math.min(shortest, name.length);
  return { names, shortest };
}, { name: 'organizations' });

/**
 * Hand-curated: international bodies news names by a two-character short
 * form, which the organization list (names of three characters or more)
 * lacks and jieba tags as places (北约/ns): 北约秘书长吕特.
 */
const INTERNATIONAL_BODIES = new Set(['北约', '欧盟', '东盟', '非盟', '世卫', '世贸', '亚行']);

/**
 * Most tokens are shorter than any known name (the shortest has three
 * characters), and sparing them the lookup in the 31k-name set, cold in
 * cache after the tagger's run on the previous document, is most of this
 * recognizer's time.
 */
export function isKnownOrganization(word: string): boolean {
  if (INTERNATIONAL_BODIES.has(word)) return true;
  const known = knownOrganizations();
  return word.length >= known.shortest && known.names.has(word);
}


/**
 * Bodies whose names join two fields with 和 (发展和改革委员会, 人力资源和社会保障厅,
 * 住房和城乡建设部), from the organization list: what follows 和 up to the
 * name's end, and the words of two to four characters that come before it in
 * some listed name. Neither jieba nor the tagger keeps such a name whole
 * (发展和|改革委员会), and joining over 和 in general joins two things far
 * more often than a name (see combine's JOINER).
 */
const joinedNames = lazy(() => {
  const firstFields = new Map<string, Set<string>>();
  for (const name of knownOrganizations().names) {
    const joiner = name.lastIndexOf(JOINED_NAME_JOINER);
    const second = name.slice(joiner + 1);
    if (joiner < 2 || second.length < 2 || !endsWithOrganizationHead(second)) continue;
    let first = firstFields.get(second);
    if (!first) firstFields.set(second, (first = new Set()));
    for (let length = 2; length <= 4 && length <= joiner; length++) first.add(name.slice(joiner - length, joiner));
  }
  // By first character, so that a 和 in the text tries only the names that can follow it.
  const bySecondStart = new Map<string, [string, Set<string>][]>();
  for (const entry of firstFields) {
    const list = bySecondStart.get(entry[0][0]) ?? [];
    list.push(entry);
    bySecondStart.set(entry[0][0], list);
  }
  return bySecondStart;
});
const JOINED_NAME_JOINER = '和';

/**
 * The bodies of joinedNames in the text, each with the places right before
 * it (广西壮族自治区|发展和改革委员会). The first field must start a jieba word.
 */
function recognizeJoinedNames(doc: Doc): Span[] {
  const spans: Span[] = [];
  const text = doc.text;
  const startsWord = (offset: number) => doc.tokens[firstStartingFrom(doc.tokens, offset)]?.start === offset;
  for (let at = text.indexOf(JOINED_NAME_JOINER); at >= 0; at = text.indexOf(JOINED_NAME_JOINER, at + 1)) {
    for (const [second, firsts] of joinedNames().get(text[at + 1]) ?? []) {
      if (!text.startsWith(second, at + 1)) continue;
      let first = '';
      for (let length = 4; length >= 2 && !first; length--) if (firsts.has(text.slice(at - length, at)) && startsWord(at - length)) first = text.slice(at - length, at);
      if (!first) continue;
      const index = firstStartingFrom(doc.tokens, at - first.length);
      spans.push({ start: placePrefixStart(doc, index), end: at + 1 + second.length, type: 'organization', reason: `organization:joined(${first}和${second})`, score: 1 });
      break;
    }
  }
  return spans;
}

/** Does `name` end like a body (协会, 委员会, 市委) rather than an activity or a sector (产业)? */
export function endsWithOrganizationHead(name: string): boolean {
  if (INSTITUTION_ENDING.test(name)) return true;
  for (const body of GOVERNMENT_BODIES) if (name.endsWith(body)) return true;
  return headOf(name) !== undefined;
}

function headOf(word: string): string | undefined {
  // A one-character word is never a head by itself.
  if (word.length < 2 || headEndings()[word.charCodeAt(word.length - 1)] === 0) return undefined;
  const heads = organizationHeads();
  for (let length = Math.min(word.length, 6); length >= 1; length--) {
    const tail = word.slice(word.length - length);
    if (heads.has(tail)) return tail;
  }
  return undefined;
}

export function recognizeOrganizations(doc: Doc, blocked: (start: number, end: number) => boolean): Span[] {
  const spans: Span[] = [];
  const tokens = doc.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    // jieba splits a committee after a district it knows: 五华区|委, 红河哈尼族彝族自治州|委.
    const isCommittee = isLevelCommittee(doc, index);
    const isBody = isCommittee || GOVERNMENT_BODIES.has(token.word);
    const isKnown = isKnownOrganization(token.word);
    // 司 is no head of its own (公司, 上司), but it is one right before its head's title: 统计|司|司长, 法务|司|司长,
    // and in a word of jieba's that ends in it (宣传司/nr|副司长).
    const departmentBeforeItsHead = token.word.endsWith('司') && /^副?司长$/.test(tokens[index + 1]?.word ?? '');
    // A verb that ends like a head is no body (率队, 带队, 组团): 何录春|率队 is a secretary leading a team.
    const head = isBody ? token.word : token.tag === 'nt' || isKnown ? token.word : departmentBeforeItsHead ? '司' : token.tag === 'v' || TEAM_VERBS.has(token.word) ? undefined : headOf(token.word);
    if (!head) continue;
    // Follow nested departments: 市委|宣传部, 市政府|办公室.
    let last = index;
    while (last + 1 < tokens.length && isDepartment(tokens[last + 1].word) && (isBody || GOVERNMENT_BODIES.has(tokens[last].word))) last++;
    // A court's division right before its head's title: 人民法院|刑事|审判庭|庭长, 中级人民法院|民二庭|副庭长.
    const division = token.word.endsWith(COURT) ? courtDivisionEnd(tokens, last) : last;
    const courtDivision = division > last ? doc.text.slice(tokens[last + 1].start, tokens[division].end) : undefined;
    last = division;
    const standalone = isBody || token.tag === 'nt' || isKnown;
    // A body or a known name is complete; only places go before it (贵港|市委).
    const start = standalone ? placePrefixStart(doc, isCommittee ? index - 1 : index) : phraseStart(doc, index, { maxLength: 24, allowUnknown: false, joinedFields: true }, blocked);
    const end = tokens[last].end;
    const hasModifier = start < token.start || token.word.length > head.length;
    if (!hasModifier && !standalone) continue;
    spans.push({
      start,
      end,
      type: 'organization',
      reason: courtDivision ? `organization:court-division(${courtDivision})` : INTERNATIONAL_BODIES.has(token.word) ? `organization:international(${token.word})` : isCommittee ? `organization:committee(${tokens[index - 1].word}委)` : isBody ? `organization:body(${token.word})` : standalone ? `organization:known(${token.word})` : `organization:head(${head})`,
      score: 1,
    });
    index = last;
  }
  // A document rarely holds a 和 that joins a listed body's fields: look only where one does.
  if (doc.text.includes(JOINED_NAME_JOINER)) spans.push(...recognizeJoinedNames(doc));
  return spans;
}

const COURT = '法院';
const COURT_DIVISION_ENDING = '庭';
const COURT_DIVISION_HEAD = /^副?庭长$/;
/** How many words a court's division may take (刑事|审判|庭), and characters. */
const COURT_DIVISION_WORDS = 3;
const COURT_DIVISION_LENGTH = 8;

/** The index of the last word of a court's division after tokens[last], ending in 庭 right before its head's title, or `last`. */
function courtDivisionEnd(tokens: Doc['tokens'], last: number): number {
  let words = '';
  for (let index = last + 1; index < tokens.length && index <= last + COURT_DIVISION_WORDS; index++) {
    words += tokens[index].word;
    if (words.length > COURT_DIVISION_LENGTH) break;
    if (words.endsWith(COURT_DIVISION_ENDING) && COURT_DIVISION_HEAD.test(tokens[index + 1]?.word ?? '')) return index;
  }
  return last;
}

function placePrefixStart(doc: Doc, index: number): number {
  let first = index;
  // Its ordinal first (杭州市|第一|人民医院), then its places.
  if (first > 0 && ORDINAL.test(doc.tokens[first - 1].word) && doc.tokens[first - 1].end === doc.tokens[first].start) first--;
  while (first > 0 && doc.tokens[first - 1].tag === 'ns') first--;
  // Or the level word alone that stands for the place the text is about (市|应急管理局, 自治区|农业农村厅).
  if (first === index && first > 0 && LEVEL_WORD.test(doc.tokens[first - 1].word) && doc.tokens[first - 1].end === doc.tokens[first].start) first--;
  // The party's name is part of its committee's (中共|昆明市委).
  if (first > 0 && doc.tokens[first - 1].word === '中共' && doc.tokens[first - 1].end === doc.tokens[first].start) first--;
  return doc.tokens[first].start;
}

/** A division's level written alone, for the division the text is about (市, 自治区). */
const LEVEL_WORD = /^(省|市|县|区|州|旗|盟|镇|乡|自治区|自治州|自治县)$/;

/** A level's party committee written as a division and 委: 五华区|委, 自治州|委 (the division's level word ends it). */
function isLevelCommittee(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  if (token.word !== '委' || index === 0) return false;
  const before = doc.tokens[index - 1];
  return before.tag === 'ns' && before.end === token.start && /[省市县区州旗盟镇乡]$/.test(before.word);
}

function isDepartment(word: string): boolean {
  return word.length >= 2 && word.length <= 5 && DEPARTMENT_SUFFIX.test(word) && !/^(部长|局长|厅长|主任|处长|科长|组长|队长|所长|站长)$/.test(word);
}
