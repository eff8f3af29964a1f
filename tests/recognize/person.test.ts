/**
 * The person rules on CLUENER sentences: which spans they propose, before
 * the tagger and combine have their say.
 */
import { describe, expect, it } from 'vitest';
import { isHonorificReference } from '../../src/recognize/person.js';
import { ruleSpansOf } from './rules.js';

const peopleIn = (text: string) => ruleSpansOf('person', text);

describe('person rules', () => {
  // Lines from CLUENER.
  it('finds a name between a title and a speech verb, but not a surname with a form of address there', () => {
    expect(peopleIn('住房和城乡建设部政策研究中心副主任王珏林向《每日经济新闻》表示，以往对廉租房的补助，多以“')).toContain('王珏林');
    // 刘先生 and 饶先生 say who spoke without naming them.
    expect(peopleIn('武汉市某房产中介店长刘先生告诉记者，比如街道办事处在家访核实或公示时，没有监督；')).toEqual([]);
    expect(peopleIn('光大银行深圳分行信用卡中心饶先生表示：“只要有证据证明该客户的信用卡不是本人申办且没有消费，')).toEqual([]);
  });

  it('reads a name after a title whose given name jieba read as a place word, after a surname it tagged as a name', () => {
    // jieba: 区长/nnt 吴/nr 金城/ns.
    expect(peopleIn('浦东新区区长吴金城日前率队赴张江科学城调研。')).toEqual(['吴金城']);
    // Without the title, a surname character before a place word is no name.
    expect(peopleIn('他们日前在吴金城调研。')).toEqual([]);
  });

  it("reads a frequent foreign name jieba takes for a place as a name after a title, and where it is written again", () => {
    // jieba: 俄罗斯/ns 总统/nnt 普京/ns.
    expect(peopleIn('俄罗斯总统普京27日在克里姆林宫会见客人。普京表示，俄方愿意对话。')).toEqual(['普京', '普京']);
    // Without a title before it, the word is left to the tagger.
    expect(peopleIn('据报道，普京当天抵达北京。')).toEqual([]);
  });

  it('reads a foreign name jieba knows as a name after a title, where a word that ends a name follows', () => {
    // jieba: 总统/nnt 特朗普/nr 当地/s; 部长/nnt 保尔森/nrt 和/c (a CLUENER line).
    expect(peopleIn('据路透社报道，美国总统特朗普当地时间周二在白宫会见了日本首相。')).toEqual(['特朗普']);
    expect(peopleIn('花旗集团高层上周六与美国财政部长保尔森和纽约储备银行行长盖纳等举行了电话会议，')).toEqual(['保尔森', '盖纳']);
    // Not where the next word is one transliteration character alone, the name going on (努尔/nrt 加/v 利耶夫/nr):
    // not 努尔 alone, but the whole name, which the pass over transliterations' characters after titles reads.
    expect(peopleIn('由内务部长努尔加利耶夫负责调查。')).toEqual(['努尔加利耶夫']);
    // Not without a title before it.
    expect(peopleIn('特朗普当地时间周二会见了日本首相。')).toEqual([]);
  });

  it('reads what comes before a title as its body, not a name, when a name follows the title', () => {
    // Taiwan news style (台 is a surname, 台积 unknown to jieba): the title is 魏哲家's, 台積電 its company.
    expect(peopleIn('台積電董事長魏哲家親自接待')).toEqual(['魏哲家']);
    // A title after a name that nothing named follows still backs the name (a CLUENER line).
    expect(peopleIn('国务院发展研究中心侯云春副主任认为，我国钢铁业应进一步实施大公司战略，充分发挥大公司在资源配置、')).toContain('侯云春');
  });

  it('tells a surname and a form of address from a name', () => {
    // 杨某 and 张某某 are how reports withhold a name: CLUENER marks none of its 93 X某.
    for (const reference of ['刘先生', '陈女士', '李总', '欧阳女士', '杨某', '张某某', '张姓', '欧阳姓']) expect(isHonorificReference(reference), reference).toBe(true);
    // Names that merely end in such a character, and forms of address with no surname before them.
    for (const name of ['刘总理', '王先', '李总强', '先生', '总', '某某']) expect(isHonorificReference(name), name).toBe(false);
  });

  it('finds a name after the verb of an appointment notice', () => {
    expect(peopleIn('公司董事会同意聘任王莉为公司总经理。')).toContain('王莉');
    expect(peopleIn('经研究，决定任命陈伟为省发展和改革委员会主任。')).toContain('陈伟');
  });

  it('finds a name before a verb by which it takes a post, where a title follows in the same clause', () => {
    // jieba reads 任/r 少/a 波/j 任/r: the surname is the verb's character.
    expect(peopleIn('宣布关于浙江大学主要负责同志任职的决定：任少波任浙江大学党委书记，杜江峰任浙江大学校长。')).toEqual(['任少波', '杜江峰']);
    // A line of CLUENER's: 廖静文 is in its gold.
    expect(peopleIn('1957年，廖静文出任徐悲鸿纪念馆馆长，此后的岁月里，她把自己的生命都投入了这个纪念馆。')).toContain('廖静文');
    // Not before a word that begins with 任, with no title after it.
    expect(peopleIn('这是王小任务最重的一年。')).toEqual([]);
  });

  it("finds a confirmed name again wherever it is written, but not where it begins a body's name jieba reads as one word", () => {
    // jieba: 李嘉诚基金会/nr 主席/nnt 李嘉诚/nr.
    const text = '李嘉诚基金会主席李嘉诚则未有出席。李嘉诚此前表示支持。';
    expect(peopleIn(text)).toEqual(['李嘉诚', '李嘉诚']);
    // A CLUENER line: its gold marks 徐悲鸿 in the names of the symposium and the exhibition, not in the memorial hall's.
    expect(peopleIn('如修复南京徐悲鸿纪念馆、召开“新世纪首届徐悲鸿学术研讨会”、举办“首届全国徐悲鸿中国画展”等，')).toEqual(['徐悲鸿', '徐悲鸿']);
  });

  it('finds a name after a title written in Latin letters', () => {
    expect(peopleIn('eBay大中华区CEO林奕彰分别发表主题演讲。')).toContain('林奕彰');
  });

  it('reads what stands between a locative preposition and a verb as a place, not a name, unless the name list knows it', () => {
    // A CLUENER line, and what a probe gave (白 and 索 are surnames).
    expect(peopleIn('俄罗斯总统梅德韦杰夫当天在索契会见海军军人时宣布')).not.toContain('索契');
    expect(peopleIn('美国总统特朗普当地时间周二在白宫会见了到访的日本首相石破茂。')).not.toContain('白宫');
    // A name the name list knows stays one (在刘德华出席的发布会上: at the launch he attended).
    expect(peopleIn('昨晚在刘德华出席的发布会上，歌迷挤满了现场。')).toContain('刘德华');
  });

  it('reads no name in a list whose item before it ends in a place or a common noun, and still in a list of names', () => {
    // What a probe gave (jieba: 天门/ns 山/n 、 黄龙洞/nr 等/u), and CLUENER lines of sights.
    expect(peopleIn('张家界国家森林公园管理处介绍，天门山、黄龙洞等景区人气火爆。')).not.toContain('黄龙洞');
    expect(peopleIn('九皇山、佛爷洞、李白故里绵阳成都。')).toEqual([]);
    expect(peopleIn('导演张艺谋、冯小刚等出席了首映礼。')).toEqual(['张艺谋', '冯小刚']);
  });

  it('finds a name in the frame 在…看来 (in … view), though 在 is locative', () => {
    // A CLUENER line.
    expect(peopleIn('甚至还要便宜一些。”在沈美成看来，中国当代艺术品的价格偏高')).toEqual(['沈美成']);
    // A pronoun or a place there is no name.
    expect(peopleIn('在我们看来，这是好事。')).toEqual([]);
  });

  it("reads a country's side in talks as no name, though the name list has it", () => {
    expect(peopleIn('日本首相石破茂当天在东京表示，日方将继续与韩方保持沟通。')).not.toContain('韩方');
    // A CLUENER line.
    expect(peopleIn('游戏内置苏方及德方战役，玩家可分别以苏军或德军的身份进行单机战役')).toEqual([]);
    expect(isHonorificReference('美方')).toBe(true);
    // A name of the same shape with another surname is a name.
    expect(isHonorificReference('李方')).toBe(false);
  });

  it('reads a surname character jieba takes for an adverb of its own as the adverb, unless a name word follows', () => {
    // CLUENER lines: 都 is a surname, and it stood after a title (学生, 队员) or before a speech verb (要求).
    expect(peopleIn('对其透支额度、有无年费、是否影响个人信用等问题，学生都很关注。')).toEqual([]);
    expect(peopleIn('马竞也在关键战役中4比1大胜拉科，目前两队队员都处气势在回升阶段，')).not.toContain('都处');
    expect(peopleIn('一般情况下，银行都只要求存量房贷客户的商业贷款总额不低于30万元')).toEqual([]);
    // A surname jieba reads as an adverb stays one before a word jieba reads as a name's.
    expect(peopleIn('市委书记曾庆红表示，改革要继续。')).toContain('曾庆红');
  });

  it('finds a Japanese name right after a title, and not a Chinese place after one', () => {
    // jieba: 上川/ns 阳子/n; 小林/nr 麻纪/x. The tagger marked neither.
    expect(peopleIn('日本政府决定由前外务大臣上川阳子担任特使出访东南亚。')).toContain('上川阳子');
    expect(peopleIn('日本外务省发言人小林麻纪在记者会上介绍了有关情况。')).toContain('小林麻纪');
    // Only after a title: 小林 alone is a Chinese nickname too.
    expect(peopleIn('小林麻纪在记者会上介绍了有关情况。')).not.toContain('小林麻纪');
    // 和田 is a Xinjiang prefecture, not on the list.
    expect(peopleIn('自治区主席和田地区调研。')).not.toContain('和田地区');
    // A given name of three characters (jieba: 玉木雄/x 一郎/x).
    expect(peopleIn('国民民主党党首玉木雄一郎表示，将继续推动减税。')).toEqual(['玉木雄一郎']);
    // Not into a word jieba reads that ends names (石破/nr 茂/nr 当天/t).
    expect(peopleIn('日本首相石破茂当天表示，将继续推动减税。')).toEqual(['石破茂']);
    // A given name of one character (jieba: 木原/n 稔/zg; the tagger marked nothing).
    expect(peopleIn('日本内阁官房长官木原稔在东京的记者会上说。')).toEqual(['木原稔']);
  });

  it("finds a transliterated name jieba cut as other words right after a title, not a word of jieba's or half a dotted name", () => {
    // jieba: 行长/nnt 拉加/v 德则/x 在/p. The tagger, with 德则 glued, marked no one.
    expect(peopleIn('欧洲央行行长拉加德则在法兰克福警告称，欧元区经济面临下行风险。')).toEqual(['拉加德']);
    // 根本就是/n is a word of jieba's, though 根 and 本 come in transliterations.
    expect(peopleIn('美国以网络遭“中国黑客”等攻击为由创建网络战司令部根本就是“借口”。')).toEqual([]);
    // A name that goes on past a dot is the tagger's to read whole.
    expect(peopleIn('中扮演老年罗丝的美国女演员格洛丽亚·斯图尔特26日晚在其位于洛杉矶西区的家中因呼吸衰竭去世，')).not.toContain('格洛丽亚');
  });

  it('ends a name before an armed service, which jieba tags as a name word', () => {
    // jieba: 施毅/x 陆军/nr 大校/nnt; the name had taken 陆 as its third character.
    expect(peopleIn('东部战区新闻发言人施毅陆军大校表示，战区部队开展联合演训。')).toContain('施毅');
    expect(peopleIn('东部战区新闻发言人施毅陆军大校表示，战区部队开展联合演训。')).not.toContain('施毅陆');
  });
});
