/**
 * Linking people to positions, on entities written out over real segmented
 * text, so each case checks the linker rather than what the tagger finds.
 */
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/doc.js';
import { segmentedDoc } from '../../src/index.js';
import { link } from '../../src/link/index.js';

/**
 * The doc of `text` with `entities` (by their text, first occurrence) linked:
 * each person's [title, organization] pairs. Entities marked `ruleOnly` are
 * rule candidates the combination left out, not entities.
 */
function linked(text: string, entities: (Omit<Span, 'start' | 'end' | 'reason'> & { text: string; reason?: string; bodyText?: string; sharedLevel?: boolean; ruleOnly?: boolean })[]): Record<string, [string, string | null][]> {
  const doc = segmentedDoc(text);
  const spans = entities.map(({ text: words, bodyText, sharedLevel, ruleOnly, ...rest }) => {
    const start = doc.text.indexOf(words);
    if (start < 0) throw new Error(`${words} is not in ${doc.text}`);
    const span: Span = { reason: 'test', ...rest, start, end: start + words.length };
    if (bodyText) span.body = { end: start + bodyText.length, type: 'place', ...(sharedLevel ? { titleStart: start + bodyText.length - 1 } : {}) };
    return { span, ruleOnly };
  });
  doc.entities = spans.filter(({ ruleOnly }) => !ruleOnly).map(({ span }) => span);
  doc.ruleCandidates = spans.map(({ span }) => span);
  link(doc);
  const out: Record<string, [string, string | null][]> = {};
  for (const relation of doc.relations) {
    const person = doc.entities[relation.person];
    const title = relation.title ?? doc.entities[relation.position];
    const name = doc.text.slice(person.start, person.end);
    (out[name] ??= []).push([doc.text.slice(title.start, title.end), relation.organization?.map((piece) => doc.text.slice(piece.start, piece.end)).join('') ?? null]);
  }
  return out;
}

describe('link', () => {
  it.each([
    [
      'reads the body written into a position entity as its organization, and the rest as the title',
      '他将借重庆市市长黄奇帆参与小组讨论',
      [{ type: 'position', text: '重庆市市长', bodyText: '重庆市' }, { type: 'person', text: '黄奇帆' }],
      { 黄奇帆: [['市长', '重庆市']] },
    ],
    [
      'completes a body the title names with the place written into the entity (贵港 + 市委)',
      '贵港市委书记何录春到桂平市调研',
      [{ type: 'position', text: '贵港市委书记', bodyText: '贵港' }, { type: 'person', text: '何录春' }],
      { 何录春: [['市委书记', '贵港市委']] },
    ],
    [
      'gives a position without a body the whole entity as title',
      '广东省长黄华华出席会议',
      [{ type: 'position', text: '广东省长' }, { type: 'person', text: '黄华华' }],
      { 黄华华: [['广东省长', null]] },
    ],
    [
      'gives a title written after a company that company (a CLUENER line)',
      '预料纪勤和汇丰控股财务总监范智廉将会获发巨额花红。',
      [{ type: 'person', text: '纪勤' }, { type: 'company', text: '汇丰控股' }, { type: 'position', text: '财务总监' }, { type: 'person', text: '范智廉' }],
      { 范智廉: [['财务总监', '汇丰控股']] },
    ],
    [
      'reads a place and its head\'s title written with the level character once (a CLUENER line)',
      '深圳市长许宗衡：深圳政府不会出手救楼市',
      [{ type: 'position', text: '深圳市长', bodyText: '深圳市', sharedLevel: true }, { type: 'person', text: '许宗衡' }],
      { 许宗衡: [['市长', '深圳市']] },
    ],
    [
      'gives both posts of a 兼 chain (a CLUENER line)',
      '花旗中国董事长兼首席执行官欧兆伦称，贷款公司是花旗拓展在华运营和投资过程中非常重要的新元素。“',
      [{ type: 'company', text: '花旗中国' }, { type: 'position', text: '董事长' }, { type: 'position', text: '首席执行官' }, { type: 'person', text: '欧兆伦' }],
      { 欧兆伦: [['董事长', '花旗中国'], ['首席执行官', '花旗中国']] },
    ],
    [
      'gives a place head (市长) the chain\'s place, not the party committee before it, and a body\'s 党组 that body\'s',
      '贵港市委副书记、市长兼市政府党组书记何录春出席',
      [{ type: 'place', text: '贵港' }, { type: 'position', text: '市委副书记' }, { type: 'position', text: '市长' }, { type: 'organization', text: '市政府' }, { type: 'position', text: '党组书记' }, { type: 'person', text: '何录春' }],
      { 何录春: [['市委副书记', '贵港市委'], ['市长', '贵港市'], ['党组书记', '贵港市政府党组']] },
    ],
    [
      'reads past an aside in brackets between the body and the title (a CLUENER line)',
      '林达海渔广场（论坛相册户型样板间地图搜索视频）副总裁叶璇',
      [{ type: 'place', text: '林达海渔广场' }, { type: 'position', text: '副总裁' }, { type: 'person', text: '叶璇' }],
      { 叶璇: [['副总裁', '林达海渔广场']] },
    ],
    [
      'reads past a tenure word the title left out, as 原 in a CLUENER line',
      '集团）有限公司原董事长张明渝，实名举报重庆第三届人大常委、西南证券董事长翁振杰“受贿涉黑”。',
      [{ type: 'company', text: '集团）有限公司' }, { type: 'position', text: '董事长' }, { type: 'person', text: '张明渝' }],
      { 张明渝: [['董事长', '集团）有限公司']] },
    ],
    [
      'reads a byline\'s titles across the space before each name, but not across a line break',
      '（记者 陈晓明 通讯员 李娜）昨日，总经理\n王五表示',
      [
        { type: 'position', text: '记者' },
        { type: 'person', text: '陈晓明' },
        { type: 'position', text: '通讯员' },
        { type: 'person', text: '李娜' },
        { type: 'position', text: '总经理' },
        { type: 'person', text: '王五' },
      ],
      { 陈晓明: [['记者', null]], 李娜: [['通讯员', null]] },
    ],
    [
      'reads a byline\'s titles across a slash (CLUENER lines), each its own name\'s, not the one after',
      '整理／邓若楠摄影／胡军。本报摄影记者/吴军',
      [
        { type: 'position', text: '整理' },
        { type: 'person', text: '邓若楠' },
        { type: 'position', text: '摄影' },
        { type: 'person', text: '胡军' },
        { type: 'position', text: '摄影记者' },
        { type: 'person', text: '吴军' },
      ],
      { 吴军: [['摄影记者', null]], 邓若楠: [['整理', null]], 胡军: [['摄影', null]] },
    ],
    [
      'gives a title written with its level word alone the nearest place of that level before it',
      '长沙市委书记吴桂英到岳麓区调研，市委副书记、市长周海兵参加。',
      [
        { type: 'place', text: '长沙', division: { code: '430100', path: ['湖南省', '长沙市'] } },
        { type: 'position', text: '市委书记' },
        { type: 'person', text: '吴桂英' },
        { type: 'place', text: '岳麓区', division: { code: '430104', path: ['湖南省', '长沙市', '岳麓区'] } },
        { type: 'position', text: '市委副书记' },
        { type: 'position', text: '市长' },
        { type: 'person', text: '周海兵' },
      ],
      { 吴桂英: [['市委书记', '长沙市委']], 周海兵: [['市委副书记', '长沙市委'], ['市长', '长沙市']] },
    ],
    [
      'reads a post said with a copula or a verb of office after the name, up to the end of the clause',
      '刘明远现任华为技术有限公司董事长兼总经理。张三是北京市市长。',
      [
        { type: 'person', text: '刘明远' },
        { type: 'company', text: '华为技术有限公司' },
        { type: 'position', text: '董事长' },
        { type: 'position', text: '总经理' },
        { type: 'person', text: '张三' },
        { type: 'place', text: '北京市' },
        { type: 'position', text: '市长' },
      ],
      { 刘明远: [['董事长', '华为技术有限公司'], ['总经理', '华为技术有限公司']], 张三: [['市长', '北京市']] },
    ],
    [
      'reads past 的 between a body and its title',
      '腾讯公司的创始人马化腾表示。',
      [{ type: 'company', text: '腾讯公司' }, { type: 'position', text: '创始人' }, { type: 'person', text: '马化腾' }],
      { 马化腾: [['创始人', '腾讯公司']] },
    ],
    [
      'does not read past 的 to a body before a title that names its own (来自北京的贵港市委书记)',
      '来自北京的贵港市委书记李明说。',
      [{ type: 'place', text: '北京' }, { type: 'position', text: '贵港市委书记' }, { type: 'person', text: '李明' }],
      { 李明: [['市委书记', '贵港市委']] },
    ],
    [
      "reads a title right after a name as that name's, also after a chain before it, and not as the next name's",
      '香港中文大学校长段崇智教授、香港大学副校长王于渐等学者出席研讨会。',
      [
        { type: 'organization', text: '香港中文大学' },
        { type: 'position', text: '校长' },
        { type: 'person', text: '段崇智' },
        { type: 'position', text: '教授' },
        { type: 'organization', text: '香港大学' },
        { type: 'position', text: '副校长' },
        { type: 'person', text: '王于渐' },
      ],
      { 段崇智: [['校长', '香港中文大学'], ['教授', null]], 王于渐: [['副校长', '香港大学']] },
    ],
    [
      'gives a body written with 村 alone the village the text has just named',
      '调研组来到梓山镇。\n在潭头村，村党支部书记、村委会主任张建军介绍了情况。',
      [
        { type: 'place', text: '潭头村' },
        { type: 'organization', text: '村党支部' },
        { type: 'position', text: '书记' },
        { type: 'organization', text: '村委会' },
        { type: 'position', text: '主任' },
        { type: 'person', text: '张建军' },
      ],
      { 张建军: [['书记', '潭头村党支部'], ['主任', '潭头村委会']] },
    ],
    [
      "takes no place in a person's particulars for a body written with its level word alone",
      '犯罪嫌疑人王某某（男，35岁，河南省周口市人）已被刑事拘留。市应急管理局局长孙建国赶赴现场。',
      [
        { type: 'place', text: '河南省周口市', division: { code: '411600', path: ['河南省', '周口市'] } },
        { type: 'organization', text: '市应急管理局' },
        { type: 'position', text: '局长' },
        { type: 'person', text: '孙建国' },
      ],
      { 孙建国: [['局长', '市应急管理局']] },
    ],
    [
      'reads 该公司 before a title as the company named last, in its paragraph or the one before, no further',
      '广西农垦集团有限责任公司与南宁市签署了合作协议。\n该公司总经理王磊介绍。\n会议在南宁举行。\n该公司副总经理李强表示。',
      [
        { type: 'company', text: '广西农垦集团有限责任公司' },
        { type: 'position', text: '总经理' },
        { type: 'person', text: '王磊' },
        { type: 'position', text: '副总经理' },
        { type: 'person', text: '李强' },
      ],
      { 王磊: [['总经理', '广西农垦集团有限责任公司']], 李强: [['副总经理', null]] },
    ],
    [
      'reads 该院 or 该局 before a title as the body of that kind the paragraph named last, with the unit written between',
      '杭州市西湖区人民法院近日审结一起案件。该院民一庭庭长陈莉介绍，该院院长王军出席。\n该局副局长李强表示。',
      [
        { type: 'organization', text: '杭州市西湖区人民法院' },
        { type: 'position', text: '庭长' },
        { type: 'person', text: '陈莉' },
        { type: 'position', text: '院长' },
        { type: 'person', text: '王军' },
        { type: 'position', text: '副局长' },
        { type: 'person', text: '李强' },
      ],
      { 陈莉: [['庭长', '杭州市西湖区人民法院民一庭']], 王军: [['院长', '杭州市西湖区人民法院']], 李强: [['副局长', null]] },
    ],
    [
      "gives a deputy's title written alone the body of its head's title earlier in the sentence, not in another sentence",
      '市人大常委会主任黄平主持会议，副主任刘筱柳、吴凯出席。常务副主任王华列席。',
      [
        { type: 'organization', text: '市人大常委会' },
        { type: 'position', text: '主任' },
        { type: 'person', text: '黄平' },
        { type: 'position', text: '副主任' },
        { type: 'person', text: '刘筱柳' },
        { type: 'person', text: '吴凯' },
        { type: 'position', text: '常务副主任' },
        { type: 'person', text: '王华' },
      ],
      { 黄平: [['主任', '市人大常委会']], 刘筱柳: [['副主任', '市人大常委会']], 吴凯: [['副主任', '市人大常委会']], 王华: [['常务副主任', null]] },
    ],
    [
      "takes no division's short name for a body written with its level word alone where it lies in another province than the document's places",
      '云南省大理白族自治州洱源县松曲村党总支书记杨金华带领村民清理海西湿地。洱源县委常委李红梅到现场调研。州委书记杨国宗要求加强保护。',
      [
        { type: 'place', text: '云南省大理白族自治州洱源县', division: { code: '532930', path: ['云南省', '大理白族自治州', '洱源县'] } },
        { type: 'position', text: '党总支书记' },
        { type: 'person', text: '杨金华' },
        { type: 'place', text: '海西', division: { code: '632800', path: ['青海省', '海西蒙古族藏族自治州'] } },
        { type: 'place', text: '洱源', division: { code: '532930', path: ['云南省', '大理白族自治州', '洱源县'] } },
        { type: 'organization', text: '洱源县委' },
        { type: 'position', text: '常委' },
        { type: 'person', text: '李红梅' },
        { type: 'position', text: '州委书记' },
        { type: 'person', text: '杨国宗' },
      ],
      { 杨金华: [['党总支书记', null]], 李红梅: [['常委', '洱源县委']], 杨国宗: [['州委书记', '云南省大理白族自治州委']] },
    ],
    [
      "reads past 新闻 between a body and its spokesman's title",
      '国防部新闻发言人张晓刚大校在例行记者会上回答了记者提问。',
      [{ type: 'organization', text: '国防部' }, { type: 'position', text: '发言人' }, { type: 'person', text: '张晓刚' }],
      { 张晓刚: [['发言人', '国防部']] },
    ],
    [
      'reads a post in brackets or after a comma right after the name, but not the chain of the next name',
      '马化腾（腾讯公司董事会主席）表示，马云，阿里巴巴集团创始人，出席。李明，北京市市长王刚参观。',
      [
        { type: 'person', text: '马化腾' },
        { type: 'company', text: '腾讯公司' },
        { type: 'position', text: '董事会主席' },
        { type: 'person', text: '马云' },
        { type: 'company', text: '阿里巴巴集团' },
        { type: 'position', text: '创始人' },
        { type: 'person', text: '李明' },
        { type: 'place', text: '北京市' },
        { type: 'position', text: '市长' },
        { type: 'person', text: '王刚' },
      ],
      { 马化腾: [['董事会主席', '腾讯公司']], 马云: [['创始人', '阿里巴巴集团']], 王刚: [['市长', '北京市']] },
    ],
    [
      'reads a post said with a verb after the name, after an adverb too, besides the post before it, but not one after a comma',
      '原桂平市市长黄海燕已调任梧州市委副书记。中房协副秘书长何琦，中国房地产协会（甄）主任，出席。',
      [
        { type: 'place', text: '桂平市' },
        { type: 'position', text: '市长' },
        { type: 'person', text: '黄海燕' },
        { type: 'organization', text: '梧州市委' },
        { type: 'position', text: '副书记' },
        { type: 'organization', text: '中房协' },
        { type: 'position', text: '副秘书长' },
        { type: 'person', text: '何琦' },
        { type: 'organization', text: '中国房地产协会' },
        { type: 'position', text: '主任' },
      ],
      { 黄海燕: [['市长', '桂平市'], ['副书记', '梧州市委']], 何琦: [['副秘书长', '中房协']] },
    ],
    [
      'reads the post after a word of tenure the position holds, not the word and the post as a department',
      '湘潭县人民医院原院长陈志刚涉嫌严重违法。会上，前外交部长李肇星发言。',
      [
        { type: 'organization', text: '湘潭县人民医院' },
        { type: 'position', text: '原院长' },
        { type: 'person', text: '陈志刚' },
        { type: 'position', text: '前外交部长' },
        { type: 'person', text: '李肇星' },
      ],
      { 陈志刚: [['原院长', '湘潭县人民医院']], 李肇星: [['前外交部长', '外交部']] },
    ],
    [
      "gives a body written with its level character alone the place of the level's committee the chain named before",
      '长沙市天心区委原书记、区人大常委会原主任王建国涉嫌严重违纪违法。',
      [
        { type: 'organization', text: '长沙市天心区委' },
        { type: 'position', text: '原书记' },
        { type: 'organization', text: '区人大常委会' },
        { type: 'position', text: '原主任' },
        { type: 'person', text: '王建国' },
      ],
      { 王建国: [['原书记', '长沙市天心区委'], ['原主任', '长沙市天心区人大常委会']] },
    ],
    [
      'reads the affairs a post is for between a body and its title as part of the post',
      '美国国务院亚太事务助理国务卿康达表示，美方愿意对话。',
      [
        { type: 'organization', text: '美国国务院' },
        { type: 'position', text: '助理国务卿' },
        { type: 'person', text: '康达' },
      ],
      { 康达: [['助理国务卿', '美国国务院']] },
    ],
    [
      "gives 领导 after a level character no entity holds that level's place in the document",
      '桂平市召开纺织服装产业发展大会。市领导王刚、陈伟参加活动。',
      [
        { type: 'place', text: '桂平市', division: { code: '450881', path: ['广西壮族自治区', '贵港市', '桂平市'] } },
        { type: 'position', text: '领导' },
        { type: 'person', text: '王刚' },
        { type: 'person', text: '陈伟' },
      ],
      { 王刚: [['领导', '桂平市']], 陈伟: [['领导', '桂平市']] },
    ],
    [
      "gives a village's body written with 村 alone the village of the body before it in the chain",
      '木乐镇大旺村党支部书记、村委会主任李德才介绍了村里的发展情况。',
      [
        { type: 'organization', text: '木乐镇大旺村党支部' },
        { type: 'position', text: '书记' },
        { type: 'organization', text: '村委会' },
        { type: 'position', text: '主任' },
        { type: 'person', text: '李德才' },
      ],
      { 李德才: [['书记', '木乐镇大旺村党支部'], ['主任', '木乐镇大旺村委会']] },
    ],
    [
      "gives the second of two names a byline separates by a space the first one's title",
      '新华社广州12月2日电（记者 李明 王芳）记者从广东省商务厅获悉。',
      [
        { type: 'organization', text: '新华社' },
        { type: 'place', text: '广州' },
        { type: 'position', text: '记者' },
        { type: 'person', text: '李明' },
        { type: 'person', text: '王芳' },
      ],
      { 李明: [['记者', null]], 王芳: [['记者', null]] },
    ],
    [
      "gives a title the rules' government body with its place before it, where the entities hold only the place",
      '高雄市議會議長康裕成陪同。',
      [
        { type: 'place', text: '高雄市' },
        { type: 'organization', text: '高雄市议会', ruleOnly: true, reason: 'organization:body(议会)' },
        { type: 'position', text: '议长' },
        { type: 'person', text: '康裕成' },
      ],
      { 康裕成: [['议长', '高雄市议会']] },
    ],
    [
      "gives a deputy's title listed right after the head's name the head's body, not another title",
      '高雄市議會議長康裕成、副議長曾俊傑陪同。議長康裕成、秘書長王五出席。',
      [
        { type: 'organization', text: '高雄市议会' },
        { type: 'position', text: '议长' },
        { type: 'person', text: '康裕成' },
        { type: 'position', text: '副议长' },
        { type: 'person', text: '曾俊杰' },
        { type: 'position', text: '秘书长' },
        { type: 'person', text: '王五' },
      ],
      { 康裕成: [['议长', '高雄市议会']], 曾俊杰: [['副议长', '高雄市议会']], 王五: [['秘书长', null]] },
    ],
    [
      'reads an appointment notice: a post said with 为 after 同志, and one closed by a rank in brackets',
      '决定任命李晓红同志为省教育厅厅长，刘洋为省财政厅副厅长（正厅长级）。',
      [
        { type: 'person', text: '李晓红' },
        { type: 'organization', text: '省教育厅' },
        { type: 'position', text: '厅长' },
        { type: 'person', text: '刘洋' },
        { type: 'organization', text: '省财政厅' },
        { type: 'position', text: '副厅长' },
      ],
      { 李晓红: [['厅长', '省教育厅']], 刘洋: [['副厅长', '省财政厅']] },
    ],
    [
      'reads a district written into the title (as the tagger marks 鼓楼区委书记) as the place of its body, but not a word of tenure, which is read past as before any title',
      '福州市鼓楼区委书记王进足表示，前任区委书记李四出席。',
      [
        { type: 'place', text: '福州市' },
        { type: 'position', text: '鼓楼区委书记' },
        { type: 'person', text: '王进足' },
        { type: 'position', text: '前任区委书记' },
        { type: 'person', text: '李四' },
      ],
      { 王进足: [['区委书记', '福州市鼓楼区委']], 李四: [['前任区委书记', '区委']] },
    ],
    [
      'reads the post of a dismissal notice as the person\'s, but not a post after 的 without one',
      '会议决定：免去王红同志的市财政局局长职务。李明的县长朋友来了。',
      [
        { type: 'person', text: '王红' },
        { type: 'organization', text: '市财政局' },
        { type: 'position', text: '局长' },
        { type: 'person', text: '李明' },
        { type: 'position', text: '县长' },
      ],
      { 王红: [['局长', '市财政局']] },
    ],
    [
      'gives a title the known body right before it that the entities leave out, with the body it is a department of',
      '联合国秘书长古特雷斯表示欢迎。上海市信息行业服务协会法务部主任周宾卿说，执行制作人暨创意总监奈特到场。',
      [
        { type: 'organization', text: '联合国', reason: 'organization:known(联合国)', ruleOnly: true },
        { type: 'position', text: '秘书长' },
        { type: 'person', text: '古特雷斯' },
        { type: 'organization', text: '上海市信息行业服务协会' },
        { type: 'organization', text: '法务部', reason: 'organization:known(法务部)', ruleOnly: true },
        { type: 'position', text: '主任' },
        { type: 'person', text: '周宾卿' },
        { type: 'position', text: '执行制作人' },
        // Our dictionaries tag 暨 nt: a one-character word is no body.
        { type: 'organization', text: '暨', reason: 'organization:known(暨)', ruleOnly: true },
        { type: 'position', text: '创意总监' },
        { type: 'person', text: '奈特' },
      ],
      { 古特雷斯: [['秘书长', '联合国']], 周宾卿: [['主任', '上海市信息行业服务协会法务部']], 奈特: [['执行制作人', null], ['创意总监', null]] },
    ],
    [
      "takes a university's department between it and a title into the body, not other words",
      '中国科学院院士、清华大学物理系教授薛其坤出席。北京大学附近饭店老板王五说。',
      [
        { type: 'organization', text: '中国科学院' },
        { type: 'position', text: '院士' },
        { type: 'organization', text: '清华大学' },
        { type: 'position', text: '教授' },
        { type: 'person', text: '薛其坤' },
        { type: 'organization', text: '北京大学' },
        { type: 'position', text: '老板' },
        { type: 'person', text: '王五' },
      ],
      { 薛其坤: [['院士', '中国科学院'], ['教授', '清华大学物理系']], 王五: [['老板', null]] },
    ],
    [
      'gives a title only a company has, with no body near it, the one company the document names',
      '招商银行股份有限公司公告\n董事会收到董事长缪建民先生的书面辞呈。',
      [
        { type: 'company', text: '招商银行股份有限公司' },
        { type: 'position', text: '董事长' },
        { type: 'person', text: '缪建民' },
      ],
      { 缪建民: [['董事长', '招商银行股份有限公司']] },
    ],
    [
      "reads a body's abbreviation in brackets between it and a title as an aside",
      '伦敦金属交易所（lme）ceo马丁·艾伯特表示。',
      [
        { type: 'company', text: '伦敦金属交易所' },
        { type: 'company', text: 'lme', reason: 'company:abbreviation-in-brackets' },
        { type: 'position', text: 'ceo' },
        { type: 'person', text: '马丁·艾伯特' },
      ],
      { '马丁·艾伯特': [['ceo', '伦敦金属交易所']] },
    ],
    [
      "gives a company's title after a department's title in a chain the company, not the department",
      '腾讯公司人力资源部总经理、副总裁奚丹出席。',
      [
        { type: 'company', text: '腾讯公司' },
        { type: 'position', text: '人力资源部总经理' },
        { type: 'position', text: '副总裁' },
        { type: 'person', text: '奚丹' },
      ],
      { 奚丹: [['人力资源部总经理', '腾讯公司人力资源部'], ['副总裁', '腾讯公司']] },
    ],
    [
      "gives a chief officer's title after a department's the company written into the department's name",
      '招商银行信用卡中心总经理、首席风险官刘加力表示。',
      [
        { type: 'organization', text: '招商银行信用卡中心' },
        { type: 'position', text: '总经理' },
        { type: 'position', text: '首席风险官' },
        { type: 'person', text: '刘加力' },
      ],
      { 刘加力: [['总经理', '招商银行信用卡中心'], ['首席风险官', '招商银行']] },
    ],
    [
      "reads 办公厅 whole in a title, and a central department as a body of its own, not the department of the body before",
      '中共中央政治局常委、中央办公厅主任蔡奇参加会见。',
      [
        { type: 'organization', text: '中共中央政治局' },
        { type: 'position', text: '常委' },
        { type: 'position', text: '中央办公厅主任' },
        { type: 'person', text: '蔡奇' },
      ],
      { 蔡奇: [['常委', '中共中央政治局'], ['中央办公厅主任', '中央办公厅']] },
    ],
    [
      "reads a ministry after a Politburo member's title as a body of its own: a Politburo has no departments",
      '中共中央政治局委员、外交部长王毅将于下周会见俄罗斯外长拉夫罗夫。',
      [
        { type: 'organization', text: '中共中央政治局' },
        { type: 'position', text: '委员' },
        { type: 'position', text: '外交部长' },
        { type: 'person', text: '王毅' },
      ],
      { 王毅: [['委员', '中共中央政治局'], ['外交部长', '外交部']] },
    ],
    [
      'reads a ministry the tagger cut before the 部 it shares with 部长 as the ministry',
      '新加坡人力部长杨莉明表示。',
      [
        { type: 'organization', text: '新加坡人力' },
        { type: 'position', text: '部长' },
        { type: 'person', text: '杨莉明' },
      ],
      { 杨莉明: [['部长', '新加坡人力部']] },
    ],
    [
      'adds no 部 to a ministry written whole before 部长',
      '澳大利亚民政部部长奥康纳表示。',
      [
        { type: 'organization', text: '澳大利亚民政部' },
        { type: 'position', text: '部长' },
        { type: 'person', text: '奥康纳' },
      ],
      { 奥康纳: [['部长', '澳大利亚民政部']] },
    ],
    [
      "reads an obituary's biography (张楚汉同志1933年…曾任…等职), with a department whose 系 the tagger put into the title",
      '张楚汉同志1933年出生于广东梅县，曾任清华大学水利水电工程系主任、清华大学学术委员会副主任等职。',
      [
        { type: 'person', text: '张楚汉' },
        { type: 'place', text: '广东梅县' },
        { type: 'organization', text: '清华大学' },
        { type: 'position', text: '系主任' },
        { type: 'organization', text: '清华大学学术委员会' },
        { type: 'position', text: '副主任' },
      ],
      { 张楚汉: [['主任', '清华大学水利水电工程系'], ['副主任', '清华大学学术委员会']] },
    ],
    [
      "gives a town's party secretary the town's committee, with the level character inside the title or right before it",
      '平遥县古陶镇召开会议。镇党委书记赵卫东主持会议。乡党委书记王五出席。',
      [
        { type: 'place', text: '平遥县古陶镇', division: { code: '140728100', path: ['山西省', '晋中市', '平遥县', '古陶镇'] } },
        { type: 'position', text: '党委书记' },
        { type: 'person', text: '赵卫东' },
        { type: 'position', text: '乡党委书记' },
        { type: 'person', text: '王五' },
      ],
      { 赵卫东: [['党委书记', '平遥县古陶镇党委']], 王五: [['乡党委书记', '乡党委']] },
    ],
    [
      'gives a defendant the posts a court report lists after the name, between a verb of office and 职务',
      '被告人殷美根利用担任江西省萍乡市市长、中共萍乡市委书记等职务上的便利。王五在公司工作。',
      [
        { type: 'person', text: '殷美根' },
        { type: 'place', text: '江西省萍乡市' },
        { type: 'position', text: '市长' },
        { type: 'organization', text: '中共萍乡市委' },
        { type: 'position', text: '书记' },
        { type: 'person', text: '王五' },
      ],
      { 殷美根: [['市长', '江西省萍乡市'], ['书记', '中共萍乡市委']] },
    ],
    [
      'gives no company to a title only a company has where the one company is named only after it',
      '台灣大哥大今日公告，董事會通過由總經理林之晨兼任執行長。另外，中華電信將與遠傳電信合作。',
      [
        { type: 'position', text: '总经理' },
        { type: 'person', text: '林之晨' },
        { type: 'company', text: '远传电信' },
      ],
      { 林之晨: [['总经理', null]] },
    ],
    [
      'gives no company to a title only a company has where the document names several',
      '腾讯公司与阿里巴巴集团合作。董事长张三表示欢迎。',
      [
        { type: 'company', text: '腾讯公司' },
        { type: 'company', text: '阿里巴巴集团' },
        { type: 'position', text: '董事长' },
        { type: 'person', text: '张三' },
      ],
      { 张三: [['董事长', null]] },
    ],
    [
      'reads a body and its title as one post across the word 前 (former) or an aside in brackets',
      '美联储前主席格林斯潘曾降息。比亚迪股份有限公司（002594.SZ）董事长王传福表示。',
      [
        { type: 'organization', text: '美联储' },
        { type: 'position', text: '主席' },
        { type: 'person', text: '格林斯潘' },
        { type: 'company', text: '比亚迪股份有限公司' },
        { type: 'position', text: '董事长' },
        { type: 'person', text: '王传福' },
      ],
      { 格林斯潘: [['主席', '美联储']], 王传福: [['董事长', '比亚迪股份有限公司']] },
    ],
    [
      'reads posts joined by 暨 as held together, as with 兼',
      '台積電董事長暨總裁魏哲家今日表示。',
      [
        { type: 'company', text: '台积电' },
        { type: 'position', text: '董事长' },
        { type: 'position', text: '总裁' },
        { type: 'person', text: '魏哲家' },
      ],
      { 魏哲家: [['董事长', '台积电'], ['总裁', '台积电']] },
    ],
    [
      'reads 特区 between 香港 and a title as part of the place',
      '香港特區行政長官李家超昨日出席立法會答問會。',
      [
        { type: 'place', text: '香港' },
        { type: 'position', text: '行政长官' },
        { type: 'person', text: '李家超' },
      ],
      { 李家超: [['行政长官', '香港特区']] },
    ],
    [
      "gives the titles after a party group's title the body itself, not its party group",
      '中国科协党组书记、常务副主席张玉卓出席开幕式并致辞。',
      [
        { type: 'organization', text: '中国科协' },
        { type: 'position', text: '党组书记' },
        { type: 'position', text: '常务副主席' },
        { type: 'person', text: '张玉卓' },
      ],
      { 张玉卓: [['党组书记', '中国科协党组'], ['常务副主席', '中国科协']] },
    ],
    [
      'finds the place a level word names where the tagger cut its level character off into the title',
      '甘肃省定西市委书记李明在安定区调研。市委常委、秘书长王志强陪同调研。',
      [
        { type: 'place', text: '甘肃省定西', division: { code: '621100', path: ['甘肃省', '定西市'] } },
        { type: 'position', text: '市委书记' },
        { type: 'person', text: '李明' },
        { type: 'place', text: '安定区', division: { code: '621102', path: ['甘肃省', '定西市', '安定区'] } },
        { type: 'position', text: '市委常委' },
        { type: 'position', text: '秘书长' },
        { type: 'person', text: '王志强' },
      ],
      { 李明: [['市委书记', '甘肃省定西市委']], 王志强: [['市委常委', '甘肃省定西市委'], ['秘书长', '甘肃省定西市委']] },
    ],
    [
      "gives a title after the word 公司 the company the paragraph named last, not another paragraph's",
      '他来到甘肃陇原薯业有限公司。公司总经理马建平介绍了情况。\n公司董事长李四说。',
      [
        { type: 'company', text: '甘肃陇原薯业有限公司' },
        { type: 'position', text: '总经理' },
        { type: 'person', text: '马建平' },
        { type: 'position', text: '董事长' },
        { type: 'person', text: '李四' },
      ],
      { 马建平: [['总经理', '甘肃陇原薯业有限公司']], 李四: [['董事长', null]] },
    ],
    [
      "reads a post said with 先生为本公司 as the announcement's company's, named in an earlier paragraph",
      '招商银行股份有限公司关于董事会换届的公告\n选举王良先生为本公司执行董事、行长。',
      [
        { type: 'company', text: '招商银行股份有限公司' },
        { type: 'person', text: '王良' },
        { type: 'position', text: '执行董事' },
        { type: 'position', text: '行长' },
      ],
      { 王良: [['执行董事', '招商银行股份有限公司'], ['行长', '招商银行股份有限公司']] },
    ],
    [
      "reads an appointment to the company's board (为公司第六届董事会董事长) or to posts after 为公司 as the announcement's company",
      '浙江吉利控股集团有限公司关于董事会换届的公告\n选举李书福先生为公司第六届董事会董事长。\n董事会同意聘任戴永女士为公司财务总监、董事会秘书。',
      [
        { type: 'company', text: '浙江吉利控股集团有限公司' },
        { type: 'person', text: '李书福' },
        { type: 'position', text: '董事长' },
        { type: 'person', text: '戴永' },
        { type: 'position', text: '财务总监' },
        { type: 'position', text: '董事会秘书' },
      ],
      { 李书福: [['董事长', '浙江吉利控股集团有限公司']], 戴永: [['财务总监', '浙江吉利控股集团有限公司'], ['董事会秘书', '浙江吉利控股集团有限公司']] },
    ],
    [
      'gives a title after the word 集团 the group the paragraph named before, where the document names other companies too',
      '阿里巴巴集团今日发布财报。集团首席执行官吴泳铭表示，将与京东集团合作。',
      [
        { type: 'company', text: '阿里巴巴集团' },
        { type: 'position', text: '首席执行官' },
        { type: 'person', text: '吴泳铭' },
        { type: 'company', text: '京东集团' },
      ],
      { 吴泳铭: [['首席执行官', '阿里巴巴集团']] },
    ],
    [
      "reads 校党委书记 and 校长 as the committee and the head of the university the paragraph named before",
      '11月27日上午，上海交通大学举行教职工代表大会。校党委书记杨振斌、校长丁奎岭出席会议。',
      [
        { type: 'organization', text: '上海交通大学' },
        { type: 'position', text: '党委书记' },
        { type: 'person', text: '杨振斌' },
        { type: 'position', text: '校长' },
        { type: 'person', text: '丁奎岭' },
      ],
      { 杨振斌: [['党委书记', '上海交通大学党委']], 丁奎岭: [['校长', '上海交通大学']] },
    ],
    [
      "reads a court report's posts grouped by body with commas, and a 市长 after 吉安市委副书记 as 吉安's, not the report's city's",
      '记者在南昌市获悉，法院公开宣判。被告人史文清利用担任江西省吉安市委副书记、市长，江西省人民政府副秘书长等职务上的便利。',
      [
        { type: 'place', text: '南昌市', division: { code: '360100', path: ['江西省', '南昌市'] } },
        { type: 'person', text: '史文清' },
        { type: 'organization', text: '江西省吉安' },
        { type: 'position', text: '市委副书记' },
        { type: 'position', text: '市长' },
        { type: 'organization', text: '江西省人民政府' },
        { type: 'position', text: '副秘书长' },
      ],
      { 史文清: [['市委副书记', '江西省吉安市委'], ['市长', '江西省吉安市'], ['副秘书长', '江西省人民政府']] },
    ],
    [
      "reads a bank's appointment to 本行 in a motion (聘任刘珺为本行行长的议案) as the bank's",
      '中国工商银行股份有限公司发布公告称，董事会已审议通过聘任刘珺为本行行长的议案。',
      [
        { type: 'company', text: '中国工商银行股份有限公司' },
        { type: 'person', text: '刘珺' },
        { type: 'position', text: '行长' },
      ],
      { 刘珺: [['行长', '中国工商银行股份有限公司']] },
    ],
    [
      "reads a body's short name in brackets between it and a title as an aside, the body being the one before",
      '美国联邦储备委员会（美联储）主席鲍威尔表示，美联储将保持利率不变。',
      [
        { type: 'organization', text: '美国联邦储备委员会' },
        { type: 'organization', text: '美联储' },
        { type: 'position', text: '主席' },
        { type: 'person', text: '鲍威尔' },
      ],
      { 鲍威尔: [['主席', '美国联邦储备委员会']] },
    ],
    [
      "reads words between a government and its department head's title as the department, sharing the title's 局",
      '台中市政府经济发展局长张峰源则报告了招商进度。',
      [
        { type: 'organization', text: '台中市政府' },
        { type: 'position', text: '局长' },
        { type: 'person', text: '张峰源' },
      ],
      { 张峰源: [['局长', '台中市政府经济发展局']] },
    ],
    [
      "does not read words between a body that is no government and a head's title as its department",
      '中国科学院经济发展局长张三表示。',
      [
        { type: 'organization', text: '中国科学院' },
        { type: 'position', text: '局长' },
        { type: 'person', text: '张三' },
      ],
      { 张三: [['局长', null]] },
    ],
    [
      'reads the posts of a biography that opens its paragraph with the name, each after its verb of office, until another person',
      '张建华，男，1968年10月出生，研究生学历。曾任中国工商银行山东省分行副总经理、青岛分行行长，现任中国农业银行股份有限公司董事，喜欢读书。他的朋友李四是医生。',
      [
        { type: 'person', text: '张建华' },
        { type: 'company', text: '中国工商银行山东省分行' },
        { type: 'position', text: '副总经理' },
        { type: 'company', text: '青岛分行' },
        { type: 'position', text: '行长' },
        { type: 'company', text: '中国农业银行股份有限公司' },
        { type: 'position', text: '董事' },
        { type: 'person', text: '李四' },
        { type: 'position', text: '医生' },
      ],
      {
        张建华: [['副总经理', '中国工商银行山东省分行'], ['行长', '青岛分行'], ['董事', '中国农业银行股份有限公司']],
        // After another person, a post is not the biography's.
        李四: [['医生', null]],
      },
    ],
    [
      'gives the head of a place the place of the committee the chain began with',
      '昆明市五华区委副书记、区长刘晓东出席了会议。',
      [
        { type: 'organization', text: '昆明市五华区委' },
        { type: 'position', text: '副书记' },
        { type: 'position', text: '区长' },
        { type: 'person', text: '刘晓东' },
      ],
      { 刘晓东: [['副书记', '昆明市五华区委'], ['区长', '昆明市五华区']] },
    ],
    [
      'gives an office the country before it that the entities leave out, but not an occupation its nationality',
      '习近平同来访的法国总统马克龙举行会谈。意大利画家提香的作品。',
      [
        { type: 'person', text: '习近平' },
        { type: 'place', text: '法国', ruleOnly: true },
        { type: 'position', text: '总统' },
        { type: 'person', text: '马克龙' },
        { type: 'place', text: '意大利', ruleOnly: true },
        { type: 'position', text: '画家' },
        { type: 'person', text: '提香' },
      ],
      { 马克龙: [['总统', '法国']], 提香: [['画家', null]] },
    ],
    [
      'gives a bare head (院长) the body of that kind the paragraph named last, but not one from an earlier paragraph',
      '行政院今日召开院会，院长卓荣泰指示。外交部发表声明。\n部长林佳龙表示，招商银行发布年报，中国银行上海分行行长王五表示',
      [
        { type: 'organization', text: '行政院' },
        { type: 'position', text: '院长' },
        { type: 'person', text: '卓荣泰' },
        { type: 'organization', text: '外交部' },
        { type: 'position', text: '部长' },
        { type: 'person', text: '林佳龙' },
        { type: 'company', text: '招商银行' },
        { type: 'company', text: '中国银行' },
        { type: 'position', text: '行长' },
        { type: 'person', text: '王五' },
      ],
      // Nor where words the entities leave out stand right before the title (上海分行): they name its body.
      { 卓荣泰: [['院长', '行政院']], 林佳龙: [['部长', null]], 王五: [['行长', null]] },
    ],
    [
      'reads a post in a relative clause after a verb of office (时任国家总理的邓小平), not any title before 的',
      '被时任国家总理的邓小平访问日本时赠送。他把董事长的王五叫来。',
      [
        { type: 'position', text: '国家总理' },
        { type: 'person', text: '邓小平' },
        { type: 'position', text: '董事长' },
        { type: 'person', text: '王五' },
      ],
      { 邓小平: [['国家总理', null]] },
    ],
    [
      'gives a bare head the body an earlier title in the paragraph named (立法院长, then 副院长)',
      '立法院长韩国瑜今天主持院会，副院长江启臣代理主持。',
      [
        { type: 'position', text: '立法院长' },
        { type: 'person', text: '韩国瑜' },
        { type: 'position', text: '副院长' },
        { type: 'person', text: '江启臣' },
      ],
      { 韩国瑜: [['立法院长', '立法院']], 江启臣: [['副院长', '立法院']] },
    ],
    [
      'finds the place of a level word inside an organization entity, where the rules read it',
      '四川省成都市武侯区人民政府办公室主任张红梅、区教育局局长李国强一行调研。',
      [
        { type: 'place', text: '四川省成都市武侯区', division: { code: '510107', path: ['四川省', '成都市', '武侯区'] }, ruleOnly: true },
        { type: 'organization', text: '四川省成都市武侯区人民政府办公室' },
        { type: 'position', text: '主任' },
        { type: 'person', text: '张红梅' },
        { type: 'organization', text: '区教育局' },
        { type: 'position', text: '局长' },
        { type: 'person', text: '李国强' },
      ],
      { 张红梅: [['主任', '四川省成都市武侯区人民政府办公室']], 李国强: [['局长', '四川省成都市武侯区教育局']] },
    ],
    [
      'reads a department written into a title after a body as that body\'s, and 集团 as the group named before',
      '民进党立法院党团总召柯建铭批评。阿里巴巴集团宣布，吴泳铭出任集团首席执行官。',
      [
        { type: 'organization', text: '民进党立法院' },
        { type: 'position', text: '党团总召' },
        { type: 'person', text: '柯建铭' },
        { type: 'company', text: '阿里巴巴集团' },
        { type: 'person', text: '吴泳铭' },
        { type: 'position', text: '集团首席执行官' },
      ],
      { 柯建铭: [['党团总召', '民进党立法院党团']], 吴泳铭: [['集团首席执行官', '阿里巴巴集团']] },
    ],
    [
      'gives no post said with a copula when the chain does not start right after the verb',
      '张三是广东人。北京市市长，王刚表示。',
      [
        { type: 'person', text: '张三' },
        { type: 'place', text: '广东' },
        { type: 'place', text: '北京市' },
        { type: 'position', text: '市长' },
        { type: 'person', text: '王刚' },
      ],
      {},
    ],
    [
      'gives no post said with a copula when more words follow it: it is someone else\'s',
      '王建国是北京市市长的秘书。',
      [
        { type: 'person', text: '王建国' },
        { type: 'place', text: '北京市' },
        { type: 'position', text: '市长' },
      ],
      {},
    ],
    [
      'gives a deputy head (常务副省长, 副省长) the place, not the party committee before it',
      '湖南省委副书记、省长毛伟明在长沙会见客人。副省长秦国文，省委常委、常务副省长张迎龙参加会见。',
      [
        { type: 'place', text: '湖南', division: { code: '430000', path: ['湖南省'] } },
        { type: 'position', text: '省委副书记' },
        { type: 'position', text: '省长' },
        { type: 'person', text: '毛伟明' },
        { type: 'place', text: '长沙', division: { code: '430100', path: ['湖南省', '长沙市'] } },
        { type: 'position', text: '副省长' },
        { type: 'person', text: '秦国文' },
        { type: 'position', text: '省委常委' },
        { type: 'position', text: '常务副省长' },
        { type: 'person', text: '张迎龙' },
      ],
      { 毛伟明: [['省委副书记', '湖南省委'], ['省长', '湖南省']], 张迎龙: [['省委常委', '湖南省委'], ['常务副省长', '湖南省']], 秦国文: [['副省长', '湖南省']] },
    ],
    [
      'takes no address in a city for the city a level word names',
      '活动在聊城市东昌宾馆举行。副市长蔡同民出席。',
      [
        { type: 'place', text: '聊城市东昌宾馆', division: { code: '371500', path: ['山东省', '聊城市'] } },
        { type: 'position', text: '副市长' },
        { type: 'person', text: '蔡同民' },
      ],
      { 蔡同民: [['副市长', null]] },
    ],
    [
      'takes the district an address of divisions runs through for a 区委, never a special administrative region',
      '香港特首李家超表示，区长王强称。书记调研南山区粤海街道，区委书记黄玲陪同。',
      [
        { type: 'place', text: '香港', division: { code: '810000', path: ['香港特别行政区'] } },
        { type: 'position', text: '特首' },
        { type: 'person', text: '李家超' },
        { type: 'position', text: '区长' },
        { type: 'person', text: '王强' },
        { type: 'place', text: '南山区粤海街道', division: { code: '440305:粤海街道', path: ['广东省', '深圳市', '南山区', '粤海街道'] } },
        { type: 'position', text: '区委书记' },
        { type: 'person', text: '黄玲' },
      ],
      { 李家超: [['特首', '香港']], 王强: [['区长', null]], 黄玲: [['区委书记', '南山区委']] },
    ],
    [
      'reads a department written into the title as the body of the place before it (a CLUENER line)',
      '此外，郑州市城市规划局副局长逯军就此事接受记者采访时曾语出惊人',
      [{ type: 'place', text: '郑州市' }, { type: 'position', text: '城市规划局副局长' }, { type: 'person', text: '逯军' }],
      { 逯军: [['城市规划局副局长', '郑州市城市规划局']] },
    ],
    [
      'reads a department sharing its last character with the title, or the body the document named in full, or a party written into the title',
      '避免消费者受到侵害。财政部长盖特纳赞成。台中市政府卫生局今日公布，卫生局长曾梓展表示。民众党主席黄国昌',
      [
        { type: 'position', text: '财政部长' },
        { type: 'person', text: '盖特纳' },
        { type: 'organization', text: '台中市政府卫生局' },
        { type: 'position', text: '卫生局长' },
        { type: 'person', text: '曾梓展' },
        { type: 'position', text: '民众党主席' },
        { type: 'person', text: '黄国昌' },
      ],
      { 盖特纳: [['财政部长', '财政部']], 曾梓展: [['卫生局长', '台中市政府卫生局']], 黄国昌: [['民众党主席', '民众党']] },
    ],
    [
      'reads no department in a title\'s rank words (副部长) or in a title the tagger cut (处|处长)',
      '会上，副部长马朝旭和研究处处长赵路兴表示',
      [{ type: 'position', text: '副部长' }, { type: 'person', text: '马朝旭' }, { type: 'position', text: '处处长' }, { type: 'person', text: '赵路兴' }],
      { 马朝旭: [['副部长', null]], 赵路兴: [['处处长', null]] },
    ],
  ] as const)('%s', (_, text, entities, expected) => {
    expect(linked(text, entities as Parameters<typeof linked>[1])).toEqual(expected);
  });
});
