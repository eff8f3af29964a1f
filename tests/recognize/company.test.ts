/**
 * The company rules: which spans they propose, before the tagger and
 * combine have their say.
 */
import { describe, expect, it } from 'vitest';
import { ruleSpansOf } from './rules.js';

const companiesIn = (text: string) => ruleSpansOf('company', text);

describe('company rules', () => {
  it('reads a brand of the brand list before a title only a company has, alone or with its business, whatever jieba tags it', () => {
    // jieba: 华为/nr 创始人/nnt, 京东/ns 创始人/nnt.
    expect(companiesIn('华为创始人任正非接受了采访。')).toEqual(['华为']);
    expect(companiesIn('据京东创始人刘强东透露，公司将扩大招聘。')).toEqual(['京东']);
    // Not as the end of a longer name, and not before other titles.
    expect(companiesIn('万达国际董事长张三说。')).toEqual(['万达国际']);
    expect(companiesIn('华为员工李四说。')).toEqual([]);
    // With the business it names after it (jieba: 网易/n 游戏/n, 京东/ns 物流/n).
    expect(companiesIn('网易游戏副总裁王怡介绍了运营计划。')).toEqual(['网易游戏']);
    expect(companiesIn('京东物流首席执行官胡伟表示。')).toEqual(['京东物流']);
    // Not a kind of post the position rules read into the title (华为/nr 轮值/n 董事长/nnt: 轮值董事长).
    expect(companiesIn('华为轮值董事长徐直军出席签约仪式。')).toEqual(['华为']);
  });

  it('reads a two-character brand before a trade as a company where a title only a company has follows, or the name is listed', () => {
    // jieba: 理想/n 汽车/n CEO/eng, 小鹏/x 汽车/n 董事长/nnt.
    expect(companiesIn('理想汽车CEO李想则认为，智能化是关键。')).toEqual(['理想汽车']);
    expect(companiesIn('小鹏汽车董事长何小鹏出席了广州车展。')).toEqual(['小鹏汽车']);
    // jieba: 格力电器/nt, a name HanLP's organization list holds.
    expect(companiesIn('格力电器昨日发布公告。')).toEqual(['格力电器']);
    // A kind of shop is no trade, and a trade with no such title is no company: 买汽车 is no name.
    expect(companiesIn('中国最早的有机超市创始人、乐活城创办人和总经理余崇正')).not.toContain('有机超市');
    expect(companiesIn('他打算明年买汽车。')).toEqual([]);
    // A brand jieba reads as a verb (欢喜/v 传媒/n 董事长/nnt), which the phrase before a suffix stops at.
    expect(companiesIn('出品方欢喜传媒董事长董平表示，公司将继续与张艺谋导演合作。')).toEqual(['欢喜传媒']);
    // Not a verb before a trade with no such title after it (喜欢/v 科技/n).
    expect(companiesIn('他从小喜欢科技，后来读了工科。')).toEqual([]);
  });

  it('reads the words before a title only a company has as its brand, noun morphemes among them', () => {
    // jieba: 科大/j 讯/ng 飞/n 董事长/nnt.
    expect(companiesIn('百度创始人李彦宏、科大讯飞董事长刘庆峰也在会上发表演讲。')).toContain('科大讯飞');
    // Or three or four single characters of any tag from a list's start (jieba: 、/x 台/q 积/v 电/n 董事长/nnt).
    expect(companiesIn('鸿海集团董事长刘扬伟、台积电董事长魏哲家等出席。')).toContain('台积电');
    // Not fewer, nor a word of tenure and a reference (前/f 董事长, 公司/n 原/n 董事长).
    expect(companiesIn('他和副董事长李四、前董事长王五出席。')).toEqual([]);
    expect(companiesIn('张三、公司原董事长王五出席。')).toEqual([]);
  });

  it('starts a company where its short name in brackets after it begins, and reads that short name wherever it stands', () => {
    // jieba: 长江/ns 和/c 记/n 实业/n 有限公司/n （/x 长/a 和/c ）/x … 长/a 和/c 联席/n 董事总经理/nnt.
    const text = '長江和記實業有限公司（長和）主席李澤鉅昨日表示。長和聯席董事總經理霍建寧亦有出席。';
    expect(companiesIn(text)).toEqual(['长江和记实业有限公司', '长和', '长和']);
    // A bracket whose characters the name does not hold in order says nothing of where it starts.
    expect(companiesIn('他和记实业有限公司（港商）签了约。')).not.toContain('他和记实业有限公司');
  });

  it("reads a listed company's short name after its label in an announcement's heading", () => {
    expect(companiesIn('证券代码：600519 证券简称：贵州茅台 公告编号：临2026-031')).toContain('贵州茅台');
    expect(companiesIn('股票简称:ST华仪')).toContain('ST华仪');
    expect(companiesIn('该词的简称是贵州')).toEqual([]);
  });
});
