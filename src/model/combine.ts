/**
 * How the tagger's spans and the rule recognizers' candidates are put
 * together before overlap resolution. The model speaks first; rule
 * candidates win over it only on the kinds of evidence the policy names, and
 * fill in only the types it names. The default policy was chosen on three
 * CLUENER folds (src/model/dev.ts --fold N --model FILE prints each policy's
 * figures on one; npm run cross-validate --folds 0,3,6 scores the pipeline on
 * those three, and by default on all ten),
 * keeping what the bundled article's title chains need.
 */
import type { Doc, EntityType, Span, Token } from '../doc.js';
import { endsWithCompanySuffix, hasProperWord, isCorporateTitle, isLegalForm, isTradeAndLegalForm } from '../recognize/company.js';
import { endsWithOrganizationHead, isOrganizationSuffixWord } from '../recognize/organization.js';
import { afterNameVerbAt, appointmentVerbAt, isCitedNewsBody, isGivenCharacter, isHonorificReference, transliterationCounts, withCompoundSurname } from '../recognize/person.js';
import { FUNCTION_CHARACTERS, FUNCTION_WORD_TAGS } from '../recognize/phrase.js';
import { isTitleText, PARTY_GROUP } from '../recognize/position.js';
import { dictionaryEntries, lazy } from '../dictionaries/files.js';
import { firstStartingFrom, lastStartingBefore, overlappingWords } from '../sorted.js';

export interface Policy {
  // Which spans speak: the tagger's types, the rules' evidence that fills in or wins over it.
  /** Types the model speaks for. */
  modelTypes: readonly EntityType[];
  /** Rule candidates whose reason starts with one of these are added where no kept span overlaps them ('' for all). */
  fill: readonly string[];
  /**
   * A rule candidate of the same type that ends where a model span ends and
   * starts before it replaces it: the rule saw the name's place or modifier
   * (木乐镇休闲|运动服装协会). Rules reaching further right are not trusted
   * (德甲主队), nor rules reaching over another name of the type the model
   * found (阿森纳队vs|维冈队): organization heads glue words and names together
   * (3-fold CLUENER organization F1 0.777 -> 0.794).
   */
  longerRuleWins: readonly EntityType[];
  /** Rule references to a named person (何书记 → 何录春) replace overlapping model spans. */
  referencesWin: boolean;
  /**
   * Rule candidates whose reason starts with one of these replace overlapping
   * model spans of any type (中国贵港 over 贵港纺织), except a model span
   * that contains the rule's (the model read a longer name: 中国银行广东珠海分行)
   * and one of another type inside it (罗马|米兰 are two clubs).
   */
  reasonsWinAnyType: readonly string[];
  /** Rule candidates in an appositive title chain before a name replace overlapping model spans of any type. */
  titleChainsWin: boolean;
  /**
   * A body's name jieba reads as one word tagged nt or nto (数位发展部/nt)
   * replaces a tagger company or organization inside it that cuts the word
   * (位發展部): jieba's word is the name, the cut one none.
   */
  listedWordsWhole: boolean;
  /**
   * A rules' body that starts where a tagger body starts and goes on over
   * 附属 replaces it (浙江大学医学院|附属第一医院, tagger 浙江大学医学院): the
   * hospital or school affiliated to the body is the name, as CLUENER marks
   * both of its bodies with 附属 (纽约大都会博物馆附属服装学会).
   */
  affiliatedBodiesWhole: boolean;
  /**
   * A party committee jieba split after its division (五华区|委,
   * 自治州|委) replaces the model spans inside it, whatever their type: the
   * tagger reads the division as a place and drops or keeps the 委 at random
   * (昆明市五华区委 as a place, 共红河…州委).
   */
  committeesWin: boolean;
  /**
   * A company's later mention by the name before its legal form
   * (比亚迪股份有限公司 … 比亚迪董事长) replaces a tagger span of the same
   * extent, whatever its type: jieba tags such names nr, and the tagger
   * reads a person. (Where the tagger marked nothing, `fill` adds them.)
   * So does a brand jieba does not know right before a title only a company
   * has, where a name follows the title (鴻海|董事長|劉揚偉: the post is the
   * second name's, and the tagger read two people). And such a name that
   * begins a company the rules read by its legal form replaces the tagger's
   * place it begins with (宁德时代|副董事长 after 宁德时代新能源科技股份有限公司
   * gave the place 宁德).
   */
  companyShortNames: boolean;
  /**
   * A company named before its stock code (贵州茅台（600519）) replaces the
   * tagger spans it overlaps (贵州, 蔚来（NYSE), except a company that
   * contains it (上海浦发银行 around 浦发银行): the code marks the company,
   * the tagger has seen two in CLUENER.
   */
  stockCodeCompanies: boolean;
  /**
   * A word of a user dictionary (--dict) tagged as an entity (src/recognize/user.ts)
   * replaces every span it overlaps: the user's word is the last word.
   */
  userDictionaryWins: boolean;

  // Tagger spans mended as they are read: where they start and end.
  /**
   * A tagger span that starts with 及 or 与 starts after it: the tagger ran
   * a list's conjunction into the next name (房屋局局长何永贤及|发展局局长
   * gave 及发展局), and no entity in CLUENER starts with either.
   */
  trimConjunctionStart: boolean;
  /**
   * A tagger organization or company after 及 that ends in a department's
   * head (局, 部, 署, 司, 会, 中心…) takes in the words before 及: Hong Kong
   * names its bureaus so (运输及|物流局, 创新科技及|工业局). Not when the
   * words before are a department themselves or a body the tagger marked
   * (公司业务部及|战略投资部 is a list). And a school or institute named
   * for two fields that the tagger read as two bodies is one where the rules
   * read it whole (北京大学化学|与|分子工程学院): see withJoinedSchools.
   */
  joinedBodies: boolean;
  /**
   * Organization spans that start with a verb of two or more characters lose
   * it (加强|行业协会 -> 行业协会): names don't start with verbs. One that
   * starts inside a verb (出|席立法院), or with a one-character preposition
   * (经|省委研究决定), starts after it, where the rules found an
   * organization (立法院, 省委). A word of tenure (曾任, 现任) begins no
   * organization, company or place, nor does a preposition jieba glued to
   * the unknown word after it (据小松/x|基地). A body that starts inside a common noun
   * at a list's or clause's start (、入境|境事务处) starts with the noun.
   */
  trimVerbStart: boolean;
  /**
   * A position that starts inside an organization or place word jieba
   * read (国|民党立委, 任|天堂社长) starts after that word (立委, 社长): a
   * title does not begin halfway through a name. On CLUENER this changes
   * one span, where the gold cuts 任天堂 the same way.
   */
  trimPositionStartInName: boolean;
  /**
   * A tagger place that runs past a gazetteer name into words no address
   * ends with (桂平市|汇报纺织) is cut back to the name; real extensions end in
   * an address word (中关村大街, 金海湾森林公园). An organization that runs
   * past its place into words no body ends with is cut back to the rules'
   * organization it begins with (广东省人民医院|心血管内科), or else to the place.
   */
  trimPlaceToName: boolean;
  /**
   * A rule company with a legal suffix that ends where a tagger company ends
   * but starts earlier, with a gazetteer place name, replaces it: the tagger
   * cut the name after the place or a coined word (桂平市|闪鹰|体育用品有限公司)
   * or, with a brand jieba does not know, its province's short name
   * (甘肃|陇原薯|业有限公司).
   */
  suffixCompanyExtendsLeft: boolean;
  /**
   * A name the tagger ran into the adverb after it (侯友宜则表示,
   * 陈克勤亦发表: Taiwan and Hong Kong news write 则 and 亦 where mainland
   * news writes 也) ends before it: no name in CLUENER ends in one. Names do
   * end in 均 and 皆 (金泰均), so these are cut only from a name of four the
   * rules read as three (吳秋北|均表示). In the
   * same way a company or organization the tagger ran into the word for
   * "former" before a title (江西省人大常委会原|副主任, 中国人民银行原|行长)
   * ends before it, where what is left ends like a body: no CLUENER
   * organization or company ends in 原 or 前. A place that ends in 原 where
   * what is left ends like a body but not in a level character is a
   * committee (郧阳区委|原, jieba's 委原/x); a body the tagger ran over 原
   * into the title after it (河南省政协原|党组成员) ends before 原 with the
   * rules' title kept, and a title it read with its body (区人大常委会原主任)
   * is the body and the rules' title from 原 on. And one that ran into its
   * head's title (国家队队|长, where CLUENER writes 所长 after 研究所) ends
   * before that title, which becomes a position (the rules' title, or the
   * two characters where jieba's words hid it). All three are words that
   * follow a name and never end it.
   */
  trimTrailingWords: boolean;
  /**
   * A tagger span other than a person's that runs over a sentence's end
   * (财报。集团, where 集团 opens the next sentence) starts after the last
   * 。, ！ or ；in it, or is dropped when less than two characters are left:
   * no CLUENER company, organization, place or position holds one but
   * by a slip of the gold (中弘。北京像素).
   */
  trimSentenceBreaks: boolean;
  /**
   * A bracket or quotation mark at an edge whose partner is not inside the
   * span is cut off (衡阳市仙姬巷28号）, （getty): the tagger read past the name.
   */
  trimUnbalancedBrackets: boolean;
  /**
   * Emoji, other symbols, invisible format characters and spaces at an edge
   * are cut off (张三😀表示 gave the name 张三😀, 贵港市 委书记 the title
   * " 委书记"): no name begins or ends with one, and the tagger, which reads
   * UTF-16 units, has seen too few to know.
   */
  trimEdgeSymbols: boolean;

  // People: names cut short, run on, or read as something else.
  /**
   * A name the document has as a person elsewhere is a person wherever the
   * rules read one too (小米集团董事长雷军… then 雷军说 at a paragraph's start,
   * which the tagger read as an organization).
   */
  namesStayPeople: boolean;
  /**
   * A person cut short where jieba reads a longer foreign name ends at that
   * name's end: a full name jieba knows (朱棣文/nrfg, tagger 朱棣; 卢卡申科/nr,
   * rules 卢卡申), the next part of a transliterated name (穆斯/nrt|卡特/nrt,
   * tagger 穆斯), its last character left as a word (扎哈罗|娃), or the
   * word jieba does not know after a transliterated part that the tagger
   * cut (格奥尔基/nrt 耶|娃/x): see foreignNameEnd. One the tagger began
   * after a hyphen starts at the hyphenated given name (外交部长|让-诺埃尔·巴罗,
   * jieba: 让/v): see foreignNameStart; one it began inside a word of
   * jieba's takes back the characters frequent in transliterations before it
   * (称莱|万多|夫斯基 gave 多夫斯基): see foreignNameStartInsideWord.
   */
  wholeForeignNames: boolean;
  /**
   * A person the document also names one character longer, with that
   * character following here too, is that longer name: 杭州市长姚高员 … 姚高员指出
   * gave 姚高 before and 姚高员 after. So is a person the rules read one
   * character longer, with a title before and a verb after, where jieba
   * glued that character to the verb (卓荣|泰率: the rules' 卓荣泰). And a
   * person one character longer than the rules' name ends there where the
   * rules read that character as a function word or the start of a speech
   * verb after the name (刘珺|为, 王良|称). A person ends before a word of
   * four Han characters or more that jieba read from its last character
   * on (姆巴佩|梅开二度), an idiom most often, or before an event's time
   * word (斯洛特|赛后), or before a longer word of jieba's it ran into where
   * the rules' name ends (吴静|列席会议), and starts after an
   * appointment verb the tagger read into it (任命|金·琼斯).
   */
  longestNameInDocument: boolean;
  /** A name the tagger cut inside its two-character surname, or short after it, is mended (上|官云飞, 欧阳明|高): see withCompoundSurname. */
  compoundSurnames: boolean;
  /**
   * A tagger company or organization that begins with a name the rules
   * found, followed by a function word (王莉|为|公司), is that name: no
   * body's name holds a person's and 为. What follows is kept where the
   * rules read it as that body (王莉为|华为公司). In the same way a
   * two-character name after a title, followed by a body that begins with
   * a word jieba made of a name's character and 及 (财政司司长陈茂|波及政务司),
   * takes that character, and the body starts after 及.
   */
  nameBeforeFunctionWord: boolean;
  /**
   * A tagger organization with no body's head at its end that ends in a
   * rules' person is that person (市领导邢正军 → 邢正军).
   */
  nameEndsNoBody: boolean;
  /**
   * A romanized name in brackets right after a person's name
   * (托尼·普利斯（tonypulis）) is the same person's name, which CLUENER marks
   * as a name of its own; the tagger rarely finds it (29 of 41 such brackets
   * in CLUENER are marked so, 10 more with the brackets). Where it marked
   * only a word of it (Tony Pulis gave Pulis), the whole bracket replaces
   * that word. In the same way a Latin abbreviation in brackets right
   * after an organization or company (美国联邦调查局（FBI）) is that body, as
   * CLUENER marks it (14 of 18 such brackets, 10 without the brackets).
   */
  bracketedLatinNames: boolean;
  /**
   * A surname and a form of address (刘先生, 李总), or a country's side in
   * talks (韩方), is no name, whoever found it, unless it refers to a named
   * person (何书记 → 何录春).
   */
  dropHonorificReferences: boolean;
  /**
   * A person of four characters or more ending in a building's or a sight's
   * head (宫 殿 楼 馆 寺 庙 厦 园) is no name: none of CLUENER's 3,755 names
   * or Resume's 952 ends so, and the tagger, reading transliterated
   * characters, took 克里姆林宫发言人佩斯科夫's palace for one. A Chinese name
   * of three may (刘亚楼: 园 and 楼 are given-name characters).
   */
  dropBuildingsAsNames: boolean;
  /**
   * A person right before a title only a company has, itself right before a
   * person, is that company (比亚迪总裁王传福: jieba and the tagger read the
   * brand 比亚迪 as a transliterated name). No name of CLUENER's stands so;
   * names before other titles do, in bylines (王东升|记者|蔡早勤).
   */
  namesBeforeCorporateTitlesAreCompanies: boolean;
  /**
   * A person the rules do not read, right before any other title that is
   * right before a person, is a body (湖人|主教练|雷迪克: the tagger read the
   * Lakers as a name), unless the title is a byline's role (王东升|记者|蔡早勤,
   * every such line of CLUENER's).
   */
  namesBeforeTitlesAreBodies: boolean;

  // Bodies and titles, once the spans are combined.
  /**
   * Where the tagger marked nothing, a company the rules found by its
   * suffix right before a title only a company has is filled in
   * (蚂蚁集团董事长井贤栋), and so is a brand of dictionaries/brands.txt
   * (华为|创始人, where jieba tags 华为 nr and the tagger marks nothing).
   */
  suffixCompaniesBeforeTitles: boolean;
  /**
   * A listed company's short name after its label in an announcement's
   * heading (证券简称：贵州茅台) replaces what the tagger read inside it (the
   * place 贵州), and is filled in where it read nothing (see fill).
   */
  stockNames: boolean;
  /**
   * Where the tagger marked nothing, a party the organization list knows
   * right before a title is filled in (国民党|主席, 民进党|秘书长). Not any
   * listed body: CLUENER leaves most such (房产经纪公司|负责人, 中国区|首席经济学家)
   * unmarked.
   */
  knownPartiesBeforeTitles: boolean;
  /**
   * A title that holds a university or college before its head's title
   * (澳門大學校長, jieba's 大学|校长 as one word 大学校长) is that body, with
   * the place right before it, and the title: CLUENER marks 北京邮电大学 and
   * 校长 apart.
   */
  schoolHeads: boolean;
  /**
   * Two tagger organizations side by side are one where a rules'
   * organization starts inside the first and ends with the second
   * (杭州市公安局西湖区分局|文新派出所, with the rules' 西湖区分局文新派出所):
   * CLUENER marks a body with its parents as one span. Without this the
   * rule replaced the second and cut the first off. So the rules'
   * department read by its head's title after it replaces the tagger's
   * body it begins with (国家发改委|财金司|司长: the tagger's 国家发改委).
   */
  nestedBodies: boolean;
  /**
   * A post of the dictionary right before a person, where the tagger marked
   * neither the title nor anything over it (曼城|主帅|瓜迪奥拉): CLUENER marks
   * such titles, and the link needs them. On three CLUENER folds it adds 7
   * titles, 4 of them right; with occupations too (球星, 店主, 射手) 13, 4 right.
   */
  titlesBeforeNames: boolean;
  /**
   * A company or organization the document names is that entity wherever
   * else it is written as words of its own, outside other entities: the
   * tagger read 遠傳電信 once as a company and once as part of the title
   * 電信總經理. A title starting inside the name starts after it; an entity
   * inside the name (a place 台灣 in 台灣大哥大) gives way to it.
   */
  repeatedBodies: boolean;
  /**
   * A person ending in 社, 报 or 网 right before 报道, 消息, 记者… is the news
   * body a report cites (据彭博社报道): see isCitedNewsBody.
   */
  citedNewsBodies: boolean;
  /**
   * A company the tagger read that ends in 党 or 党团, that the hand-curated
   * segmentation list names as a government body (农业农村部), or that a government head's
   * title follows (政務司|司長, 香港财经事务及库务局|局长), is an organization:
   * no company has a party's name or a 司长. The tagger, which has seen few
   * of either, reads 國民黨主席 and 政務司司長 as a company's.
   */
  governmentBodies: boolean;
  /**
   * A tagger place that ends in a unit's head character (西九龍總區重案組,
   * jieba's 西九龙/nr 总区/x 重案/x 组/zg) is an organization: no place's name
   * ends in 组, 队, 局 or 署. On the CLUENER folds the tagger marks no such
   * place; the shipped model marks one on the train file, which the gold
   * calls an address (香港的魁北克省移民局). So is one ending in 厅 that the
   * rules read as a listed body (自治区|农业农村厅), unlike a hall (营业厅).
   */
  placesEndingInUnits: boolean;
  /** Companies and organizations that only refer to one (本公司, 该集团, 经本公司), and companies that are a legal form alone (有限公司), are dropped. */
  dropCompanyReferences: boolean;
  /**
   * A company or organization that is a place and 总部 alone (在深圳总部接待,
   * a company's headquarters in a city) is that place: CLUENER marks 总部
   * only after a body's name (央行上海总部, 平安保险总部). Right after a
   * body's name, it joins that name (大公国际资信评估公司|上海总部).
   */
  headquartersArePlaces: boolean;
  /**
   * A weather forecast's range (大到暴雪, 中到大雨) names no entity: the tagger
   * read 暴雪 as the games company it is in CLUENER's game news.
   */
  dropWeather: boolean;
  /**
   * A place that is only a generic word (产业园区, 市区, 小区), with no name
   * in it, is dropped: CLUENER marks such a word as an address once in 340
   * occurrences (市中心), and it resolves to no division.
   */
  dropGenericPlaces: boolean;
  /**
   * A place, person or position inside a work's title (《北京市城市房地产转让管理办法》,
   * 《芙蓉镇》, 《哈利波特》) is a word of the title, which names a book, film,
   * law or paper, and is dropped. CLUENER marks none of the three inside any
   * of its 2,661 《…》 titles. Companies and organizations stay: the title
   * may be a paper's name the rules read as a body.
   */
  dropInsideWorkTitles: boolean;
  /**
   * A position that begins with a body the rules know (全国政协委员,
   * 北京大学教授, the tagger's or the rules' span) is cut in two: the body,
   * and the title after it (and after 原 or 前). CLUENER marks such a body
   * apart from the title 327 times (全国人大|副委员长, 商务部|部长) and inside
   * the position 34. A party group (党组副书记) stays in the post: linking
   * reads whose it is. A company's short name the rules know as a brand
   * counts as such a body (京东|创始人, where the tagger read one title).
   */
  positionsAfterTheirBodies: boolean;
  /**
   * A place named for a sight (故宫, 西湖, 法门寺, 丽江古城, a museum or a
   * scenic area) is dropped unless the gazetteer knows the whole name
   * (罗湖, a district): CLUENER calls sights scenes, not addresses, and of
   * its spans ending in these heads 30 are addresses and 258 scenes.
   */
  dropScenicSpots: boolean;
  /**
   * A gazetteer place written right before a company or organization the
   * tagger or the rules read without it (深圳|中安信业, 香港|招行,
   * 陇川县|农村信用合作联社) opens that body's name: CLUENER marks a city or
   * province inside the body 296 times and right before it once, a country
   * inside 323 times and before it 7.
   */
  placesIntoBodies: boolean;
  /**
   * A rule position that begins with an agency's name (保监局局长, the
   * rules' department before a title) where the tagger read that agency as
   * the end of a body (北京保监局) begins at the title, and the body stands:
   * CLUENER marks the agency inside the body and the title alone
   * (郑州市城市规划局|副局长) 68 times and inside the position 6. A
   * section of a body the rules know (上海市第六人民医院|骨科主任) or a party
   * group (党组成员) stays the post's.
   */
  departmentsInModelBodies: boolean;
  /**
   * A world place (a country or foreign city from the gazetteer, not a
   * Chinese division) written right before a position is dropped: it says
   * whose office or what nationality (俄罗斯|总统, 法国|画家), and CLUENER
   * leaves it unmarked, 30 times against 4 where a country comes right
   * before a gold position. Linking still reads the country as the body of
   * an office of state (src/link). Chinese places before titles stay
   * (北京市|市长 is marked as often as not).
   */
  dropCountriesBeforeTitles: boolean;
  /**
   * A dateline's place (（新加坡讯）, 本报北京讯: src/recognize/place.ts)
   * replaces whatever overlaps it: the tagger reads 新加坡讯 as a company and
   * 雅加达 there as a body, and HanLP lists 台北讯 as one.
   */
  datelinePlaces: boolean;
  /**
   * A title inside a noun the hand-curated segmentation list writes as one
   * word (采购经理指数, the purchasing managers' index: 经理) is dropped: the
   * tagger reads the title's characters, the list says they are no post.
   */
  dropTitlesInListedNouns: boolean;
  /**
   * A place right before a word for a part of it or the sea off it
   * (宁夏|西部, 珀斯|以北, 索马里|海域, 美国|海岸) takes that word in: CLUENER
   * marks such an address whole 39 times and the place alone 8 times in its
   * train file (地区, 周边 and 附近, which it marks either way, are left out).
   * A place that ends in the 地区 of 地区生产总值 (regional GDP: 广东省|地区生产总值)
   * gives it up, and a body that is a place and such a word (内蒙古|中东部,
   * which jieba lists as nt) is that place. So do the 市 of 市民 and the 村
   * of 村民 (上海市|民姜泉根, 太和镇一村|民: citizens, villagers) where jieba
   * reads 村民 or glues 民 to a name, not 民盟 or 民主路.
   */
  areaWords: boolean;
  /**
   * A country the tagger read as a body (a national team, 西班牙) between two
   * places of a list (摩洛哥、西班牙和葡萄牙) is a place like them.
   */
  placesInLists: boolean;
  /**
   * A place right before the 时间 of a clock time (北京时间10月3日,
   * 美国东部时间周五上午, 北京时间的明天) names a time zone, not a place the news
   * is about: CLUENER leaves 北京 of 北京时间 unmarked 8 times in 10.
   */
  dropTimeZones: boolean;
  /**
   * A body the tagger starts inside a name the rules read, running into a word
   * that ends bodies' names (施毅|陆军|大校 gave 毅陆军: jieba tags 陆军 nr),
   * starts after the name.
   */
  bodyStartsAfterName: boolean;
  /**
   * A tagger name that is 原 or 前 (former) and a body the rules read
   * (原|国足|主教练: the former national team's coach) is that body.
   */
  formerBodiesAreNoNames: boolean;
  /**
   * A tagger minister's title that ends a word of jieba's the rules read as
   * a title whole (商业部长/n, of which the tagger read 部长) is that word.
   */
  wholeTitleWords: boolean;
}

/**
 * The conjunction inside a body's name (运输及物流局, 食物及卫生局). 和 and 与
 * join names too (住房和城乡建设部), but far more often two things (银行和银联,
 * 主场与德比郡): on the CLUENER train file, joining over them lost 47 right
 * spans for 2.
 */
const JOINER = '及';
/** How many characters of the body after 及 the tagger may have left out (期货 of 及|期货|事务监察委员会). */
const JOINED_WORD_REACH = 4;
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

/** Conjunctions that never begin an entity (和 does: 和平饭店, 和记黄埔). */
const LIST_CONJUNCTIONS = new Set(['及', '与']);
/** jieba tags of the words a joined name's first conjunct is made of. */
const CONJUNCT_TAGS = /^(n|vn|nz|v|an|b|ns|j|l)$/;

/** A span a user dictionary made (src/recognize/user.ts): no policy here reshapes it. */
function isUserWord(span: Span): boolean {
  return span.reason.startsWith('dictionary:user');
}

/** Adverbs that follow a name and never end one (侯友宜|则表示). */
const TRAILING_ADVERBS = new Set([...'则亦也又还就都便即乃曾已']);
/** Adverbs of "all" after a list of names (…、吳秋北均表示): see Policy.trimTrailingWords. */
const ADVERBS_OF_ALL = new Set([...'均皆']);
/** "Former", written between a body and its title (美联储前主席), never the body's last character. */
const FORMER = new Set(['原', '前']);
/** Of those, the one a span may hold between a body and its title (江西省人大常委会原副主任): 前 begins words (前进, 前锋). */
const FORMER_INSIDE = '原';
/** A place's level character: a place cut before 原 that ends in one stays a place (十堰市郧阳区|原). */
const PLACE_LEVEL_ENDING = /[市省县区州镇乡村]$/;
/** Whether `name` ends like an organization or a company: what a body left after cutting FORMER off must do. */
const endsLikeBody = (name: string) => endsWithOrganizationHead(name) || endsWithCompanySuffix(name);

/** The length of an idiom (梅开二度), and of the words of Han characters a name's last character may not begin. */
const IDIOM_LENGTH = 4;
/** The second characters of jieba's time words after an event (赛后, 会前), which no name's last character begins. */
const EVENT_TIME_ENDING = new Set(['后', '前']);
const HAN_WORD = /^\p{Script=Han}+$/u;
/** jieba's tags of verbs and adjectives, which start no place's name. */
const PLACE_OPENING_VERB_TAG = /^(v|vn|a|ad)$/;
/** One-character prepositions a tagger organization may start with (经|省委研究决定, 由|市政府牵头). */
const PREPOSITION_START = new Set([...'经由向在对据按从被受给跟同和与']);
/** Prepositions jieba's HMM glues to the unknown word after them; not 经 (经二纬 is a street). */
const GLUED_PREPOSITIONS = new Set([...'据由从给向在于被对']);

/** Last characters of addresses: road, district, building and landscape words. */
const ADDRESS_ENDING = /[区村场心港路州海市街城湾园馆山地道镇店楼县门岛号河桥洲口站庄部厅室省苑台乡厦岸里院沙湖角谷宫巷弄座层所寺庙塔寨坊屯堡滩峡峰林江]$/;

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

/**
 * A company referred to, not named: 本公司, 该集团, with a preposition jieba
 * glued on (经本/x 公司/n gave 经本公司), or the word 公司 alone. No CLUENER
 * entity is one.
 */
const REFERENCE_TO_COMPANY = /^[经为由在对与和向把被将从据使令]?(?:本|该|我|贵|此|其)(?:公司|集团|银行)$|^(?:公司|集团)$/;

/**
 * Words of the hand-curated segmentation list (dictionaries/segmentation.txt): the government bodies it adds
 * (tag nt: 农业农村部, 卫福部; see Policy.governmentBodies) and the nouns (tag n), not the entries of frequency 1
 * that make jieba split a word (德国|总理; see Policy.dropTitlesInListedNouns).
 */
const listedWords = lazy(() => {
  const governmentBodies = new Set<string>();
  const nouns = new Set<string>();
  for (const entry of dictionaryEntries('segmentation.txt')) {
    if (entry.tag === 'nt') governmentBodies.add(entry.word);
    else if (entry.tag === 'n' && entry.freq > 1) nouns.add(entry.word);
  }
  return { governmentBodies, nouns };
});

/** Hand-curated: place words that name a kind of area, not an area (see Policy.dropGenericPlaces). */
const GENERIC_PLACES = new Set([
  '产业园区', '工业园区', '产业园', '工业园', '园区', '开发区', '高新区', '保税区', '新区', '市区', '城区', '郊区',
  '景区', '小区', '社区', '商圈', '山区', '农村', '城市', '市中心', '县城', '乡村', '城乡', '街道', '乡镇',
]);

/**
 * Heads of sights' names (see Policy.dropScenicSpots): those whose CLUENER
 * spans are scenes at least three times in four (宫 27 of 34, 湖 42 of 52,
 * 寺 29 of 31, 博物馆 83 of 86). 山, 岛 and 公园 are scenes more often than
 * addresses too, but the tagger tells them apart well enough (precision
 * 0.26–0.48 on the ten folds against 0–0.14 for these).
 */
const SCENIC_HEAD = /.(宫|湖|古城|美术馆|博物馆|景区|寺|海滩|教堂|高原)$/;
/** Places the rules found in the gazetteer (a division's name or alias, a world place, names joined). */
const GAZETTEER_PLACE = /^place:(name|alias|world|joined)/;
/** A company's headquarters: see Policy.headquartersArePlaces. */
const HEADQUARTERS = '总部';
/** A rules' name read from what comes before it or a verb after it, not only from a title after it. */
const NAME_EVIDENCE_BEFORE = /title-before|verb/;
/** The roles of a byline, between two reporters' names (记者|李文峰|通讯员|丁奇志): see Policy.namesBeforeTitlesAreBodies. */
const BYLINE_ROLE = /(记者|通讯员|实习生|摄影|摄像|编辑|编译|撰稿|撰文)$/;
/** A ministry's field and its minister's title as one word of jieba's (商业部长, 国防部长): see Policy.wholeTitleWords. */
const MINISTER = /^[\u4e00-\u9fff]{2,4}部长$/;
/** See Policy.dropWeather: the range's first intensity and 到, then the weather. */
const WEATHER_RANGE = /^[小中大]到$/;
const WEATHER = /^(?:暴|大|中|小|特大暴|大暴)?[雪雨]$/;
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

const ALL: readonly EntityType[] = ['person', 'position', 'company', 'place', 'organization'];

export const DEFAULT_POLICY: Policy = {
  modelTypes: ALL,
  fill: ['person:title', 'person:verb', 'person:repeated', 'person:list', 'person:surname+title', 'place:name', 'place:joined', 'place:stem', 'place:alias(province)', 'company:before-title', 'company:short-name', 'company:stock-name', 'organization:head(司)', 'organization:international'],
  longerRuleWins: ['organization', 'place'],
  referencesWin: true,
  reasonsWinAnyType: ['place:joined', 'position:kind', 'position:paired-head', 'organization:court-division'],
  titleChainsWin: true,
  listedWordsWhole: true,
  affiliatedBodiesWhole: true,
  committeesWin: true,
  companyShortNames: true,
  stockCodeCompanies: true,
  userDictionaryWins: true,
  trimConjunctionStart: true,
  joinedBodies: true,
  trimVerbStart: true,
  trimPositionStartInName: true,
  trimPlaceToName: true,
  suffixCompanyExtendsLeft: true,
  trimTrailingWords: true,
  trimSentenceBreaks: true,
  trimUnbalancedBrackets: true,
  trimEdgeSymbols: true,
  namesStayPeople: true,
  wholeForeignNames: true,
  longestNameInDocument: true,
  compoundSurnames: true,
  nameBeforeFunctionWord: true,
  nameEndsNoBody: true,
  bracketedLatinNames: true,
  dropHonorificReferences: true,
  dropBuildingsAsNames: true,
  namesBeforeCorporateTitlesAreCompanies: true,
  namesBeforeTitlesAreBodies: true,
  suffixCompaniesBeforeTitles: true,
  stockNames: true,
  placesInLists: true,
  dropTimeZones: true,
  bodyStartsAfterName: true,
  formerBodiesAreNoNames: true,
  wholeTitleWords: true,
  knownPartiesBeforeTitles: true,
  schoolHeads: true,
  nestedBodies: true,
  titlesBeforeNames: true,
  repeatedBodies: true,
  citedNewsBodies: true,
  governmentBodies: true,
  placesEndingInUnits: true,
  dropCompanyReferences: true,
  headquartersArePlaces: true,
  dropWeather: true,
  dropGenericPlaces: true,
  dropInsideWorkTitles: true,
  positionsAfterTheirBodies: true,
  dropScenicSpots: true,
  placesIntoBodies: true,
  departmentsInModelBodies: true,
  dropCountriesBeforeTitles: true,
  datelinePlaces: true,
  dropTitlesInListedNouns: true,
  areaWords: true,
};

/** A title of the dictionary tagged as a post (主帅, 发言人), not an occupation (球星, 店主: nnd), which CLUENER leaves out before names; or a chief officer's (首席运营官). */
const JOB_TITLE_REASON = /^position:(kind\([^)]*\)\+)?dictionary\(.* nnt\)$|^position:chief-officer\(/;

/** How far a chain of posts before a name may reach from its first title, and what ends a clause before it. */
const CHAIN_REACH = 30;
const CLAUSE_BREAK = /[，。；：！？,;:!?\n（(]/;

/** See Policy.governmentBodies. 部长 and 主席 are left out: a company has its 部 (销售部部长) and its 董事局主席. */
const PARTY = '党';
/** jieba's tags of bodies' names that are not companies' (nt, nto; not ntc…). See Policy.listedWordsWhole. */
const BODY_WORD_TAG = /^nto?$/;
/** The company rules' reason for a short name after its label (证券简称：贵州茅台). */
const STOCK_NAME_REASON = 'company:stock-name';
/** The organization rules' reason for a department read by its head's title after it (统计|司|司长). */
const DEPARTMENT_BEFORE_HEAD = 'organization:head(司)';
/** See Policy.placesEndingInUnits. */
const UNIT_ENDING = /[组队局署]/;
const DEPARTMENT_HALL = '厅';
/** A party, or its caucus in a parliament (民進黨團). */
const PARTY_ENDING = /党团?$/;
const GOVERNMENT_HEAD_TITLE = /^(?:常务副|副)?(?:司|局|厅|署|处)长/;
const GOVERNMENT_HEAD_TITLE_REACH = 5;

/** See Policy.schoolHeads: a university or college and the title of its head or party secretary. */
const SCHOOL_HEAD = /^(.{0,12}?(?:大学|学院))((?:常务)?副?(?:校长|院长)|(?:党委)?(?:副)?书记)$/;
const SCHOOL_WORD_LENGTH = 2;

/** 地区生产总值, regional GDP, which statistics news writes after every province's name. */
const REGION = '地区';
const REGIONAL_PRODUCT = '地区生产总值';
/** 市民 and 村民: see placesMended. */
const RESIDENTS = '民';
const RESIDENTS_LEVEL = /^[市村]$/;
/** 时间 and what starts a clock time or date after it: see Policy.dropTimeZones. */
/** How far TIME_ZONE reads after a place: the longest area word (东海岸), 时间 and a two-character start of the time (上午). */
const TIME_ZONE_REACH = 7;
const TIME_ZONE = /^(?:[东西南北中]部|[东西]海岸)?时间(?:[0-9０-９零一二三四五六七八九十]|周|星期|今|昨|明|前|本|上午|下午|中午|凌晨|清晨|傍晚|晚|早|夜|深夜|的|[（(，,])/;
/** What joins the items of a list: see Policy.placesInLists. */
const LIST_JOINER = /^[、和及与]$/;
/** See Policy.areaWords: the parts of a place and the sea off it. */
const AREA_WORD = /^(?:(?:东|西|南|北|中|东南|西南|东北|西北|中东|中西|中南|中北)部|以[东西南北]|海域|海岸|市区|城区)/;
const AREA_WORD_LENGTH = 3;
/** jieba's tags of nouns, proper or common, and abbreviations. */
const NOUN_TAG = /^(n|j)/;

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
      if (overlapping.some((other) => other.start === at && other.end === end && (other.type === 'company' || other.type === 'organization'))) continue;
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

const OPENING = '（(【[《“‘「『';
const CLOSING = '）)】]》”’」』';

/**
 * `span` without brackets at its edges that are not matched inside it, and
 * cut before an opening bracket inside it that is not closed there (埃隆·马斯克（Elon
 * of 埃隆·马斯克（Elon Musk）); undefined when nothing is left.
 */
function withoutUnbalancedBrackets(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  for (let index = start + 1; index < end; index++) {
    const opens = OPENING.indexOf(text[index]);
    if (opens >= 0 && !text.slice(index + 1, end).includes(CLOSING[opens]) && index - start >= 2) {
      end = index;
      break;
    }
  }
  while (start < end) {
    const first = text[start];
    const last = text[end - 1];
    const firstOpens = OPENING.indexOf(first);
    const lastCloses = CLOSING.indexOf(last);
    if (CLOSING.includes(first) || (firstOpens >= 0 && !text.slice(start + 1, end).includes(CLOSING[firstOpens]))) start++;
    else if (OPENING.includes(last) || (lastCloses >= 0 && !text.slice(start, end - 1).includes(OPENING[lastCloses]))) end--;
    else break;
  }
  if (start === span.start && end === span.end) return span;
  return start < end ? { ...span, start, end } : undefined;
}

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

/** What joins a body to the one it is affiliated to (大学|附属|医院): see Policy.affiliatedBodiesWhole. */
const AFFILIATED = '附属';

/** The heads of buildings' and sights' names (克里姆林宫, 白金汉宫, 五角大楼): see Policy.dropBuildingsAsNames. */
const BUILDING_HEAD = /[宫殿楼馆寺庙厦园]/;
/** What joins the titles of one person's chain: 创始人、董事长, 董事长兼总裁. */
const TITLE_CHAIN_JOINERS = '、兼';

/** Symbols (emoji, ©), their modifiers and joiners, invisible format or control characters, and spaces. */
const EDGE_SYMBOL = '[\\p{So}\\p{Sk}\\p{Cf}\\p{Cc}\\p{Emoji_Modifier}\\u{FE00}-\\u{FE0F}\\s]';
const EDGE_SYMBOLS_START = new RegExp(`^${EDGE_SYMBOL}+`, 'u');
const EDGE_SYMBOLS_END = new RegExp(`${EDGE_SYMBOL}+$`, 'u');

/** `span` without symbols at its edges; undefined when nothing is left. */
function withoutEdgeSymbols(text: string, span: Span): Span | undefined {
  const words = text.slice(span.start, span.end);
  const head = EDGE_SYMBOLS_START.exec(words)?.[0].length ?? 0;
  const tail = EDGE_SYMBOLS_END.exec(words)?.[0].length ?? 0;
  if (head === 0 && tail === 0) return span;
  if (head + tail >= words.length) return undefined;
  return { ...span, start: span.start + head, end: span.end - tail };
}

function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Which text positions kept spans cover, for overlap tests in constant time per character. */
class Coverage {
  private covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }

  mark(span: Span): void {
    if (span.end > this.covered.length) {
      const grown = new Uint8Array(Math.max(span.end, this.covered.length * 2));
      grown.set(this.covered);
      this.covered = grown;
    }
    this.covered.fill(1, span.start, span.end);
  }

  any(span: Span): boolean {
    const end = Math.min(span.end, this.covered.length);
    for (let i = span.start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
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
function withoutDepartmentsOfBodies(text: string, rules: readonly Span[], tagged: readonly Span[]): readonly Span[] {
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

/** Whether the rules read a title only a company has (董事长, 总裁) starting at `offset`. */
function corporateTitleStartsAt(text: string, byStart: ReadonlyMap<number, readonly Span[]>, offset: number): boolean {
  return (byStart.get(offset) ?? []).some((rule) => rule.type === 'position' && isCorporateTitle(text.slice(rule.start, rule.end)));
}

/** Tagger organizations side by side, joined where a rules' organization bridges them (see Policy.nestedBodies). */
function withNestedBodies(model: readonly Span[], rules: readonly Span[]): Span[] {
  const organizationsByEnd = new Map<number, Span[]>();
  for (const rule of rules) {
    if (rule.type !== 'organization') continue;
    let list = organizationsByEnd.get(rule.end);
    if (!list) organizationsByEnd.set(rule.end, (list = []));
    list.push(rule);
  }
  return withMergedBodies(model, (before, span) => before.end === span.start && (organizationsByEnd.get(span.end) ?? []).some((rule) => rule.start > before.start && rule.start < before.end));
}

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
function withJoinedSchools(text: string, model: readonly Span[], rules: readonly Span[]): Span[] {
  const wholeNames = new Set(rules.filter((rule) => rule.type === 'organization').map((rule) => `${rule.start}:${rule.end}`));
  return withMergedBodies(
    model,
    (before, span) => span.start === before.end + 1 && FIELD_JOINERS.includes(text[before.end]) && SCHOOL_ENDING.test(text.slice(span.start, span.end)) && wholeNames.has(`${before.start}:${span.end}`),
  );
}

/** Candidates for resolve(), per the policy. */
export function combine(ruleSpans: readonly Span[], tagged: readonly Span[], doc: Pick<Doc, 'text' | 'tokens'>, policy: Policy = DEFAULT_POLICY): Span[] {
  const { text, tokens } = doc;
  const rules = policy.departmentsInModelBodies ? withoutDepartmentsOfBodies(text, ruleSpans, tagged) : ruleSpans;
  // Tagger spans lose their stray brackets first, so a name the tagger ran into its bracketed original is the name (and the original is found as one below).
  const unbracketed = policy.trimUnbalancedBrackets ? tagged.map((span) => withoutUnbalancedBrackets(text, span)).filter((span): span is Span => span !== undefined) : tagged;
  const withinSentences = policy.trimSentenceBreaks ? unbracketed.map((span) => withoutSentenceBreaks(text, span)).filter((span): span is Span => span !== undefined) : unbracketed;
  const nested = policy.nestedBodies ? withNestedBodies(withinSentences, rules) : withinSentences;
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
        (place.reason.startsWith('place:name') || (place.reason.startsWith('place:alias(province)') && unknownWordsBetween(place.end, modelStart))),
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
  const unknownWordsBetween = (start: number, end: number): boolean => start < end && (wordsFrom(start, end)?.every((word) => word.tag === 'x') ?? false);
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
  let fullCompanyNames: string[] | undefined;
  const beginsCompanyName = (name: string): boolean =>
    (fullCompanyNames ??= rules.filter((rule) => rule.type === 'company' && rule.reason.startsWith('company:suffix')).map((rule) => text.slice(rule.start, rule.end))).some((full) => full.length > name.length && full.startsWith(name));
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
    (policy.longerRuleWins.includes(span.type) && rule.type === span.type && rule.start < span.start && rule.end === span.end && !modelSpanBetween(rule.start, span.start, span.type)) ||
    (policy.suffixCompanyExtendsLeft && span.type === 'company' && rule.type === 'company' && rule.end === span.end && rule.start < span.start && rule.reason.startsWith('company:suffix') && (startsWithPlaceName(rule, span.start) || isTradeAndLegalForm(text.slice(span.start, span.end)) || sectorTradeAndLegalForm(span.start, span.end))) ||
    (policy.reasonsWinAnyType.some((prefix) => rule.reason.startsWith(prefix)) && !contains(span, rule) && !(span.type !== rule.type && contains(rule, span)));
  const keptModel: Span[] = [];
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
    if (policy.joinedBodies && (span.type === 'organization' || span.type === 'company')) span = { ...span, start: joinedStart(span) };
    if (policy.trimVerbStart && (span.type === 'organization' || span.type === 'company' || span.type === 'place')) {
      // A word of tenure jieba tags as a noun or does not know (历任/n 财务部, 现任/n 公司, 曾任/x 寻乌县) begins no name either.
      const tenure = tokenStartingAt(tokens, span.start, () => true);
      if (tenure && TENURE_WORDS.has(tenure.word) && tenure.end < span.end) span = { ...span, start: tenure.end };
      // Nor a preposition jieba glued to a word it does not know (据小松/x|基地, 由快钱/x|公司, 给奈史密斯/x|基金会).
      else if (tenure && tenure.tag === 'x' && tenure.end - tenure.start >= 3 && GLUED_PREPOSITIONS.has(text[span.start]) && span.end - span.start >= 4) span = { ...span, start: span.start + 1 };
    }
    if (policy.trimVerbStart && span.type === 'organization') {
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
      const word = lastStartingBefore(tokens, span.start + 1);
      if (word && word.start < span.start && word.end < span.end - 1 && /^(nt|ns)/.test(word.tag)) span = { ...span, start: word.end };
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
    const shortName = policy.companyShortNames ? (byStart.get(span.start) ?? []).find((rule) => rule.end === span.end && rule.reason.startsWith('company:short-name')) : undefined;
    if (shortName) {
      add(shortName);
      continue;
    }
    const runsPastName =
      (span.type === 'place' && !ADDRESS_ENDING.test(text[span.end - 1] ?? '')) ||
      (span.type === 'organization' && !endsWithOrganizationHead(text.slice(span.start, span.end)) && !isDivisionOfGovernmentBody(span));
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
  const merged: Merged = { text, tokens, rules, byStart, sameRule, rulePeople };
  withRulesOverModel(out, keptModel, add, merged, policy);
  return mended(out, merged, policy);
}

/**
 * What combine()'s later steps read of its state. They are functions of
 * their own because V8 optimizes a function whole: combine() in one piece
 * (600 lines) was recompiled a dozen times over a batch's first few hundred
 * documents, as new shapes of spans and strings reached it, up to 0.4 s of
 * compiling each time, and the memory those compilations took stayed with
 * the process: RSS grew by 148 MB over 2,000 short documents in one
 * thread, against 46 MB with these steps split off (mended() in three).
 */
interface Merged {
  text: string;
  tokens: readonly Token[];
  rules: readonly Span[];
  byStart: ReadonlyMap<number, Span[]>;
  sameRule: (span: Span) => Span | undefined;
  rulePeople: (start: number, end: number) => Span[];
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
    for (const span of rules) {
      if (!covered.any(span) && (policy.fill.some((prefix) => span.reason.startsWith(prefix)) || companyBeforeTitle(span) || knownPartyBeforeTitle(span))) {
        add(span);
        covered.mark(span);
      }
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

/** mended()'s steps for people and their titles: trailing words, surnames, foreign names, names before titles. */
function namesMended(out: Span[], { text, tokens, rules, byStart, rulePeople }: Merged, policy: Policy): Span[] {
  let result = out;
  if (policy.trimTrailingWords) {
    // 均 and 皆 end names too (金泰均): only a name of four that the rules read as three before it (會長吳秋北|均表示).
    result = result.map((span) => {
      if (span.type !== 'person' || span.end - span.start < 3 || isUserWord(span)) return span;
      const last = text[span.end - 1];
      const adverb = TRAILING_ADVERBS.has(last) || (span.end - span.start >= 4 && ADVERBS_OF_ALL.has(last) && rulePeople(span.start, span.end - 1).length > 0);
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
      return functionCharacter || verbAfterKnownName || ruleReadsAfter('+verb') ? { ...span, end: span.end - 1 } : span;
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
  return result;
}

/** mended()'s steps for bodies: cited news bodies, schools and their heads, units, government bodies, repeated bodies, generic places, works' titles, posts after their bodies. */
function bodiesMended(out: Span[], { text, tokens, byStart }: Merged, policy: Policy): Span[] {
  let result = out;
  if (policy.citedNewsBodies) {
    result = result.map((span) => (span.type === 'person' && !isUserWord(span) && isCitedNewsBody(text, span.start, span.end) ? { ...span, type: 'organization', reason: `organization:news-body(${span.reason})` } : span));
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
      // not a hall: 营业厅, 宴会厅).
      const department = text[span.end - 1] === DEPARTMENT_HALL && (byStart.get(span.start) ?? []).some((rule) => rule.type === 'organization' && rule.end === span.end && rule.reason.startsWith('organization:known'));
      if (!UNIT_ENDING.test(text[span.end - 1]) && !department) return span;
      const body: Span = { ...span, type: 'organization', reason: `organization:unit(${span.reason})` };
      // A body has no division.
      delete body.division;
      return body;
    });
  }
  if (policy.governmentBodies) {
    result = result.map((span) =>
      span.type === 'company' && !isUserWord(span) && (PARTY_ENDING.test(text.slice(span.start, span.end)) || GOVERNMENT_HEAD_TITLE.test(text.slice(span.end, span.end + GOVERNMENT_HEAD_TITLE_REACH)) || listedWords().governmentBodies.has(text.slice(span.start, span.end)))
        ? { ...span, type: 'organization', reason: `organization:government(${span.reason})` }
        : span,
    );
  }
  if (policy.repeatedBodies) result = withRepeatedBodies(text, tokens, result);
  if (policy.dropGenericPlaces) result = result.filter((span) => span.type !== 'place' || !isGenericPlace(text, tokens, span));
  if (policy.dropInsideWorkTitles) {
    const titles = workTitles(text);
    if (titles.length > 0) result = result.filter((span) => !WORDS_OF_A_TITLE.has(span.type) || isUserWord(span) || !insideWorkTitle(titles, span.start, span.end));
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
  return result;
}

/** mended()'s last steps: countries in lists of places, scenic spots, countries before titles, places into bodies, listed nouns, company references, weather, headquarters, area words and 地区生产总值, time zones, then brackets, edge symbols, names before corporate titles, buildings read as names and honorific references. */
function placesMended(out: Span[], { text, tokens, sameRule, byStart, rulePeople }: Merged, policy: Policy): Span[] {
  let result = out;
  if (policy.placesInLists) {
    // 在摩洛哥、西班牙和葡萄牙举行: a country the tagger read as a club between places is a place too.
    const placeEnds = new Set(result.filter((span) => span.type === 'place').map((span) => span.end));
    const placeStarts = new Set(result.filter((span) => span.type === 'place').map((span) => span.start));
    result = result.map((span) => {
      if (span.type !== 'organization' || isUserWord(span)) return span;
      const place = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'place' && rule.end === span.end && rule.reason.startsWith('place:world'));
      if (!place) return span;
      const placeBefore = LIST_JOINER.test(text[span.start - 1] ?? '') && placeEnds.has(span.start - 1);
      const placeAfter = LIST_JOINER.test(text[span.end] ?? '') && placeStarts.has(span.end + 1);
      return placeBefore && placeAfter ? place : span;
    });
  }
  if (policy.dropScenicSpots) {
    result = result.filter((span) => span.type !== 'place' || isUserWord(span) || !SCENIC_HEAD.test(text.slice(span.start, span.end)) || sameRule(span) !== undefined);
  }
  if (policy.dropCountriesBeforeTitles) {
    const positionStarts = new Set(result.filter((span) => span.type === 'position').map((span) => span.start));
    result = result.filter((span) => span.type !== 'place' || isUserWord(span) || !positionStarts.has(span.end) || !sameRule(span)?.reason.startsWith('place:world'));
  }
  if (policy.placesIntoBodies) {
    const bodiesByStart = new Map<number, Span>();
    for (const span of result) if ((span.type === 'company' || span.type === 'organization') && !isUserWord(span)) bodiesByStart.set(span.start, span);
    const opened = new Map<Span, Span>();
    const placesTaken = new Set<Span>();
    for (const span of result) {
      const body = span.type === 'place' && !isUserWord(span) && GAZETTEER_PLACE.test(span.reason) ? bodiesByStart.get(span.end) : undefined;
      if (!body || opened.has(body)) continue;
      opened.set(body, { ...body, start: span.start });
      placesTaken.add(span);
    }
    if (placesTaken.size > 0) result = result.filter((span) => !placesTaken.has(span)).map((span) => opened.get(span) ?? span);
  }
  if (policy.dropTitlesInListedNouns) {
    result = result.filter((span) => {
      if (span.type !== 'position' || isUserWord(span)) return true;
      const word = lastStartingBefore(tokens, span.start + 1);
      const inside = word !== undefined && word.start <= span.start && word.end >= span.end && word.end - word.start > span.end - span.start;
      return !(inside && listedWords().nouns.has(word.word));
    });
  }
  if (policy.dropCompanyReferences) {
    result = result.filter((span) => {
      if (span.type !== 'company' && span.type !== 'organization') return true;
      const name = text.slice(span.start, span.end);
      // A legal form alone (有限公司, 集团）有限公司 after a bracket) names no company either.
      return !REFERENCE_TO_COMPANY.test(name) && !(span.type === 'company' && isLegalForm(name.replace(/^[^\p{Script=Han}A-Za-z0-9]*(?:集团)?[)）]/u, '')));
    });
  }
  if (policy.dropWeather) {
    result = result.filter((span) => isUserWord(span) || !WEATHER.test(text.slice(span.start, span.end)) || !WEATHER_RANGE.test(text.slice(Math.max(0, span.start - 2), span.start)));
  }
  if (policy.headquartersArePlaces) {
    const bodiesByEnd = new Map(result.filter((span) => span.type === 'company' || span.type === 'organization').map((span) => [span.end, span]));
    const extended = new Map<Span, Span>();
    const taken = new Set<Span>();
    for (const span of result) {
      if ((span.type !== 'company' && span.type !== 'organization') || isUserWord(span) || !text.startsWith(HEADQUARTERS, span.end - HEADQUARTERS.length)) continue;
      const place = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'place' && rule.end === span.end - HEADQUARTERS.length && GAZETTEER_PLACE.test(rule.reason));
      if (!place) continue;
      // Right after a body's name, it is that body's headquarters (大公国际资信评估公司|上海总部, as Resume's gold has it).
      const body = bodiesByEnd.get(span.start);
      if (body && !isUserWord(body)) {
        extended.set(body, { ...body, end: span.end });
        taken.add(span);
      } else extended.set(span, place);
    }
    if (extended.size > 0) result = result.filter((span) => !taken.has(span)).map((span) => extended.get(span) ?? span);
  }
  if (policy.areaWords) {
    const taken = new Coverage(text.length);
    for (const span of result) taken.mark(span);
    result = result.map((span) => {
      if (span.type !== 'place' || isUserWord(span)) return span;
      const word = AREA_WORD.exec(text.slice(span.end, span.end + AREA_WORD_LENGTH))?.[0];
      if (!word) return span;
      const area = { ...span, start: span.end, end: span.end + word.length };
      // The word must be one of jieba's, no entity's, and not go on into a noun (中国|东部|战区 names a command).
      const next = tokens[firstStartingFrom(tokens, area.end)];
      const wordOfItsOwn = tokens[firstStartingFrom(tokens, area.start)]?.start === area.start && (!next || (next.start === area.end && !NOUN_TAG.test(next.tag)));
      return wordOfItsOwn && !taken.any(area) ? { ...span, end: area.end } : span;
    });
  }
  if (policy.areaWords) {
    // 内蒙古|中东部: a place and the part of it, which jieba lists as a body's name (中东部/nt), is a place.
    result = result.map((span) => {
      if (span.type !== 'organization' || isUserWord(span)) return span;
      const place = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'place' && rule.end < span.end && AREA_WORD.exec(text.slice(rule.end, span.end))?.[0].length === span.end - rule.end);
      return place ? { ...place, end: span.end, reason: `place:area(${place.reason})` } : span;
    });
    // 长沙市|民, 太和镇一村|民: the 市 of 市民 (citizens) and the 村 of 村民 (villagers), with the 一 of 一村民 (a villager), are no part of the place.
    result = result.map((span) => {
      if (span.type !== 'place' || isUserWord(span) || text[span.end] !== RESIDENTS || !RESIDENTS_LEVEL.test(text[span.end - 1])) return span;
      // jieba's word must say so: 村民 itself, or 民 glued to a name it does not know (昆明市|民梁玉祥/x); not 民盟 or 民主路.
      const word = lastStartingBefore(tokens, span.end + 1);
      if (!word || !(word.start < span.end || word.tag === 'x' || word.word === RESIDENTS)) return span;
      const end = span.end - 1 - (text[span.end - 1] === '村' && text[span.end - 2] === '一' ? 1 : 0);
      return end - span.start >= 2 ? { ...span, end } : span;
    });
    // 广东省|地区生产总值: the 地区 of the statistic (regional GDP), not of the place.
    result = result.map((span) =>
      span.type === 'place' && !isUserWord(span) && span.end - span.start - REGION.length >= 2 && text.startsWith(REGIONAL_PRODUCT, span.end - REGION.length) ? { ...span, end: span.end - REGION.length } : span,
    );
  }
  // After the area words, and over one: 美国|东部|时间 is a time zone as a whole.
  if (policy.dropTimeZones) {
    result = result.filter((span) => span.type !== 'place' || isUserWord(span) || !TIME_ZONE.test(text.slice(span.end, span.end + TIME_ZONE_REACH)));
  }
  if (policy.trimUnbalancedBrackets) result = result.map((span) => withoutUnbalancedBrackets(text, span)).filter((span): span is Span => span !== undefined);
  if (policy.trimEdgeSymbols) result = result.map((span) => withoutEdgeSymbols(text, span)).filter((span): span is Span => span !== undefined);
  if (policy.namesBeforeCorporateTitlesAreCompanies || policy.namesBeforeTitlesAreBodies) {
    // Looked up by start: a long document holds thousands of names.
    const titleAt = new Map(result.filter((span) => span.type === 'position').map((span) => [span.start, span]));
    const personStarts = new Set(result.filter((span) => span.type === 'person').map((span) => span.start));
    result = result.map((span) => {
      if (span.type !== 'person' || isUserWord(span)) return span;
      const title = titleAt.get(span.end);
      if (!title) return span;
      const written = text.slice(title.start, title.end);
      if (policy.namesBeforeCorporateTitlesAreCompanies && isCorporateTitle(written)) {
        // The person may come after a chain of titles: 蔚来|创始人|、|董事长|李斌, 比亚迪|董事长|兼|总裁|王传福.
        let chainEnd = title.end;
        for (let next = titleAt.get(chainEnd + 1); next && TITLE_CHAIN_JOINERS.includes(text[chainEnd]); next = titleAt.get(chainEnd + 1)) chainEnd = next.end;
        if (personStarts.has(chainEnd)) return { ...span, type: 'company', reason: `company:before-corporate-title(${span.reason})` };
      }
      // 湖人|主教练|雷迪克: any other title but a byline's role, and a name the rules do not read is a body's (a team's, here).
      if (!policy.namesBeforeTitlesAreBodies || !personStarts.has(title.end) || BYLINE_ROLE.test(written) || rulePeople(span.start, span.end).length > 0) return span;
      return { ...span, type: 'organization', reason: `organization:before-title-and-name(${span.reason})` };
    });
  }
  if (policy.dropBuildingsAsNames) result = result.filter((span) => span.type !== 'person' || span.end - span.start < 4 || isUserWord(span) || !BUILDING_HEAD.test(text[span.end - 1]));
  if (!policy.dropHonorificReferences) return result;
  // Dropped last, leaving nothing in their place: CLUENER marks nothing there either.
  return result.filter((span) => span.type !== 'person' || span.refersTo !== undefined || !isHonorificReference(text.slice(span.start, span.end)));
}
