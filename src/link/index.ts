/**
 * Who holds what. News writes an official's posts as an appositive chain
 * before the name: 贵港市委常委、宣传部部长、市纺织服装产业工作专班组长黄锦锋.
 * Each link of the chain is [place|organization|company]* position; a
 * position's organization is the body written before it (a company too:
 * 汇丰控股|财务总监), or the body its title names (市委书记 -> 市委),
 * completed by the chain's place (贵港 + 市委 = 贵港市委) or by the previous
 * link's body (党组 of 市政府). A position entity that holds its body
 * (桂平市领导, marked by src/model/combine/index.ts) is read as that body followed
 * by the title.
 */
import type { Doc, Relation, Span } from '../doc.js';
import { isCorporateTitle } from '../recognize/company.js';
import { HAN_WORD } from '../recognize/context.js';
import { endsWithOrganizationHead } from '../recognize/organization.js';
import { isDivisionName } from '../recognize/place.js';
import { isHonorificTitleChain } from '../recognize/person.js';
import { firstStartingFrom } from '../sorted.js';

type Pieces = { start: number; end: number }[];

/**
 * A body written at the start of a title: a level's committee or
 * government (市委书记, 区政府副区长), a party group, or the people's
 * congress or political consultative conference of the place before it
 * (长沙市|政协主席, 南宁市|人大常委会主任).
 */
const EMBEDDED_BODY = /^((?:市|省|县|区|州|镇|乡|街道)(?:党工委|党委|纪委|委|人民政府|政府)|党组|党委|纪委|团委|政协|人大常委会)/;
/**
 * A place's name written into a title before its level's body (鼓楼|区委书记,
 * 玄武|区政府副区长), which the tagger marks as one position: two to four
 * characters, not a word of tenure or rank (前任|区委书记).
 */
const PLACE_BEFORE_BODY = /^((?!现任|新任|时任|前任|原任|代理|常务|副)[\u4e00-\u9fff]{2,4}?)(?=(市委|省委|县委|区委|州委|市政府|省政府|县政府|区政府|州政府)(?!$))/;
/** A body's head or deputy named by the kind of body alone (院长, 副局长, 行长, 校长); group 1 is the kind. */
const BODY_HEAD = /^(?:常务副|副)?(院|部|局|厅|署|处|会|社|行|所|馆|校)长$/;
/** What the name of a body of a kind ends with, where that is not the kind's character: a school (校长) is a 大学, 学院, 中学…. */
const NAME_ENDINGS_OF_KIND: Record<string, readonly string[]> = { 校: ['大学', '学院', '学校', '中学', '小学'] };
/** What may stand right before a title that opens a clause, or follows an aside (（下称“建设部”）副部长). */
const CLAUSE_OPENER = /[，。；：、！？,.;:!?\s（(“"「）)”」]/;
/** The level character of a village's bodies (村委会, 村党支部), which LEVEL_ONLY leaves out: no village is an entity of its own. */
const VILLAGE = '村';
/** An urban community, whose party committee news writes as 社区党委 after naming it. */
const COMMUNITY = '社区';
/** A place's leaders, as news calls the officials it lists (市领导王刚、陈伟). */
const LEADERS = /^(主要)?领导$/;
/** A body written with its level word only (市政府, 市纺织…专班) belongs to the chain's place. */
const LEVEL_ONLY = /^(市|省|县|区|州|镇|乡)/;
/**
 * A word of tenure the position starts with (原院长, 前外交部长, 时任市委书记), before at least
 * two characters of the post; not 前 of a hotel's 前厅部 or 前台.
 */
const TENURE_BEFORE_TITLE = /^(?:原任|前任|时任|原|前(?![厅台]))(?=.{2})/;
/**
 * The head of a place's government or a deputy (市长, 副省长, 常务副市长):
 * the place's, never the body of the link before (省委). Group 1 is the level.
 */
const PLACE_HEAD = /^(?:常务副|副|代)?(市|省|县|区|州|镇|乡)长$/;
/**
 * A department written into the title (宣传部部长, 体育局副局长), or sharing
 * its last character with it (卫生局长, 经济部长, 行政院长), a party
 * (民众党主席) or its committee (社区党委书记: not 社区党 + 委书记), a caucus
 * or a group (党团总召, 集团首席执行官). A title's own
 * rank words are no department: 副部长 is not 副部 + 长, nor 处处长 (a
 * tagger's cut of 研究处|处长) 处处 + 长, nor are the words of an
 * executive's or an honorary head's post: 执行院长 is no 执行院 + 长.
 */
const DEPARTMENT = /^((?![副正代常]|(?:执行|名誉|荣誉)[^（()）]长)([^（()）])[^（()）]{0,3}?(?!\2)(办公厅|办公室|部|厅|局|办|处|科|室|院|署|党委|党组|党工委|党(?![委组工])|团))(?=.)/;
/** A department of the state or the party centre (中央办公厅, 国务院办公厅, 国家发改委…): a body of its own, not the department of the body before it. */
const CENTRAL_DEPARTMENT = /^(中央|国务院|国家|全国)/;
/** A party committee's own departments, which news writes without the committee after its post (市委常委、统战部部长). */
const COMMITTEE_DEPARTMENT = /^(?:统战部|宣传部|组织部|政法委|政法委员会|政策研究室|办公室|纪委|编办|网信办|社会工作部)$/;
/** A party committee (登封市委, 中共广东省委, 区委). */
const COMMITTEE_ENDING = /[省市县区州]委$|党委$/;
/** A body that has members but no departments: 中共中央政治局委员、外交部长 is the 外交部's, not a department of the Politburo. */
const WITHOUT_DEPARTMENTS = /政治局(?:常委会|常务委员会)?$/;
const BODY = /^(.*?(市委|省委|县委|区委|州委|市政府|省政府|县政府|区政府))/;
const LIST_GAP = /^[、\s]*$/;
/** Names a byline or a caption separates by one space (（记者 李明 王芳）). */
const NAMES_SPACED = /^[ \u3000]$/;
/** A body's party group or committee (中国科协党组, 中国石油天然气集团有限公司党组); group 1 is the body. */
const PARTY_GROUP = /^(.+?)(?:党组|党委)$/;
/**
 * What may stand between a body and its title without cutting them apart:
 * an aside in brackets (比亚迪股份有限公司（002594.SZ）董事长) or a word for
 * the post's tenure that the title entity left out (华为技术有限公司轮值董事长,
 * 公司现任总经理), 新闻 of a spokesman (国防部新闻发言人: the dictionary's
 * title is 发言人), 的 (腾讯公司的创始人), or the affairs a post is for
 * (美国国务院亚太事务助理国务卿, 外交部政治事务副部长).
 */
const BODY_TITLE_GAP = /^\s*[（(][^（()）]{1,40}[)）]\s*$|^(现任|新任|时任|前任|前|原|代理|轮值|候任|署理|联席|常务|新闻|的)$|^[\u4e00-\u9fff]{2,6}事务$/;
/**
 * The word for a company written right before a title, standing for the one
 * named before (公司|总经理, 该公司|董事长, 现任公司|执行董事, 聘任…为公司|财务总监,
 * 集团|首席执行官), and a bank's word for itself (聘任刘珺为本行|行长).
 */
const COMPANY_WORD_BEFORE_TITLE = /(?:^|[^\p{Script=Han}]|[该本任为])(?:公司|集团)$|[本该]行$/u;
/**
 * How far back the company such a word stands for is named: 本公司, 本集团 and
 * 本行 are an announcement's own, named anywhere before; 该公司 is the one named
 * last, in this paragraph or, news writing a sentence a paragraph, the one
 * before (…与广西农垦集团有限责任公司签约。| 该公司总经理王磊); 公司 alone is
 * this paragraph's.
 */
type CompanyScope = 'text' | 'paragraph and the one before' | 'paragraph';
function scopeOfCompanyWord(words: string): CompanyScope {
  if (/本(?:公司|集团|行)$/.test(words)) return 'text';
  return /该(?:公司|集团|行)$/.test(words) ? 'paragraph and the one before' : 'paragraph';
}
/** And the appointment to the company (聘任…为公司|财务总监), which is the document's only company where the paragraph names none. */
const APPOINTED_TO_COMPANY_WORD = /为(?:公司|集团)$/;
/** 香港特别行政区 ends in 区 but has no 区委 or 区长: it is no district. */
const SPECIAL_ADMINISTRATIVE_REGION = /特别行政区$/;
/** What follows 香港 or 澳门 in the name of its government: 特区, 特别行政区, 特区政府. */
const SPECIAL_REGION = /^(特区|特别行政区)(政府)?$/;
/** A university, and a department of one written between it and a title (物理系, 经济管理学院, 微电子研究所). */
const UNIVERSITY = /(大学|学院)$/;
const ACADEMIC_DEPARTMENT = /^[\u4e00-\u9fff]{1,10}(系|学院|研究所|研究院|研究中心|实验室)$/;
/** The words of a department's name before its 系 (水利水电工程 of 水利水电工程系): Chinese characters, as in ACADEMIC_DEPARTMENT. */
const DEPARTMENT_WORDS = /^[\u4e00-\u9fff]{1,10}$/;
/** A government (台中市政府, 市府), and a department of one written as words before its head's title (经济发展|局长). */
const GOVERNMENT = /(政府|市府|县府)$/;
const GOVERNMENT_DEPARTMENT_WORDS = /^[\u4e00-\u9fff]{2,6}$/;
const HEAD_OF_DEPARTMENT = /^(局|处|厅|署|司|部)长$/;
/** A department head's title that starts with the department's 系 (系主任, 系副主任, 系党委书记). */
const DEPARTMENT_TITLE = /^系(?:副)?(?:主任|主席|党委书记|书记)$/;
/** A hospital, and its department's head's title that starts with the department's 科 (呼吸与危重症医学|科主任). */
const HOSPITAL = /医院$/;
const CLINICAL_DEPARTMENT_TITLE = /^科(?:副)?主任$/;
/**
 * Between a title and the name it belongs to: nothing, or the spaces or
 * slash of a byline (（记者 陈晓明 通讯员 李娜）, 本报摄影记者/吴军), never a
 * line break.
 */
const BYLINE_GAP = /^[ \t\u00a0\u3000]{1,2}$|^[ \u3000]?[/／][ \u3000]?$/;
/**
 * Between a name and the post said of it: a copula or a verb of office
 * (an election's 当选 and 连任 too: 江启臣当选台中市长), maybe after a comma
 * (李四，现任…) or 同志 (任命李晓红同志为省教育厅厅长), maybe
 * before the company referred to and its board (选举王良先生为本公司执行董事,
 * 选举李书福先生为公司第六届董事会董事长).
 */
const COPULA = /^(同志|先生|女士)?，?(?:已|将|已经|即将|也|又|还)?(是|为|系|现任|现为|担任|出任|任|曾任|调任|升任|兼任|作为|当选为|当选|连任|就任|接任)((?:本|该)?公司|[本该]行)?(第[一二三四五六七八九十\d]{1,3}届)?(董事会|监事会)?$/;
/** Between the name and the post of a dismissal notice, and the verb before the name (免去|张国强|同志的|…书记|职务). */
const DISMISSAL_GAP = /^(同志)?的$/;
const DISMISSAL_VERB = /(免去|免除|撤销|解除)$/;
/** The verb of office a relative clause's post follows (时任|国家总理的邓小平). */
const OFFICE_VERB_BEFORE = /(担任|身为|作为|时任|现任|曾任|出任|兼任|任)$/;
/**
 * Offices a country or place holds (总统, 国家主席, 首相, 国务卿, 财政部长), as against
 * occupations, where a country before the title is a nationality
 * (意大利|画家, 阿根廷|前锋), and posts in a company it may name (花旗中国|董事长).
 */
const OFFICE_OF_STATE = /(总统|副总统|主席|总理|副总理|首相|副首相|国务卿|部长|外长|防长|财长|外相|大臣|议长|大使|总领事|总督|国王|女王|王储|元首|领导人|发言人|参议员|众议员|议员|州长|省长|市长|总司令|司令|参谋长|秘书长)$/;
/** A government's head and deputy heads, whose post no ministry holds (财政部长兼副总理). */
const HEAD_OF_GOVERNMENT_TITLE = /^(?:常务)?副?(?:总理|首相)$/;
/** A ministry's name ends so (财政部, 外务省). */
const MINISTRY_ENDING = /[部省]$/;
/** A head of state's title that names the state (国家主席, 国家副主席), unlike OFFICE_OF_STATE's, which a country's name goes before. */
const HEAD_OF_STATE_TITLE = /^国家副?主席$/;
/** What may follow a post said with a copula: the end of the clause, or the motion that says it (聘任刘珺为本行行长的议案). */
const CLAUSE_END = /^([，。；：！？、,.;:!?）)\s]|$|的(?:议案|决定|通知|公告))/;
/** A post in brackets or after a comma right after the name: 马化腾（腾讯公司董事会主席）, 马云，阿里巴巴集团创始人，. */
const APPOSITION = /^[（(，]$/;
const OPENING_BRACKET = /[（(]/;
/** A bracketed note of rank or tenure after a post (（正厅长级）, （兼）, （挂职）). */
const RANK_ASIDE = /^[（(][^（()）]{1,12}[)）]/;
const CLOSING_BRACKET = /^[)）]$/;
/**
 * Between two links of a chain: 、, or 兼 or 暨 for posts held together (董事长兼总经理, 董事長暨總經理); after 、 the
 * word for a former post before its body (会长、原|国家建设部副部长).
 */
const CHAIN_JOINER = /^[、\s]*、[、\s]*[原前]?$|^\s*[兼暨]\s*$/;

interface Link {
  prefixes: Span[];
  /** The title: the whole position entity, or its part after the body written into it (领导 of 桂平市领导). */
  position: Span;
  /** The position entity itself. */
  entity: Span;
}

export function link(doc: Doc): void {
  const entities = doc.entities;
  const relations: Relation[] = [];
  const indexOf = new Map(entities.map((entity, index) => [entity, index]));
  /**
   * The titles given an organization so far, in text order: a later title may name the body by its kind
   * (立法院长韩国瑜，副院长江启臣), and a deputy's title may follow its head's (主任黄平主持会议，副主任刘筱柳).
   */
  const linkedTitles: LinkedTitle[] = [];
  for (let index = 0; index < entities.length; index++) {
    const person = entities[index];
    if (person.type !== 'person' || person.refersTo) continue;
    const before = chainEndingAt(doc, index - 1, person.start);
    // The posts said after the name are the person's too where a chain before it names an earlier one
    // (原桂平市市长黄海燕已调任梧州市委副书记).
    // Only after a verb: a comma after the name (何琦，中房协（甄）主任) may begin someone else's post.
    const afterCopula = chainAfterCopula(doc, index, before.length > 0);
    let chain = before.length > 0 ? before : afterCopula;
    if (chain.length === 0) chain = chainBeforeRelative(doc, index);
    if (chain.length === 0) chain = chainAfterName(doc, index);
    // A biography's posts, each after its verb of office: 张三，男，…曾任A、B，现任C.
    const chains = before.length > 0 && afterCopula.length > 0 ? [before, afterCopula] : chain.length > 0 ? [chain] : biographyChains(doc, index);
    for (const each of chains) {
      const chainStart = startOf(each);
      const lookups: Lookups = {
        placeOfLevel: (level) => placeOfLevelBefore(doc, chainStart, level),
        bodyEndingWith: (name, withinLine) => nearer(bodyEndingWithBefore(doc, chainStart, name, withinLine), linkedBodyEndingWith(doc.text, linkedTitles, chainStart, name, withinLine)),
        companyBefore: (scope) => companyNamedBefore(doc, chainStart, scope),
        onlyCompany: () => onlyCompanyBefore(doc, chainStart),
        villageBefore: (ending) => villageNamedBefore(doc, chainStart, ending),
        unknownWordBefore: (position) => {
          const word = doc.tokens[firstStartingFrom(doc.tokens, position) - 1];
          // A word of two Han characters or more jieba does not know (联发科/x): a name the rules did not read.
          return word !== undefined && word.end === position && word.tag === 'x' && word.word.length >= 2 && HAN_WORD.test(word.word);
        },
        bodyOfHeadBefore: (title) => bodyOfHeadBefore(doc.text, linkedTitles, chainStart, title),
      };
      for (const { link, organization } of organizationsOf(doc.text, each, lookups)) {
        const { position, entity } = link;
        relations.push({ person: index, position: indexOf.get(entity)!, organization, ...(position !== entity ? { title: { start: position.start, end: position.end } } : {}) });
        if (organization && organization.length > 0) linkedTitles.push({ title: doc.text.slice(position.start, position.end), organization, end: position.end });
      }
    }
    chain = chains.flat();
    // Title right after the name: 习近平总书记, and after a chain before it too (香港中文大学校长段崇智教授), unless
    // it is the next name's, written right before it (整理／邓若楠摄影／胡军: a byline's next role).
    const next = entities[index + 1];
    if (next && next.type === 'position' && next.start === person.end && !chain.some((link) => link.entity === next)) {
      const nameAfter = entities[index + 2];
      const nextNamesTitle = nameAfter?.type === 'person' && (nameAfter.start === next.end || BYLINE_GAP.test(doc.text.slice(next.end, nameAfter.start)));
      if (chain.length === 0 || !nextNamesTitle) relations.push({ person: index, position: index + 1, organization: null });
    }
  }
  // Names in a 、-list share the chain before the list's first name.
  const relationsOf = new Map<number, Relation[]>();
  for (const relation of relations) relationsOf.set(relation.person, [...(relationsOf.get(relation.person) ?? []), relation]);
  for (let index = 0; index < entities.length; index++) {
    if (entities[index].type !== 'person' || relationsOf.has(index)) continue;
    let first = index;
    while (first > 0 && entities[first - 1].type === 'person' && isListGap(doc.text.slice(entities[first - 1].end, entities[first].start))) first--;
    if (first === index) continue;
    for (const relation of relationsOf.get(first) ?? []) relations.push({ ...relation, person: index });
  }
  // A deputy's post listed right after the head's, with no body of its own (议长康裕成、副议长曾俊杰): the head's body,
  for (let index = 1; index < relations.length; index++) {
    const relation = relations[index];
    const previous = relations[index - 1];
    if (relation.organization || !previous.organization || previous.person >= relation.person) continue;
    const title = titleText(doc, relation);
    const before = titleText(doc, previous);
    const between = doc.text.slice(entities[previous.person].end, entities[relation.position].start);
    if (title !== before && withoutRank(title) === withoutRank(before) && DEPUTY_LIST_GAP.test(between)) relations[index] = { ...relation, organization: previous.organization };
    // So is an officer's post listed right after another officer's of a company (工商银行董事长廖林、行长刘珺): the company.
    else if (DEPUTY_LIST_GAP.test(between) && isCompanyOfficer(title) && isCompanyOfficer(before) && namesCompany(entities, previous.organization)) relations[index] = { ...relation, organization: previous.organization };
  }
  doc.relations = relations;
}

/** Between the head's name and the deputy's title: the list's 、 alone. */
const DEPUTY_LIST_GAP = /^、$/;
/** A company's officers' titles, which a list of its officers writes without the company after the first. */
const COMPANY_OFFICER = /^(?:常务副|副)?(?:总经理|总裁|行长|董事长|董事|监事|监事长|首席[\u4e00-\u9fff]{1,4}官|执行长)$|(?:总监|董事会秘书)$/;
function isCompanyOfficer(title: string): boolean {
  return isCorporateTitle(title) || COMPANY_OFFICER.test(title);
}
/** Whether `organization` is one company entity, written in one piece. */
function namesCompany(entities: readonly Span[], organization: Relation['organization']): boolean {
  if (!organization || organization.length !== 1) return false;
  const [piece] = organization;
  return entities.some((entity) => entity.type === 'company' && entity.start === piece.start && entity.end === piece.end);
}
const RANK = /^(常务副|副)/;
function withoutRank(title: string): string {
  return title.replace(RANK, '');
}
function titleText(doc: Doc, relation: Relation): string {
  const title = relation.title ?? doc.entities[relation.position];
  return doc.text.slice(title.start, title.end);
}

function isListGap(between: string): boolean {
  return (LIST_GAP.test(between) && between.includes('、')) || NAMES_SPACED.test(between);
}

/**
 * The links of a post said of a person right after the name: with a copula
 * or a verb of office (张三是北京市市长, 李四现任华为公司总经理), in brackets
 * (马化腾（腾讯公司董事会主席）) or after a comma (马云，阿里巴巴集团创始人，);
 * with `verbOnly`, after a copula or verb alone.
 * The chain runs from the first entity after the name to a position that
 * ends the clause (or the bracket). A position followed by more words
 * (张三是北京市市长的秘书, 李明，北京市市长王刚) is someone else's post and
 * gives nothing.
 */
function chainAfterCopula(doc: Doc, personIndex: number, verbOnly = false): Link[] {
  const entities = doc.entities;
  const person = entities[personIndex];
  const first = entities[personIndex + 1];
  const gap = first ? doc.text.slice(person.end, first.start) : '';
  // A dismissal notice: 免去张国强同志的中共红河州委书记职务 (the post he held).
  const dismissal = DISMISSAL_GAP.test(gap) && DISMISSAL_VERB.test(doc.text.slice(Math.max(0, person.start - 2), person.start));
  if (!first || !(COPULA.test(gap) || (!verbOnly && (APPOSITION.test(gap) || dismissal)))) return [];
  let last = personIndex + 1;
  while (last < entities.length && entities[last].type !== 'position') {
    const type = entities[last].type;
    if (type !== 'place' && type !== 'organization' && type !== 'company') return [];
    last++;
  }
  if (last >= entities.length) return [];
  // Posts held together (董事长兼总经理, 市委副书记、市长) end the chain at the last of them.
  while (last + 1 < entities.length && entities[last + 1].type === 'position' && CHAIN_JOINER.test(doc.text.slice(entities[last].end, entities[last + 1].start))) last++;
  // A rank in brackets may close the post: 刘洋为省财政厅副厅长（正厅长级）。
  const aside = OPENING_BRACKET.test(gap) ? undefined : RANK_ASIDE.exec(doc.text.slice(entities[last].end, entities[last].end + 20));
  const afterAt = entities[last].end + (aside?.[0].length ?? 0);
  const after = doc.text.slice(afterAt, afterAt + 1);
  if (dismissal ? doc.text.slice(afterAt, afterAt + 2) !== '职务' : OPENING_BRACKET.test(gap) ? !CLOSING_BRACKET.test(after) : !CLAUSE_END.test(doc.text.slice(afterAt, afterAt + 3))) return [];
  // The chain must reach back to the first entity after the verb: 张三是广东|人。北京市市长， is not his.
  const chain = chainEndingAt(doc, last, entities[last].end);
  return chain.length > 0 && startOf(chain) === first.start ? chain : [];
}

const placesByEnd = new WeakMap<Doc, Map<number, Span>>();

/**
 * The rules' place (法国, 美国) ending at `end` that no entity holds, starting
 * at `notBefore` or later: CLUENER marks 法国总统马克龙's 总统 alone, and so
 * does the tagger.
 */
function unmarkedPlaceBefore(doc: Doc, end: number, notBefore: number): Span | undefined {
  let byEnd = placesByEnd.get(doc);
  if (!byEnd) {
    byEnd = new Map();
    for (const span of doc.ruleCandidates) {
      const longest = byEnd.get(span.end);
      if (span.type === 'place' && (!longest || span.start < longest.start)) byEnd.set(span.end, span);
    }
    placesByEnd.set(doc, byEnd);
  }
  const place = byEnd.get(end);
  if (!place || place.start < notBefore) return undefined;
  // 中国|驻|美国|大使: the country that sends, not the one the ambassador is posted to.
  const sender = doc.text[place.start - 1] === POSTED_TO ? byEnd.get(place.start - 1) : undefined;
  return sender && sender.start >= notBefore ? sender : place;
}

const knownBodiesByEnd = new WeakMap<Doc, Map<number, Span>>();
/**
 * Whether a rules' organization is a name, not a phrase ending in a head: a
 * listed one, or a party or government body with its place before it
 * (高雄市议会; not 政府 alone, which the place of its level names).
 */
function isNamedBody(text: string, span: Span): boolean {
  if (span.reason.startsWith('organization:known')) return true;
  const body = GOVERNMENT_BODY_REASON.exec(span.reason)?.[1];
  return body !== undefined && span.end - span.start > body.length && text.endsWith(body, span.end);
}
const GOVERNMENT_BODY_REASON = /^organization:body\((.+)\)$/;

/**
 * The rules' known organization (联合国, 国发会, 高雄市议会) ending at `end` that no
 * entity holds, starting at `notBefore` or later. Filling such names in as
 * entities costs CLUENER spans (its gold leaves 新快报 of 新快报记者 out), but
 * the title right after one is that body's.
 */
function unmarkedKnownBodyBefore(doc: Doc, end: number, notBefore: number): Span | undefined {
  let byEnd = knownBodiesByEnd.get(doc);
  if (!byEnd) {
    byEnd = new Map();
    // Not a one-character word our dictionaries tag nt (暨).
    for (const span of doc.ruleCandidates) if (span.type === 'organization' && isNamedBody(doc.text, span) && span.end - span.start >= 2) byEnd.set(span.end, span);
    knownBodiesByEnd.set(doc, byEnd);
  }
  const body = byEnd.get(end);
  return body && body.start >= notBefore ? body : undefined;
}

/** How a biography goes on after the name that opens it: 张建华，男，…, 刘芳，1975年出生，…, and an obituary's 张楚汉同志1933年出生于…. */
const BIOGRAPHY_OPENING = /^(?:(?:同志|先生|女士)[，,]?|[，,])\s*(?:男|女|汉族|\d{4}年|[一二]〇)/;
/** Where a biography's posts end: the clause or sentence. */
const POST_END = /^[，。；;,.\n等]|^$/;

/** What a biography in a list of them starts right after, on a line with more before it. */
const RECORD_START = /^[：:；;。]$/;
/** A heading before a biography on its line, closed by a colon: 任前公示：, 拟任人选：. */
const BIOGRAPHY_LEAD = /^[^，。；,;]{1,12}[：:]$/;

/**
 * The posts of a biography that opens a paragraph with the person's name
 * (张建华，男，1968年10月出生，…曾任中国工商银行山东省分行副行长、青岛分行行长，
 * 现任…副行长): each run of titles after a verb of office (任, 现任, 历任,
 * 担任 …) up to the end of its clause, until the paragraph names another
 * person.
 */
function biographyChains(doc: Doc, personIndex: number): Link[][] {
  const { entities, text } = doc;
  const person = entities[personIndex];
  const lineStart = text.lastIndexOf('\n', person.start - 1) + 1;
  const lead = text.slice(lineStart, person.start).trim();
  // Or a record of a list that begins after a colon, a semicolon or a full stop (…予以公示：张建军，男，…；李红梅，女，…).
  const recordStart = RECORD_START.test(text[person.start - 1] ?? '');
  if ((lead !== '' && !BIOGRAPHY_LEAD.test(lead) && !recordStart) || !BIOGRAPHY_OPENING.test(text.slice(person.end, person.end + 8))) return [];
  const chains: Link[][] = [];
  for (let index = personIndex + 1; index < entities.length; index++) {
    const entity = entities[index];
    if (entity.type === 'person' || text.slice(person.end, entity.start).includes('\n')) break;
    if (entity.type !== 'position' || !POST_END.test(text.slice(entity.end, entity.end + 1))) continue;
    const chain = chainEndingAt(doc, index, entity.end);
    if (chain.length === 0 || startOf(chain) <= person.end) continue;
    // The verb, maybe with the company it refers to (现任公司执行董事).
    const before = text.slice(Math.max(0, startOf(chain) - 5), startOf(chain));
    if (OFFICE_VERB_BEFORE.test(before) || /任(?:本|该)?公司$/.test(before)) chains.push(chain);
  }
  return chains;
}

/**
 * A post said in a relative clause before the name, after a verb of office:
 * 时任国家总理的邓小平, 担任财政部首席顾问的瓦利克.
 * Without the verb, 的 joins a title to whatever follows it (美国总统的女儿).
 */
function chainBeforeRelative(doc: Doc, personIndex: number): Link[] {
  const person = doc.entities[personIndex];
  if (doc.text[person.start - 1] !== '的') return [];
  const chain = chainEndingAt(doc, personIndex - 1, person.start - 1);
  return chain.length > 0 && OFFICE_VERB_BEFORE.test(doc.text.slice(Math.max(0, startOf(chain) - 2), startOf(chain))) ? chain : [];
}

/** A verb of office right after a name, as court and discipline reports write it (殷美根利用担任…, 王某在担任…). */
const OFFICE_AFTER_NAME = /^(?:利用(?:其)?|在|先后|曾|历)?(?:担任|任)/;
/** What closes the posts such a report lists: 等职务上的便利, 职务, 期间. */
const POSTS_CLOSED = /^(?:等)?(?:职务|期间)/;
/** Between such a report's posts: CHAIN_JOINER's, or a comma between the posts of one body and the next's (吉安市委副书记、市长，江西省人民政府副秘书长). */
const REPORTED_POSTS_JOINER = /^[、，,\s]*[、，,][、，,\s]*$|^\s*[兼暨]\s*$/;

/**
 * Posts written right after the name, after a verb of office and closed by
 * 职务 or 期间, in the same sentence: 被告人殷美根利用担任萍乡市市长、
 * 中共萍乡市委书记等职务上的便利.
 */
function chainAfterName(doc: Doc, personIndex: number): Link[] {
  const { entities, text } = doc;
  const person = entities[personIndex];
  const verb = OFFICE_AFTER_NAME.exec(text.slice(person.end, person.end + 6));
  if (!verb) return [];
  const from = person.end + verb[0].length;
  for (let index = personIndex + 1; index < entities.length; index++) {
    const entity = entities[index];
    if (entity.type === 'person' || /[。！？；\n]/.test(text.slice(from, entity.start))) break;
    if (entity.type !== 'position' || !POSTS_CLOSED.test(text.slice(entity.end, entity.end + 3))) continue;
    const chain = chainEndingAt(doc, index, entity.end, REPORTED_POSTS_JOINER);
    return chain.length > 0 && startOf(chain) === from ? chain : [];
  }
  return [];
}

/** Where a non-empty chain begins: its first link's first prefix, or that link's position. */
function startOf(chain: Link[]): number {
  return (chain[0].prefixes[0] ?? chain[0].entity).start;
}

/** How an aside naming a body's short form opens and closes: （美联储）, （以下简称“腾讯”）, (下称腾讯). */
const ASIDE_OPENING = /[(（](?:以下简称|以下称|下称|简称)?[“"「]?$/;
const ASIDE_OPENING_REACH = 6;
const ASIDE_CLOSING = /^[”"」]?[)）]$/;

/** Between the country that sends and the place a diplomat is posted to. */
const POSTED_TO = '驻';

/** Quotation marks around a title right before a name: see isQuotedTitle. */
const TITLE_QUOTES: Record<string, string> = { '”': '“', '」': '「', '"': '"' };

/**
 * Whether the gap between a title and the name after it is the closing mark
 * of quotes around the title: mainland news quotes Taiwan's offices
 * (“行政院长”卓荣泰, “经济部长”郭智辉).
 */
function isQuotedTitle(text: string, position: Span, gap: string): boolean {
  const opening = TITLE_QUOTES[gap];
  return opening !== undefined && text[position.start - 1] === opening;
}

/** The links written right before `cursor`, the last of them entities[lastIndex] or before, in text order, joined by `joiner`. */
function chainEndingAt(doc: Doc, lastIndex: number, cursor: number, joiner = CHAIN_JOINER): Link[] {
  const entities = doc.entities;
  const links: Link[] = [];
  let index = lastIndex;
  // A name with a title of its own right after it (格拉斯小镇“市长”王广善总经理) was given the quoted one as a nickname.
  const name = entities[lastIndex + 1];
  const titleAfterName = name?.start === cursor && entities[lastIndex + 2]?.type === 'position' && entities[lastIndex + 2].start === name.end;
  while (index >= 0) {
    const position = entities[index];
    const gap = doc.text.slice(position.end, cursor);
    if (position.type !== 'position') break;
    if (links.length === 0 ? gap.length > 0 && !BYLINE_GAP.test(gap) && !(isQuotedTitle(doc.text, position, gap) && !titleAfterName) && !isHonorificTitleChain(gap) : !joiner.test(gap)) break;
    // A title right after a name is that name's (段崇智教授、香港大学副校长王于渐: 教授 is 段崇智's), not the next one's chain.
    const nameBefore = entities[index - 1];
    if (links.length > 0 && nameBefore?.type === 'person' && nameBefore.end === position.start) break;
    const prefixes: Span[] = [];
    let prefixEnd = position.start;
    let prefixIndex = index - 1;
    /** Characters of the title entity that belong to a department before it (水利水电工程|系主任 is 水利水电工程系|主任). */
    let titleTakenByDepartment = 0;
    // A title with its own body written in (贵港市委书记, 桂平市领导) is that body's, not the one
    // before a gap (来自北京的|贵港市委书记 is 贵港市委's secretary, not 北京's).
    const titleNamesItsBody = position.body !== undefined || PLACE_BEFORE_BODY.test(doc.text.slice(position.start, position.end));
    while (prefixIndex >= 0) {
      const prefix = entities[prefixIndex];
      if (prefix.type !== 'place' && prefix.type !== 'organization' && prefix.type !== 'company') break;
      // A body's abbreviation in brackets between it and the title (伦敦金属交易所（lme）ceo, 美国联邦储备委员会（美联储）主席)
      // is an aside: the body is the one before.
      // So is one the bracket introduces (（以下简称“腾讯”）副总裁).
      const opening = prefixes.length === 0 ? ASIDE_OPENING.exec(doc.text.slice(Math.max(0, prefix.start - ASIDE_OPENING_REACH), prefix.start)) : null;
      const bracketed = opening !== null && ASIDE_CLOSING.test(doc.text.slice(prefix.end, prefixEnd));
      const bracketAt = opening ? prefix.start - opening[0].length : -1;
      const bodyBefore = entities[prefixIndex - 1];
      const nameBeforeBracket = bodyBefore !== undefined && bodyBefore.end === bracketAt && (bodyBefore.type === 'organization' || bodyBefore.type === 'company') && prefix.type !== 'place';
      if (bracketed && (prefix.reason.endsWith(':abbreviation-in-brackets') || nameBeforeBracket)) {
        prefixEnd = bracketAt;
        prefixIndex--;
        continue;
      }
      const gap = doc.text.slice(prefix.end, prefixEnd);
      // 泰国|驻|广州|总领事, 中国|驻|美国|大使: the place after 驻 is where the post is; the body is the country that sends.
      if (gap === POSTED_TO && prefix.type === 'place' && prefixes.length > 0 && prefixes.every((each) => each.type === 'place')) {
        prefixes.splice(0, prefixes.length, prefix);
        prefixEnd = prefix.start;
        prefixIndex--;
        continue;
      }
      // A university's department that is no entity (清华大学|物理系|教授) is part of the body,
      // also where the tagger put its 系 into the title (清华大学|水利水电工程|系主任).
      // So is 特区 after 香港 or 澳门 (香港|特区|行政长官), which the tagger leaves out of the place.
      const university = prefixes.length === 0 && prefix.type === 'organization' && UNIVERSITY.test(doc.text.slice(prefix.start, prefix.end));
      const titleText = doc.text.slice(prefixEnd, position.end);
      // So is a hospital's department where the tagger put its 科 into the title (四川大学华西医院|呼吸与危重症医学|科主任).
      const hospital = prefixes.length === 0 && prefix.type === 'organization' && HOSPITAL.test(doc.text.slice(prefix.start, prefix.end));
      const departmentInTitle = DEPARTMENT_WORDS.test(gap) && ((university && !ACADEMIC_DEPARTMENT.test(gap) && DEPARTMENT_TITLE.test(titleText)) || (hospital && CLINICAL_DEPARTMENT_TITLE.test(titleText)));
      // A government's department written as words before its head's title, with which it shares its last
      // character (台中市政府|经济发展|局长: 经济发展局); the title stays whole.
      const governmentDepartment =
        prefixes.length === 0 && prefix.type === 'organization' && GOVERNMENT.test(doc.text.slice(prefix.start, prefix.end)) && GOVERNMENT_DEPARTMENT_WORDS.test(gap) && HEAD_OF_DEPARTMENT.test(doc.text.slice(prefixEnd, position.end));
      const partOfBody = (university && ACADEMIC_DEPARTMENT.test(gap)) || departmentInTitle || governmentDepartment || (prefixes.length === 0 && prefix.type === 'place' && SPECIAL_REGION.test(gap));
      if (prefix.end !== prefixEnd && !partOfBody && (titleNamesItsBody || !(prefixes.length === 0 && BODY_TITLE_GAP.test(gap)))) break;
      if (departmentInTitle) titleTakenByDepartment = 1;
      const sharedWithTitle = departmentInTitle || governmentDepartment ? 1 : 0;
      if (partOfBody) prefixes.unshift({ type: prefix.type, start: prefix.end, end: prefixEnd + sharedWithTitle, reason: 'link:department' });
      prefixes.unshift(prefix);
      prefixEnd = prefix.start;
      prefixIndex--;
    }
    const title = doc.text.slice(position.start, position.end);
    const placeName = position.body ? undefined : PLACE_BEFORE_BODY.exec(title)?.[1];
    const notBefore = prefixIndex >= 0 ? entities[prefixIndex].end : 0;
    const unmarked = prefixes.length === 0 && !position.body && !placeName;
    // A known body may hold the place right before the title's words (高雄市|議會|議長: the rules' 高雄市议会).
    const placeBefore = prefixIndex >= 0 && entities[prefixIndex].type === 'place' ? entities[prefixIndex].start : notBefore;
    const unmarkedBody = unmarked ? (OFFICE_OF_STATE.test(title) ? unmarkedPlaceBefore(doc, position.start, notBefore) : undefined) ?? unmarkedKnownBodyBefore(doc, position.start, placeBefore) : undefined;
    if (prefixes.length === 0 && position.body) {
      // The body is written into the entity (桂平市|领导): read it as a prefix of the title.
      const body: Span = { type: position.body.type, start: position.start, end: position.body.end, reason: position.reason };
      links.unshift({ prefixes: [body], position: { ...position, start: position.body.titleStart ?? position.body.end }, entity: position });
    } else if (unmarkedBody) {
      // A country the entities leave out, as CLUENER does (法国|总统马克龙), or a
      // known body the tagger left out (联合国|秘书长古特雷斯): the title's all the same.
      // Such a body may be a department of the entity right before it (…服务协会|法务部|主任).
      const owner = unmarkedBody.type === 'organization' && prefixIndex >= 0 ? entities[prefixIndex] : undefined;
      const ownsIt = owner && owner.end === unmarkedBody.start && (owner.type === 'organization' || owner.type === 'company');
      links.unshift({ prefixes: ownsIt ? [owner, unmarkedBody] : [unmarkedBody], position, entity: position });
      prefixEnd = ownsIt ? owner.start : unmarkedBody.start;
      if (ownsIt) prefixIndex--;
    } else if (placeName && prefixes.every((prefix) => prefix.type === 'place')) {
      // A district's name the rules did not know is written into the title (福州市|鼓楼|区委书记): it is the place of the body.
      const place: Span = { type: 'place', start: position.start, end: position.start + placeName.length, reason: position.reason };
      links.unshift({ prefixes: [...prefixes, place], position: { ...position, start: place.end }, entity: position });
    } else links.unshift({ prefixes, position: titleTakenByDepartment > 0 ? { ...position, start: position.start + titleTakenByDepartment } : position, entity: position });
    cursor = prefixEnd;
    index = prefixIndex;
  }
  return links;
}

function textOf(text: string, pieces: Pieces): string {
  return pieces.map((piece) => text.slice(piece.start, piece.end)).join('');
}

/** The first `length` characters of a pieced name. */
function truncate(pieces: Pieces, length: number): Pieces {
  const out: Pieces = [];
  let remaining = length;
  for (const piece of pieces) {
    if (remaining <= 0) break;
    const take = Math.min(piece.end - piece.start, remaining);
    out.push({ start: piece.start, end: piece.start + take });
    remaining -= take;
  }
  return out;
}

const placesByDoc = new WeakMap<Doc, Span[]>();

/**
 * The places with a division, entities or the rules' places inside other
 * entities (武侯区 in 四川省成都市武侯区人民政府办公室), sorted by start.
 */
function placesWithDivision(doc: Doc): Span[] {
  let places = placesByDoc.get(doc);
  if (!places) {
    const nameEnds = new Set(doc.entities.filter((span) => span.type === 'person').map((span) => span.end));
    places = [...doc.entities, ...doc.ruleCandidates]
      .filter((span) => span.type === 'place' && span.division && !inPersonalAside(doc.text, span.start, nameEnds))
      .sort((a, b) => a.start - b.start);
    placesByDoc.set(doc, places);
  }
  return places;
}

/** How far back the bracket of an aside about a person is looked for. */
const ASIDE_REACH = 40;

/** What a person's particulars in brackets open with: sex or age (（男，35岁，…）, （45岁）). */
const PARTICULARS = /^[（(](?:男|女|\d{1,3}岁)/;

/**
 * Whether `at` is inside an aside about a person: brackets opened right after
 * a name, or opening with a person's particulars (王某某（男，35岁，河南省周口市人）),
 * whose place is no place the story's 市长 or 市委 belongs to.
 */
function inPersonalAside(text: string, at: number, nameEnds: ReadonlySet<number>): boolean {
  for (let index = at - 1; index >= 0 && index >= at - ASIDE_REACH; index--) {
    const character = text[index];
    if (character === '）' || character === ')' || character === '\n') return false;
    if (character === '（' || character === '(') return nameEnds.has(index) || PARTICULARS.test(text.slice(index, index + 5));
  }
  return false;
}

/**
 * The place a title written with its level word alone (市委副书记, 市长)
 * refers to when its chain names none: news names the city once
 * (长沙市委书记吴桂英，市委副书记、市长周海兵) and then writes 市委 and 市长.
 * That is the nearest place before `before` whose division is of that level
 * (its full name ends in 市 for 市委), without its level character, which
 * the title repeats (长沙市 + 市委 is 长沙市委). The place may lie inside
 * an organization entity (四川省成都市武侯区人民政府办公室 … 区教育局局长).
 */
function placeOfLevelBefore(doc: Doc, before: number, level: string): Pieces {
  const places = placesWithDivision(doc);
  // Sorted by start: only those starting before `before` can end before it.
  for (let index = firstStartingFrom(places, before) - 1; index >= 0; index--) {
    const place = places[index];
    if (place.end > before || !place.division) continue;
    const division = place.division.path[place.division.path.length - 1];
    // The division itself (长沙, 长沙市, or joined places ending in it: 四川省成都市武侯区), not an address in it (聊城市东昌宾馆).
    const written = doc.text.slice(place.start, place.end);
    if (isStrayAlias(doc, place, written, division)) continue;
    // Or the division written without the level character that follows it (甘肃省定西|市委书记, as the tagger cuts it).
    const levelAfter = doc.text[place.end] === level && written.endsWith(division.slice(0, -1));
    if (division.endsWith(level) && !SPECIAL_ADMINISTRATIVE_REGION.test(division) && (division.startsWith(written) || written.endsWith(division) || levelAfter)) {
      const end = doc.text[place.end - 1] === level && place.end - place.start > 2 ? place.end - 1 : place.end;
      return [{ start: place.start, end }];
    }
    // A division of the level that the place, all of it divisions, runs through (南山区|粤海街道 for a 区委书记).
    if (!written.endsWith(division)) continue;
    for (const ancestor of place.division.path.slice(0, -1).reverse()) {
      const at = written.indexOf(ancestor);
      if (!ancestor.endsWith(level) || SPECIAL_ADMINISTRATIVE_REGION.test(ancestor) || at < 0) continue;
      const end = place.start + at + ancestor.length;
      return [{ start: place.start, end: end - place.start > 2 ? end - 1 : end }];
    }
  }
  return divisionOfLevelInBody(doc, before, level);
}

/** The longest name of a division a body's name holds (中共广东省委: 广东省). */
const DIVISION_NAME_LENGTH = 8;

/**
 * Failing any place, the division of the level that a body named before
 * `before` holds in its name, without its level character: 中共广东省委
 * (one word of jieba's, no place the rules read) gives 省委书记 and 省长 广东.
 */
function divisionOfLevelInBody(doc: Doc, before: number, level: string): Pieces {
  let byLevel = divisionsInBodies.get(doc);
  if (!byLevel) divisionsInBodies.set(doc, (byLevel = new Map()));
  let found = byLevel.get(level);
  if (!found) byLevel.set(level, (found = divisionsInBodiesOfLevel(doc, level)));
  // The last body that ends before `before`: found is in text order.
  let low = 0;
  let high = found.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (found[middle].bodyEnd <= before) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? [found[low - 1].division] : [];
}

/** Per document and level, the bodies that hold a division's name, worked out once: a long page asks for each chain. */
const divisionsInBodies = new WeakMap<Doc, Map<string, { bodyEnd: number; division: { start: number; end: number } }[]>>();

function divisionsInBodiesOfLevel(doc: Doc, level: string): { bodyEnd: number; division: { start: number; end: number } }[] {
  const found: { bodyEnd: number; division: { start: number; end: number } }[] = [];
  for (const body of doc.entities) {
    if (body.type !== 'organization') continue;
    const written = doc.text.slice(body.start, body.end);
    search: for (let at = 0; at < written.length - 2; at++) {
      for (let end = at + 3; end <= Math.min(written.length, at + DIVISION_NAME_LENGTH); end++) {
        if (written[end - 1] !== level || SPECIAL_ADMINISTRATIVE_REGION.test(written.slice(at, end)) || !isDivisionName(written.slice(at, end))) continue;
        found.push({ bodyEnd: body.end, division: { start: body.start + at, end: body.start + end - 1 } });
        break search;
      }
    }
  }
  // By end, for the binary search in divisionOfLevelInBody.
  return found.sort((a, b) => a.bodyEnd - b.bodyEnd);
}

/**
 * A division's short name written alone, in a province no other place of
 * the document lies in, while two or more lie in another: 海西 of 清理海西湿地
 * in a report from 云南省大理白族自治州 and 洱源 is no 州 a 州委 there refers to
 * (海西州 is in 青海). Such a word is as often a plain word as the far-away
 * division.
 */
function isStrayAlias(doc: Doc, place: Span, written: string, division: string): boolean {
  if (!place.division || written === division || doc.text.startsWith(division.slice(written.length), place.end)) return false;
  const province = place.division.path[0];
  const byProvince = placeStartsByProvince(doc);
  // Another place of its province, one that starts elsewhere (the tagger's and the rules' reading of the same words count once).
  const ownProvince = byProvince.get(province);
  if (ownProvince && (ownProvince.size > 1 || !ownProvince.has(place.start))) return false;
  for (const [other, starts] of byProvince) if (other !== province && starts.size - (starts.has(place.start) ? 1 : 0) >= 2) return true;
  return false;
}

const provincesByDoc = new WeakMap<Doc, Map<string, Set<number>>>();

/** Where the document's places start, by the province they lie in, worked out once per document. */
function placeStartsByProvince(doc: Doc): Map<string, Set<number>> {
  let byProvince = provincesByDoc.get(doc);
  if (!byProvince) {
    byProvince = new Map();
    for (const place of placesWithDivision(doc)) {
      const province = place.division!.path[0];
      byProvince.set(province, (byProvince.get(province) ?? new Set()).add(place.start));
    }
    provincesByDoc.set(doc, byProvince);
  }
  return byProvince;
}

/**
 * The body a department title written alone (卫生局长) belongs to: the
 * nearest organization before `before` whose name ends with it, as news
 * names the body in full once (台中市政府卫生局) and then by its last word.
 * `withinLine`: only in the same paragraph (for a bare head's title, 院长,
 * whose body the paragraph has just named: 行政院今日召开院会，院长卓荣泰…).
 */
function bodyEndingWithBefore(doc: Doc, before: number, name: string, withinLine = false): Pieces {
  const lineStart = searchStart(doc.text, before, withinLine);
  for (let index = firstStartingFrom(doc.entities, before) - 1; index >= 0; index--) {
    const body = doc.entities[index];
    if (body.start < lineStart) break;
    if ((body.type !== 'organization' && body.type !== 'company') || body.end > before) continue;
    const pieces = [{ start: body.start, end: body.end }];
    if (endsWithName(doc.text, pieces, name)) return pieces;
    // Or the body one of its departments is written after (西安交通大学第一附属医院|心内科 … 该院院长: the hospital).
    if (!DEPARTMENT_ENDING.test(doc.text[body.end - 1])) continue;
    for (let length = DEPARTMENT_LENGTH.min; length <= DEPARTMENT_LENGTH.max; length++) {
      const named = [{ start: body.start, end: body.end - length }];
      if (endsWithName(doc.text, named, name)) return named;
    }
  }
  return [];
}

/** The last character of a department's name after its body's (心内科 of 西安交通大学第一附属医院心内科), and how long such a name is. */
const DEPARTMENT_ENDING = /[科室处庭]/;
const DEPARTMENT_LENGTH = { min: 2, max: 6 };

/** Where the last `count` paragraphs up to `before` start: its own (1), or the one before it too (2). */
function paragraphsStart(text: string, before: number, count: number): number {
  let start = before;
  for (let paragraph = 0; paragraph < count && start > 0; paragraph++) start = searchStart(text, paragraph === 0 ? start : start - 1, true);
  return start;
}

/** Where a search for a body named before `before` may start: the paragraph's start, or the text's. */
function searchStart(text: string, before: number, withinLine: boolean): number {
  return withinLine ? text.lastIndexOf('\n', before - 1) + 1 : 0;
}

/** Whether a body's name ends with `name` and holds more (卫生局 in 台中市政府卫生局, not 卫生局 itself). */
function endsWithName(text: string, body: Pieces, name: string): boolean {
  const written = textOf(text, body);
  return written.length > name.length && written.endsWith(name);
}

/** A title given an organization, where the title ends. */
interface LinkedTitle {
  title: string;
  organization: Pieces;
  end: number;
}

/** An organization given to an earlier person that ends before `before` with `name`, in the same paragraph if `withinLine`. */
function linkedBodyEndingWith(text: string, linkedTitles: readonly LinkedTitle[], before: number, name: string, withinLine = false): Pieces {
  const lineStart = searchStart(text, before, withinLine);
  for (let index = linkedTitles.length - 1; index >= 0; index--) {
    const body = linkedTitles[index].organization;
    if (body[0].start < lineStart) break;
    if (body[body.length - 1].end <= before && endsWithName(text, body, name)) return body;
  }
  return [];
}

/** `pieces` with the level character that follows them in the text, where one does (桂平 + 市). */
function withLevelCharacter(text: string, pieces: Pieces, level: string): Pieces {
  const last = pieces[pieces.length - 1];
  return last && text[last.end] === level ? [...pieces.slice(0, -1), { start: last.start, end: last.end + 1 }] : pieces;
}

/** A level's committee or government (五华区委, 昆明市人民政府) and its level character. */
const LEVEL_BODY = /^(.+?)([市省县区州镇乡])(?:委|政府|人民政府)$/;

/**
 * The place of a level's body, written as a place-head title names it
 * (昆明市五华区委 gives 昆明市五华 for 区长, as 长沙 + 市长), or nothing
 * when the body is another level's.
 */
function placeOfBody(text: string, body: Pieces, level: string): Pieces {
  const match = LEVEL_BODY.exec(textOf(text, body));
  return match && match[2] === level ? truncate(body, match[1].length) : [];
}

/**
 * The company named last before `before`, within `scope`: the one a title
 * after the word 公司 alone refers to (在甘肃陇原薯业有限公司… 公司总经理马建平介绍).
 */
function companyNamedBefore(doc: Doc, before: number, scope: CompanyScope): Pieces {
  const lineStart = scope === 'text' ? 0 : paragraphsStart(doc.text, before, scope === 'paragraph and the one before' ? 2 : 1);
  for (let index = firstStartingFrom(doc.entities, before) - 1; index >= 0; index--) {
    const company = doc.entities[index];
    if (company.start < lineStart) break;
    if (company.type === 'company' && company.end <= before && !isDepartmentName(doc, company)) return [{ start: company.start, end: company.end }];
  }
  return [];
}

/** A department the tagger typed as a company (财务部): no company a title refers to. */
function isDepartmentName(doc: Doc, span: Span): boolean {
  return /[部处室科组]$/.test(doc.text.slice(span.start, span.end));
}

/** A document's only company (see onlyCompanyOf) and where it first names it, worked out once per document. */
const onlyCompanies = new WeakMap<Doc, { only: Pieces; firstMention: number }>();

/**
 * The company a document names if it names one: its longest mention, when
 * every other is the same name or the start of it (比亚迪 and
 * 比亚迪股份有限公司); nothing for none or several. `firstMention` is where
 * the first of them starts (Infinity for none).
 */
function onlyCompanyOf(doc: Doc): { only: Pieces; firstMention: number } {
  let known = onlyCompanies.get(doc);
  if (!known) {
    const companies = doc.entities.filter((span) => span.type === 'company' && !isDepartmentName(doc, span));
    const longest = companies.reduce<Span | undefined>((best, span) => (!best || span.end - span.start > best.end - best.start ? span : best), undefined);
    const name = longest ? doc.text.slice(longest.start, longest.end) : '';
    const only = longest && companies.every((span) => name.startsWith(doc.text.slice(span.start, span.end))) ? [{ start: longest.start, end: longest.end }] : [];
    known = { only, firstMention: companies[0]?.start ?? Infinity };
    onlyCompanies.set(doc, known);
  }
  return known;
}

/**
 * The document's only company, if it is named before `position`: a title
 * written before any company is named may belong to a company the rules do
 * not know (台灣大哥大…總經理林之晨, with 遠傳電信 only in the next paragraph).
 */
function onlyCompanyBefore(doc: Doc, position: number): Pieces {
  const { only, firstMention } = onlyCompanyOf(doc);
  return firstMention < position ? only : [];
}

/** Whether the paragraph's last company before `position` is in the same sentence. */
function companyInSentenceBefore(text: string, position: number, companyBefore: (scope: CompanyScope) => Pieces): boolean {
  const company = companyBefore('paragraph');
  return company.length > 0 && !SENTENCE_END.test(text.slice(company[company.length - 1].end, position));
}

/** A chief officer's title (首席财务官, CFO), which only a company as a whole has. */
const CHIEF_OFFICER = /^首席.{1,4}官$|^C[A-Z]O$/i;
/** A company's department written as one name (公司财务部, 招商银行信用卡中心): group 1 is the company. */
const COMPANY_DEPARTMENT = /^(.*?(?:公司|集团|银行))[^\s]{2,8}(?:部|处|室|科|中心)$/;

/** Whether `title` belongs to a company as a whole, not to one of its departments. */
function isCompanyLevelTitle(title: string): boolean {
  return isCorporateTitle(title) || CHIEF_OFFICER.test(title);
}

/**
 * The company a department belongs to: the body before the department's
 * piece (腾讯公司|人力资源部), the company written into its name (招商银行|信用卡中心),
 * or, where that is the word 公司 alone, the company the paragraph named
 * before; null when none is found. `body` is returned where it is no department.
 */
function companyOfDepartment(text: string, body: Pieces, companyBefore: (scope: CompanyScope) => Pieces): Pieces | null {
  const last = textOf(text, body.slice(-1));
  if (!/[部处室科]$|中心$/.test(last)) return body;
  if (body.length > 1) return body.slice(0, -1);
  const company = COMPANY_DEPARTMENT.exec(textOf(text, body))?.[1];
  if (!company) return body;
  if (/^[本该]?公司$/.test(company)) {
    const named = companyBefore(scopeOfCompanyWord(company));
    return named.length > 0 ? named : null;
  }
  return truncate(body, company.length);
}

/**
 * The village a place before `before` names, in its paragraph or the one
 * before, without its 村: the village of a 村党支部 or 村委会 written alone
 * (在潭头村，村党支部书记张建军 is 潭头村党支部's).
 */
function villageNamedBefore(doc: Doc, before: number, ending = VILLAGE): Pieces {
  const from = paragraphsStart(doc.text, before, 2);
  for (let index = firstStartingFrom(doc.entities, before) - 1; index >= 0; index--) {
    const place = doc.entities[index];
    if (place.start < from) break;
    if (place.type === 'place' && place.end <= before && place.end - place.start > ending.length && doc.text.endsWith(ending, place.end)) return [{ start: place.start, end: place.end - ending.length }];
  }
  return [];
}

/**
 * A body referred to by 该 and its kind right before a title (该院院长, 该局局长), or
 * with a unit of it between, named by the title's head (该院民一庭|庭长, 该局治安科|科长):
 * the kind, and the unit's place in the text.
 */
function referredBodyBefore(text: string, before: number, title: string): { kind: string; unit?: { start: number; end: number } } | undefined {
  const match = REFERRED_BODY.exec(text.slice(Math.max(0, before - REFERRED_BODY_REACH), before));
  if (!match) return undefined;
  const [, kind, unit] = match;
  const head = UNIT_HEAD.exec(title)?.[1];
  if (!unit) return BODY_HEAD.exec(title)?.[1] === kind ? { kind } : undefined;
  return head && unit.endsWith(head) ? { kind, unit: { start: before - unit.length, end: before } } : undefined;
}
/** 该 and a body's kind, then a unit of it at most eight characters long (该院|民一庭, 该局|食品安全协调处). */
const REFERRED_BODY = /该([院局厅署处会社所馆校])(\p{Script=Han}{0,8}?)$/u;
const REFERRED_BODY_REACH = 10;
/** The unit a head's title names (庭长: 庭, 科长: 科). */
const UNIT_HEAD = /^(?:常务副|副)?(\p{Script=Han})长$/u;

/** Of two bodies found before a title, the one written nearer to it. */
function nearer(a: Pieces, b: Pieces): Pieces {
  if (a.length === 0 || b.length === 0) return a.length > 0 ? a : b;
  return a[a.length - 1].end >= b[b.length - 1].end ? a : b;
}

/** What the document says around a chain, for titles that name their body only in part. */
interface Lookups {
  placeOfLevel: (level: string) => Pieces;
  bodyEndingWith: (name: string, withinLine?: boolean) => Pieces;
  /** The company a title after 公司 or 该公司 refers to. */
  companyBefore: (scope: CompanyScope) => Pieces;
  /** The one company the document names, if it names one (in full or by its short name). */
  onlyCompany: () => Pieces;
  /** The village (or, given 社区, the community) named last before the chain, in its paragraph or the one before, without its 村. */
  villageBefore: (ending?: string) => Pieces;
  /** The organization given to the head's title a deputy's title names (副主任: 主任), earlier in the sentence. */
  bodyOfHeadBefore: (title: string) => Pieces;
  /** Whether jieba's word right before `position` is one of two Han characters or more it does not know. */
  unknownWordBefore: (position: number) => boolean;
}

/** A deputy's title (副主任, 常务副主任) and its head's (主任). */
const DEPUTY_TITLE = /^(?:常务)?副(\p{Script=Han}{2,4})$/u;
const SENTENCE_END = /[。！？!?\n]/;

/**
 * The organization given to the head's title that a deputy's title written
 * alone names, earlier in the same sentence: 市人大常委会主任黄平主持会议，
 * 副主任刘筱柳、吴凯出席 (the 副主任 are the 市人大常委会's).
 */
function bodyOfHeadBefore(text: string, linkedTitles: readonly LinkedTitle[], before: number, title: string): Pieces {
  const head = DEPUTY_TITLE.exec(title)?.[1];
  if (!head) return [];
  for (let index = linkedTitles.length - 1; index >= 0; index--) {
    const linked = linkedTitles[index];
    if (linked.end > before) continue;
    if (SENTENCE_END.test(text.slice(linked.end, before))) return [];
    if (linked.title === head) return linked.organization;
  }
  return [];
}

function organizationsOf(text: string, chain: Link[], { placeOfLevel, bodyEndingWith, companyBefore, onlyCompany, villageBefore, bodyOfHeadBefore, unknownWordBefore }: Lookups): { link: Link; organization: Pieces | null }[] {
  const out: { link: Link; organization: Pieces | null }[] = [];
  let chainPlace: Pieces = [];
  /** The chain's place, or failing that the document's place of the level a title starts with. */
  const placeFor = (levelWord: string): Pieces => (chainPlace.length > 0 ? chainPlace : LEVEL_ONLY.test(levelWord) ? placeOfLevel(levelWord[0]) : []);
  /** The body of a kind (院, 局, 校) the paragraph named last before the chain. */
  const bodyOfKind = (kind: string): Pieces => (NAME_ENDINGS_OF_KIND[kind] ?? [kind]).map((ending) => bodyEndingWith(ending, true)).reduce(nearer, []);
  let previousBody: Pieces | null = null;
  for (const link of chain) {
    const { prefixes, position } = link;
    const written: Pieces = prefixes.map(({ start, end }) => ({ start, end }));
    const place = prefixes.filter((span) => span.type === 'place').map(({ start, end }) => ({ start, end }));
    if (place.length > 0) chainPlace = place;
    // The post as the body names it, after a word of tenure the position holds (湘潭县人民医院|原院长: 院长, not a department 原院).
    const titleStart = position.start + (TENURE_BEFORE_TITLE.exec(text.slice(position.start, position.end))?.[0].length ?? 0);
    const title = text.slice(titleStart, position.end);
    const wordsBefore = text.slice(Math.max(0, position.start - 3), position.start);
    const embedded = EMBEDDED_BODY.exec(title)?.[1];
    const department = DEPARTMENT.exec(title)?.[1];
    const departmentPiece = department ? { start: titleStart, end: titleStart + department.length } : undefined;
    const placeHead = PLACE_HEAD.exec(title);
    const hasBodyPrefix = prefixes.some((span) => span.type === 'organization' || span.type === 'company');
    const local = (pieces: Pieces): Pieces => {
      const name = textOf(text, pieces);
      if (place.length > 0) return pieces;
      if (LEVEL_ONLY.test(name)) {
        // 长沙市天心区委原书记、区人大常委会原主任: the district of the committee the chain named before, as for a 区长 (placeHead below).
        const ofPrevious = chainPlace.length === 0 && previousBody ? placeOfBody(text, previousBody, name[0]) : [];
        return [...(ofPrevious.length > 0 ? ofPrevious : placeFor(name)), ...pieces];
      }
      // A party committee's department written alone after the committee's post (登封市委常委、统战部部长): the committee's.
      if (previousBody && COMMITTEE_DEPARTMENT.test(name) && COMMITTEE_ENDING.test(textOf(text, previousBody))) return [...previousBody, ...pieces];
      // A village's body written with 村 alone after another of the village's (大旺村党支部书记、村委会主任): the same village's.
      const previous = name[0] === VILLAGE ? previousBody : null;
      const village = previous ? textOf(text, previous).lastIndexOf(VILLAGE) : -1;
      if (previous && village > 0) return [...truncate(previous, village), ...pieces];
      // Or the village the text has just named (在潭头村，村党支部书记…).
      const named = name[0] === VILLAGE ? villageBefore() : [];
      return [...named, ...pieces];
    };
    let organization: Pieces | null = null;
    if (embedded) {
      const embeddedPiece = { start: titleStart, end: titleStart + embedded.length };
      const isGroup = embedded === '党组' || embedded === '党委';
      // A level character no entity holds, right before 党委 (镇|党委书记, the town's): the committee of that level's place.
      // 社区|党委书记 is a community's: the community the paragraph named before, not a district (区).
      const community = !hasBodyPrefix && place.length === 0 && isGroup && text.endsWith(COMMUNITY, position.start);
      const levelBefore = !hasBodyPrefix && !community && place.length === 0 && isGroup && LEVEL_ONLY.test(text[position.start - 1] ?? '') ? text[position.start - 1] : undefined;
      // 校|党委书记: the committee of the school the paragraph named before (上海交通大学党委).
      const school = !hasBodyPrefix && place.length === 0 && isGroup && text[position.start - 1] === '校' ? bodyOfKind('校') : [];
      // 市政府|党组书记 is the 市政府党组's; 贵港|市委书记 the 贵港市委's.
      const base: Pieces = hasBodyPrefix
        ? local(written)
        : place.length > 0
          ? written
          : school.length > 0
            ? school
            : community
              ? [...villageBefore(COMMUNITY), { start: position.start - COMMUNITY.length, end: position.start }]
              : levelBefore
              ? [...placeFor(levelBefore), { start: position.start - 1, end: position.start }]
              : isGroup && previousBody
                ? previousBody
                : placeFor(embedded);
      organization = [...base, embeddedPiece];
    } else if (placeHead && !hasBodyPrefix) {
      // The place of the committee or government the chain began with (昆明市五华区委副书记、区长), before
      // the document's place of that level (吉安市委副书记、市长 in a report from 南昌市).
      const placeOfPrevious: Pieces = place.length === 0 && chainPlace.length === 0 && previousBody ? placeOfBody(text, previousBody, placeHead[1]) : [];
      // Found elsewhere, the place is named whole, with its level character (桂平市, 武侯区; not 桂平 as in 桂平|市委).
      organization = place.length > 0 ? written : withLevelCharacter(text, placeOfPrevious.length > 0 ? placeOfPrevious : placeFor(placeHead[1]), placeHead[1]);
      if (organization.length === 0) organization = null;
    } else if (hasBodyPrefix) {
      // A department written into the title is the body's (腾讯公司|人力资源部总经理).
      organization = departmentPiece ? [...local(written), departmentPiece] : local(written);
      // A ministry or bureau the tagger cut before the character it shares with its head's title
      // (新加坡人力|部长, 德国财政|部长) is 人力部, 财政部, where the name as cut ends like no body.
      const kind = BODY_HEAD.exec(title)?.[1];
      const lastPrefix = prefixes[prefixes.length - 1];
      const writtenName = textOf(text, written);
      if (!departmentPiece && (kind === '部' || kind === '局') && title === `${kind}长` && lastPrefix.type === 'organization' && lastPrefix.end === position.start && !writtenName.endsWith(kind) && !endsWithOrganizationHead(writtenName)) {
        organization = [...organization, { start: titleStart, end: titleStart + 1 }];
      }
    } else if (department && departmentPiece) {
      // The department of the body before (贵港市委|宣传部), of the place
      // (云南省|体育局), of the body the document named in full before
      // (台中市政府卫生局 … 卫生局长), or the department alone.
      if (place.length > 0) organization = [...written, departmentPiece];
      else if (previousBody && !CENTRAL_DEPARTMENT.test(department) && !WITHOUT_DEPARTMENTS.test(textOf(text, previousBody))) organization = [...previousBody, departmentPiece];
      else {
        const named = bodyEndingWith(department);
        organization = named.length > 0 ? named : local([departmentPiece]);
      }
    } else if (written.length > 0) {
      organization = written;
    } else if (LEADERS.test(title) && LEVEL_ONLY.test(text[position.start - 1] ?? '')) {
      // A level character no entity holds before 领导 (市|领导王刚): the leaders of that level's place the document names.
      const leadersOf = placeFor(text[position.start - 1]);
      if (leadersOf.length > 0) organization = [...leadersOf, { start: position.start - 1, end: position.start }];
    } else if (HEAD_OF_STATE_TITLE.test(title)) {
      // 总书记、国家主席: the state's office names its own body, not the party's before it in the chain.
    } else if (previousBody && HEAD_OF_GOVERNMENT_TITLE.test(title) && MINISTRY_ENDING.test(textOf(text, previousBody))) {
      // 财政部长兼副总理颜金勇: a government's head or deputy head is the state's, not the ministry's before it in
      // the chain; the chain's place, if it named one apart (新加坡|财政部长兼副总理).
      if (chainPlace.length > 0) organization = chainPlace;
    } else if (previousBody) {
      // A company's title after a department's (人力资源部总经理、副总裁, 财务部总经理、首席财务官) is the company's, not the department's.
      organization = isCompanyLevelTitle(title) ? companyOfDepartment(text, previousBody, companyBefore) : previousBody;
    } else if (COMPANY_WORD_BEFORE_TITLE.test(wordsBefore)) {
      // 公司总经理马建平 after 甘肃陇原薯业有限公司 is that company's; 本公司 is the announcement's, and so is
      // 为公司 in an appointment (聘任戴永女士为公司财务总监) where the paragraph names no company but the document one.
      const named = companyBefore(scopeOfCompanyWord(wordsBefore));
      const company = named.length === 0 && APPOINTED_TO_COMPANY_WORD.test(wordsBefore) ? onlyCompany() : named;
      if (company.length > 0) organization = company;
    } else {
      // The head of a body written alone (院长, 局长, 行长, 校长): the body of that kind the paragraph named last.
      // Only where the title opens a clause: words right before it (中山大学附属第一医院|院长) name its own body.
      const kind = BODY_HEAD.exec(title)?.[1];
      const opensClause = position.start === 0 || CLAUSE_OPENER.test(text[position.start - 1]);
      // Or where 该 and the kind stand before it, with the body's unit between (该院|院长, 该院民一庭|庭长): the body referred to, and the unit.
      const referred = referredBodyBefore(text, position.start, title);
      const named = kind && opensClause ? bodyOfKind(kind) : referred ? bodyOfKind(referred.kind) : [];
      const ofHead = named.length > 0 || !opensClause ? [] : bodyOfHeadBefore(title);
      if (named.length > 0) organization = referred?.unit ? [...named, referred.unit] : named;
      else if (ofHead.length > 0) organization = ofHead;
      // A title only a company has, with no body anywhere near: the company, if the document names only one and names it before the title (an announcement's 董事长缪建民).
      // Not where a word of its own stands right before the title and the sentence names no company before it: a company
      // the rules do not know (台積電董事長魏哲家…。聯發科|執行長蔡力行).
      else if (isCorporateTitle(title) && !(unknownWordBefore(position.start) && !companyInSentenceBefore(text, position.start, companyBefore))) {
        const only = onlyCompany();
        if (only.length > 0) organization = only;
      }
    }
    if (organization) {
      const written = textOf(text, organization);
      const body: string | undefined = BODY.exec(written)?.[1];
      // The titles after a party group's (中国科协党组书记、常务副主席) are the body's own.
      const groupOf = PARTY_GROUP.exec(written)?.[1];
      previousBody = body ? truncate(organization, body.length) : groupOf ? truncate(organization, groupOf.length) : organization;
    }
    out.push({ link, organization });
  }
  return out;
}
