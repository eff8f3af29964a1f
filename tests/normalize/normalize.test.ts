import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { normalize } from '../../src/normalize/index.js';
import { findPinyinNotes } from '../../src/normalize/pinyin.js';

describe('pinyin notes', () => {
  it.each([
    ['鎮(zhèn)', '鎮'],
    ['調(diào)研', '調研'],
    ['產（chǎn）業', '產業'],
    ['學(xue\u0301)習', '學習'],
    ['他们(de)', '他们'],
    // A name's reading, capitalized and run together, and a capitalized note.
    ['何錄春(Hé Lùchūn)到', '何錄春到'],
    ['鎮(ZHÈN)長', '鎮長'],
    // Other sites' brackets, padding, and a space before the note, which goes with it.
    ['木樂鎮[zhèn]調研', '木樂鎮調研'],
    ['木樂鎮〔zhèn〕調研', '木樂鎮調研'],
    ['木樂鎮( zhèn )調研', '木樂鎮調研'],
    ['何 (hé) 錄春到', '何錄春到'],
    ['到北京 (běijīng)。', '到北京。'],
    // Tones as digits, after each syllable, spaced or not.
    ['桂平市(gui4 ping2 shi4)木樂鎮', '桂平市木樂鎮'],
    ['木樂鎮(mu4le4zhen4)黨委', '木樂鎮黨委'],
  ])('removes the note in %s', (input, expected) => {
    const edits = findPinyinNotes(input);
    let out = input;
    for (const edit of [...edits].reverse()) out = out.slice(0, edit.start) + out.slice(edit.end);
    expect(out).toBe(expected);
  });

  // Toneless words run together are English or a romanized name (卡杜（cadu）, a CLUENER line), not a reading.
  it.each(['国内生产总值(GDP)', '苹果(Apple)', '播放器(MP3)', '型号(X5)', '见附件(a)', '比分(3:1)', '(an) apple', '主力后卫卡杜（cadu）左膝扭伤', '何錄春（HE Luchun）', '苹果 (Apple) 公司', '到 (de) 时候', '见附件[a]', '鎮(zhèn]長', '鎮[zhèn)長'])('keeps %s', (input) => {
    expect(findPinyinNotes(input)).toEqual([]);
  });
});

describe('normalize', () => {
  it('converts Traditional to Simplified and reports the script', () => {
    expect(normalize('貴港市委書記何錄春').text).toBe('贵港市委书记何录春');
    expect(normalize('貴港市委書記何錄春').script).toBe('traditional');
    expect(normalize('贵港市委书记何录春').script).toBe('simplified');
    expect(normalize('貴港市委书记何录春說').script).toBe('mixed');
  });

  it('drops a copyright footer at the end but not the same words early in the text', () => {
    const body = '韦庆强表示，要加快产业发展。'.repeat(5);
    const { text } = normalize(`${body}\n版權聲明\n本文僅代表作者觀點。`);
    expect(text).toBe(`${body}\n`);
    expect(normalize(`版权声明\n${body}`).text).toContain('版权声明');
    // The disclaimer without a heading.
    expect(normalize(`${body}\n本文仅代表作者观点，不代表本站立场。`).text).toBe(`${body}\n`);
  });

  it('drops the footer lines together, but only at the end of concatenated articles', () => {
    const body = '韦庆强表示，要加快产业发展。';
    const footer = '责任编辑：李明\n\n版权声明：本文仅代表作者观点。';
    expect(normalize(`${body.repeat(10)}\n${footer}`).text).toBe(`${body.repeat(10)}\n`);
    const pages = `${body.repeat(100)}\n${footer}\n${body.repeat(20)}\n${footer}`;
    expect(normalize(pages).text).toBe(`${body.repeat(100)}\n${footer}\n${body.repeat(20)}\n`);
    // A long article after a source line is not a footer.
    const sourced = `${body.repeat(100)}\n来源：贵港日报\n${body.repeat(80)}`;
    expect(normalize(sourced).text).toBe(sourced);
    // A piece of a longer document that more text follows has no footer.
    expect(normalize(`${body.repeat(10)}\n${footer}`, { atEnd: false }).text).toBe(`${body.repeat(10)}\n${footer}`);
  });

  it('blanks a garbled run and warns with its offsets, keeping the text around it', () => {
    const input = '要積極挖掘工業旅遊發展?jié)摿Γ苿右欢a(chǎn)業融合發展。';
    const { text, warnings } = normalize(input);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].code).toBe('garbled-text');
    expect(text).toMatch(/^要积极挖掘工业旅游发展\s+业融合发展。$/);
    expect(input.slice(warnings[0].start, warnings[0].end)).toBe('?jié)摿Γ苿右欢a');
  });

  it('leaves ordinary text with rare name characters and English alone', () => {
    expect(normalize('蒙鑫淼、赵理参加了iPhone发布会').warnings).toEqual([]);
    // CLUENER lines from game news: short Latin names glued to Chinese on both sides.
    for (const line of ['我们一直都很喜欢原版的DOTA和其他DOTA类游戏，', '5年前的CPL天机杯DotA挑战赛可谓是国内第一个具有广泛影响的线下DotA赛事。', '比如我一直跟YYF强调的dota就是必须冠军，']) {
      expect(normalize(line).text, line).toBe(line);
    }
  });

  it('turns full-width letters and digits half-width, keeping length', () => {
    expect(normalize('ＡＢＣ１２３　公司').text).toBe('ABC123 公司');
  });

  it('removes the day Taiwan papers write inside 今日 and 昨晚, keeping offsets into the input', () => {
    const input = '總統賴清德今（28）日出席活動，昨(27)晚抵達。';
    expect(normalize(input).text).toBe('总统赖清德今日出席活动，昨晚抵达。');
    const person = extract(input).entities.find((entity) => entity.type === 'person');
    expect(person && { text: person.text, start: person.start, end: person.end }).toEqual({ text: '賴清德', start: 2, end: 5 });
    // Other numbers in brackets stay: 比分(3:1), a count after a word.
    expect(normalize('今年(2024)的比分(3:1)').text).toBe('今年(2024)的比分(3:1)');
  });

  it('removes the date Hong Kong papers write after 今日 and 昨日', () => {
    const input = '香港特區行政長官李家超今日（28日）出席立法會答問會時表示，財政司司長昨日（十一月二十七日）及今晚（星期五）亦有出席。';
    expect(normalize(input).text).toBe('香港特区行政长官李家超今日出席立法会答问会时表示，财政司司长昨日及今晚亦有出席。');
    const organizations = extract(input).entities.filter((entity) => entity.type === 'organization').map(({ text, start }) => [text, start]);
    // The bracket made 出席立法會 the organization 席立法會.
    expect(organizations).toContainEqual(['立法會', 20]);
    // A date that dates nothing stays: 会议（28日）.
    expect(normalize('会议（28日）举行').text).toBe('会议（28日）举行');
  });

  it('reads a capitalized reading of a name as a note, not as garbled text', () => {
    const { text, warnings } = normalize('貴港市委書記何錄春(Hé Lùchūn)到桂平市調研');
    expect(text).toBe('贵港市委书记何录春到桂平市调研');
    expect(warnings).toEqual([]);
  });

  it('joins a two-character name padded with a space, as lists and bylines set them', () => {
    const input = '出席会议的有：王　静、李　华、张伟明。';
    expect(normalize(input).text).toBe('出席会议的有：王静、李华、张伟明。');
    const people = extract(input).entities.filter((entity) => entity.type === 'person');
    expect(people.map(({ text, start, end }) => [text, start, end])).toEqual([['王静', 7, 10], ['李华', 11, 14], ['张伟明', 15, 18]]);
    // Spaces elsewhere stay: between words, or next to longer runs.
    expect(normalize('记者 王静 报道 Tesla 公司').text).toBe('记者 王静 报道 Tesla 公司');
  });

  it('reads every dot a transliterated name is written with as the middle dot', () => {
    // A CLUENER line as a Taiwan paper prints it (U+2027), as a scraped page (bullet) and with the katakana dot.
    for (const dot of ['\u2027', '\u2022', '\u30fb']) {
      const input = `大衛${dot}盧森博格，這個美林證券極具影響力經濟學家`;
      expect(normalize(input).text).toBe('大卫·卢森博格，这个美林证券极具影响力经济学家');
      // One unit for one: the name is reported as written, with the input's dot.
      const person = extract(input).entities.find((entity) => entity.type === 'person');
      expect(person && { text: person.text, start: person.start, end: person.end }).toEqual({ text: `大衛${dot}盧森博格`, start: 0, end: 7 });
    }
  });

  it('reads Taiwan and Hong Kong forms as the Simplified they stand for (著 for 着, 衞 for 卫)', () => {
    // A CLUENER line, written out by opencc in each Traditional standard.
    const line = '主力前锋迪迪则拄着拐棍在阿德莱德港晒太阳，主力后卫卡杜（cadu）左膝扭伤，';
    for (const to of ['t', 'tw', 'hk'] as const) {
      const traditional = OpenCC.Converter({ from: 'cn', to })(line);
      expect(traditional, to).not.toBe(line);
      expect(normalize(traditional).text, to).toBe(line);
    }
  });
});
