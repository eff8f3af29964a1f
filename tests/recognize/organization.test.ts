/**
 * The organization rules: which spans they propose, before the tagger and
 * combine have their say.
 */
import { describe, expect, it } from 'vitest';
import { ruleSpansOf } from './rules.js';

const organizationsIn = (text: string) => ruleSpansOf('organization', text);

describe('organization rules', () => {
  it('knows a body without the auxiliary verb after it (HanLP lists 特区政府会 from a segmentation slip)', () => {
    expect(organizationsIn('行政長官李家超今日在禮賓府會見傳媒。他表示，特區政府會全力配合。')).toContain('特区政府');
    expect(organizationsIn('他表示，特區政府會全力配合。')).not.toContain('特区政府会');
  });

  it('opens a body at the first place with no word of a clause after it', () => {
    // jieba: 三里屯街道/ns 办事处/n 近日/t 联合/v 朝阳公安分局/nt 三里屯/ns 派出所/n.
    const found = organizationsIn('北京市朝阳区三里屯街道办事处近日联合朝阳公安分局三里屯派出所开展检查。');
    expect(found).toContain('三里屯派出所');
    expect(found.some((name) => name.includes('近日'))).toBe(false);
    // A CLUENER line (jieba: 长沙市/ns 商业银行/nt 单独/d 上市/ns 并/c 不会/v 影响/vn 潇湘/ns 银行/n).
    expect(organizationsIn('长沙市商业银行单独上市并不会影响潇湘银行的组建').some((name) => name.includes('单独'))).toBe(false);
    // A place that opens the name with no such word after it still does, over a verb before plain words (休闲/v 运动/vn).
    expect(organizationsIn('记者先后到桂平市木乐镇纺织服装产业服务中心调研。')).toContain('桂平市木乐镇纺织服装产业服务中心');
    expect(organizationsIn('木乐镇休闲运动服装协会及部分企业代表')).toContain('木乐镇休闲运动服装协会');
  });

  it('keeps a body\'s ordinal in its name, which jieba tags as a number (杭州市|第一|人民医院)', () => {
    expect(organizationsIn('杭州市第一人民医院院长说。')).toContain('杭州市第一人民医院');
    expect(organizationsIn('浙江大学医学院附属第一医院党委书记梁廷波介绍了医院的数字化转型经验。')).toContain('浙江大学医学院附属第一医院');
    // Other numbers still end a name: 一家 is no part of 民营医院.
    expect(organizationsIn('他是全国第一家民营医院的院长。')).toEqual(['民营医院']);
  });

  it("reads the provinces' and cities' bodies named since 2018 whole, with the level word that stands for the place", () => {
    // jieba alone: 自治区/n 农业/n 农村/n 厅/n; with the segmentation list: 农业农村厅/nt.
    expect(organizationsIn('自治区农业农村厅副厅长陈建华参加调研。')).toContain('自治区农业农村厅');
    expect(organizationsIn('市应急管理局局长孙建国赶赴现场。')).toContain('市应急管理局');
    // A word that holds a level character is no level word (全市|应急管理局: the whole city's).
    expect(organizationsIn('全市应急管理局系统开展演练。')).toContain('应急管理局');
    expect(organizationsIn('全市应急管理局系统开展演练。')).not.toContain('全市应急管理局');
  });

  it('reads no body in a verb that ends like a head (率队, 带队)', () => {
    // jieba: 何录/x 春/tg 率队/v: the name and the verb had made 何录春率队.
    expect(organizationsIn('桂平市委书记何录春率队深入木乐镇调研。')).toEqual([]);
    expect(ruleSpansOf('person', '桂平市委书记何录春率队深入木乐镇调研。')).toContain('何录春');
    // Nor where jieba tags the verb a noun (陈晓东/nr 带队/n); the 办事处 before the title is a body.
    expect(organizationsIn('越秀区北京街道办事处主任陈晓东带队检查消防安全。')).toEqual(['越秀区北京街道办事处']);
    expect(ruleSpansOf('person', '越秀区北京街道办事处主任陈晓东带队检查消防安全。')).toContain('陈晓东');
  });

  it("reads a 司 right before its head's title as a department, and 司 elsewhere as nothing", () => {
    // jieba: 行政/n 法务/n 司/nr 司长/nnt.
    expect(organizationsIn('行政法務司司長張永春參加會見。')).toContain('行政法务司');
    expect(organizationsIn('他在上司的办公室里。').some((name) => name.endsWith('司'))).toBe(false);
    // jieba: 宣传司/nr 副司长/nnt, one word ending in 司.
    expect(organizationsIn('国家卫生健康委新闻发言人、宣传司副司长米锋主持发布会。')).toContain('宣传司');
    // A company before a title that is no 司长 stays no department.
    expect(organizationsIn('这家公司副总经理李明出席。').some((name) => name.endsWith('司'))).toBe(false);
    // A Resume line: jieba glued 任 to 年 (年任/x), and the department's name starts after it.
    expect(organizationsIn('1994年至1995年任国家计委投资司司长；')).toContain('国家计委投资司');
  });

  it("reads the State Council's bodies founded since 2018 whole, from the hand-curated segmentation list", () => {
    // jieba alone: 退役军人/l 事务部/n, 应急/vn 管理部/n.
    const found = organizationsIn('退役军人事务部部长裴金佳、应急管理部副部长琼色出席。');
    expect(found).toContain('退役军人事务部');
    expect(found).toContain('应急管理部');
  });

  it('starts a body after the name and the verbs of an appointment notice, even where jieba glued 为 to a word', () => {
    // jieba: 任命/n 李晓红/x 同志/n 为省/x 教育厅/n.
    const found = organizationsIn('同时，决定任命李晓红同志为省教育厅厅长。');
    expect(found).toContain('省教育厅');
    expect(found.some((name) => name.includes('李晓红'))).toBe(false);
    // A CLUENER line: jieba reads 埃雷拉从/x, and the name was taken into the centre's.
    expect(organizationsIn('埃雷拉从沃克艺术中心主任手中接受了终身成就奖。')).toContain('沃克艺术中心');
  });

  it('reads a division and the 委 jieba split off it as the party committee of its level, the party named before it included', () => {
    // jieba: 昆明市/ns 五华区/ns 委/zg 副书记/nnt; 中共/j 红河哈尼族彝族自治州/ns 委/zg 书记/nnt.
    expect(organizationsIn('昆明市五华区委副书记、区长刘晓东出席了会议。')).toContain('昆明市五华区委');
    expect(organizationsIn('免去张国强同志的中共红河哈尼族彝族自治州委书记职务。')).toContain('中共红河哈尼族彝族自治州委');
    // 委 after a place that is no division (a country) is no committee.
    expect(organizationsIn('美国委托第三方调查。').some((name) => name.endsWith('委'))).toBe(false);
  });

  it("knows Japan's and Korea's main parties by name, which jieba cut or reads as plain words", () => {
    // jieba had 立宪/j 民主党/nt, 日本/ns 维新/v 会/v, 国民/n 力量/n 党/n.
    expect(ruleSpansOf('organization', '立宪民主党党首野田佳彦表示。')).toEqual(['立宪民主党']);
    expect(ruleSpansOf('organization', '日本维新会党首吉村洋文表示。')).toEqual(['日本维新会']);
    expect(ruleSpansOf('organization', '韩国国民力量党党首韩东勋表示。')).toEqual(['韩国国民力量党']);
  });

  it('knows the international bodies news names by a two-character short form, which jieba reads as places', () => {
    // jieba: 北约/ns 秘书长/nnt.
    expect(organizationsIn('乌克兰总统泽连斯基当天在基辅会见了北约秘书长吕特。')).toContain('北约');
    expect(organizationsIn('欧盟委员会主席冯德莱恩表示，欧盟将继续提供援助。')).toContain('欧盟');
  });

  it('reads a body whose listed name joins two fields with 和 whole, with the places before it, and no other 和', () => {
    // jieba: 发展/vn 和/c 改革/vn 委员会/n; the list has 北京市发展和改革委员会 and others.
    expect(organizationsIn('任命张立军同志为广西壮族自治区发展和改革委员会党组书记。')).toContain('广西壮族自治区发展和改革委员会');
    // With the level word that stands for the place, as CLUENER marks 市住建委 and 市住保办.
    expect(organizationsIn('市人力资源和社会保障局局长出席。')).toContain('市人力资源和社会保障局');
    expect(organizationsIn('银行和银联只能得到200元的手续费')).toEqual([]);
  });

  it('reads two fields joined by 与 inside a body opened by a place or a body whole, and no 与 that joins names or clauses', () => {
    // A probe article (jieba: 南京大学/ntu 天文/nz 与/p 空间科学/l 学院/n); the tagger alone read 南京大学天文 as a place.
    expect(organizationsIn('南京大学天文与空间科学学院院长李向东教授、中国科学院紫金山天文台台长常进院士也在会上作报告。')).toContain('南京大学天文与空间科学学院');
    expect(organizationsIn('上海市规划与国土资源管理局局长出席。')).toContain('上海市规划与国土资源管理局');
    // It starts at the opener, not at the word before it (a Resume line: 现任/n 西安交通大学/ntu 公共政策/n 与/p 管理/vn 学院/n).
    const resume = organizationsIn('现任西安交通大学公共政策与管理学院院长。');
    expect(resume).toContain('西安交通大学公共政策与管理学院');
    expect(resume.some((name) => name.startsWith('现任'))).toBe(false);
    // Two names, and a clause: the body starts after 与.
    expect(organizationsIn('北京大学与清华大学医学院合作。')).toContain('清华大学医学院');
    expect(organizationsIn('北京大学与清华大学医学院合作。').some((name) => name.includes('与'))).toBe(false);
    expect(organizationsIn('要加强管理与市场监督管理局合作。')).toEqual(['市场监督管理局']);
  });

  it("takes a court's division right before its head's title into the court, and no other words after a court", () => {
    // jieba: 人民法院/nt 刑事/b 审判庭/n 庭长/nnt; 北京市第一中级人民法院/nt 民二庭/x 副庭长/nnt.
    expect(organizationsIn('江苏省苏州市吴中区人民法院刑事审判庭庭长周宏在庭审后接受采访。')).toEqual(['江苏省苏州市吴中区人民法院刑事审判庭']);
    expect(organizationsIn('北京市第一中级人民法院民二庭副庭长李明表示。')).toEqual(['北京市第一中级人民法院民二庭']);
    expect(organizationsIn('吴中区人民法院今天开庭审理此案。')).toEqual(['吴中区人民法院']);
  });

  it('reads a council (议会) as a government body, with its place', () => {
    expect(organizationsIn('高雄市議會議長康裕成、副議長曾俊傑陪同。')).toEqual(['高雄市议会']);
  });
});
