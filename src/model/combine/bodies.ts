/** combine()'s steps that mend companies and organizations (src/model/combine/index.ts runs them). */
import type { EntityType, Span, Token } from '../../doc.js';
import { endsWithCompanySuffix } from '../../recognize/company.js';
import { HAN_WORD } from '../../recognize/context.js';
import { endsWithOrganizationHead } from '../../recognize/organization.js';
import { isCitedNewsBody } from '../../recognize/person.js';
import { isTitleText, PARTY_GROUP } from '../../recognize/position.js';
import { FUNCTION_WORD_TAGS } from '../../recognize/phrase.js';
import { firstStartingFrom, lastStartingBefore, overlappingWords } from '../../sorted.js';
import type { Policy } from './policy.js';
import { AFFILIATED, Coverage, FORMER, type Merged, PLACE_LEVEL_ENDING, REFERENCE_TO_COMPANY, contains, isUserWord, listedWords } from './spans.js';

/** Hand-curated: place words that name a kind of area, not an area (see Policy.dropGenericPlaces). */
const GENERIC_PLACES = new Set([
  '产业园区', '工业园区', '产业园', '工业园', '园区', '开发区', '高新区', '保税区', '新区', '市区', '城区', '郊区',
  '景区', '小区', '社区', '商圈', '山区', '农村', '城市', '市中心', '县城', '乡村', '城乡', '街道', '乡镇',
]);
/** A work's title in book-title marks, within one line (see Policy.dropInsideWorkTitles). */
const WORK_TITLE = /《[^《》\n]*》|〈[^〈〉\n]*〉/g;

/** The works' titles in `text`, in order; they never overlap (one match ends before the next begins). */
function workTitles(text: string): { start: number; end: number }[] {
  if (!text.includes('《') && !text.includes('〈')) return [];
  return [...text.matchAll(WORK_TITLE)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** Whether text[start, end) lies inside one of `titles` (workTitles), marks excluded: the title around it is the last starting before it. */
function insideWorkTitle(titles: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const title = lastStartingBefore(titles, start);
  return title !== undefined && end < title.end;
}
/** Entity types that are only words of a title inside one. */
const WORDS_OF_A_TITLE: ReadonlySet<EntityType> = new Set(['place', 'person', 'position']);

/** jieba tags of common words: nouns, verbs, adjectives, distinguishing words and adverbs, none of them a name. */
const COMMON_WORD_TAGS = /^(n|vn|v|a|an|ad|b|d)$/;

/**
 * Whether place `span` is a generic area word (see Policy.dropGenericPlaces)
 * alone, or after common words only: 时尚新区 in 打造纺织服装时尚新区 and
 * 公共园区 name a kind of zone a plan speaks of, while 滨海新区 and 余家头小区
 * begin with a name (jieba's ns, or a word it does not know as common).
 */
function isGenericPlace(text: string, tokens: readonly Token[], span: Span): boolean {
  const name = text.slice(span.start, span.end);
  if (GENERIC_PLACES.has(name)) return true;
  let head = '';
  for (const word of GENERIC_PLACES) if (word.length > head.length && word.length < name.length && name.endsWith(word)) head = word;
  if (!head) return false;
  const headStart = span.end - head.length;
  let index = firstStartingFrom(tokens, span.start);
  if (tokens[index]?.start !== span.start) return false;
  for (; index < tokens.length && tokens[index].end <= headStart; index++) {
    if (!COMMON_WORD_TAGS.test(tokens[index].tag)) return false;
    if (tokens[index].end === headStart) return true;
  }
  return false;
}
/** A member of a standing committee, and what makes the committee of the title: see Policy.standingCommittees. */
/** A hospital or school affiliated to the body before it (附属第一医院, 附属中学): see Policy.affiliatedBodiesWhole. */
const AFFILIATED_BODY = /^附属[\u4e00-\u9fff]{0,6}?(?:医院|中学|小学|学校|幼儿园|实验学校)/;
const AFFILIATED_BODY_REACH = 12;
/** A party committee's member, a title no body's name ends in: see positionsAfterTheirBodies in bodiesMended. */
const COMMITTEE_MEMBER = '党委委员';
const STANDING_COMMITTEE_MEMBER = '常委';
const COMMITTEE = '会';
/** What after 常委会 makes its 会 a verb's first character (常委|会见, 会同, 会谈). */
const VERB_AFTER_COMMITTEE = /[见同谈面晤]/;
/** A level's party committee's title (省委常委): the place before it names the committee. */
const LEVEL_PARTY_COMMITTEE = /^[省市县区州]委/;
/** A body's head that its head's title shares (贸工部长, 卫生局长), and what the title ends in: see Policy.headsSharingBodiesEnds. */
const SHARED_HEAD = /[部局厅署]/;
const HEAD_TITLE_END = '长';
/** A title the rules read from the dictionary's occupations (海军, 枪手: nnd), which name bodies too. */
const OCCUPATION_REASON = / nnd\)$/;
/** The last characters of titles that name a body too (司令部, 指挥部). */
const BODY_HEAD_ENDING = /[部局厅院所处社团队]/;
/** A company's board of directors or of supervisors, with its number or term (第六监事会, 三届董事会): see Policy.boardsInTitles. */
const BOARD = /(?:第?[一二三四五六七八九十\d]+届?)?[董监]事会$/;
/** A body's party group or committee at the end of its name (国家统计局党组): see Policy.partyGroupsInTitles. */
const PARTY_GROUP_ENDING = /分?党(?:组|委)$/;
/** See Policy.placesEndingInUnits. */
const UNIT_ENDING = /[组队局署]/;
const DEPARTMENT_HALL = '厅';
/** A department's head's title right after its 厅 (厅长, 副厅长, 常务副厅长). */
const HEAD_OF_DEPARTMENT_HALL = /^(?:常务)?副?厅长/;
const HEAD_OF_DEPARTMENT_HALL_LENGTH = 5;
/** A party, or its caucus in a parliament (民進黨團). */
const PARTY_ENDING = /党团?$/;
const GOVERNMENT_HEAD_TITLE = /^(?:常务副|副)?(?:司|局|厅|署|处)长/;
const GOVERNMENT_HEAD_TITLE_REACH = 5;

/** See Policy.schoolHeads: a university or college and the title of its head or party secretary. */
const SCHOOL_HEAD = /^(.{0,12}?(?:大学|学院))((?:常务)?副?(?:校长|院长)|(?:党委)?(?:副)?书记)$/;
const SCHOOL_WORD_LENGTH = 2;

/** Bodies this long at least are looked for again: shorter ones are too often parts of other words. */
const REPEATED_BODY_LENGTH = 3;

/** jieba's tags of proper and unknown words: names of people, places and bodies, other proper nouns, abbreviations, Latin and unknown words. */
const PROPER_WORD_TAG = /^(nr|ns|nt|nz|x|eng|j)/;

/** See Policy.repeatedBodies. Lookups go by binary search: long documents hold thousands of bodies, tokens and spans. */
function withRepeatedBodies(text: string, tokens: readonly Token[], spans: Span[]): Span[] {
  const bodies = new Map<string, Span>();
  for (const span of spans) {
    if ((span.type !== 'company' && span.type !== 'organization') || span.end - span.start < REPEATED_BODY_LENGTH) continue;
    const name = text.slice(span.start, span.end);
    if (bodies.has(name) || REFERENCE_TO_COMPANY.test(name)) continue;
    // A name, not a kind of body (研究会, 常备部队): some word of it is a proper or unknown one.
    if (overlappingWords(tokens, span.start, span.end).some((token) => PROPER_WORD_TAG.test(token.tag))) bodies.set(name, span);
  }
  if (bodies.size === 0) return spans;
  const startsWord = (offset: number) => tokens[firstStartingFrom(tokens, offset)]?.start === offset;
  const endsWord = (offset: number) => {
    const index = firstStartingFrom(tokens, offset);
    return index > 0 && tokens[index - 1].end === offset;
  };
  // Titles in book brackets, whose words are the title's (《阿尔法协议》 after the organization 阿尔法).
  const titles = workTitles(text);
  let result = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  let longest = result.reduce((most, span) => Math.max(most, span.end - span.start), 0);
  const overlappingOf = (start: number, end: number): Span[] => {
    const found: Span[] = [];
    for (let index = firstStartingFrom(result, end) - 1; index >= 0 && result[index].start > start - longest; index--) if (result[index].end > start) found.push(result[index]);
    return found;
  };
  for (const [name, first] of bodies) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!startsWord(at) || insideWorkTitle(titles, at, end)) continue;
      const overlapping = overlappingOf(at, end);
      // Nor a place of the same words: a town's body (丹竹镇|党委书记) is written as the town elsewhere (到丹竹镇调研).
      if (overlapping.some((other) => other.start === at && other.end === end && (other.type === 'company' || other.type === 'organization' || (other.type === 'place' && PLACE_LEVEL_ENDING.test(name))))) continue;
      // Inside a longer entity (贵港市委宣传部 holding 贵港市委) or across another's edge: left as read.
      const inside = overlapping.filter((other) => other.start >= at && other.end <= end);
      const titleAfter = overlapping.filter((other) => other.type === 'position' && other.start > at && other.start < end && other.end > end + 1);
      if (inside.length + titleAfter.length !== overlapping.length) continue;
      // A place and a title sharing its level character (贵港|市委书记 beside the organization 贵港市委) are read as they are.
      if (titleAfter.some((title) => inside.some((other) => other.end === title.start))) continue;
      if (titleAfter.length === 0 && !endsWord(end)) continue;
      const repeated: Span = { start: at, end, type: first.type, reason: `${first.type}:repeated(${name})`, score: first.score };
      result = [...result.filter((other) => !overlapping.includes(other)), ...titleAfter.map((title) => ({ ...title, start: end })), repeated].sort((a, b) => a.start - b.start || a.end - b.end);
      longest = Math.max(longest, name.length);
    }
  }
  return result;
}

/** A title the dictionary or a title head made, as its reason names it: position:dictionary(局长 nnt). */
const DICTIONARY_TITLE = /^position:dictionary\(([^ )]+)/;
/**
 * The last character of an agency's name (保监局, 文化部, 房改办, 研究处): a
 * body of its own, unlike a hospital's section (骨科) or a party group (党组),
 * which are the post's.
 */
const AGENCY_ENDING = /^[部厅局办处]$/;
/** Rank words a title may carry between its department and itself (保监局|副局长). */
const RANK_BEFORE_TITLE = /^(副|常务副|原|前)?$/;

/**
 * Rule positions that begin with a department the tagger read as the end of
 * a body's name (北京保监局 in 北京保监局局长, the rules' 保监局局长) begin at
 * the title instead (see Policy.departmentsInModelBodies).
 */
export function withoutDepartmentsOfBodies(text: string, rules: readonly Span[], tagged: readonly Span[]): readonly Span[] {
  // The tagger's spans never overlap (one tag a character), so the body around an offset is the last one starting before it.
  const bodies = tagged.filter((span) => span.type === 'organization' || span.type === 'company').sort((a, b) => a.start - b.start);
  if (bodies.length === 0) return rules;
  const bodiesTaken: Span[] = [];
  const trimmed = rules.map((rule) => {
    if (rule.type !== 'position') return rule;
    const title = DICTIONARY_TITLE.exec(rule.reason)?.[1];
    if (!title || !text.slice(rule.start, rule.end).endsWith(title)) return rule;
    const titleStart = rule.end - title.length;
    const body = lastStartingBefore(bodies, rule.start);
    if (!body || body.end <= rule.start || body.end > titleStart || !AGENCY_ENDING.test(text[body.end - 1]) || !RANK_BEFORE_TITLE.test(text.slice(body.end, titleStart))) return rule;
    bodiesTaken.push(body);
    return { ...rule, start: body.end };
  });
  if (bodiesTaken.length === 0) return rules;
  bodiesTaken.sort((a, b) => a.start - b.start);
  // What the rules read inside such a body (its place, 北京) no longer opens a chain of titles before a name.
  return trimmed.map((rule) => {
    if (!rule.inTitleChain || rule.type === 'position') return rule;
    const body = lastStartingBefore(bodiesTaken, rule.start + 1);
    if (!body || !contains(body, rule)) return rule;
    const { inTitleChain: _chain, ...outside } = rule;
    return outside;
  });
}

/** Tagger organizations side by side, joined where a rules' organization bridges them (see Policy.nestedBodies). */
export function withNestedBodies(text: string, tokens: readonly Token[], model: readonly Span[], rules: readonly Span[]): Span[] {
  const organizationsByEnd = new Map<number, Span[]>();
  for (const rule of rules) {
    if (rule.type !== 'organization') continue;
    let list = organizationsByEnd.get(rule.end);
    if (!list) organizationsByEnd.set(rule.end, (list = []));
    list.push(rule);
  }
  return withMergedBodies(model, (before, span) => {
    const ruled = organizationsByEnd.get(span.end) ?? [];
    if (before.end === span.start) return ruled.some((rule) => rule.start > before.start && rule.start < before.end);
    // Or with a character or two of the second's name between them that the tagger left out, where the rules read
    // the whole (郑州市公安局金水分局|经|八路派出所: jieba's 经/n 八路/m); not a verb's or a function word's
    // (南加利福尼亚州立大学|建立|创意技术研究所).
    const gap = text.slice(before.end, span.start);
    if (span.start <= before.end || gap.length > NESTED_GAP || !HAN_WORD.test(gap) || !ruled.some((rule) => rule.start === before.start)) return false;
    return overlappingWords(tokens, before.end, span.start).every((word) => !FUNCTION_WORD_TAGS.test(word.tag));
  });
}
/** How many characters of a nested body's name the tagger may leave between it and its parent. */
const NESTED_GAP = 2;

/** Tagger organizations, each merged into the one right before it where `joins` says the two are one body. */
function withMergedBodies(model: readonly Span[], joins: (before: Span, span: Span) => boolean): Span[] {
  const out: Span[] = [];
  for (const span of model) {
    const before = out[out.length - 1];
    if (before !== undefined && before.type === 'organization' && span.type === 'organization' && joins(before, span)) out[out.length - 1] = { ...span, start: before.start };
    else out.push(span);
  }
  return out;
}

/** What ends a school or an institute that two fields may name: see withJoinedSchools. */
const SCHOOL_ENDING = /(学院|系|研究所|研究院)$/;
const FIELD_JOINERS = '与和及';

/**
 * A university's school or institute named for two fields, which the tagger
 * read as two bodies either side of the conjunction (北京大学化学|与|分子工程学院,
 * 西南财经大学信托|与|理财研究所), is one body where the rules read it whole.
 * Bodies joined by 与 or 和 are two far more often in general (see JOINER),
 * so the rules' whole name must be there.
 */
export function withJoinedSchools(text: string, model: readonly Span[], rules: readonly Span[]): Span[] {
  const wholeNames = new Set(rules.filter((rule) => rule.type === 'organization').map((rule) => `${rule.start}:${rule.end}`));
  return withMergedBodies(
    model,
    (before, span) => span.start === before.end + 1 && FIELD_JOINERS.includes(text[before.end]) && SCHOOL_ENDING.test(text.slice(span.start, span.end)) && wholeNames.has(`${before.start}:${span.end}`),
  );
}

/** mended()'s steps for bodies: cited news bodies, schools and their heads, units, government bodies, repeated bodies, generic places, works' titles, posts after their bodies. */
export function bodiesMended(out: Span[], { text, tokens, byStart, rules }: Merged, policy: Policy): Span[] {
  let result = out;
  if (policy.citedNewsBodies) {
    result = result.map((span) => (span.type === 'person' && !isUserWord(span) && isCitedNewsBody(text, span.start, span.end) ? { ...span, type: 'organization', reason: `organization:news-body(${span.reason})` } : span));
  }
  if (policy.standingCommittees) {
    // 省委常委/nnt|会/v|会议: a title of the standing committee, or a body the tagger ended with it (贵港市委常委), and
    // the 会 after it are the committee, with the place before a party committee's title (贵港|市委常委|会); not
    // where 会 begins a verb (常委|会见).
    const placesByEnd = new Map(result.filter((span) => span.type === 'place').map((span) => [span.end, span]));
    const mended = new Map<Span, Span[]>();
    for (const span of result) {
      if ((span.type !== 'position' && span.type !== 'organization') || isUserWord(span)) continue;
      if (!text.startsWith(STANDING_COMMITTEE_MEMBER, span.end - STANDING_COMMITTEE_MEMBER.length) || text[span.end] !== COMMITTEE) continue;
      if (VERB_AFTER_COMMITTEE.test(text[span.end + 1] ?? '')) continue;
      const place = span.type === 'position' && LEVEL_PARTY_COMMITTEE.test(text.slice(span.start, span.end)) ? placesByEnd.get(span.start) : undefined;
      if (place) mended.set(place, []);
      mended.set(span, [{ type: 'organization', start: place?.start ?? span.start, end: span.end + 1, reason: `organization:standing-committee(${span.reason})` }]);
    }
    if (mended.size > 0) result = result.flatMap((span) => mended.get(span) ?? [span]);
  }
  if (policy.positionsAfterTheirBodies) {
    // 任命王树国同志为西安交通大学党委委员、常委、书记 gave the organization 西安交通大学党委委员: no body ends in
    // 委员, and 党委委员 is the member's title, as Resume marks it (湖南神斧民爆集团有限公司|党委委员); where
    // less than a name is left before it (厂|党委委员), the whole is the title.
    const mended = new Map<Span, Span[]>();
    for (const span of result) {
      if (span.type !== 'organization' || isUserWord(span) || !text.startsWith(COMMITTEE_MEMBER, span.end - COMMITTEE_MEMBER.length)) continue;
      const titleStart = span.end - COMMITTEE_MEMBER.length;
      const title: Span = { type: 'position', start: titleStart - span.start >= 2 ? titleStart : span.start, end: span.end, reason: `position:committee-member(${span.reason})` };
      mended.set(span, title.start > span.start ? [{ ...span, end: titleStart }, title] : [title]);
    }
    if (mended.size > 0) result = result.flatMap((span) => mended.get(span) ?? [span]);
  }
  if (policy.affiliatedBodiesWhole && text.includes(AFFILIATED)) {
    // 浙江大学医学院|附属第一医院|院长 (jieba: 附属/b 第一/m 医院院长/n): the rules read no body over 附属 where jieba glued the
    // hospital's head to its head's title; the hospital or school affiliated to the body, right before a title, is the name.
    const positionStarts = new Set(result.filter((span) => span.type === 'position').map((span) => span.start));
    const taken = new Coverage(text.length);
    for (const span of result) taken.mark(span);
    result = result.map((span) => {
      if (span.type !== 'organization' || isUserWord(span)) return span;
      const match = AFFILIATED_BODY.exec(text.slice(span.end, span.end + AFFILIATED_BODY_REACH));
      if (!match) return span;
      const end = span.end + match[0].length;
      return positionStarts.has(end) && !taken.any({ ...span, start: span.end, end }) ? { ...span, end } : span;
    });
  }
  if (policy.schoolHeads) {
    // jieba's 大学校长/n: the university and its head's title, with the place before it (澳门|大学校长 → 澳门大学 + 校长).
    const mended = new Map<Span, Span[]>();
    for (const span of result) {
      if (span.type !== 'position' || isUserWord(span)) continue;
      const match = SCHOOL_HEAD.exec(text.slice(span.start, span.end));
      if (!match) continue;
      const schoolEnd = span.start + match[1].length;
      const place = match[1].length === SCHOOL_WORD_LENGTH ? result.find((other) => other.type === 'place' && other.end === span.start) : undefined;
      if (match[1].length === SCHOOL_WORD_LENGTH && !place) continue;
      const school: Span = { type: 'organization', start: place ? place.start : span.start, end: schoolEnd, reason: `organization:school(${span.reason})` };
      if (place) mended.set(place, []);
      mended.set(span, [school, { ...span, start: schoolEnd }]);
    }
    if (mended.size > 0) result = result.flatMap((span) => mended.get(span) ?? [span]);
  }
  if (policy.placesEndingInUnits) {
    result = result.map((span) => {
      if (span.type !== 'place' || span.reason !== 'model' || span.end - span.start < 3) return span;
      // Or in a provincial department's 厅 where the rules read the same words as a listed body (自治区|农业农村厅;
      // not a hall: 营业厅, 宴会厅), or where its head's title follows (湖北省交通运输厅|厅长).
      const department =
        text[span.end - 1] === DEPARTMENT_HALL &&
        (HEAD_OF_DEPARTMENT_HALL.test(text.slice(span.end, span.end + HEAD_OF_DEPARTMENT_HALL_LENGTH)) ||
          (byStart.get(span.start) ?? []).some((rule) => rule.type === 'organization' && rule.end === span.end && rule.reason.startsWith('organization:known')));
      if (!UNIT_ENDING.test(text[span.end - 1]) && !department) return span;
      const body: Span = { ...span, type: 'organization', reason: `organization:unit(${span.reason})` };
      // A body has no division.
      delete body.division;
      return body;
    });
  }
  if (policy.governmentBodies) {
    result = result.map((span) =>
      (span.type === 'company' || span.type === 'place') && !isUserWord(span) &&
      (listedWords().governmentBodies.has(text.slice(span.start, span.end)) ||
        (span.type === 'company' && (PARTY_ENDING.test(text.slice(span.start, span.end)) || GOVERNMENT_HEAD_TITLE.test(text.slice(span.end, span.end + GOVERNMENT_HEAD_TITLE_REACH)))))
        ? { ...span, type: 'organization', reason: `organization:government(${span.reason})` }
        : span,
    );
    // And where the tagger marked nothing over it (东部战区新闻发言人施毅, which the tagger, trained before the theatre commands, leaves out).
    const listed = rules.filter((rule) => rule.type === 'organization' && listedWords().governmentBodies.has(text.slice(rule.start, rule.end)));
    if (listed.length > 0) {
      const taken = new Coverage(text.length);
      for (const span of result) taken.mark(span);
      for (const rule of listed) if (!taken.any(rule)) result.push({ ...rule, reason: `organization:government(${rule.reason})` });
    }
  }
  if (policy.repeatedBodies) result = withRepeatedBodies(text, tokens, result);
  if (policy.dropGenericPlaces) result = result.filter((span) => span.type !== 'place' || !isGenericPlace(text, tokens, span));
  if (policy.dropInsideWorkTitles) {
    const titles = workTitles(text);
    if (titles.length > 0) result = result.filter((span) => !WORDS_OF_A_TITLE.has(span.type) || isUserWord(span) || !insideWorkTitle(titles, span.start, span.end));
  }
  if (policy.headsSharingBodiesEnds) {
    // 新加坡贸工部/n|长颜金勇/x gave the body 新加坡贸工部 and no title: a tagger body ending in a head's character, then
    // 长 and a person, is the head's title written with it (贸工部长, as 经济部长), and so one position, in the
    // rules' place it starts with, where linking reads the body back.
    const peopleStarts = new Set(result.filter((span) => span.type === 'person').map((span) => span.start));
    result = result.map((span) => {
      if (span.type !== 'organization' || span.reason !== 'model' || text[span.end] !== HEAD_TITLE_END || !SHARED_HEAD.test(text[span.end - 1]) || !peopleStarts.has(span.end + 1)) return span;
      let place: Span | undefined;
      for (const rule of byStart.get(span.start) ?? []) if (rule.type === 'place' && rule.end <= span.end - 2 && (!place || rule.end > place.end)) place = rule;
      return { ...span, type: 'position', end: span.end + 1, reason: `position:shared-head(${span.reason})`, ...(place ? { body: { end: place.end, type: 'place' as const } } : {}) };
    });
  }
  if (policy.placeTitlesAreNoBodies) {
    // 贵州|省委常委/nnt gave the body 贵州省委常委: a tagger body that is the rules' place and then their post, and
    // nothing else, is that post, written with its place (as CLUENER marks 深圳市长), in the place's body; not where
    // the post names a body too (美国|司令部).
    result = result.map((span) => {
      if (span.type !== 'organization' || span.reason !== 'model') return span;
      for (const place of byStart.get(span.start) ?? []) {
        if (place.type !== 'place' || place.end >= span.end) continue;
        const post = (byStart.get(place.end) ?? []).find((rule) => rule.type === 'position' && rule.end === span.end && !OCCUPATION_REASON.test(rule.reason));
        if (post && !BODY_HEAD_ENDING.test(text[post.end - 1])) return { ...span, type: 'position', reason: `position:place-and-title(${post.reason})`, body: { end: place.end, type: 'place' } };
      }
      return span;
    });
  }
  if (policy.boardsInTitles) {
    // 阿里巴巴集团董事会|主席 gave the body 阿里巴巴集团董事会: a company's board right before a title is the title's
    // (董事会主席, 董事会秘书, as Resume marks them), and the company ends before it, or is dropped where only a
    // reference to one is left of it (公司董事会|秘书).
    const titleStarts = new Map(result.filter((span) => span.type === 'position').map((span) => [span.start, span]));
    const mended = new Map<Span, Span[]>();
    for (const span of result) {
      if ((span.type !== 'organization' && span.type !== 'company') || isUserWord(span)) continue;
      const board = BOARD.exec(text.slice(span.start, span.end))?.[0];
      const title = board ? titleStarts.get(span.end) : undefined;
      if (!board || !title || isUserWord(title)) continue;
      const boardStart = span.end - board.length;
      const company = text.slice(span.start, boardStart);
      mended.set(title, [{ ...title, start: boardStart }]);
      // What owns the board and ends in a company's suffix is a company, whatever the tagger called the whole (阿里巴巴集团).
      const owner: Span = span.type === 'organization' && endsWithCompanySuffix(company) ? { ...span, type: 'company', end: boardStart, reason: `company:board-owner(${span.reason})` } : { ...span, end: boardStart };
      mended.set(span, company.length >= 2 && !REFERENCE_TO_COMPANY.test(company) ? [owner] : []);
    }
    if (mended.size > 0) result = result.flatMap((span) => mended.get(span) ?? [span]);
  }
  if (policy.partyGroupsInTitles) {
    // 国家统计局党组|成员、副局长 gave the body 国家统计局党组 and no title for 成员: a tagger body ending in its party
    // group or committee, where the rules read a title from the group on past the body (党组成员, 党委委员), is the
    // body before the group, and the title the rules'.
    const taken = new Coverage(text.length);
    for (const span of result) taken.mark(span);
    const mended = new Map<Span, Span[]>();
    for (const span of result) {
      if (span.type !== 'organization' || isUserWord(span)) continue;
      const group = PARTY_GROUP_ENDING.exec(text.slice(span.start, span.end))?.[0];
      if (!group || span.end - span.start - group.length < 2) continue;
      const groupStart = span.end - group.length;
      const title = (byStart.get(groupStart) ?? []).find((rule) => rule.type === 'position' && rule.end > span.end && !taken.any({ ...rule, start: span.end }));
      if (title) mended.set(span, [{ ...span, end: groupStart }, title]);
    }
    if (mended.size > 0) result = result.flatMap((span) => mended.get(span) ?? [span]);
  }
  if (policy.positionsAfterTheirBodies) {
    const present = new Set(result.map((span) => `${span.type} ${span.start} ${span.end}`));
    result = result.flatMap((span) => {
      if (span.type !== 'position' || isUserWord(span)) return [span];
      let body: Span | undefined;
      for (const rule of byStart.get(span.start) ?? []) if ((rule.type === 'organization' || rule.reason.startsWith('company:brand')) && rule.end <= span.end - 2 && rule.end - rule.start >= 2 && !PARTY_GROUP.test(text.slice(rule.start, rule.end)) && (!body || rule.end > body.end)) body = rule;
      const titleStart = body ? body.end + (FORMER.has(text[body.end]) ? 1 : 0) : -1;
      if (!body || !isTitleText(text.slice(titleStart, span.end))) return [span];
      const { body: _written, ...title } = span;
      const bodyKey = `${body.type} ${body.start} ${body.end}`;
      if (present.has(bodyKey)) return [{ ...title, start: titleStart }];
      present.add(bodyKey);
      return [body, { ...title, start: titleStart }];
    });
  }
  if (policy.oneTypePerBody) result = withOneTypePerBody(text, result);
  return result;
}

/**
 * Each name the document gives as both a company and an organization as the
 * type it has more often: 特斯拉 twice a company and once, before 中国区总裁,
 * an organization. Where as many, an organization if the name ends in a
 * body's head (人力行政中心), else a company (携程国旅, 肯德基). A listing that
 * names the same body under two headings misleads more than one that is
 * wrong throughout.
 */
function withOneTypePerBody(text: string, spans: Span[]): Span[] {
  const counts = new Map<string, { company: number; organization: number }>();
  for (const span of spans) {
    if ((span.type !== 'company' && span.type !== 'organization') || isUserWord(span)) continue;
    const name = text.slice(span.start, span.end);
    const count = counts.get(name) ?? { company: 0, organization: 0 };
    count[span.type]++;
    counts.set(name, count);
  }
  const retyped = new Map<string, EntityType>();
  for (const [name, count] of counts) {
    if (count.company === 0 || count.organization === 0) continue;
    const tie = count.company === count.organization;
    retyped.set(name, count.organization > count.company || (tie && endsWithOrganizationHead(name)) ? 'organization' : 'company');
  }
  if (retyped.size === 0) return spans;
  return spans.map((span) => {
    if ((span.type !== 'company' && span.type !== 'organization') || isUserWord(span)) return span;
    const type = retyped.get(text.slice(span.start, span.end));
    return type && type !== span.type ? { ...span, type, reason: `${type}:as-elsewhere(${span.reason})` } : span;
  });
}
