/**
 * How tagger spans and rule candidates are put together: with the rules and
 * tokens of real text and tagger spans written out, so each case checks the
 * policy rather than what the tagger happens to predict today.
 */
import { describe, expect, it } from 'vitest';
import type { EntityType, Span } from '../../src/doc.js';
import { segmentedDoc } from '../../src/index.js';
import { combine } from '../../src/model/combine/index.js';
import { recognizeRules } from '../../src/recognize/index.js';
import { resolve } from '../../src/recognize/resolve.js';

/**
 * combine() on `text` with the given tagger spans (at the words' first
 * occurrence, or after `from`), overlaps resolved as extract() does, as
 * [type, text] pairs of `types`.
 */
function combined(text: string, model: [EntityType, string, number?][], types: EntityType[] = ['place', 'company']): [string, string][] {
  const doc = segmentedDoc(text);
  const spans: Span[] = model.map(([type, words, from]) => {
    const start = doc.text.indexOf(words, from);
    if (start < 0) throw new Error(`${words} is not in ${doc.text}`);
    return { type, start, end: start + words.length, reason: 'model' };
  });
  return resolve(combine([...recognizeRules(doc)], spans, doc))
    .filter((span) => types.includes(span.type))
    .map((span) => [span.type, doc.text.slice(span.start, span.end)]);
}

describe('combine', () => {
  it('cuts a tagger place back to the gazetteer name when plain words follow it', () => {
    expect(combined('木乐镇党委向桂平市汇报纺织服装产业发展情况', [['place', '桂平市汇报纺织']])).toContainEqual(['place', '桂平市']);
  });

  it("reads a tagger place that runs on into a body's head as the body, where the rules read the same words as one", () => {
    const types: EntityType[] = ['place', 'organization'];
    // What the shipped model marks (jieba: 粤海街道/ns 办事处/n): the place, which was cut back to 粤海街道.
    expect(combined('11月28日，广东省深圳市南山区粤海街道办事处召开辖区企业座谈会。', [['place', '广东省深圳市南山区粤海街道办事处']], types)).toEqual([['organization', '广东省深圳市南山区粤海街道办事处']]);
    // A CLUENER line whose gold has the university as an organization (what the ten fold models mark).
    expect(combined('在西安电子科技大学，学生针对信用卡事件的讨论愈演愈烈。', [['place', '西安电子科技大学']], types)).toEqual([['organization', '西安电子科技大学']]);
    // The title the rules read from the head on (办事处主任, in a chain before the name) starts after the body.
    const office = '广西壮族自治区贵港市港北区港城街道办事处主任陈明在接受采访时说。';
    expect(combined(office, [['place', '广西壮族自治区贵港市港北区港城街道办事处'], ['position', '主任'], ['person', '陈明']], [...types, 'position'])).toEqual([
      ['organization', '广西壮族自治区贵港市港北区港城街道办事处'],
      ['position', '主任'],
    ]);
    // A place that runs on into plain words is still cut back to its name.
    expect(combined('木乐镇党委向桂平市汇报纺织服装产业发展情况', [['place', '桂平市汇报纺织']], types)).toContainEqual(['place', '桂平市']);
  });

  it('makes the place of a tagger organization that is a place name, full or joined, plus sector words', () => {
    const types: EntityType[] = ['place', 'organization'];
    expect(combined('木乐镇发展纺织服装产业', [['organization', '木乐镇发展纺织服装产业']], types)).toEqual([['place', '木乐镇']]);
    expect(combined('何录春到桂平市木乐镇调研纺织服装产业发展情况', [['organization', '桂平市木乐镇调研纺织服装产业']], types)).toEqual([['place', '桂平市木乐镇']]);
    // One that begins with the rules' organization is cut back to it, not to its place.
    expect(combined('木乐镇党委发展纺织服装产业', [['organization', '木乐镇党委发展纺织服装产业']], types)).toEqual([['organization', '木乐镇党委']]);
    expect(combined('广东省人民医院心血管内科主任医师王斌表示', [['organization', '广东省人民医院心血管内科']], types)).toEqual([['organization', '广东省人民医院']]);
    // A party's general branch is a body's head as its branch is (what the shipped model marks; jieba: 党总支/n).
    expect(combined('蒲庙镇五合社区党总支书记卢建华介绍了该社区发展茉莉花产业的经验。', [['organization', '蒲庙镇五合社区党总支'], ['position', '书记'], ['person', '卢建华']], types)).toEqual([
      ['organization', '蒲庙镇五合社区党总支'],
    ]);
    // Or, where the rules' organization begins after the place (上海市第六|人民医院: no ordinals in rule names), up to its end;
    // the department left over is the post's, as the rules read it.
    expect(combined('上海市第六人民医院骨科主任张长青介绍', [['organization', '上海市第六人民医院骨科'], ['position', '主任']], [...types, 'position'])).toEqual([
      ['organization', '上海市第六人民医院'],
      ['position', '骨科主任'],
    ]);
    // One that ends like an institution stays whole.
    expect(combined('何录春到桂平市木乐镇服装协会调研', [['organization', '桂平市木乐镇服装协会']], types)).toEqual([['organization', '桂平市木乐镇服装协会']]);
  });

  it('takes the word for a part of a place or the sea off it into the place, not a word that goes on into a name', () => {
    // CLUENER lines, with the place the tagger stops at.
    expect(combined('美国政府担心距离美国海岸只有100多公里', [['place', '美国', 7]], ['place'])).toContainEqual(['place', '美国海岸']);
    expect(combined('像宁夏西部的省份也在做这个', [['place', '宁夏']], ['place'])).toEqual([['place', '宁夏西部']]);
    // 中国|东部|战区: jieba's 战区 goes on from 东部 into a name.
    expect(combined('中国东部战区新闻发言人表示', [['place', '中国']], ['place'])).toEqual([['place', '中国']]);
  });

  it('keeps a tagger place that goes on through address words', () => {
    const found = combined('他住在衡阳市仙姬巷28号', [['place', '衡阳市仙姬巷28号']]);
    expect(found).toContainEqual(['place', '衡阳市仙姬巷28号']);
    expect(found).not.toContainEqual(['place', '衡阳市']);
  });

  it('starts a tagger position after the organization word it began inside', () => {
    // With 立委 read as a title, the tagger marked 民党立委, from inside jieba's 国民党/nt.
    expect(combined('國民黨立委賴士葆質詢時指出', [['position', '民党立委']], ['position'])).toEqual([['position', '立委']]);
  });

  it("reads a body named for a person, which jieba tags as a name's word, as the body, and the title after it", () => {
    // What the shipped model marks (jieba: 李嘉诚基金会/nr 主席/nnt): the person 李嘉诚 and the title 金会主席.
    const text = '李嘉誠基金會主席李嘉誠則未有出席。';
    expect(combined(text, [['person', '李嘉诚'], ['position', '金会主席'], ['person', '李嘉诚', 8]], ['person', 'position', 'organization'])).toEqual([
      ['organization', '李嘉诚基金会'],
      ['position', '主席'],
      ['person', '李嘉诚'],
    ]);
    // Not a word of another tag the rules read as a body (本|公司党委/n|副书记, a Resume line's: the title is 党委副书记).
    expect(combined('任西钢机械公司党委副书记、本公司党委副书记。', [['position', '党委副书记', 12]], ['position'])).toContainEqual(['position', '党委副书记']);
  });

  it('drops a tagger position cut out of the end of a word jieba knows, unless it is a title', () => {
    // The obituary's 优秀党员/n (an outstanding party member) is no post; the shipped model marked 秀党员.
    const obituary = '中国共产党优秀党员，原湖北省人民政府副省长王少阶同志';
    expect(combined(obituary, [['position', '秀党员'], ['position', '副省长']], ['position'])).toEqual([['position', '副省长']]);
    // 杂志社/n|长: the magazine's head, 社长, shares the 社 of 杂志社.
    expect(combined('《中国国家地理》杂志社长李栓科先生', [['position', '社长']], ['position'])).toEqual([['position', '社长']]);
  });

  it("starts a person after Malaysia's honorific titles it begins with or inside, and drops one that is only them", () => {
    // What the shipped model marked: 督斯里阿米鲁丁 from inside 拿督斯里, and 丹斯里丹玛林 and 敦马哈迪 whole.
    const text = '雪兰莪州务大臣拿督斯里阿米鲁丁也在场。前首相敦马哈迪说，丹斯里丹玛林与这位拿督出席。';
    const model: [EntityType, string][] = [['person', '督斯里阿米鲁丁'], ['person', '敦马哈迪'], ['person', '丹斯里丹玛林'], ['person', '拿督']];
    expect(combined(text, model, ['person'])).toEqual([['person', '阿米鲁丁'], ['person', '马哈迪'], ['person', '丹玛林']]);
    // 敦 of 伦敦 (London) starts no name.
    expect(combined('伦敦市长萨迪克·汗表示', [['person', '萨迪克·汗']], ['person'])).toEqual([['person', '萨迪克·汗']]);
  });

  it('reads a 常委 title right before 会 as the standing committee, with the place before a party committee, not before 会见', () => {
    const types: EntityType[] = ['place', 'position', 'organization'];
    expect(combined('王宁在昆明主持召开省委常委会会议', [['place', '昆明'], ['position', '省委常委']], types)).toEqual([['place', '昆明'], ['organization', '省委常委会']]);
    expect(combined('近日，贵港市委常委会召开会议', [['place', '贵港'], ['position', '市委常委']], types)).toEqual([['organization', '贵港市委常委会']]);
    // What the shipped model marks there.
    expect(combined('近日，贵港市委常委会召开会议', [['organization', '贵港市委常委']], types)).toEqual([['organization', '贵港市委常委会']]);
    expect(combined('市委常委会见了客人', [['position', '市委常委']], types)).toEqual([['position', '市委常委']]);
  });

  it("reads a tagger body ending in a head's character before 长 and a person as the head's title written with it", () => {
    // What the shipped model marked (jieba: 新加坡/ns 贸工部/n 长颜金勇/x).
    expect(combined('新加坡贸工部长颜金勇周三在国会表示。', [['organization', '新加坡贸工部'], ['person', '颜金勇']], ['position', 'organization', 'person'])).toEqual([['position', '新加坡贸工部长'], ['person', '颜金勇']]);
    // Not without a person after it: 部长 there may be a word of its own.
    expect(combined('新加坡贸工部长期以来支持中小企业。', [['organization', '新加坡贸工部']], ['position', 'organization', 'person'])).toEqual([['organization', '新加坡贸工部']]);
  });

  it("reads a tagger body that is the rules' place and post as that post, not a body whose head is a title's", () => {
    // What the shipped model marked: the organization 贵州省委常委 (jieba: 贵州/ns 省委常委/nnt).
    expect(combined('贵州省委常委、遵义市委书记杨永英主持召开座谈会', [['organization', '贵州省委常委']], ['position', 'organization'])).toEqual([['position', '贵州省委常委']]);
    // 司令部 is a title of the dictionary's and a body's name: the command stays a body.
    expect(combined('驻韩美国司令部宣布，演习将持续三天。', [['organization', '美国司令部']], ['position', 'organization'])).toEqual([['organization', '美国司令部']]);
  });

  it('reads a two-character name that a body named in the document holds in order, not side by side, as its short name', () => {
    const types: EntityType[] = ['person', 'organization', 'company'];
    const text = '中国国家博物馆馆长高政表示，国博今年参观人数已突破700万人次。';
    expect(combined(text, [['organization', '中国国家博物馆'], ['person', '高政'], ['person', '国博']], types)).toEqual([['organization', '中国国家博物馆'], ['person', '高政'], ['organization', '国博']]);
    // A CLUENER line: 盖蒂 is the person the trust is named for.
    expect(combined('盖蒂信托的负责人表示，盖蒂生前收藏了大量艺术品。', [['company', '盖蒂信托'], ['person', '盖蒂', 8]], types)).toEqual([['company', '盖蒂信托'], ['person', '盖蒂']]);
  });

  it("reads a two-character name that begins a company's brand running on before its suffix as that company's short name", () => {
    const types: EntityType[] = ['person', 'organization', 'company'];
    // What the shipped model marks (jieba: 阿里巴巴集团董事会/nt, 阿里/nrt).
    const text = '阿里巴巴集团董事会主席蔡崇信出席了股东大会。蔡崇信表示，阿里将继续回购股份。';
    expect(combined(text, [['organization', '阿里巴巴集团董事会'], ['person', '蔡崇信'], ['person', '蔡崇信', 20], ['person', '阿里', 22]], types)).toEqual([
      ['company', '阿里巴巴集团'],
      ['person', '蔡崇信'],
      ['person', '蔡崇信'],
      ['company', '阿里'],
    ]);
    // Not a name the rules read: a company is often named for its founder.
    const founder = '李宁体育用品有限公司创始人李宁出席了发布会。李宁表示，公司将继续投入研发。';
    expect(combined(founder, [['company', '李宁体育用品有限公司'], ['person', '李宁', 10], ['person', '李宁', 20]], types)).toEqual([
      ['company', '李宁体育用品有限公司'],
      ['person', '李宁'],
      ['person', '李宁'],
    ]);
  });

  it("reads a short place only the tagger read, right before its company, as the company's brand, not an address", () => {
    const types: EntityType[] = ['place', 'company'];
    // What the shipped model marked (jieba: 大/a 疆/n 创新/v 科技/n 有限公司/n).
    expect(combined('孟凡利先后到大疆创新科技有限公司等企业调研', [['place', '大疆'], ['company', '创新科技有限公司']], types)).toEqual([['company', '大疆创新科技有限公司']]);
    // A fold model on a CLUENER line: the road is an address, the company after it CLUENER's company.
    expect(combined('当车辆行驶至小榄工业大道基信锁芯公司对开路段时', [['place', '小榄工业大道'], ['company', '基信锁芯公司']], types)).toEqual([['place', '小榄工业大道'], ['company', '基信锁芯公司']]);
  });

  it("ends a place before a county's short name used as a verb before a number, not before the rules' joined place or a counted place", () => {
    const types: EntityType[] = ['place'];
    // What the shipped model marked: 印度新建 and 东南亚新建 (新建, 南昌市新建区's short name, is "to newly build").
    expect(combined('公司将在印度新建两家门店', [['place', '印度新建']], types)).toEqual([['place', '印度']]);
    expect(combined('公司新建了两座工厂', [['place', '新建']], types)).toEqual([]);
    // The rules join 北京|海淀; a CLUENER line counts 邹平's banks.
    expect(combined('北京海淀两所学校参加', [['place', '北京海淀']], types)).toEqual([['place', '北京海淀']]);
    expect(combined('继莱州、邹平两家农商行今年2月26日挂牌后', [['place', '莱州'], ['place', '邹平']], types)).toEqual([['place', '莱州'], ['place', '邹平']]);
  });

  it("gives a company's board before a title to the title, and drops a bare reference to the company", () => {
    const types: EntityType[] = ['position', 'organization', 'company'];
    // The tagger's organization (jieba: 阿里巴巴集团董事会/nt) owns the board and ends in a company's suffix: a company.
    expect(combined('阿里巴巴集团董事会主席蔡崇信在杭州出席活动', [['organization', '阿里巴巴集团董事会'], ['position', '主席']], types)).toEqual([['company', '阿里巴巴集团'], ['position', '董事会主席']]);
    // A Resume line, with the board's number: the gold is 昆明市国资委 and 第六监事会监事.
    expect(combined('现任昆明市国资委第六监事会监事', [['organization', '昆明市国资委第六监事会'], ['position', '监事', 13]], types)).toEqual([['organization', '昆明市国资委'], ['position', '第六监事会监事']]);
    expect(combined('公司董事会秘书王芳表示', [['company', '公司董事会'], ['position', '秘书']], types)).toEqual([['position', '董事会秘书']]);
  });

  it('gives a name the document reads as both a company and an organization one type', () => {
    const types: EntityType[] = ['company', 'organization'];
    // What the shipped model marks: 特斯拉 a company twice, and before 中国区总裁 an organization.
    const text = '特斯拉首席执行官马斯克发文称，特斯拉将在上海投产新车。特斯拉中国区总裁朱晓彤此前表示看好。';
    expect(combined(text, [['company', '特斯拉'], ['company', '特斯拉', 14], ['organization', '特斯拉', 27]], types)).toEqual([
      ['company', '特斯拉'],
      ['company', '特斯拉'],
      ['company', '特斯拉'],
    ]);
    // As many of each (what the shipped model marked in a CLUENER line): a company, as its gold has it.
    const agency = '接入电话的是携程国旅，然后携程国旅委托三亚辰龙，三亚辰龙再将保单销售给原告。';
    expect(combined(agency, [['company', '携程国旅'], ['organization', '携程国旅', 10]], types)).toEqual([
      ['company', '携程国旅'],
      ['company', '携程国旅'],
    ]);
    // Unless the name ends in a body's head (a Resume line: a department).
    const department = '2007年8月在东易有限任职，担任人力行政中心总监，现任东易日盛家居装饰集团股份有限公司副总经理、人力行政中心总监。';
    expect(combined(department, [['company', '人力行政中心'], ['organization', '人力行政中心', 30]], types)).toContainEqual(['organization', '人力行政中心']);
    expect(combined(department, [['company', '人力行政中心'], ['organization', '人力行政中心', 30]], types)).not.toContainEqual(['company', '人力行政中心']);
  });

  it("gives a body's party group to the title the rules read from it, and ends the body before it", () => {
    const types: EntityType[] = ['position', 'organization'];
    // What the shipped model marks (jieba: 国家统计局/nto 党组/n 成员/nnt): the body, and no title for 成员.
    const text = '国家统计局党组成员、副局长盛来运12月4日介绍。';
    expect(combined(text, [['organization', '国家统计局党组'], ['position', '副局长'], ['person', '盛来运']], types)).toEqual([
      ['organization', '国家统计局'],
      ['position', '党组成员'],
      ['position', '副局长'],
    ]);
    // A party group with no title after it stays the body's.
    expect(combined('国家统计局党组召开会议。', [['organization', '国家统计局党组']], types)).toEqual([['organization', '国家统计局党组']]);
  });

  it('joins two people of transliterations\' characters side by side or on either side of a hyphen, not Chinese names or a bracketed original', () => {
    // What the shipped model marked: 迪亚斯 and 卡内尔 (jieba: 迪亚斯/nr -/x 卡/n 内尔/ns).
    expect(combined('古巴国家主席迪亚斯-卡内尔出席', [['person', '迪亚斯'], ['person', '卡内尔']], ['person'])).toEqual([['person', '迪亚斯-卡内尔']]);
    expect(combined('新任主帅范马尔韦克钦点', [['person', '范马尔'], ['person', '韦克']], ['person'])).toEqual([['person', '范马尔韦克']]);
    expect(combined('记者王小明陈国栋报道', [['person', '王小明'], ['person', '陈国栋']], ['person'])).toEqual([['person', '王小明'], ['person', '陈国栋']]);
    expect(combined('威尔莱特（WillWright）作品', [['person', '威尔莱特']], ['person'])).toEqual([['person', '威尔莱特'], ['person', 'WillWright']]);
  });

  it("starts a tagger span after a sentence's end inside it, or drops it when too little is left", () => {
    // What the shipped model marks on the Traditional text: the company 财报。集团.
    const text = '阿里巴巴集团今日发布财报。集团首席执行官吴泳铭表示。';
    expect(combined(text, [['company', '阿里巴巴集团'], ['company', '财报。集团'], ['person', '吴泳铭']], ['company'])).toEqual([['company', '阿里巴巴集团']]);
    expect(combined('地址中原万达二号门！中原路华山路交叉口！', [['place', '中原万达二号门！中原路华山路交叉口']], ['place'])).toEqual([['place', '中原路华山路交叉口']]);
  });

  it('cuts emoji, invisible format characters and spaces off the edges of a span', () => {
    // The tagger read 张三😀 as a name (it sees the emoji's two UTF-16 units, which training never showed it).
    expect(combined('张三😀表示，李四\u200b出席。', [['person', '张三😀'], ['person', '李四\u200b']], ['person'])).toEqual([
      ['person', '张三'],
      ['person', '李四'],
    ]);
    // A space in scraped text, which the tagger may take into a title: 贵港市 委书记 gave " 委书记".
    expect(combined('贵港市 委书记何录春 到桂平市调研。', [['position', ' 委书记'], ['person', '何录春 ']], ['position', 'person'])).toEqual([
      ['position', '委书记'],
      ['person', '何录春'],
    ]);
  });

  it('reads a person between a title only a company has and another person as that company, but not in a byline', () => {
    const types: EntityType[] = ['person', 'position', 'company'];
    // What the shipped model made of a news sentence: jieba reads 比亚迪/nr, the tagger a name.
    expect(combined('比亚迪总裁王传福则表示看好新能源车市场。', [['person', '比亚迪'], ['position', '总裁'], ['person', '王传福']], types)).toEqual([
      ['company', '比亚迪'],
      ['position', '总裁'],
      ['person', '王传福'],
    ]);
    // After a chain of titles (蔚来/x: the tagger reads a name).
    expect(combined('蔚来创始人、董事长李斌在微博上回应称。', [['person', '蔚来'], ['position', '创始人'], ['position', '董事长'], ['person', '李斌']], types)).toEqual([
      ['company', '蔚来'],
      ['position', '创始人'],
      ['position', '董事长'],
      ['person', '李斌'],
    ]);
    expect(combined('（王东升记者蔡早勤）', [['person', '王东升'], ['position', '记者'], ['person', '蔡早勤']], types)).toEqual([
      ['person', '王东升'],
      ['position', '记者'],
      ['person', '蔡早勤'],
    ]);
  });

  it('reads a name before a corporate title that begins a company named in full as that company, not the place it begins with', () => {
    // What the shipped model marks (jieba: 宁德/ns 时代/n 副董事长/nnt).
    const text = '宁德时代新能源科技股份有限公司董事长曾毓群表示。宁德时代副董事长李平出席签约仪式。';
    expect(combined(text, [['company', '宁德时代新能源科技股份有限公司'], ['place', '宁德', 20]], ['place', 'company'])).toEqual([
      ['company', '宁德时代新能源科技股份有限公司'],
      ['company', '宁德时代'],
    ]);
    // Without the full name, the place stays.
    expect(combined('宁德时代副董事长李平出席签约仪式。', [['place', '宁德']], ['place', 'company'])).toEqual([['place', '宁德']]);
  });

  it("reads a person the rules do not read, between any other title and a person, as a body, but not in a byline", () => {
    const types: EntityType[] = ['person', 'position', 'organization'];
    // What the shipped model marks (jieba: 湖人/x 主教练/nnt): the Lakers' coach.
    expect(combined('湖人主教练雷迪克赛后表示，詹姆斯发挥出色。', [['person', '湖人'], ['position', '主教练'], ['person', '雷迪克'], ['person', '詹姆斯']], types)).toEqual([
      ['organization', '湖人'],
      ['position', '主教练'],
      ['person', '雷迪克'],
      ['person', '詹姆斯'],
    ]);
    // CLUENER's bylines: every name before a title and a name stands before a reporter's role.
    expect(combined('（记者李文峰通讯员丁奇志）', [['position', '记者'], ['person', '李文峰'], ['position', '通讯员'], ['person', '丁奇志']], types)).toEqual([
      ['position', '记者'],
      ['person', '李文峰'],
      ['position', '通讯员'],
      ['person', '丁奇志'],
    ]);
  });

  it('takes the rules\' body over 附属 where the tagger stopped before it', () => {
    // What the shipped model marks: 浙江大学医学院, leaving out the hospital affiliated to it.
    const text = '浙江大学医学院附属第一医院党委书记梁廷波介绍了医院的数字化转型经验。';
    expect(combined(text, [['organization', '浙江大学医学院'], ['position', '党委书记'], ['person', '梁廷波']], ['organization'])).toEqual([['organization', '浙江大学医学院附属第一医院']]);
    // Or where jieba glued the hospital's head to the title (医院院长/n) and the rules read no body over 附属.
    const glued = '浙江大学医学院附属第一医院院长梁廷波等当选。';
    expect(combined(glued, [['organization', '浙江大学医学院'], ['position', '院长'], ['person', '梁廷波']], ['organization'])).toEqual([['organization', '浙江大学医学院附属第一医院']]);
  });

  it("drops a tagger person that ends like a building's name, and keeps the names beside it", () => {
    // What the shipped model made of a news sentence: the palace's transliterated characters read as a name.
    const text = '克里姆林宫发言人佩斯科夫表示，双方讨论了能源合作。';
    expect(combined(text, [['person', '克里姆林宫'], ['position', '发言人'], ['person', '佩斯科夫']], ['person', 'position'])).toEqual([
      ['position', '发言人'],
      ['person', '佩斯科夫'],
    ]);
    // A Chinese name of three may end so.
    expect(combined('空军司令员刘亚楼表示。', [['position', '空军司令员'], ['person', '刘亚楼']], ['person'])).toEqual([['person', '刘亚楼']]);
  });

  it('drops a tagger person that is a Latin word before a model number, and keeps Latin names', () => {
    // What the shipped model marks in a product launch and a sales report.
    expect(combined('余承东在深圳发布了Mate 80系列手机。', [['person', '余承东'], ['person', 'Mate']], ['person'])).toEqual([['person', '余承东']]);
    expect(combined('特斯拉Model Y销量下降。', [['person', 'Model']], ['person'])).toEqual([]);
    // A CLUENER line: a player's handle, no space before what follows.
    expect(combined('对此Infi和TH000的选择是魔兽', [['person', 'Infi'], ['person', 'TH000']], ['person'])).toEqual([
      ['person', 'Infi'],
      ['person', 'TH000'],
    ]);
  });

  it('starts a tagger organization that begins inside a verb or with a preposition after it, where the rules found one', () => {
    const types: EntityType[] = ['organization'];
    expect(combined('行政院長卓榮泰今日上午出席立法院院會', [['organization', '席立法院']], types)).toEqual([['organization', '立法院']]);
    // Or where what follows the verb ends like a body, though the rules know it not (jieba: 出席/v 行政院/n 会/v).
    expect(combined('交通部長陳世凱、經濟部長郭智輝出席行政院會。', [['organization', '席行政院']], types)).toEqual([['organization', '行政院']]);
    // jieba reads 取费 here, and the rules know no 耶诺德: the club's name stays whole.
    expect(combined('客场3比1强取费耶诺德，有联盟杯往届冠军风范。', [['organization', '费耶诺德']], types)).toEqual([['organization', '费耶诺德']]);
    // And one the tagger starts with a preposition (a CLUENER line, fold 6's model).
    expect(combined('经法院执行部门调查，除了警方追回的7000元现金外', [['organization', '经法院执行部门']], types)).toEqual([['organization', '法院执行部门']]);
    expect(combined('经省委研究决定，提名张建国同志为省人民政府副省长人选。', [['organization', '经省委']], types)).toEqual([['organization', '省委']]);
  });

  it('starts a tagger place after a verb or adjective it begins with, where the rules found the place', () => {
    // What the shipped model marks (jieba: 清理/a 海西/ns 湿地/z).
    expect(combined('带领村民清理海西湿地。', [['place', '清理海西']], ['place'])).toEqual([['place', '海西']]);
    // Where the rules find no place after the word, the tagger's start stays (jieba: 开发/v 西部/f 新区/ns).
    expect(combined('他们前往开发西部新区。', [['place', '开发西部新区']], ['place'])).toEqual([['place', '开发西部新区']]);
  });

  it('reads a name before a stock code as a company, over what the tagger made of it, but not an abbreviation', () => {
    const types: EntityType[] = ['place', 'company', 'organization'];
    // What the shipped model marks in these lines.
    expect(combined('12月2日晚，贵州茅台（600519）发布公告称', [['place', '贵州']], types)).toEqual([['company', '贵州茅台']]);
    expect(combined('宁德时代（300750.SZ）和腾讯控股（00700.HK）股价上涨，蔚来（NYSE：NIO）下跌。', [['company', '腾讯'], ['place', '蔚来（NYSE']], types)).toEqual([
      ['company', '宁德时代'],
      ['company', '腾讯控股'],
      ['company', '蔚来'],
    ]);
    // A company the tagger read longer keeps its start (a CLUENER line).
    expect(combined('信用卡套现产品，如上海浦发银行（600000）', [['company', '上海浦发银行']], types)).toEqual([['company', '上海浦发银行']]);
    // An abbreviation in brackets is no stock code: it is the body's own (see the bracketed abbreviation case).
    expect(combined('美国联邦调查局（FBI）', [['organization', '美国联邦调查局']], types)).toEqual([
      ['organization', '美国联邦调查局'],
      ['organization', 'FBI'],
    ]);
  });

  it("reads a Latin abbreviation in brackets right after an organization or company as that body, not a person", () => {
    // What the shipped model marks: NHK as a person.
    const types: EntityType[] = ['person', 'company', 'organization'];
    expect(combined('據日本放送協會（NHK）報道，日本首相週二表示。', [['organization', '日本放送协会'], ['person', 'NHK']], types)).toEqual([
      ['organization', '日本放送协会'],
      ['organization', 'NHK'],
    ]);
    expect(combined('及美国国际集团（aig）等重要金融机构', [['company', '美国国际集团']], types)).toEqual([
      ['company', '美国国际集团'],
      ['company', 'aig'],
    ]);
    // A longer Latin word is as often a name (美林ceo赛恩（johnthain）): left as read.
    expect(combined('和美林ceo赛恩（johnthain）在内', [['company', '美林'], ['person', '赛恩']], types)).not.toContainEqual(['company', 'johnthain']);
  });

  it('reads a name the rules found, followed by 为, at the start of a tagger company as that name', () => {
    const types: EntityType[] = ['person', 'company'];
    // What the shipped model marks (jieba: 聘任/v 王莉为/x 公司/n).
    expect(combined('公司董事会同意聘任王莉为公司总经理。', [['company', '王莉为公司']], types)).toEqual([['person', '王莉']]);
    expect(combined('董事会同意聘任王莉为华为公司总经理。', [['company', '王莉为华为公司']], types)).toEqual([
      ['person', '王莉'],
      ['company', '华为公司'],
    ]);
  });

  it('takes the words before 及 into a department the tagger marked after it, unless they are a department', () => {
    const types: EntityType[] = ['organization', 'company'];
    // What the shipped model marks in Hong Kong news.
    expect(combined('運輸及物流局局長林世雄今日視察。', [['organization', '物流局']], types)).toEqual([['organization', '运输及物流局']]);
    // A field that is a verb's word (创新/v) stays in the joined name.
    expect(combined('創新科技及工業局局長孫東則在出席活動時指出', [['organization', '工业局']], types)).toEqual([['organization', '创新科技及工业局']]);
    // A CLUENER line: two departments in a list.
    expect(combined('公司业务部及香港中银投资公司战略投资部的高级管理人员', [['company', '香港中银投资公司战略投资部']], types)).toEqual([['company', '香港中银投资公司战略投资部']]);
    // 和 and 与 join two things more often than they join a name.
    expect(combined('银行和银联只能得到200元的手续费', [['company', '银联']], types)).toEqual([['company', '银联']]);
  });

  it("reads a school named for two fields as one body where the tagger read two and the rules one", () => {
    const types: EntityType[] = ['organization'];
    // What the shipped model marks (jieba: 北京大学/ntu 化学/n 与/p 分子/n 工程学院/n).
    expect(combined('北京大学化学与分子工程学院教授张锦获奖。', [['organization', '北京大学化学'], ['organization', '分子工程学院']], types)).toEqual([['organization', '北京大学化学与分子工程学院']]);
    // A Resume line, whose gold has the school whole.
    expect(combined('上海交通大学机械与动力工程学院物流工程专业硕士毕业', [['organization', '上海交通大学机械'], ['organization', '动力工程学院']], types)).toEqual([['organization', '上海交通大学机械与动力工程学院']]);
    // Two bodies, not a school's two fields: the rules read no whole name.
    expect(combined('北京大学与清华大学联合举办论坛。', [['organization', '北京大学'], ['organization', '清华大学']], types)).toEqual([
      ['organization', '北京大学'],
      ['organization', '清华大学'],
    ]);
  });

  it('lets a body whose listed name joins two fields with 和 replace the part the tagger and the rules read after 和', () => {
    // What the shipped model marks; the organization rule reads 改革委员会 too.
    expect(combined('任命张立军同志为广西壮族自治区发展和改革委员会党组书记。', [['organization', '改革委员会']], ['organization', 'place'])).toEqual([
      ['organization', '广西壮族自治区发展和改革委员会'],
    ]);
    // A rule of the same extent and another type does not: the tagger's company stays one (a probe article's line).
    expect(combined('播州区委书记陈刚、华为技术有限公司贵州代表处代表刘洋出席。', [['company', '华为技术有限公司']], ['company', 'organization'])).toEqual([['company', '华为技术有限公司']]);
  });

  it("starts a body the tagger began inside a common noun at a list's start with the noun, not a club's name", () => {
    // What the shipped model marks: 境事务处 (jieba: 、 入境/n 事务处/n).
    expect(combined('香港海關署長何佩珊、入境事務處處長郭俊峯出席活動。', [['organization', '境事务处']], ['organization'])).toEqual([['organization', '入境事务处']]);
    // A CLUENER line: 盘费/n|内巴切, a club after other words.
    expect(combined('受注盘费内巴切让出平/半中水', [['organization', '费内巴切']], ['organization'])).toEqual([['organization', '费内巴切']]);
  });

  it("makes a tagger person right before a title only a company has, and before another name, the company the rules read", () => {
    // What the shipped model marks: 鸿海 (jieba: 鸿海/x) as a person.
    expect(combined('鴻海董事長劉揚偉則說，電動車業務穩步推進。', [['person', '鸿海'], ['position', '董事长'], ['person', '刘扬伟']], ['person', 'company'])).toEqual([
      ['company', '鸿海'],
      ['person', '刘扬伟'],
    ]);
    // Not where no name follows the title: the one before it may be the chairman himself.
    expect(combined('鴻海董事長表示，電動車業務穩步推進。', [['person', '鸿海']], ['person', 'company'])).toEqual([['person', '鸿海']]);
  });

  it('fills in an international body named by its short form where the tagger marked nothing', () => {
    // What the shipped model marks: 欧盟, not 东盟.
    expect(combined('据海关总署广东分署统计，对东盟出口增长12%，对欧盟出口下降2%。', [['organization', '海关总署广东分署'], ['organization', '欧盟']], ['organization'])).toEqual([
      ['organization', '海关总署广东分署'],
      ['organization', '东盟'],
      ['organization', '欧盟'],
    ]);
  });

  it("lets a court with its division before its head's title replace the court the tagger read", () => {
    // What the shipped model marks.
    expect(combined('江苏省苏州市吴中区人民法院刑事审判庭庭长周宏在庭审后接受采访。', [['organization', '江苏省苏州市吴中区人民法院']], ['organization'])).toEqual([
      ['organization', '江苏省苏州市吴中区人民法院刑事审判庭'],
    ]);
  });

  it("joins over 及 where the rules read the body after it whole and the tagger's company before it names nothing", () => {
    const types: EntityType[] = ['organization', 'company'];
    // What the shipped model marks: a company 香港证券 (香港/ns 证券/n) and 事务监察委员会 without 期货.
    expect(combined('香港证券及期货事务监察委员会行政总裁梁凤仪表示关注。', [['company', '香港证券'], ['organization', '事务监察委员会']], types)).toEqual([
      ['organization', '香港证券及期货事务监察委员会'],
    ]);
    // A conjunct the tagger read as a body or a post of its own makes a list (公安部/nt, 领导: a CLUENER line).
    expect(combined('公安部及国家安全局负责人出席。', [['organization', '公安部'], ['organization', '国家安全局']], types)).toEqual([
      ['organization', '公安部'],
      ['organization', '国家安全局'],
    ]);
    expect(combined('河北省秦皇岛市领导及摄影家协会众多优秀摄影师出席了活动', [['position', '领导'], ['organization', '摄影家协会']], types)).toEqual([['organization', '摄影家协会']]);
  });

  it('lets a party committee jieba split after its division win over the place the tagger made of it', () => {
    // What the shipped model marks: the division with its 委 as a place, or 共…州委 without the 中.
    const types: EntityType[] = ['organization', 'place'];
    expect(combined('昆明市五华区委副书记、区长刘晓东出席了会议。', [['place', '昆明市五华区委']], types)).toEqual([['organization', '昆明市五华区委']]);
    expect(combined('免去张国强同志的中共红河哈尼族彝族自治州委书记职务。', [['place', '共红河哈尼族彝族自治州委']], types)).toEqual([['organization', '中共红河哈尼族彝族自治州委']]);
  });

  it('starts a tagger span after a list conjunction it ran into, not after 和 that begins a name', () => {
    const types: EntityType[] = ['organization'];
    // What the shipped model marks in Hong Kong news (jieba: 何永贤及/x 发展/vn 局局长/n).
    expect(combined('房屋局局長何永賢及發展局局長甯漢豪亦有出席。', [['organization', '房屋局'], ['organization', '及发展局']], types)).toEqual([
      ['organization', '房屋局'],
      ['organization', '发展局'],
    ]);
    expect(combined('他入住和平饭店。', [['organization', '和平饭店']], types)).toEqual([['organization', '和平饭店']]);
  });

  it('reads a later mention of a company by the name before its legal form as that company, not where a noun goes on with it', () => {
    // What the shipped model marks (jieba: 比亚迪/nr 董事长/nnt).
    const text = '据悉，比亚迪股份有限公司近期发布了新车型。比亚迪董事长王传福日前在深圳接受采访。';
    expect(combined(text, [['company', '比亚迪股份有限公司'], ['person', '比亚迪'], ['person', '王传福']], ['company', 'person'])).toEqual([
      ['company', '比亚迪股份有限公司'],
      ['company', '比亚迪'],
      ['person', '王传福'],
    ]);
    // A CLUENER line: 绿城中国 is another name (jieba: 绿城/n 中国/ns).
    expect(combined('在4月初绿城集团公布的季报显示，绿城中国45个在售项目的合同销售金额', [['company', '绿城集团']], ['company'])).toEqual([['company', '绿城集团']]);
    // What is left after the place is a trade, not a name: 建设 alone is no company.
    expect(combined('贵港建设有限公司承建了该项目。各地加快建设，推动发展。', [['company', '贵港建设有限公司']], ['company'])).toEqual([['company', '贵港建设有限公司']]);
    // The brand before a trade is a short name too (华为|技术有限公司 … 华为常务董事), and a trade after a word that is no name is not (新能源|科技).
    const huawei = '华为技术有限公司轮值董事长徐直军宣布。华为常务董事、委员会主任汪涛介绍了方案。';
    expect(combined(huawei, [['company', '华为技术有限公司'], ['person', '徐直军'], ['person', '汪涛']], ['company'])).toEqual([
      ['company', '华为技术有限公司'],
      ['company', '华为'],
    ]);
    expect(combined('新能源科技有限公司成立。发展新能源是方向。', [['company', '新能源科技有限公司']], ['company'])).toEqual([['company', '新能源科技有限公司']]);
    // 企业 is a trade too (万科|企业股份有限公司 … 万科).
    expect(combined('万科企业股份有限公司发布公告。万科今年销售额下降。', [['company', '万科企业股份有限公司']], ['company'])).toEqual([
      ['company', '万科企业股份有限公司'],
      ['company', '万科'],
    ]);
  });

  it('keeps a name the document has as a person a person where the tagger read another type and the rules a person', () => {
    // What the shipped model marks when 雷军说 opens a paragraph.
    const text = '小米集团董事长雷军今天宣布新车上市。\n雷军说，工厂二期已经投产。';
    expect(combined(text, [['company', '小米集团'], ['person', '雷军'], ['organization', '雷军', text.indexOf('\n')]], ['person', 'organization'])).toEqual([
      ['person', '雷军'],
      ['person', '雷军'],
    ]);
  });

  it('reads a tagger span of another type that a person of the document goes on from by one character as that person', () => {
    // What the shipped model marks in a regulator's ruling (jieba: 肖行/x 亦/d 给予/v).
    const text = '对索菱股份实际控制人肖行亦、时任董事会秘书钟贵荣作出处罚。对肖行亦给予警告。';
    expect(combined(text, [['person', '肖行亦'], ['person', '钟贵荣'], ['organization', '肖行', text.indexOf('。')]], ['person', 'organization'])).toEqual([
      ['person', '肖行亦'],
      ['person', '钟贵荣'],
      ['person', '肖行亦'],
    ]);
  });

  it('fills in a company the rules found by its suffix right before a title only a company has, not before another title', () => {
    // What the shipped model marks: the title and the name, not 蚂蚁集团.
    expect(combined('蚂蚁集团董事长井贤栋近日也表示看好AI应用前景。', [['position', '董事长'], ['person', '井贤栋']], ['company'])).toEqual([['company', '蚂蚁集团']]);
    expect(combined('蚂蚁集团员工张三近日表示看好AI应用前景。', [['position', '员工'], ['person', '张三']], ['company'])).toEqual([]);
  });

  it('reads such a company whole where the tagger read its trade word into the title, or stopped inside its brand', () => {
    const types: EntityType[] = ['company', 'position'];
    // What the shipped model marks: 科技创始人 (jieba: 寒武纪/nr 科技/n 创始人/nnt).
    expect(combined('寒武纪科技创始人陈天石表示，公司将加大研发投入。', [['position', '科技创始人'], ['person', '陈天石']], types)).toEqual([
      ['company', '寒武纪科技'],
      ['position', '创始人'],
    ]);
    // What it marks in 科大讯飞董事长 (jieba: 科大/j 讯/ng 飞/n 董事长/nnt): 科大.
    expect(combined('百度创始人李彦宏、科大讯飞董事长刘庆峰也在会上发表演讲。', [['company', '百度'], ['position', '创始人'], ['company', '科大'], ['position', '董事长']], types)).toEqual([
      ['company', '百度'],
      ['position', '创始人'],
      ['company', '科大讯飞'],
      ['position', '董事长'],
    ]);
    // A title the company's words are no part of stays (一家|科技公司创始人 has no brand).
    expect(combined('一家科技公司创始人张三表示。', [['position', '创始人'], ['person', '张三']], types)).toEqual([['position', '创始人']]);
  });

  it("reads a tagger place that ends in a unit's head character as an organization", () => {
    // What the shipped model marks in Hong Kong police news (jieba: 西九龙/nr 总区/x 重案/x 组/zg).
    expect(combined('西九龍總區重案組警司李偉文表示，警方已拘捕兩名男子。', [['place', '西九龙总区重案组'], ['position', '警司']], ['place', 'organization'])).toContainEqual([
      'organization',
      '西九龙总区重案组',
    ]);
    // A place ending otherwise stays a place.
    expect(combined('他住在衡阳市仙姬巷28号', [['place', '衡阳市仙姬巷28号']], ['place', 'organization'])).toContainEqual(['place', '衡阳市仙姬巷28号']);
  });

  it('drops a title inside a noun the segmentation list writes as one word', () => {
    // What the shipped model marks in a report of the purchasing managers' index (jieba, with the list: 采购经理指数/n).
    expect(combined('11月份，制造业采购经理指数为49.8%。', [['position', '经理']], ['position'])).toEqual([]);
    // A title inside another word stays (jieba: 银行行长/n).
    expect(combined('某外资银行行长告诉记者，', [['position', '行长']], ['position'])).toEqual([['position', '行长']]);
  });

  it("reads a body jieba knows as one word whole where the tagger cut it, and a party's caucus as an organization", () => {
    const types: EntityType[] = ['organization', 'company'];
    // What the shipped model marks in Taiwan news: jieba reads 数位发展部/nt and 民进党团/nt.
    expect(combined('數位發展部部長黃彥男應說明資安預算用途。', [['company', '位发展部'], ['position', '部长']], types)).toEqual([['organization', '数位发展部']]);
    expect(combined('民進黨團總召柯建銘則表示，朝野應理性協商。', [['company', '民进党团'], ['position', '总召']], types)).toEqual([['organization', '民进党团']]);
    // So is a company that the segmentation list names as a government body (what the shipped model marks).
    expect(combined('农业农村部部长韩俊出席。', [['company', '农业农村部'], ['position', '部长']], types)).toEqual([['organization', '农业农村部']]);
    // Or a place it names as a body: one of the PLA's theatre commands, set up in 2016 (what the shipped model marks).
    expect(combined('东部战区司令员林向阳、海军政治委员袁华智等参加会见。', [['place', '东部战区'], ['position', '司令员']], ['organization', 'place'])).toEqual([['organization', '东部战区']]);
    // And where the tagger marked nothing over it (what the shipped model marks in a defence ministry's briefing).
    expect(combined('东部战区新闻发言人施毅陆军大校此前也发表了谈话。', [['organization', '毅陆军']], ['organization'])).toEqual([
      ['organization', '东部战区'],
      ['organization', '陆军'],
    ]);
    // A company's name jieba tags as one (阿里巴巴集团/ntc) is left to the tagger.
    expect(combined('阿里巴巴集团首席执行官吴泳铭表示', [['company', '巴巴集团']], types)).toContainEqual(['company', '巴巴集团']);
  });

  it("reads a university or college before its head's title as a body of its own, with the place before it", () => {
    const types: EntityType[] = ['organization', 'position', 'place'];
    // What the shipped model marks (jieba: 澳门/ns 大学校长/n), and 大学校长 read apart after the place.
    expect(combined('澳门大学校长宋永华出席活动。', [['position', '澳门大学校长'], ['person', '宋永华']], types)).toEqual([
      ['organization', '澳门大学'],
      ['position', '校长'],
    ]);
    expect(combined('澳门大学校长宋永华出席活动。', [['place', '澳门'], ['position', '大学校长'], ['person', '宋永华']], types)).toEqual([
      ['organization', '澳门大学'],
      ['position', '校长'],
    ]);
    // 大学校长 with no place before it is the title of any university's head.
    expect(combined('一位大学校长表示，扩招要慎重。', [['position', '大学校长']], types)).toEqual([['position', '大学校长']]);
  });

  it('fills in a party the organization list knows right before a title, not another listed body', () => {
    // What the shipped model marks: 民党主席 (trimmed to 主席) and 秘书长, not the parties.
    const text = '国民党主席朱立伦和民进党秘书长林右昌也到场。';
    expect(combined(text, [['position', '民党主席'], ['person', '朱立伦'], ['position', '秘书长'], ['person', '林右昌']], ['organization'])).toEqual([
      ['organization', '国民党'],
      ['organization', '民进党'],
    ]);
    // A CLUENER line: the gold leaves 中国区 unmarked before its title.
    expect(combined('上周汇丰集团中国区首席经济学家屈宏斌也表示', [['company', '汇丰集团'], ['position', '首席经济学家'], ['person', '屈宏斌']], ['organization'])).toEqual([]);
  });

  it("reads a party jieba knows as one word at the start of a tagger's title as the party, and the title after it", () => {
    const types: EntityType[] = ['organization', 'position'];
    // What the shipped model marks in Singapore news (jieba: 工人党/n 秘书长/nnt).
    expect(combined('工人党秘书长毕丹星则批评政府的措施来得太迟。', [['position', '工人党秘书长'], ['person', '毕丹星']], types)).toEqual([
      ['organization', '工人党'],
      ['position', '秘书长'],
    ]);
    // A word for a party that names none is no body, but no part of the title either.
    expect(combined('执政党秘书长张三表示。', [['position', '执政党秘书长'], ['person', '张三']], types)).toEqual([['position', '秘书长']]);
  });

  it('starts a tagger company, organization or place after a word of tenure, and drops the word 公司 left alone', () => {
    // What the shipped model marks in a biography (jieba: 历任/n 财务部/nt, 现任/n 公司/n).
    const text = '2010年加入平安保险（集团）股份有限公司，历任财务部总经理、首席财务官，现任公司执行董事、副总经理。';
    expect(combined(text, [['company', '平安保险（集团）股份有限公司'], ['company', '历任财务部'], ['company', '现任公司']], ['company'])).toEqual([
      ['company', '平安保险（集团）股份有限公司'],
      ['company', '财务部'],
    ]);
    // jieba: 曾任/x 寻乌县/ns; the shipped model marked the place 曾任寻乌县.
    expect(combined('唐晓明此前曾任寻乌县县长。', [['person', '唐晓明'], ['place', '曾任寻乌县']], ['place'])).toEqual([['place', '寻乌县']]);
  });

  it('starts a tagger place, company or organization after a preposition jieba glued to an unknown word, not a name', () => {
    // A CLUENER line, as fold 0's model marks it (jieba: 据小松/x 基地/n).
    expect(combined('据小松基地透露，这架f-15战斗机着陆前在石川县能登半岛上空进行战斗训练。', [['place', '据小松基地']], ['place'])).toContainEqual(['place', '小松基地']);
    // A name may start with such a character (于海, 向京): a person is left as it is.
    expect(combined('于海并不知道这张彩票中了奖。', [['person', '于海']], ['person'])).toEqual([['person', '于海']]);
  });

  it('reads a tagger organization that ends in a rules\' person, with no body\'s head, as that person', () => {
    // What the shipped model marks in a city's meeting report.
    const text = '市领导邢正军、黄澜、蒋跃建、陈勇出席会议。';
    expect(combined(text, [['organization', '市领导邢正军'], ['person', '黄澜'], ['person', '蒋跃建'], ['person', '陈勇']], ['organization', 'person'])).toEqual([
      ['person', '邢正军'],
      ['person', '黄澜'],
      ['person', '蒋跃建'],
      ['person', '陈勇'],
    ]);
    // A body's name with a person's in it ends in its head (宋庆龄基金会).
    expect(combined('宋庆龄基金会今天举行活动。', [['organization', '宋庆龄基金会']], ['organization', 'person'])).toEqual([['organization', '宋庆龄基金会']]);
  });

  it("keeps a tagger organization that ends in a word ending bodies, though jieba and the rules read it as a name", () => {
    // jieba: 巴基斯坦/ns 陆军/nr 参谋长/nnt; the rules' person 陆军 has the title after it.
    expect(combined('来访的巴基斯坦陆军参谋长蒙尼尔。', [['organization', '巴基斯坦陆军'], ['person', '蒙尼尔']], ['organization', 'person'])).toEqual([
      ['organization', '巴基斯坦陆军'],
      ['person', '蒙尼尔'],
    ]);
  });

  it('drops a company that only refers to one, with the preposition jieba glued to it', () => {
    // What the shipped model marks in a listed company's announcement (jieba: 经本/x 公司/n).
    const text = '经本公司第十二届董事会第四十次会议审议通过，选举王良先生为本公司执行董事、行长。';
    expect(combined(text, [['company', '经本公司'], ['company', '本公司', text.indexOf('为本')]], ['company'])).toEqual([]);
    expect(combined('招商银行股份有限公司董事会公告', [['company', '招商银行股份有限公司']], ['company'])).toEqual([['company', '招商银行股份有限公司']]);
    // A legal form alone, as the fold models marked in two CLUENER lines cut inside a name.
    expect(combined('有限公司宣布其第一家贷款公司开业。', [['company', '有限公司']], ['company'])).toEqual([]);
    expect(combined('集团）有限公司原董事长张明渝，实名举报。', [['company', '集团）有限公司']], ['company'])).toEqual([]);
  });

  it('reads a word jieba does not know right before a title only a company has as that company', () => {
    // What the shipped model marks: the title and the name, not 台积电 or 辉达.
    // The second 台積電 is no word before a title: it is the company because the document named it so before (Policy.repeatedBodies).
    expect(combined('台積電董事長魏哲家今日出席台積電運動會。', [['position', '董事长'], ['person', '魏哲家']], ['company'])).toEqual([
      ['company', '台积电'],
      ['company', '台积电'],
    ]);
    expect(combined('鴻海集團董事長劉揚偉表示，輝達執行長黃仁勳下週將訪台。', [['company', '鸿海集团'], ['position', '执行长']], ['company'])).toEqual([
      ['company', '鸿海集团'],
      ['company', '辉达'],
    ]);
    // Common words are no brand.
    expect(combined('公司董事长王五表示', [['position', '董事长'], ['person', '王五']], ['company'])).toEqual([]);
    // A brand that starts with its city's name (宁德/ns 时代/n), not the city alone before the title.
    expect(combined('宁德时代董事长曾毓群出席了峰会。', [['position', '董事长'], ['person', '曾毓群']], ['company'])).toEqual([['company', '宁德时代']]);
    expect(combined('会议在深圳举行，董事长王五出席。', [['place', '深圳'], ['position', '董事长'], ['person', '王五']], ['company'])).toEqual([]);
    // A title jieba writes as two words (首席/n 执行官/nnt), and a company word before the brand left out of it.
    expect(combined('美国人工智能公司OpenAI首席执行官山姆·奥特曼表示。', [['position', '首席执行官'], ['person', '山姆·奥特曼']], ['company'])).toEqual([['company', 'OpenAI']]);
    // A chief officer's title the rules made of jieba's words (腾讯/nz 首席/n 战略/n 官/n); 苹果/n is a common word.
    expect(combined('腾讯首席战略官詹姆斯·米切尔介绍了进展。', [['person', '詹姆斯·米切尔']], ['company'])).toEqual([['company', '腾讯']]);
    expect(combined('苹果首席运营官杰夫·威廉姆斯亮相。', [['person', '杰夫·威廉姆斯']], ['company'])).toEqual([]);
  });

  it('reads a brand of the brand list before a title only a company has as that company, out of the title the tagger made', () => {
    const types: EntityType[] = ['company', 'position', 'person'];
    // What the shipped model marks: 京东创始人 one title (jieba: 京东/ns); nothing at 华为 (jieba: 华为/nr).
    expect(combined('京东创始人刘强东昨日表示。', [['position', '京东创始人'], ['person', '刘强东']], types)).toEqual([
      ['company', '京东'],
      ['position', '创始人'],
      ['person', '刘强东'],
    ]);
    expect(combined('华为创始人任正非接受了采访。', [['position', '创始人'], ['person', '任正非']], types)).toEqual([
      ['company', '华为'],
      ['position', '创始人'],
      ['person', '任正非'],
    ]);
  });

  it("reads a listed body with a company's suffix before a title only a company has as a company", () => {
    // What the shipped model marks: 格力电器 an organization, as the organization list (jieba: 格力电器/nt).
    expect(combined('和格力电器董事长董明珠出席了会议。', [['organization', '格力电器'], ['position', '董事长'], ['person', '董明珠']], ['company', 'organization'])).toEqual([['company', '格力电器']]);
    expect(combined('格力电器发布了公告。', [['organization', '格力电器']], ['company', 'organization'])).toEqual([['organization', '格力电器']]);
  });

  it('reads a tagger place ending in 厅 that the rules read as a listed body, or before its head, as that body, not a hall', () => {
    const types: EntityType[] = ['place', 'organization'];
    // What the shipped model marks (jieba: 自治区/n 农业农村厅/nt).
    expect(combined('自治区农业农村厅副厅长陈建华参加调研。', [['place', '自治区农业农村厅'], ['position', '副厅长'], ['person', '陈建华']], types)).toEqual([['organization', '自治区农业农村厅']]);
    // Or where its head's title follows (what the shipped model marks; jieba: 交通运输/j 厅/n 厅长/nnt).
    expect(combined('免去张国庆的湖北省交通运输厅厅长职务，退休。', [['person', '张国庆'], ['place', '湖北省交通运输厅'], ['position', '厅长']], types)).toEqual([['organization', '湖北省交通运输厅']]);
    expect(combined('他在移动营业厅办理业务。', [['place', '移动营业厅']], types)).toEqual([['place', '移动营业厅']]);
  });

  it("reads a listed company's short name in an announcement's heading over the place the tagger read in it", () => {
    // What the shipped model marks (jieba: 贵州/ns 茅台/nz).
    expect(combined('证券代码：600519 证券简称：贵州茅台 公告编号：临2026-031', [['place', '贵州']], ['place', 'company'])).toEqual([['company', '贵州茅台']]);
  });

  it("takes the rules' department read by its head's title into the tagger's body before it", () => {
    // What fold 3's model marks in a CLUENER line, whose gold is 国家发改委财金司 (jieba: 财金/n 司/n 司长/nnt).
    expect(combined('国家发改委财金司司长徐林表示，', [['organization', '国家发改委'], ['position', '司长'], ['person', '徐林']], ['organization'])).toEqual([['organization', '国家发改委财金司']]);
    expect(combined('教育部高等教育司司长吴岩表示。', [['organization', '教育部'], ['position', '司长'], ['person', '吴岩']], ['organization'])).toEqual([['organization', '教育部高等教育司']]);
  });

  it("keeps a government body's division ending in 处 in the tagger's organization, not a hospital's department", () => {
    const types: EntityType[] = ['organization', 'position'];
    // What the shipped model marks (jieba: 山东省/ns 财政厅/nt 预算/v 处处长/v); CLUENER marks 卫生部农村卫生管理司合作医疗处 whole.
    expect(combined('王丽现任山东省财政厅预算处处长。', [['organization', '山东省财政厅预算处'], ['position', '处长']], types)).toEqual([
      ['organization', '山东省财政厅预算处'],
      ['position', '处长'],
    ]);
    // 等处 is "and other places".
    expect(combined('他先后在苏州市财政局、苏州市财政局国资科等处任职。', [['organization', '苏州市财政局国资科等处']], ['organization'])).not.toContainEqual(['organization', '苏州市财政局国资科等处']);
  });

  it('reads a place and a part of it that jieba lists as a body (内蒙古|中东部/nt) as a place', () => {
    const types: EntityType[] = ['place', 'organization'];
    // What the shipped model marks, as the rules do from jieba's 中东部/nt.
    expect(combined('受强冷空气影响，内蒙古中东部、东北地区将有大风。', [['organization', '内蒙古中东部'], ['place', '东北地区']], types)).toEqual([
      ['place', '内蒙古中东部'],
      ['place', '东北地区'],
    ]);
  });

  it('leaves the 地区 of 地区生产总值 (regional GDP) out of the place before it, and keeps other 地区', () => {
    // What the shipped model marks (jieba: 广东省/ns 地区/n 生产总值/n).
    expect(combined('前三季度，广东省地区生产总值突破10万亿元。', [['place', '广东省地区']], ['place'])).toEqual([['place', '广东省']]);
    // CLUENER marks 上海地区 whole before other nouns.
    expect(combined('上海地区市场需求旺盛。', [['place', '上海地区']], ['place'])).toEqual([['place', '上海地区']]);
  });

  it('drops a place that names the time zone of a clock time, and keeps a place before other uses of 时间', () => {
    // What the shipped model and the rules mark (jieba: 北京/ns 时间/n).
    expect(combined('北京时间10月3日傍晚，西班牙国家队主帅博斯克公布了名单。', [['place', '北京']], ['place'])).toEqual([]);
    expect(combined('情人节即将到来，也就是北京时间的明天，暴雪娱乐公布了新作。', [['place', '北京']], ['place'])).toEqual([]);
    // So does a place with a part of it: 美国|东部|时间.
    expect(combined('美国东部时间周五上午，美联储宣布加息。', [['place', '美国']], ['place'])).toEqual([]);
    // Time spent somewhere is no clock time.
    expect(combined('他在北京时间不长，很快去了上海。', [['place', '北京'], ['place', '上海']], ['place'])).toEqual([
      ['place', '北京'],
      ['place', '上海'],
    ]);
  });

  it('starts a body the tagger began inside a name after the name, where the rest is a word that ends bodies', () => {
    // What the shipped model marks (jieba: 施毅/x 陆军/nr 大校/nnt).
    expect(combined('东部战区新闻发言人施毅陆军大校表示，战区部队开展联合演训。', [['organization', '毅陆军']], ['person', 'organization'])).toEqual([
      ['organization', '东部战区'],
      ['person', '施毅'],
      ['organization', '陆军'],
    ]);
    // Not after a "name" the rules read only from the body after it (a CLUENER line: 向澳|移民局, to Australia's immigration office).
    expect(combined('◎电子签证是通过互联网向澳移民局学生签证海外处理中心提交申请的一种方式', [['organization', '澳移民局']], ['person', 'organization'])).toEqual([['organization', '澳移民局']]);
  });

  it('reads a tagger name that is 原 (former) and a body the rules read as the body', () => {
    // What the shipped model marks (jieba: 原/n 国足/nt 主教练/nnt).
    expect(combined('中国足协官方宣布，原国足主教练伊万科维奇正式离任。', [['organization', '中国足协'], ['person', '原国足'], ['person', '伊万科维奇']], ['person', 'organization'])).toEqual([
      ['organization', '中国足协'],
      ['organization', '国足'],
      ['person', '伊万科维奇'],
    ]);
  });

  it('starts a tagger body after 前 or 原 written as a word of its own before a title: the tenure is the member\'s', () => {
    // What the shipped model marks (jieba: 前/f 立法会/j 议员/nnt).
    expect(combined('前立法會議員黃之鋒等人串謀顛覆國家政權罪成。', [['organization', '前立法会']], ['organization'])).toEqual([['organization', '立法会']]);
    // Not a body named alone, with no title after it.
    expect(combined('他曾在原建设部工作。', [['organization', '原建设部']], ['organization'])).toEqual([['organization', '原建设部']]);
  });

  it("reads a company that is a place and 总部 alone as the place, and keeps a body's 总部", () => {
    const types: EntityType[] = ['place', 'company', 'organization'];
    // What the shipped model marks (jieba: 深圳/ns 总部/n).
    expect(combined('董事长王传福在深圳总部接待了来访的客人。', [['company', '深圳总部']], types)).toEqual([['place', '深圳']]);
    // CLUENER marks a body's 总部 with it.
    expect(combined('央行上海总部向媒体表示。', [['organization', '央行上海总部']], types)).toEqual([['organization', '央行上海总部']]);
    // Right after a company's name, the headquarters are the company's (a Resume line, whose gold has it whole).
    expect(combined('曾任大公国际资信评估公司上海总部总经理', [['company', '大公国际资信评估公司'], ['company', '上海总部']], types)).toEqual([['company', '大公国际资信评估公司上海总部']]);
  });

  it("drops the weather of a forecast's range or warning, and keeps the games company", () => {
    const types: EntityType[] = ['place', 'company'];
    // What the shipped model marks (jieba: 大到/x 暴雪/n).
    expect(combined('内蒙古东部、黑龙江南部将出现大到暴雪。', [['place', '内蒙古东部'], ['place', '黑龙江南部'], ['company', '暴雪']], types)).toEqual([
      ['place', '内蒙古东部'],
      ['place', '黑龙江南部'],
    ]);
    expect(combined('北京市气象台发布暴雪蓝色预警', [['company', '暴雪']], types)).toEqual([]);
    expect(combined('暴雪宣布《魔兽世界》新资料片。', [['company', '暴雪']], types)).toEqual([['company', '暴雪']]);
  });

  it("reads a minister's title as jieba's whole word where the tagger read its end, unless the tagger read the field into a body", () => {
    const types: EntityType[] = ['position', 'organization'];
    // What the shipped model marks (jieba: 兼/v 商业部长/n).
    expect(combined('泰国副总理兼商业部长普坦访华。', [['position', '副总理'], ['position', '部长']], types)).toEqual([
      ['position', '副总理'],
      ['position', '商业部长'],
    ]);
    // A CLUENER line, as the shipped model marks it (its gold: 德国财政 and 部长).
    expect(combined('德国财政部长佩尔·施泰因布吕克18日放出狠话。', [['organization', '德国财政'], ['position', '部长']], types)).toEqual([
      ['organization', '德国财政'],
      ['position', '部长'],
    ]);
  });

  it("keeps the rules' other places inside a tagger place that a title chain's place cut", () => {
    // What the shipped model marks (jieba: 泰国/ns 驻/v 广州/ns 总领事/nnt); the rules read 广州|总领事|陈淑花 as a chain.
    expect(combined('泰国驻广州总领事陈淑花陪同参观。', [['place', '泰国驻广州'], ['position', '总领事'], ['person', '陈淑花']], ['place'])).toEqual([
      ['place', '泰国'],
      ['place', '广州'],
    ]);
  });

  it('leaves the 市 of 市民 and the 村 of 村民 out of the place before them, where jieba says so', () => {
    // CLUENER lines, as the shipped model and a fold model mark them.
    expect(combined('上海市民姜泉根成为上海首位买到投资银条的投资者', [['place', '上海市'], ['place', '上海', 9]], ['place'])).toEqual([
      ['place', '上海'],
      ['place', '上海'],
    ]);
    expect(combined('今年8月份，西昌市太和镇一村民在安宁河附近逛耍时', [['place', '西昌市太和镇一村']], ['place'])).toEqual([['place', '西昌市太和镇']]);
    // Not the 民 of 民盟 or of a street's name.
    expect(combined('作为武汉市民盟调研室主任的他', [['place', '武汉市']], ['place'])).toEqual([['place', '武汉市']]);
    expect(combined('他住在桂平市民主路。', [['place', '桂平市民主路']], ['place'])).toEqual([['place', '桂平市民主路']]);
  });

  it('reads a country the tagger read as a body between two places of a list, or at its end or start beside one, as a place, and not elsewhere', () => {
    const types: EntityType[] = ['place', 'organization'];
    // What the shipped model marks (a national team: 西班牙 is a club's or a team's name in sports news).
    expect(combined('世界杯将在摩洛哥、西班牙和葡萄牙举行。', [['place', '摩洛哥'], ['organization', '西班牙'], ['place', '葡萄牙']], types)).toEqual([
      ['place', '摩洛哥'],
      ['place', '西班牙'],
      ['place', '葡萄牙'],
    ]);
    // What the shipped model marks at a list's end, before 等.
    expect(combined('来自法国、德国、西班牙等20多个国家的侨团代表参会。', [['place', '法国'], ['place', '德国'], ['organization', '西班牙']], types)).toEqual([
      ['place', '法国'],
      ['place', '德国'],
      ['place', '西班牙'],
    ]);
    // Not beside a body of the list.
    expect(combined('法国、西班牙、葡萄牙队将争夺冠军。', [['place', '法国'], ['organization', '西班牙'], ['organization', '葡萄牙队']], types)).toEqual([
      ['place', '法国'],
      ['organization', '西班牙'],
      ['organization', '葡萄牙队'],
    ]);
    expect(combined('西班牙和葡萄牙队将争夺冠军。', [['organization', '西班牙'], ['organization', '葡萄牙队']], types)).toEqual([
      ['organization', '西班牙'],
      ['organization', '葡萄牙队'],
    ]);
  });

  it("takes the rules' paired head's title (校（院）长) over the piece of it the tagger read", () => {
    // What the shipped model marks: the title ）长.
    expect(combined('自治区党委党校（广西行政学院）校（院）长王心文出席。', [['position', '）长'], ['person', '王心文']], ['position'])).toEqual([['position', '校（院）长']]);
  });

  it('starts a person after the appointment verb the tagger read into it', () => {
    // What the shipped model marks (jieba: 任命/n 金/nr ·/x 琼斯/nrt).
    expect(combined('迪奥宣布，任命金·琼斯为男装艺术总监。', [['person', '任命金·琼斯']], ['person'])).toEqual([['person', '金·琼斯']]);
    // A name of three characters that starts like one stays whole (任 is a surname).
    expect(combined('任命华表示同意。', [['person', '任命华']], ['person'])).toEqual([['person', '任命华']]);
  });

  it('ends a person before the idiom jieba read from its last character on', () => {
    // What the shipped model marks (jieba: 姆巴/nrt 佩/zg 梅开二度/nr).
    expect(combined('赛后，姆巴佩梅开二度，帮助球队取胜。', [['person', '姆巴佩梅']], ['person'])).toEqual([['person', '姆巴佩']]);
    // A name whose last character is a word of its own, or begins a shorter one, keeps it (jieba: 王传福/nr 表示/v).
    expect(combined('王传福表示，海外市场将成为新的增长点。', [['person', '王传福']], ['person'])).toEqual([['person', '王传福']]);
  });

  it("ends a person before an event's time word jieba read from its last character on, and not before other time words", () => {
    // What the shipped model marks (jieba: 斯/nr 洛特/nrt 赛后/t 说/v).
    expect(combined('利物浦主帅斯洛特赛后说，萨拉赫的进球奠定了胜局。', [['person', '斯洛特赛'], ['person', '萨拉赫']], ['person'])).toEqual([
      ['person', '斯洛特'],
      ['person', '萨拉赫'],
    ]);
    // 明年 may follow a name that ends in 明.
    expect(combined('市长李东明年初到任。', [['person', '李东明']], ['person'])).toEqual([['person', '李东明']]);
  });

  it("ends a person where the rules' name ends, before a longer word of jieba's the tagger ran into", () => {
    // What the shipped model marks (jieba: 吴/nr 静/nr 列席会议/n).
    expect(combined('副市长周涛、吴静列席会议。', [['person', '周涛'], ['person', '吴静列席']], ['person'])).toEqual([
      ['person', '周涛'],
      ['person', '吴静'],
    ]);
  });

  it('ends a person the tagger cut short where jieba reads a longer foreign name', () => {
    // What the shipped model marks: 穆斯 (jieba: 穆斯/nrt 卡特/nrt), 朱棣 (jieba: 朱棣文/nrfg).
    expect(combined('海港队主教练穆斯卡特赛后表示，球员们发挥出色。', [['person', '穆斯']], ['person'])).toEqual([['person', '穆斯卡特']]);
    expect(combined('美国斯坦福大学教授朱棣文通过视频发言。', [['person', '朱棣']], ['person'])).toEqual([['person', '朱棣文']]);
    // Only jieba's foreign-name tags count: 蔡康永/nr is left as the tagger marked it (as a CLUENER line's gold has it).
    expect(combined('但蔡康永认为这领域', [['person', '蔡康']], ['person'])).toEqual([['person', '蔡康']]);
    // A name jieba tags nr whose every character is a transliteration's (卢卡申科/nr: the rules read 卢卡申 after the title).
    expect(combined('来访的白俄罗斯总统卢卡申科。', [], ['person'])).toEqual([['person', '卢卡申科']]);
    // A common last character jieba left as a word of its own (扎/v 哈罗/nrt 娃/ng), not a verb after the name (说).
    expect(combined('俄外交部发言人扎哈罗娃当天在例行记者会上说', [['person', '扎哈罗']], ['person'])).toEqual([['person', '扎哈罗娃']]);
    expect(combined('发言人扎哈罗说，', [['person', '扎哈罗']], ['person'])).toEqual([['person', '扎哈罗']]);
    // Cut inside a word jieba does not know after a transliterated part (格奥尔基/nrt 耶娃/x), of characters such names end in;
    // not one with a character they rarely hold (a CLUENER line: 奈特/nrt 丽强/x 多少).
    expect(combined('国际货币基金组织总裁格奥尔基耶娃当天表示', [['person', '格奥尔基耶']], ['person'])).toEqual([['person', '格奥尔基耶娃']]);
    expect(combined('所以克里斯蒂未必比星光熠熠的茱莉和奈特丽强多少', [['person', '奈特丽']], ['person'])).toEqual([['person', '奈特丽']]);
  });

  it('starts a person the tagger began after a hyphen at the hyphenated given name', () => {
    // What the shipped model marks (jieba: 让/v -/x 诺埃尔/nrt; 让/v -/x 吕克/x).
    expect(combined('法国外交部长让-诺埃尔·巴罗、驻华大使白玉堂等陪同访问。', [['position', '外交部长'], ['person', '诺埃尔·巴罗'], ['person', '白玉堂']], ['person'])).toEqual([
      ['person', '让-诺埃尔·巴罗'],
      ['person', '白玉堂'],
    ]);
    expect(combined('法国左翼领袖，让-吕克·梅朗雄表示反对。', [['person', '吕克·梅朗雄']], ['person'])).toEqual([['person', '让-吕克·梅朗雄']]);
    // Not over a character rare in transliterations (他, a pronoun) before the hyphen's part.
    expect(combined('他让-诺埃尔·巴罗先走。', [['person', '诺埃尔·巴罗']], ['person'])).toEqual([['person', '诺埃尔·巴罗']]);
  });

  it('starts a transliterated name the tagger began inside a word of jieba\'s back over the characters frequent in such names', () => {
    // What the shipped model marks (jieba: 则/d 称莱/x 万多/m 夫斯基/nrt).
    expect(combined('巴萨主帅弗里克则称莱万多夫斯基将首发出场。', [['person', '弗里克'], ['person', '多夫斯基']], ['person'])).toEqual([
      ['person', '弗里克'],
      ['person', '莱万多夫斯基'],
    ]);
  });

  it('reads a person as the name one character longer that the document gives elsewhere, where that character follows', () => {
    // What the shipped model marks on a city news page: 姚高 after 市长, 姚高员 before 指出.
    const text = '杭州市委副书记、市长姚高员到拱墅区调研。姚高员指出，要用好亚运遗产。';
    expect(combined(text, [['person', '姚高'], ['person', '姚高员', text.indexOf('。')]], ['person'])).toEqual([
      ['person', '姚高员'],
      ['person', '姚高员'],
    ]);
    // Not where the character is another word's: 李明 before 强调 stays.
    const other = '市长李明强调要做好工作。副市长李明强出席。';
    expect(combined(other, [['person', '李明'], ['person', '李明强', other.indexOf('。')]], ['person'])).toEqual([
      ['person', '李明'],
      ['person', '李明强'],
    ]);
    // Unless the rules read the longer name there too (何录/x 春到/x, person:repeated).
    const repeated = '何录春指出，要加快发展。随后，何录春到桂平市木乐镇调研。';
    expect(combined(repeated, [['person', '何录春'], ['person', '何录', repeated.indexOf('。')]], ['person'])).toEqual([
      ['person', '何录春'],
      ['person', '何录春'],
    ]);
  });

  it('ends a name before a function character jieba glued to it, where the document has the shorter name or the rules read it', () => {
    const text = '董事会审议通过聘任刘珺为本行行长的议案。董事长廖林表示，刘珺具有丰富的经验。';
    expect(combined(text, [['person', '刘珺为'], ['person', '廖林'], ['person', '刘珺', 20]], ['person'])).toEqual([
      ['person', '刘珺'],
      ['person', '廖林'],
      ['person', '刘珺'],
    ]);
    // Or where the rules read the name without it, with the function character as the word after it.
    expect(combined('董事会已审议通过聘任刘珺为本行行长的议案。', [['person', '刘珺为']], ['person'])).toEqual([['person', '刘珺']]);
    // Not where neither says so: 为 ends given names too (张有为).
    expect(combined('董事会聘任张有为本行行长。', [['person', '张有为']], ['person'])).toEqual([['person', '张有为']]);
  });

  it('ends a name before the speech verb the rules read after it, which the tagger took in', () => {
    // What the shipped model marks; jieba: 行长/nnt 王良称/x.
    expect(combined('招商银行股份有限公司行长王良称，零售业务仍是招行的压舱石。', [['person', '王良称']], ['person'])).toEqual([['person', '王良']]);
    // Or a verb that follows names, jieba splitting it to glue its first character to a name the document has
    // (王|宁强/ns|调: 宁强 is a county), which the shipped model read as 王宁强.
    expect(combined('出席会议的有：省委书记王宁。会上，王宁强调，要坚决贯彻落实。', [['person', '王宁'], ['person', '王宁强']], ['person'])).toEqual([
      ['person', '王宁'],
      ['person', '王宁'],
    ]);
    // Not without the shorter name elsewhere: 王宁强 may be the name.
    expect(combined('会上，王宁强调研了企业。', [['person', '王宁强']], ['person'])).toEqual([['person', '王宁强']]);
    // Not where the rules read the longer name before a verb (李明道|表示: 道 can be said, but here it ends the name).
    expect(combined('公司副总经理李明道表示同意。', [['person', '李明道']], ['person'])).toEqual([['person', '李明道']]);
  });

  it('ends a name of four characters before an adverb jieba glued to it, before a verb that follows names', () => {
    // What the shipped model marks in Taiwan news; jieba: 长侯友/x 宜均/x 表示/v.
    expect(combined('台中市長盧秀燕、新北市長侯友宜均表示支持。', [['person', '卢秀燕'], ['person', '侯友宜均']], ['person'])).toEqual([
      ['person', '卢秀燕'],
      ['person', '侯友宜'],
    ]);
    // A name of three may end in the character.
    expect(combined('公司副总经理李建均表示同意。', [['person', '李建均']], ['person'])).toEqual([['person', '李建均']]);
  });

  it("ends a person where the rules' name does, with a title before it and a verb after it, where jieba left the last character as a word", () => {
    // jieba: 何录/x 春/tg 率队/v; the tagger marked 何录.
    expect(combined('桂平市委书记何录春率队深入木乐镇调研。', [['person', '何录']], ['person'])).toEqual([['person', '何录春']]);
    // Not over a function word after the name (李明|在).
    expect(combined('市委书记李明在会上讲话。', [['person', '李明']], ['person'])).toEqual([['person', '李明']]);
    // Or with a title before it where the name list has it (赖士葆), though no verb of speech follows: jieba 赖士/x 葆/vg.
    expect(combined('國民黨立委賴士葆質詢時指出。', [['person', '赖士']], ['person'])).toEqual([['person', '赖士葆']]);
    // Or before a word jieba tags as a verb, which the rules do not know as one after names (徐巧|芯/ng|質詢/v).
    expect(combined('國民黨立委徐巧芯質詢時指出。', [['person', '徐巧']], ['person'])).toEqual([['person', '徐巧芯']]);
  });

  it("ends a person where the rules' name does, with a title before it and a verb after it, where jieba glued the last character to the verb", () => {
    // What the shipped model marks: jieba reads 卓荣/x 泰率/x.
    expect(combined('行政院長卓榮泰率內閣閣員列席備詢。', [['position', '行政院长'], ['person', '卓荣']], ['person'])).toEqual([['person', '卓荣泰']]);
    // Or to the word the rules read after the name (何录/x 春到/x: person:title-before+word(到)).
    expect(combined('贵港市委书记何录春到桂平市木乐镇调研。', [['person', '何录']], ['person'])).toEqual([['person', '何录春']]);
    // Not where jieba's words end with the tagger's name (李明|强调).
    expect(combined('市长李明强调要做好工作。', [['person', '李明']], ['person'])).toEqual([['person', '李明']]);
  });

  it("ends a person after a title where the rules' Japanese name does, which the tagger cut short", () => {
    // What the shipped model marks (jieba: 玉木雄/x 一郎/x).
    expect(combined('国民民主党党首玉木雄一郎表示，将继续推动减税。', [['person', '玉木雄']], ['person'])).toEqual([['person', '玉木雄一郎']]);
  });

  it("ends a person after a title where the rules' name does, where jieba read that name as one word and the tagger stopped inside it", () => {
    // What the shipped model marks in a CNA dateline: jieba reads 黄丽芸/x 台北/ns.
    expect(combined('中央社記者黃麗芸台北4日電 台北市長蔣萬安今天表示。', [['person', '黄丽']], ['person'])).toEqual([['person', '黄丽芸']]);
    // So after an appointment's verb (what the shipped model marks in a provincial congress's list; jieba: 王战营/x 为/p).
    expect(combined('会议通过：任命王战营为河南省发展和改革委员会主任。', [['person', '王战']], ['person'])).toEqual([['person', '王战营']]);
    // Not where jieba's word ends in the name's own surname, the start of a form of address (王诚王/x 总/n).
    expect(combined('有请富龙集团董事长王诚王总给我们谈一下。', [['person', '王诚']], ['person'])).toEqual([['person', '王诚']]);
    // Nor back over the adverb a step before took off (what the shipped model marks: 高政则; jieba: 高政则/x 表示/v).
    expect(combined('中国国家博物馆馆长高政则表示，参观人数已突破700万人次。', [['person', '高政则']], ['person'])).toEqual([['person', '高政']]);
  });

  it('reads a company or organization the document names wherever else it is written as words of its own', () => {
    // What the shipped model marks in a Taiwan telecom report: 遠傳電信 once as a company, once inside the title 電信總經理.
    const text = '中華電信將與遠傳電信合作建設基地台。遠傳電信總經理井琪出席簽約儀式。';
    const types: EntityType[] = ['company', 'position'];
    expect(combined(text, [['company', '远传电信'], ['position', '电信总经理']], types)).toEqual([
      ['company', '远传电信'],
      ['company', '远传电信'],
      ['position', '总经理'],
    ]);
    // Not inside a title in book brackets.
    const book = '阿尔法工作室发布新作。《阿尔法协议》今秋上市。';
    expect(combined(book, [['organization', '阿尔法']], ['organization'])).toEqual([['organization', '阿尔法']]);
    // Not a kind of body with no name in it (研究会 after the tagger's 研究会 once).
    const kind = '研究会成立于2001年。研究会做了一系列大事。';
    expect(combined(kind, [['organization', '研究会']], ['organization'])).toEqual([['organization', '研究会']]);
    // Nor a place of the same words (what the shipped model marks: the town's body before its committee's title, the town elsewhere).
    const town = '县委书记黄志强到丹竹镇调研时指出，要做大荔枝产业。丹竹镇党委书记陈小兵介绍。';
    expect(combined(town, [['place', '丹竹镇'], ['organization', '丹竹镇', town.indexOf('。')]], ['place', 'organization'])).toEqual([
      ['place', '丹竹镇'],
      ['organization', '丹竹镇'],
    ]);
  });

  it("ends a person where the rules' name does, one character on, right before an honorific", () => {
    // What the shipped model marks in a dismissal (jieba: 张迈/x 曾/d 同志/n).
    expect(combined('免去张迈曾同志的西安交通大学党委书记职务。', [['person', '张迈']], ['person'])).toEqual([['person', '张迈曾']]);
    // Not over 老 of 老先生 (a CLUENER line).
    expect(combined('金庸老先生的15部小说', [['person', '金庸']], ['person'])).toEqual([['person', '金庸']]);
  });

  it('ends a name the tagger ran into the adverb after it', () => {
    // What the shipped model marks in Taiwan and Hong Kong news.
    expect(combined('新北市長侯友宜則表示，市府將全力配合。', [['person', '侯友宜则']], ['person'])).toEqual([['person', '侯友宜']]);
    expect(combined('民建聯主席陳克勤亦發表意見。', [['person', '陈克勤亦']], ['person'])).toEqual([['person', '陈克勤']]);
    // 均 only from a name of four the rules read as three: names end in it (金泰均).
    expect(combined('工聯會會長吳秋北均表示支持政府的做法。', [['person', '吴秋北均']], ['person'])).toEqual([['person', '吴秋北']]);
    expect(combined('导演金泰均表示满意。', [['person', '金泰均']], ['person'])).toEqual([['person', '金泰均']]);
    // Not before a list's 、, where the character is the name's (what the shipped model marks in a regulator's ruling).
    expect(combined('对索菱股份及其实际控制人肖行亦、时任董事会秘书钟贵荣作出处罚。', [['person', '肖行亦']], ['person'])).toEqual([
      ['person', '肖行亦'],
      ['person', '钟贵荣'],
    ]);
    // Nor before an honorific.
    expect(combined('免去张迈曾同志的西安交通大学党委书记职务。', [['person', '张迈曾']], ['person'])).toEqual([['person', '张迈曾']]);
  });

  it('ends a company or organization the tagger ran into the word for former before a title', () => {
    // What the shipped model marks in court and finance news.
    const types: EntityType[] = ['organization', 'company'];
    expect(combined('江西省人大常委会原副主任殷美根受贿案一审宣判。', [['organization', '江西省人大常委会原']], types)).toEqual([['organization', '江西省人大常委会']]);
    expect(combined('中国人民银行原行长周小川出席论坛。', [['company', '中国人民银行原']], types)).toEqual([['company', '中国人民银行']]);
    // Only where what is left ends like a body.
    expect(combined('他来自山西太原。', [['organization', '山西太原']], types)).toEqual([['organization', '山西太原']]);
  });

  it('reads a committee the tagger took for a place, or ran over 原 into the title after it, as the body before 原', () => {
    // What the shipped model marks in anti-corruption notices. jieba: 郧阳区/ns 委原/x.
    const types: EntityType[] = ['organization', 'place', 'position'];
    expect(combined('湖北省十堰市郧阳区委原书记张某某严重违纪违法被开除党籍。', [['place', '湖北省十堰市郧阳区委原'], ['position', '书记']], types)).toEqual([
      ['organization', '湖北省十堰市郧阳区委'],
      ['position', '书记'],
    ]);
    // A place cut before 原 that ends in its level character stays a place.
    expect(combined('湖北省十堰市郧阳区原区长张某某被查。', [['place', '湖北省十堰市郧阳区原'], ['position', '区长']], types)).toContainEqual(['place', '湖北省十堰市郧阳区']);
    // The title after 原 is the rules' (党组成员), the body ends before 原.
    expect(combined('河南省政协原党组成员、副主席李某被提起公诉。', [['organization', '河南省政协原党组'], ['position', '副主席']], types)).toEqual([
      ['organization', '河南省政协'],
      ['position', '党组成员'],
      ['position', '副主席'],
    ]);
    // A title the tagger read with its body: the body, and the rules' title from 原 on.
    const split = combined('长沙市天心区委原书记、区人大常委会原主任王建国涉嫌严重违纪违法。', [['position', '区人大常委会原主任']], types);
    expect(split).toContainEqual(['organization', '区人大常委会']);
    expect(split).toContainEqual(['position', '原主任']);
    expect(split).not.toContainEqual(['position', '区人大常委会原主任']);
  });

  it("ends a body the tagger ran into its head's title before that title", () => {
    // What the shipped model marks; jieba reads 国家队|队|长武|磊, so the rules find no 队长.
    const types: EntityType[] = ['organization', 'position'];
    expect(combined('国家队队长武磊因伤缺席本场比赛。', [['organization', '国家队队'], ['person', '武磊']], types)).toEqual([
      ['organization', '国家队'],
      ['position', '队长'],
    ]);
  });

  it('joins two tagger organizations side by side where a rules\' organization bridges them, as one body with its parents', () => {
    const text = '昨天下午，杭州市公安局西湖区分局文新派出所民警在巡逻中抓获一名盗窃嫌疑人。';
    expect(combined(text, [['organization', '杭州市公安局西湖区分局'], ['organization', '文新派出所']], ['organization'])).toEqual([['organization', '杭州市公安局西湖区分局文新派出所']]);
    // With no rule across them, two bodies side by side stay two.
    expect(combined('他在北京大学清华大学都读过书', [['organization', '北京大学'], ['organization', '清华大学']], ['organization'])).toEqual([
      ['organization', '北京大学'],
      ['organization', '清华大学'],
    ]);
    // Or with a character of the second's name between them that the tagger left out (what the shipped model marks; jieba: 经/n 八路/m).
    const station = '近日，河南省郑州市公安局金水分局经八路派出所成功破获一起电信诈骗案。';
    expect(combined(station, [['organization', '河南省郑州市公安局金水分局'], ['organization', '八路派出所']], ['organization'])).toEqual([['organization', '河南省郑州市公安局金水分局经八路派出所']]);
    // Not over a verb (what the shipped model marks in a CLUENER line).
    const institute = '美军已投资4500万美元在南加利福尼亚州立大学建立创意技术研究所，';
    expect(combined(institute, [['organization', '南加利福尼亚州立大学'], ['organization', '创意技术研究所']], ['organization'])).not.toContainEqual(['organization', '南加利福尼亚州立大学建立创意技术研究所']);
  });

  it('gives a two-character name after a title the character jieba glued to 及, and starts the body after 及', () => {
    const text = '財政司司長陳茂波及政務司司長陳國基亦有出席。';
    const model: [EntityType, string][] = [['organization', '财政司'], ['position', '司长'], ['person', '陈茂'], ['organization', '波及政务司'], ['person', '陈国基']];
    expect(combined(text, model, ['person', 'organization'])).toEqual([
      ['organization', '财政司'],
      ['person', '陈茂波'],
      ['organization', '政务司'],
      ['person', '陈国基'],
    ]);
    // Not without a title before the name: 波及 is then the verb (a list of bodies).
    expect(combined('陈茂波及政务司的人都来了。', [['person', '陈茂'], ['organization', '波及政务司']], ['person', 'organization'])).toEqual([
      ['person', '陈茂'],
      ['organization', '波及政务司'],
    ]);
  });

  it("fills in a department the rules read before its head's title (行政法务司|司长) where the tagger marked nothing", () => {
    const text = '澳門特區政府經濟財政司司長戴建業、行政法務司司長張永春參加會見。';
    expect(combined(text, [['organization', '澳门特区政府经济财政司'], ['person', '戴建业'], ['person', '张永春']], ['organization'])).toEqual([
      ['organization', '澳门特区政府经济财政司'],
      ['organization', '行政法务司'],
    ]);
  });

  it("makes a tagger company a party's or a government's body where its name or the title after it says so", () => {
    // What the shipped model marks on the Traditional text: 政務司 and 國民黨 as companies (spans in the normalized text).
    const types: EntityType[] = ['company', 'organization'];
    expect(combined('財政司司長陳茂波、政務司司長陳國基出席。', [['organization', '财政司'], ['company', '政务司']], types)).toEqual([
      ['organization', '财政司'],
      ['organization', '政务司'],
    ]);
    expect(combined('民進黨主席賴清德、國民黨主席朱立倫分別發表談話。', [['company', '国民党']], types)).toContainEqual(['organization', '国民党']);
    // A company's chairman is a company's still.
    expect(combined('东亚银行主席李国宝表示。', [['company', '东亚银行']], types)).toEqual([['company', '东亚银行']]);
  });

  it("keeps the words of a post's kind the rules read before the tagger's title", () => {
    // The tagger, which CLUENER taught 执行董事 but not 独立董事, marks 董事 alone.
    expect(combined('公司独立董事张伟先生因个人原因辞职。', [['position', '董事'], ['person', '张伟']], ['position', 'person'])).toEqual([
      ['position', '独立董事'],
      ['person', '张伟'],
    ]);
  });

  it('fills in a post of the dictionary right before a person the tagger left out, not an occupation', () => {
    const types: EntityType[] = ['person', 'position', 'organization'];
    expect(combined('赛后，曼城主帅瓜迪奥拉表示球队展现了强大的韧性。', [['organization', '曼城'], ['person', '瓜迪奥拉']], types)).toEqual([
      ['organization', '曼城'],
      ['position', '主帅'],
      ['person', '瓜迪奥拉'],
    ]);
    // A chief officer's title the rules made of jieba's words (首席|运营官).
    expect(combined('苹果首席运营官杰夫·威廉姆斯也在发布会上亮相。', [['person', '杰夫·威廉姆斯']], types)).toEqual([
      ['position', '首席运营官'],
      ['person', '杰夫·威廉姆斯'],
    ]);
    // A post that opens a chain of posts before a name (发言人、…司长付凌晖), but not one a clause away from the name.
    expect(combined('国家统计局新闻发言人、统计司司长付凌晖表示。', [['organization', '国家统计局'], ['position', '司长'], ['person', '付凌晖']], types)).toEqual([
      ['organization', '国家统计局'],
      ['position', '发言人'],
      ['position', '司长'],
      ['person', '付凌晖'],
    ]);
    expect(combined('新闻发言人、学者出席了会议，付凌晖表示。', [['person', '付凌晖']], types)).toEqual([['person', '付凌晖']]);
    // 球星 is an occupation (nnd): CLUENER leaves it out before a name.
    expect(combined('巴西球星内马尔表示', [['person', '内马尔']], types)).toEqual([['person', '内马尔']]);
    // Not where the tagger marked something over it.
    expect(combined('曼城主帅瓜迪奥拉表示', [['organization', '曼城主帅'], ['person', '瓜迪奥拉']], types)).toEqual([
      ['organization', '曼城主帅'],
      ['person', '瓜迪奥拉'],
    ]);
  });

  it('reads a name ending in 社, 报 or 网 that a report cites as its source as the news body', () => {
    // What the shipped model marks (jieba reads 彭博社/nr, and HanLP's name list has it too).
    const types: EntityType[] = ['person', 'organization'];
    expect(combined('据彭博社报道，苹果公司将推出新产品。', [['person', '彭博社']], types)).toEqual([['organization', '彭博社']]);
    // A person whose name ends so, saying something, stays a person.
    expect(combined('张新社同志任县长。张新社表示，要抓好落实。', [['person', '张新社'], ['person', '张新社', 6]], types)).toEqual([
      ['person', '张新社'],
      ['person', '张新社'],
    ]);
  });

  it('mends a name the tagger cut inside its two-character surname or short after it', () => {
    // What the fold models marked (上官云飞: jieba read 上官云/nr 飞/n).
    const text = '中国科学院院士欧阳明高进行了对话。上官云飞表示，欧阳修曾说过。';
    expect(combined(text, [['person', '欧阳明'], ['person', '官云飞'], ['person', '欧阳修']], ['person'])).toEqual([
      ['person', '欧阳明高'],
      ['person', '上官云飞'],
      // 曾 follows names far more often than it ends one.
      ['person', '欧阳修'],
    ]);
  });

  it('gives a tagger address the division of the place it starts with', () => {
    const doc = segmentedDoc('该公司位于北京市海淀区中关村大街27号。');
    const start = doc.text.indexOf('北京市');
    const address: Span = { type: 'place', start, end: doc.text.indexOf('。'), reason: 'model' };
    const [place] = combine([...recognizeRules(doc)], [address], doc).filter((span) => span.type === 'place');
    expect(doc.text.slice(place.start, place.end)).toBe('北京市海淀区中关村大街27号');
    expect(place.division?.path).toEqual(['北京市', '海淀区']);
  });

  it('lets a company with a legal suffix reach back over the place name the tagger cut off', () => {
    const found = combined('到桂平市闪鹰体育用品有限公司调研', [
      ['place', '桂平市'],
      ['company', '体育用品有限公司'],
    ]);
    expect(found).toEqual([['company', '桂平市闪鹰体育用品有限公司']]);
  });

  it("lets a company with a legal suffix reach back over an unknown brand to its province's short name, not over plain words", () => {
    // What the shipped model marks (jieba: 甘肃/ns 陇原薯/x 业有限公司/nt), and a CLUENER line.
    expect(combined('在甘肃陇原薯业有限公司，李书记详细了解企业生产经营情况。', [['company', '薯业有限公司']])).toEqual([['company', '甘肃陇原薯业有限公司']]);
    // Or over single characters jieba made no word of (北京/ns 月/m 之/u 暗面/x), and a Resume line (湖南/ns 一/m 六/m 九/m).
    expect(combined('北京月之暗面科技有限公司完成新一轮融资。', [['place', '北京'], ['company', '暗面科技有限公司']])).toEqual([['company', '北京月之暗面科技有限公司']]);
    expect(combined('2007年3月至2008年4月任湖南一六九化工有限责任公司副总经理；', [['place', '湖南'], ['company', '六九化工有限责任公司']])).toEqual([
      ['company', '湖南一六九化工有限责任公司'],
    ]);
    expect(combined('吴江林是重庆本土it龙头企业中讯集团的老总，', [['place', '重庆'], ['company', '中讯集团']])).toEqual([
      ['place', '重庆'],
      ['company', '中讯集团'],
    ]);
  });

  it('lets a company with a legal suffix replace the trade and legal form the tagger kept of it', () => {
    // What the shipped model marks: 科技股份有限公司, after a brand made of common words (宁德/ns 时代/n 新能源/n).
    expect(combined('宁德时代新能源科技股份有限公司董事长曾毓群在年会上表示。', [['company', '科技股份有限公司']])).toEqual([['company', '宁德时代新能源科技股份有限公司']]);
    // Or the sector words before them too (新能源/n 科技股份/n 有限公司/n).
    expect(combined('宁德时代新能源科技股份有限公司董事长曾毓群在年会上表示。', [['company', '新能源科技股份有限公司']])).toEqual([['company', '宁德时代新能源科技股份有限公司']]);
    // Not a company named by common nouns and 公司 alone, which the suffix rule reads from a word too early (但|博彩公司).
    expect(combined('切沃摆明了要死守，但博彩公司对此并不担心。', [['company', '博彩公司']])).toEqual([['company', '博彩公司']]);
  });

  it('lets a company with a legal suffix reach back over 某 to the place before it', () => {
    // What the shipped model marks in a court report (jieba: 杭州/ns 某/r 网络科技/n 有限公司/n).
    expect(combined('原告杭州某网络科技有限公司诉称，被告王某在抖音平台发布不实视频。', [['place', '杭州'], ['company', '网络科技有限公司']])).toEqual([['company', '杭州某网络科技有限公司']]);
  });

  it('lets a company with a legal suffix reach back to where its short name in brackets after it begins', () => {
    // What the shipped model marks (jieba: 长江/ns 和/c 记/n 实业/n 有限公司/n （/x 长/a 和/c ）/x).
    const text = '長江和記實業有限公司（長和）主席李澤鉅昨日在股東大會上表示。';
    expect(combined(text, [['place', '长江'], ['company', '记实业有限公司']], ['place', 'company'])).toEqual([
      ['company', '长江和记实业有限公司'],
      ['company', '长和'],
    ]);
  });

  it('drops a tagger company that is an appointment verb and 公司, and keeps a kind of company', () => {
    // What the shipped model marks in a board's resolution (jieba: 聘任/v 公司/n), and a CLUENER line (炒汇/v 公司/n).
    expect(combined('会议审议通过了《关于聘任公司总经理的议案》。', [['company', '聘任公司']], ['company'])).toEqual([]);
    expect(combined('其中一家炒汇公司业务经理对记者说道。', [['company', '炒汇公司']], ['company'])).toEqual([['company', '炒汇公司']]);
  });

  it('cuts 党委委员, a title, off the end of a tagger organization, and reads it whole where no name is left', () => {
    // What the shipped model marks in an appointment notice, and Resume lines (厂党委委员 is one title there).
    const types: EntityType[] = ['organization', 'position'];
    expect(combined('任命王树国同志为西安交通大学党委委员、常委、书记。', [['organization', '西安交通大学党委委员']], types)).toEqual([
      ['organization', '西安交通大学'],
      ['position', '党委委员'],
    ]);
    expect(combined('新疆锂盐厂副厂长、厂党委委员，', [['organization', '厂党委委员']], types)).toContainEqual(['position', '厂党委委员']);
  });

  it("adds a brand before a title only a company has where the document names a company by its legal form that begins with it", () => {
    // What the shipped model marks: nothing over 华为 (jieba: 华为/nr 轮值/n 董事长/nnt).
    const text = '中国移动与华为技术有限公司签署协议。华为轮值董事长徐直军出席签约仪式。';
    expect(combined(text, [['company', '华为技术有限公司'], ['position', '董事长'], ['person', '徐直军']], ['company'])).toEqual([
      ['company', '华为技术有限公司'],
      ['company', '华为'],
    ]);
    // Not where the document names no such company.
    expect(combined('华为轮值董事长徐直军出席签约仪式。', [['position', '董事长'], ['person', '徐直军']], ['company'])).toEqual([]);
  });

  it('cuts a tagger company that ran on into its short name in brackets, and keeps a bracketed region or code, as CLUENER marks them', () => {
    // What the shipped model marks in a Taiwan business report (jieba: 鸿海/x 精密/a 工业/n 股份/n 有限公司/n （/x 鸿/nr 海/n ）/x).
    const text = '鴻海精密工業股份有限公司（鴻海）董事長劉揚偉表示。';
    expect(combined(text, [['company', '鸿海精密工业股份有限公司（鸿海）']], ['company'])).toEqual([
      ['company', '鸿海精密工业股份有限公司'],
      ['company', '鸿海'],
    ]);
    // CLUENER lines.
    expect(combined('华侨银行（中国）13日宣布，正式推出个人网上银行。', [['company', '华侨银行（中国）']], ['company'])).toEqual([['company', '华侨银行（中国）']]);
    expect(combined('而德国国家发展银行（kfw）因一个错误指令，', [['company', '德国国家发展银行（kfw）']], ['company'])).toEqual([['company', '德国国家发展银行（kfw）']]);
  });

  it('does not let a suffix rule swallow words before a company that are not a place name', () => {
    // The rule reads 飞鸿闪鹰体育用品有限公司; 飞鸿 is no place, so the tagger's shorter company stands.
    const found = combined('由飞鸿闪鹰体育用品有限公司生产', [['company', '闪鹰体育用品有限公司']]);
    expect(found).toEqual([['company', '闪鹰体育用品有限公司']]);
  });

  it('lets a longer organization rule win where it reaches left over a place, not where it runs on to the right', () => {
    expect(combined('木乐镇休闲运动服装协会及部分企业代表', [['organization', '运动服装协会']], ['organization'])).toEqual([['organization', '木乐镇休闲运动服装协会']]);
    // The rule's head 队 glues the two clubs and 两队 together.
    expect(combined('阿森纳队vs维冈队两队本赛季曾在联赛杯中相遇', [['organization', '阿森纳队'], ['organization', '维冈队']], ['organization'])).toEqual([
      ['organization', '阿森纳队'],
      ['organization', '维冈队'],
    ]);
    // Nor where it only adds a preposition jieba left on the name (经/n 广东省纪委/nt; a CLUENER line: 经/p 街道办/n).
    expect(combined('经广东省纪委常委会会议研究，决定给予处分。', [['organization', '广东省纪委常委会']], ['organization'])).toEqual([['organization', '广东省纪委常委会']]);
    expect(combined('经街道办审核过申请人资格，应对申请人的情况在社区公示。', [['organization', '街道办']], ['organization'])).toEqual([['organization', '街道办']]);
  });

  it('lets a joined place name win over what it crosses, not over a longer name or two names of another type', () => {
    expect(combined('打造中国贵港纺织服装时尚新名片', [['organization', '贵港纺织']], ['organization', 'place'])).toEqual([['place', '中国贵港']]);
    expect(combined('1985年中国银行广东珠海分行最早发行信用卡', [['company', '中国银行广东珠海分行']])).toEqual([['company', '中国银行广东珠海分行']]);
    expect(combined('罗马米兰均防平雷吉纳主场博胆', [['organization', '罗马'], ['organization', '米兰']], ['organization', 'place'])).toEqual([
      ['organization', '罗马'],
      ['organization', '米兰'],
    ]);
  });

  it('trims a verb word off the start of an organization, not a one-character "verb" that begins its name', () => {
    expect(combined('要加强行业协会建设', [['organization', '加强行业协会']], ['organization'])).toEqual([['organization', '行业协会']]);
    // jieba reads 费|耶|诺德 here, 费 as a verb.
    expect(combined('主场十分强捍；费耶诺德在荷甲名列第11名', [['organization', '费耶诺德']], ['organization'])).toEqual([['organization', '费耶诺德']]);
  });

  it("does not let a title chain's organization cut a longer one the tagger read to the same end", () => {
    // jieba: 广州市/ns 发展/vn 和/c 改革/vn 委员会/n; the rules' body starts after 和.
    const text = '广州市发展和改革委员会党组书记、主任蔡木灵介绍了情况。';
    expect(combined(text, [['organization', '广州市发展和改革委员会'], ['position', '党组书记'], ['position', '主任'], ['person', '蔡木灵']], ['organization', 'place'])).toEqual([
      ['organization', '广州市发展和改革委员会'],
    ]);
  });

  it('lets title-chain rules split a place off a title, but not cut a lone title short', () => {
    expect(combined('贵港市委书记何录春到桂平市调研', [['position', '贵港市委书记'], ['person', '何录春']], ['position', 'place'])).toEqual([
      ['place', '贵港'],
      ['position', '市委书记'],
      ['place', '桂平市'],
    ]);
    expect(combined('首先我们邀请中弘北京像素销售总监龙坤先生致辞', [['position', '销售总监'], ['person', '龙坤']], ['position'])).toEqual([['position', '销售总监']]);
  });

  it('marks where the place written into a tagger position ends (桂平市|领导), keeping the position whole', () => {
    const position = (text: string, words: string) => {
      const doc = segmentedDoc(text);
      const start = doc.text.indexOf(words);
      const spans = resolve(combine([...recognizeRules(doc)], [{ type: 'position', start, end: start + words.length, reason: 'model' }], doc));
      const found = spans.find((span) => span.type === 'position')!;
      const title = found.body && doc.text.slice(found.body.titleStart ?? found.body.end, found.end);
      return { text: doc.text.slice(found.start, found.end), body: found.body && { text: doc.text.slice(found.start, found.body.end), type: found.body.type, title } };
    };
    expect(position('桂平市领导杨通顺一同参加', '桂平市领导')).toEqual({ text: '桂平市领导', body: { text: '桂平市', type: 'place', title: '领导' } });
    // A body the rules know is an entity of its own before the title (see Policy.positionsAfterTheirBodies).
    expect(combined('北京大学教授张维迎认为', [['position', '北京大学教授']], ['organization', 'position'])).toEqual([
      ['organization', '北京大学'],
      ['position', '教授'],
    ]);
    // A one-character title is no title (广东省|长), but news writes the level character once: 广东省|省长, 深圳市|市长 (a CLUENER line).
    expect(position('广东省长黄华华出席会议', '广东省长')).toEqual({ text: '广东省长', body: { text: '广东省', type: 'place', title: '省长' } });
    expect(position('深圳市长许宗衡：深圳政府不会出手救楼市', '深圳市长')).toEqual({ text: '深圳市长', body: { text: '深圳市', type: 'place', title: '市长' } });
  });

  it('adds the romanized name bracketed after a person as a person of its own, not a site marker or a non-person', () => {
    const types: EntityType[] = ['person'];
    // Lines from CLUENER: the bracket holds the name the translator worked from.
    expect(combined('1958年出生的主教练托尼·普利斯（tonypulis）被曾认为是教练界的天才人物，', [['person', '托尼·普利斯']], types)).toEqual([
      ['person', '托尼·普利斯'],
      ['person', 'tonypulis'],
    ]);
    const greene = '皇家邮政行政主管莫亚格林（moyagreene）表示：“没有人愿意付更多的钱，';
    expect(combined(greene, [['person', '莫亚格林']], types)).toContainEqual(['person', 'moyagreene']);
    expect(combined(greene.replace('（', '(').replace('）', ')'), [['person', '莫亚格林']], types)).toContainEqual(['person', 'moyagreene']);
    expect(combined('集结号（）》获得最佳男主角与百家传媒年度致敬电影，而陈冲（blog）', [['person', '陈冲']], types)).toEqual([['person', '陈冲']]);
    expect(combined('盖蒂信托（j.paulgettytrust）成立于1982年，历届首席执行官为哈罗德•', [['organization', '盖蒂信托']], types)).toEqual([]);
    // Outside CLUENER, names keep their accents.
    expect(combined('葡萄牙主帅穆里尼奥（José Mourinho）表示，球队状态很好。', [['person', '穆里尼奥']], types)).toContainEqual(['person', 'José Mourinho']);
  });

  it('drops a place that is only a generic word, and keeps one with a name in it', () => {
    // CLUENER lines: 市区 alone is no address; 瓦拉纳西市区 is.
    expect(combined('这里所售的海鲜及加工店的加工费与市区价格相差无几，打破了亚龙湾消费高又品尝不到当地美食的这一缺陷。', [['place', '市区']], ['place'])).not.toContainEqual(['place', '市区']);
    const varanasi = '瓦拉纳西市区交通狭窄步行可以逛完大部分的景点和寺庙，但是鹿野苑和贝拿勒斯大学等景点距离市区较远，';
    expect(combined(varanasi, [['place', '瓦拉纳西市区']], ['place'])).toContainEqual(['place', '瓦拉纳西市区']);
    // A zone word after common words names a kind of zone (the fixture article's slogan); after a name, a zone.
    expect(combined('桂平将围绕贵港市委提出的“打造中国贵港纺织服装时尚新区”的工作目标', [['place', '时尚新区']], ['place'])).not.toContainEqual(['place', '时尚新区']);
    expect(combined('天津滨海新区今年的生产总值增长了百分之十。', [['place', '天津滨海新区']], ['place'])).toContainEqual(['place', '天津滨海新区']);
    expect(combined('武汉市余家头小区的居民反映，小区门口的路灯坏了。', [['place', '余家头小区']], ['place'])).toContainEqual(['place', '余家头小区']);
  });

  it("leaves an agency the tagger read as a body's end to the body, and the title alone to the position", () => {
    const types: EntityType[] = ['place', 'position', 'organization'];
    // CLUENER lines: the rules read 保监局局长 and 房管局局长 as posts, the tagger the bodies.
    expect(combined('图为北京保监局局长丁小燕发言。', [['organization', '北京保监局']], types)).toEqual([
      ['organization', '北京保监局'],
      ['position', '局长'],
    ]);
    expect(combined('广州市房管局局长谢晓丹透露，', [['organization', '广州市房管局']], types)).toEqual([
      ['organization', '广州市房管局'],
      ['position', '局长'],
    ]);
    // Without the tagger's body, the rules' post stands.
    expect(combined('图为北京保监局局长丁小燕发言。', [], ['position'])).toEqual([['position', '保监局局长']]);
  });

  it('cuts a known body off the front of a position, leaving the title (全国政协|委员), and keeps a party group in the post', () => {
    const types: EntityType[] = ['organization', 'position'];
    // A CLUENER line, with the tagger's spans.
    expect(combined('图为全国政协委员、民建中央常委、林达集团董事长李晓林先生', [['position', '全国政协委员'], ['position', '民建中央常委']], types)).toEqual([
      ['organization', '全国政协'],
      ['position', '委员'],
      ['organization', '民建中央'],
      ['position', '常委'],
      ['position', '董事长'],
    ]);
    // The fixture article's line: 党组 is the post's (its body, 贵港市政府党组, is linking's to read).
    expect(combined('贵港市委常委、市政府副市长提名人选、党组副书记潘汉胜', [['position', '党组副书记']], types)).toContainEqual(['position', '党组副书记']);
  });

  it('opens a body with the gazetteer place written right before it', () => {
    // CLUENER lines, with the tagger's spans: it marks the place inside the company.
    expect(combined('深圳中安信业的李经理告诉记者，', [['place', '深圳'], ['company', '中安信业']], ['place', 'company'])).toEqual([['company', '深圳中安信业']]);
    expect(combined('2009年北京翰海秋拍中，一组清嘉庆翡翠组玺拍出1769万元。', [['company', '翰海']], ['place', 'company'])).toEqual([['company', '北京翰海']]);
    // Not across a word between them.
    expect(combined('深圳的中安信业昨天表示，', [['place', '深圳'], ['company', '中安信业']], ['place', 'company'])).toEqual([
      ['place', '深圳'],
      ['company', '中安信业'],
    ]);
  });

  it('drops a place named for a sight, unless the gazetteer knows the name', () => {
    // CLUENER lines: it marks neither as an address.
    expect(combined('据了解，现藏于北京故宫的《梧桐双兔图》是清代宫廷画家冷枚的名作，', [['place', '北京故宫']], ['place'])).toEqual([]);
    expect(combined('6陕西法门寺发掘出举世闻名的八重宝函，', [['place', '陕西法门寺']], ['place'])).toEqual([]);
    // 罗湖 is a district of 深圳 as well as a lake's name.
    expect(combined('他每天从罗湖过关到香港上班。', [['place', '罗湖']], ['place'])).toContainEqual(['place', '罗湖']);
  });

  it("drops the places, people and positions inside a work's title, and keeps them outside it", () => {
    // CLUENER lines (its 2,661 《…》 titles hold no address, name or position); the tagger's spans as given.
    const types: EntityType[] = ['place', 'person', 'position', 'organization'];
    expect(combined('记者从北京市了解到，《北京市城市房地产转让管理办法》将于明年修订。', [], ['place'])).toEqual([['place', '北京市']]);
    expect(combined('1988年出版小说集《莲花之吻》，', [['person', '莲花']], types)).toEqual([]);
    expect(combined('《芙蓉镇》到日本上映时，', [], types)).toEqual([]);
    // A paper's name stays what the tagger read: it may be the paper itself.
    expect(combined('据英国《金融时报》报道，', [['organization', '金融时报']], types)).toEqual([['organization', '金融时报']]);
  });

  it('drops a country right before a title, and keeps it elsewhere and a Chinese place before one', () => {
    const types: EntityType[] = ['place', 'position'];
    // Lines from CLUENER, which marks the title and not the country.
    expect(combined('俄罗斯总统梅德韦杰夫当天在会上表示，', [['place', '俄罗斯'], ['position', '总统']], types)).toEqual([['position', '总统']]);
    expect(combined('芬兰科学家约翰·摩尔指出，', [['place', '芬兰'], ['position', '科学家']], types)).toEqual([['position', '科学家']]);
    expect(combined('这次峰会将在俄罗斯举行。', [['place', '俄罗斯']], types)).toEqual([['place', '俄罗斯']]);
    expect(combined('北京市市长郭金龙表示，', [['place', '北京市'], ['position', '市长', 3]], types)).toEqual([['place', '北京市'], ['position', '市长']]);
  });

  it('drops a surname with a form of address the tagger read as a name', () => {
    expect(combined('无论张教授的鱼的时代还是鸟的时代，最后作为海渔广场的四星上将，李总给大家总结一下吧。', [['person', '李总']], ['person'])).toEqual([]);
    expect(combined('杨某带着另外一枚炸弹坐车来到六里桥，上了50路双层公交车，将炸弹藏在了车上。', [['person', '杨某']], ['person'])).toEqual([]);
    // What a fold model marked on a CLUENER line whose gold has no name.
    expect(combined('昨天上午9点左右，家住金陵小区的陈大爷在位于建宁路16号的南京银行2号柜台，', [['person', '陈大爷']], ['person'])).toEqual([]);
    expect(combined('做为杜可风之后最受国际风潮认可的华语顶级摄影师，他担任了贾樟柯自《小武》以来所有影片的摄影指导。', [['person', '贾樟柯']], ['person'])).toEqual([['person', '贾樟柯']]);
  });

  it('cuts a bracket whose partner is not inside the span off its edge, and keeps balanced ones', () => {
    // Lines from CLUENER, with tagger spans that ran past the name.
    expect(combined('比赛场地：飞狐网都（衡阳市仙姬巷28号）', [['place', '衡阳市仙姬巷28号）']], ['place'])).toEqual([['place', '衡阳市仙姬巷28号']]);
    // Trimmed to michel, the tagger's span is one word of the bracketed name, which then stands whole.
    const michel = combined('《nsa药理学》杂志主编米歇尔（martinc.michel）教授和《药理学通报》杂志主编拉森（', [['person', 'michel）']], ['person']);
    expect(michel).toContainEqual(['person', 'martinc.michel']);
    expect(michel.filter(([, name]) => name.includes('）'))).toEqual([]);
    expect(combined('比赛场地：飞狐网都（衡阳市仙姬巷28号）', [['place', '（衡阳市仙姬巷28号）']], ['place'])).toEqual([['place', '（衡阳市仙姬巷28号）']]);
    // A span run on into a bracket that does not close inside it ends before the bracket.
    expect(combined('喜鹊的两条消息都是塞翁失马不知祸福：一是美国福布斯富豪榜上排名第31位的大款安舒茨（philip', [['person', '安舒茨（philip']], ['person'])).toEqual([['person', '安舒茨']]);
  });

  it('finds the romanized original bracketed after a name the tagger ran into it, spaces and all', () => {
    // News outside CLUENER keeps the space in Latin names, which CLUENER's lines have dropped.
    const text = '深圳市人民政府副市长黄敏会见了特斯拉公司首席执行官埃隆·马斯克（Elon Musk）一行。';
    const people = combined(text, [['person', '埃隆·马斯克（Elon']], ['person']);
    expect(people).toContainEqual(['person', '埃隆·马斯克']);
    expect(people).toContainEqual(['person', 'Elon Musk']);
    expect(people.filter(([, name]) => name.includes('（'))).toEqual([]);
  });

  it('takes the whole bracketed name where the tagger marked one word of it', () => {
    const text = '立法會議員陳家珮（Rebecca Chan）昨日在社交網站發文。';
    expect(combined(text, [['person', '陈家珮'], ['person', 'Chan']], ['person'])).toEqual([
      ['person', '陈家珮'],
      ['person', 'Rebecca Chan'],
    ]);
    // Something else inside the bracket is left as the tagger found it.
    expect(combined('主帅托尼·普利斯（Stoke City）表示', [['person', '托尼·普利斯'], ['organization', 'Stoke City']], ['person', 'organization'])).toEqual([
      ['person', '托尼·普利斯'],
      ['organization', 'Stoke City'],
    ]);
  });

  it("puts a dateline's place in the place of what the tagger or a listed name read across it", () => {
    // The tagger's readings of two probe datelines, and HanLP's listed 台北讯/nt.
    const types: EntityType[] = ['place', 'company', 'organization'];
    // The second 新加坡, right before 总理, is whose office it is: no place (see the country test above).
    expect(combined('（新加坡讯）新加坡总理黄循财昨天表示。', [['company', '新加坡讯'], ['place', '新加坡', 3]], types)).toEqual([['place', '新加坡']]);
    expect(combined('（雅加达讯）印尼总统佐科表示。', [['organization', '雅加达']], types)).toEqual([['place', '雅加达']]);
    expect(combined('（台北讯）台湾当局昨日宣布。', [], types)).toEqual([['place', '台北']]);
  });
});
