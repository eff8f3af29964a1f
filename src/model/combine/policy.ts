/**
 * The combination policy: which spans speak for which types, and the steps
 * combine() takes, each switchable so that src/model/dev.ts can score the
 * default without it. DEFAULT_POLICY is what extract() uses.
 */
import type { EntityType } from '../../doc.js';

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
   * (3-fold CLUENER organization F1 0.777 -> 0.794). Nor a rule that only adds
   * a preposition jieba left on the name (经|广东省纪委常委会, 给|奈史密斯基金会).
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
   * both of its bodies with 附属 (纽约大都会博物馆附属服装学会). Where jieba
   * glued the hospital's head to its head's title (附属第一医院院长: 医院院长/n)
   * and the rules read no such body, a tagger body goes on over 附属 and a
   * hospital's or school's name to the title after it.
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
   * gave the place 宁德). A brand jieba knows as another word before such a
   * title (华为/nr|轮值董事长) is added where the tagger marked nothing and the
   * document names a company by its legal form that begins with it.
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
   * one span, where the gold cuts 任天堂 the same way. So does one inside a
   * body named for a person, which jieba tags as a name's word and the
   * rules read whole (李嘉诚|基金会主席: 李嘉诚基金会/nr); and a tagger person
   * that begins such a word is that body.
   */
  trimPositionStartInName: boolean;
  /**
   * A person starts after the honorific titles (dictionaries/honorific-titles.txt:
   * Malaysia's 拿督斯里, 丹斯里, 敦…) it begins with or inside (拿|督斯里阿米鲁丁,
   * 丹斯里丹玛林, 敦马哈迪), and one that is nothing but them is dropped.
   */
  honorificTitlesBeforeNames: boolean;
  /**
   * A tagger position that starts inside a word jieba knows and ends in it,
   * or starts on its last character, is dropped unless it is a title by the
   * dictionary, its head or the rules (国防部长/n, 杂志社|长 are kept;
   * 优秀党员/n, 董事会|成员, 圣殿|骑士 are not). On ten CLUENER folds this
   * drops five false positives and no true one.
   */
  positionsStartOnTitles: boolean;
  /**
   * A tagger place that runs past a gazetteer name into words no address
   * ends with (桂平市|汇报纺织) is cut back to the name; real extensions end in
   * an address word (中关村大街, 金海湾森林公园). An organization that runs
   * past its place into words no body ends with is cut back to the rules'
   * organization it begins with (广东省人民医院|心血管内科), or else to the place.
   * A place that runs on into a body's head, where the rules read the same
   * words as that body, is the body (粤海街道|办事处, 西安电子科技大学).
   */
  trimPlaceToName: boolean;
  /**
   * A rule company with a legal suffix that ends where a tagger company ends
   * but starts earlier, with a gazetteer place name, replaces it: the tagger
   * cut the name after the place or a coined word (桂平市|闪鹰|体育用品有限公司)
   * or, with a brand jieba does not know, its province's short name
   * (甘肃|陇原薯|业有限公司, or single characters: 北京|月之|暗面科技有限公司), or any place and 某 (杭州|某|网络科技有限公司,
   * as court reports write it), or where its short name in brackets after it
   * begins (长江和|记实业有限公司（长和）).
   */
  suffixCompanyExtendsLeft: boolean;
  /**
   * A name the tagger ran into the adverb after it (侯友宜则表示,
   * 陈克勤亦发表: Taiwan and Hong Kong news write 则 and 亦 where mainland
   * news writes 也) ends before it: no name in CLUENER ends in one. Before a
   * list's 、 or a clause's mark it modifies nothing, and is the name's
   * (实际控制人肖行亦、时任…), and so it is before an honorific (张迈曾同志). Names do
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
   * So is a company's or organization's short name in brackets at its end
   * (鸿海精密工业股份有限公司（鸿海）), which is a mention of its own; not a
   * region, code or Latin abbreviation (花旗银行（中国）, 工商银行（601398.sh）),
   * which CLUENER marks as part of the name.
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
   * which the tagger read as an organization), and a tagger span of another
   * type that such a name goes on from by one character is that name
   * (肖行亦、… then 对肖行|亦给予警告, which the tagger read as 肖行).
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
   * Two people side by side, or on either side of a hyphen, whose
   * characters are all frequent in transliterations are one person
   * (迪亚斯|-|卡内尔, 洛佩斯-奥夫|拉多尔).
   */
  joinedForeignNames: boolean;
  /**
   * A tagger person of two characters that a company or organization the
   * document names holds in order with something between them (国博 after
   * 中国国家博物馆) is that body's short name; side by side (盖蒂 of
   * 盖蒂信托) they are often a person the body is named for. So is one
   * that begins a brand running on past it before a company's suffix
   * (阿里 of 阿里巴巴集团), unless the rules read it as a name (李宁 of
   * 李宁体育用品有限公司, its founder).
   */
  abbreviatedBodies: boolean;
  /**
   * A person the document also names one character longer, with that
   * character following here too, is that longer name: 杭州市长姚高员 … 姚高员指出
   * gave 姚高 before and 姚高员 after. So is a person the rules read one
   * character longer, with a title before and a verb after, where jieba
   * glued that character to the verb (卓荣|泰率: the rules' 卓荣泰). And a
   * person one character longer than the rules' name ends there where the
   * rules read that character as a function word or the start of a speech
   * verb after the name (刘珺|为, 王良|称), and a person of four characters
   * or more ending in an adverb before such a verb (侯友宜|均|表示). A person ends before a word of
   * four Han characters or more that jieba read from its last character
   * on (姆巴佩|梅开二度), an idiom most often, or before an event's time
   * word (斯洛特|赛后), or before a longer word of jieba's it ran into where
   * the rules' name ends (吴静|列席会议), and starts after an
   * appointment verb the tagger read into it (任命|金·琼斯). A person after
   * a title or an appointment verb ends where the rules' name does where
   * jieba read that name as one word the tagger stopped inside
   * (記者黃麗|芸台北4日電, 任命王战|营为), or where an honorific follows that
   * one character more, an adverb names are cut before (张迈|曾|同志), or read as a
   * Japanese name from the surname list (党首玉木雄|一郎).
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
   * A person that is one Latin word with a model number or letter after a
   * space (Mate 80, iPhone 17, Model Y) is a product, not a name. CLUENER's
   * text has no spaces, and its Latin names (gamers' handles: Infi, TH000)
   * are kept.
   */
  dropProductModels: boolean;
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
   * Where the tagger read such a company's trade word into the title
   * (寒武纪|科技创始人), the title starts after the company; where it read
   * a company that stops short of the title inside the words the rules read
   * up to it (科大|讯飞董事长), the rules' company replaces it.
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
   * unmarked. A tagger title that starts with a word of jieba's ending in
   * 党, before a title the rules read (工人党/n|秘书长), starts after it, and
   * the party is a body of its own unless the word names none (执政党).
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
   * A title ending in 常委 right before 会 is the standing committee whose
   * member it names (省委常委|会|会议), with the place before a level's party
   * committee (贵港|市委常委|会), and so is a body the tagger ended there
   * (贵港市委常委|会): 常委会 is a body, the member's title no post there.
   * Not before a verb that begins with 会 (常委会见).
   */
  standingCommittees: boolean;
  /**
   * Two tagger organizations side by side are one where a rules'
   * organization starts inside the first and ends with the second
   * (杭州市公安局西湖区分局|文新派出所, with the rules' 西湖区分局文新派出所):
   * CLUENER marks a body with its parents as one span. Without this the
   * rule replaced the second and cut the first off. So are two with a
   * character or two between them, no verb's or function word's, where the
   * rules read the whole from the first's start (金水分局|经|八路派出所). So the rules'
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
   * inside the name (a place 台灣 in 台灣大哥大) gives way to it, but not a
   * place of the same words ending in a level character: a town's body
   * (丹竹镇|党委书记) is written as the town elsewhere (到丹竹镇调研).
   */
  repeatedBodies: boolean;
  /**
   * A person ending in 社, 报 or 网 right before 报道, 消息, 记者… is the news
   * body a report cites (据彭博社报道): see isCitedNewsBody.
   */
  citedNewsBodies: boolean;
  /**
   * A company the tagger read that ends in 党 or 党团, or that a government head's
   * title follows (政務司|司長, 香港财经事务及库务局|局长), is an organization:
   * no company has a party's name or a 司长. The tagger, which has seen few
   * of either, reads 國民黨主席 and 政務司司長 as a company's. So is a company
   * or a place the hand-curated segmentation list names as a body
   * (农业农村部; 东部战区, which the tagger read as a place), and such a body
   * is added where the tagger marked nothing over it (东部战区新闻发言人).
   */
  governmentBodies: boolean;
  /**
   * A tagger place that ends in a unit's head character (西九龍總區重案組,
   * jieba's 西九龙/nr 总区/x 重案/x 组/zg) is an organization: no place's name
   * ends in 组, 队, 局 or 署. On the CLUENER folds the tagger marks no such
   * place; the shipped model marks one on the train file, which the gold
   * calls an address (香港的魁北克省移民局). So is one ending in 厅 that the
   * rules read as a listed body (自治区|农业农村厅), or that its head's title
   * follows (湖北省交通运输厅|厅长), unlike a hall (营业厅).
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
   * A weather forecast's range (大到暴雪, 中到大雨) or warning (暴雪蓝色预警)
   * names no entity: the tagger read 暴雪 as the games company it is in
   * CLUENER's game news.
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
   * A tagger organization ending in a head's character (部, 局, 厅, 署) right
   * before 长 and a person is that head's title written with the body
   * (新加坡贸工部|长颜金勇: 贸工部长, as 经济部长), one position, in the rules'
   * place it starts with.
   */
  headsSharingBodiesEnds: boolean;
  /**
   * A tagger organization that is the rules' place and then their post and
   * nothing else (贵州|省委常委) is that post with its place, in the place's
   * body (贵州省委), as CLUENER marks 深圳市长.
   */
  placeTitlesAreNoBodies: boolean;
  /**
   * A company or body ending in its board (董事会, 监事会) right before a
   * title gives the board to the title (阿里巴巴集团|董事会主席, 公司|董事会秘书,
   * 第六监事会|监事, as Resume marks such titles), and ends before it, or is
   * dropped where only a reference to a company is left (公司|董事会秘书).
   */
  boardsInTitles: boolean;
  /**
   * A tagger body ending in its party group or committee, where the rules
   * read a title from the group on past the body (国家统计局党组|成员: the
   * rules' 党组成员), is the body before the group, and the title the rules':
   * Resume marks 中航工业 and 飞机分党组成员 so.
   */
  partyGroupsInTitles: boolean;
  /**
   * A name the document gives as both a company and an organization takes
   * the type it has more often, a company where as many (特斯拉 twice a
   * company, once before 中国区总裁 an organization).
   */
  oneTypePerBody: boolean;
  /**
   * A position that begins with a body the rules know (全国政协委员,
   * 北京大学教授, the tagger's or the rules' span) is cut in two: the body,
   * and the title after it (and after 原 or 前). CLUENER marks such a body
   * apart from the title 327 times (全国人大|副委员长, 商务部|部长) and inside
   * the position 34. A party group (党组副书记) stays in the post: linking
   * reads whose it is. A company's short name the rules know as a brand
   * counts as such a body (京东|创始人, where the tagger read one title).
   * And an organization the tagger ran on into 党委委员 (西安交通大学党委委员)
   * is cut before it, the title Resume marks (湖南神斧民爆集团有限公司|党委委员);
   * it is all title where less than a name is left (厂党委委员).
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
   * A place only the tagger read, where the rules read none, right before a
   * company it read is that company's brand (大疆|创新科技有限公司).
   */
  brandsBeforeCompanies: boolean;
  /**
   * A place ending in a county's short name that the rules did not join to
   * what comes before it, right before a number or an aspect particle, ends
   * before the name (印度|新建|两家门店: 新建, 南昌市新建区's short name, is
   * the verb "to newly build"); one that is only the name is dropped before
   * an aspect particle (公司新建了), not before a number (邹平两家农商行).
   */
  aliasesBeforeNumbers: boolean;
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
   * A body that is a place and such a word (内蒙古|中东部, which jieba lists
   * as nt) is that place.
   */
  areaWords: boolean;
  /**
   * A place gives up the last characters that belong to the noun after it:
   * the 地区 of 地区生产总值 (regional GDP: 广东省|地区生产总值), and the 市 of
   * 市民 and the 村 of 村民 (上海市|民姜泉根, 太和镇一村|民: citizens,
   * villagers) where jieba reads 村民 or glues 民 to a name, not 民盟 or 民主路.
   */
  placesEndBeforeNouns: boolean;
  /**
   * A country the tagger read as a body (a national team, 西班牙) between two
   * places of a list (摩洛哥、西班牙和葡萄牙) is a place like them, and so is
   * one at a list's end or start beside a place, with no body on its other
   * side (法国、德国、西班牙等).
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
   * (原|国足|主教练: the former national team's coach) is that body, and a
   * tagger body that starts with 原 or 前 as a word of its own, right before
   * a title, starts after it (前|立法會|議員: a former legislator).
   */
  formerBodiesAreNoNames: boolean;
  /**
   * A tagger minister's title that ends a word of jieba's the rules read as
   * a title whole (商业部长/n, of which the tagger read 部长) is that word.
   */
  wholeTitleWords: boolean;
}

const ALL: readonly EntityType[] = ['person', 'position', 'company', 'place', 'organization'];

export const DEFAULT_POLICY: Policy = {
  modelTypes: ALL,
  fill: ['person:title', 'person:verb', 'person:repeated', 'person:list', 'person:surname+title', 'place:name', 'place:joined', 'place:stem', 'place:alias(province)', 'place:level-shared', 'company:before-title', 'company:short-name', 'company:stock-name', 'organization:head(司)', 'organization:international'],
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
  honorificTitlesBeforeNames: true,
  positionsStartOnTitles: true,
  trimPlaceToName: true,
  suffixCompanyExtendsLeft: true,
  trimTrailingWords: true,
  trimSentenceBreaks: true,
  trimUnbalancedBrackets: true,
  trimEdgeSymbols: true,
  namesStayPeople: true,
  wholeForeignNames: true,
  joinedForeignNames: true,
  abbreviatedBodies: true,
  longestNameInDocument: true,
  compoundSurnames: true,
  nameBeforeFunctionWord: true,
  nameEndsNoBody: true,
  bracketedLatinNames: true,
  dropHonorificReferences: true,
  dropBuildingsAsNames: true,
  dropProductModels: true,
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
  standingCommittees: true,
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
  headsSharingBodiesEnds: true,
  placeTitlesAreNoBodies: true,
  boardsInTitles: true,
  partyGroupsInTitles: true,
  oneTypePerBody: true,
  positionsAfterTheirBodies: true,
  dropScenicSpots: true,
  placesIntoBodies: true,
  brandsBeforeCompanies: true,
  aliasesBeforeNumbers: true,
  departmentsInModelBodies: true,
  dropCountriesBeforeTitles: true,
  datelinePlaces: true,
  dropTitlesInListedNouns: true,
  areaWords: true,
  placesEndBeforeNouns: true,
};
