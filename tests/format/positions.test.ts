/** A person's positions without the vaguer duplicates a headline or a later sentence writes. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { withoutVaguerPositions } from '../../src/format/positions.js';

describe('withoutVaguerPositions', () => {
  const same = (position: { title: string; organization: string | null }) => position;

  it('drops a title given again with a body the other one ends with, or with none', () => {
    const positions = [
      { title: '市委书记', organization: '市委' },
      { title: '市委书记', organization: '昆明市委' },
      { title: '董事长', organization: null },
      { title: '董事长', organization: '云南白药集团股份有限公司' },
      { title: '秘书长', organization: null },
    ];
    expect(withoutVaguerPositions(positions, same)).toEqual([
      { title: '市委书记', organization: '昆明市委' },
      { title: '董事长', organization: '云南白药集团股份有限公司' },
      // Nothing fuller names this one.
      { title: '秘书长', organization: null },
    ]);
  });

  it.each([
    [
      "a place head's post given with the place written as the title reads it, beside the full division",
      [
        { title: '市长', organization: '杭州市' },
        { title: '市委副书记', organization: '杭州市委' },
        { title: '市长', organization: '杭州' },
        { title: '董事长', organization: '杭州' },
        { title: '董事长', organization: '杭州董' },
      ],
      // Only a title that starts with the level: 杭州董 is no 杭州 + 董事长.
      [0, 1, 3, 4],
    ],
    [
      "a post given with a company's short name beside the same post with its full name, not another company's",
      [
        { title: '行长', organization: '招商银行' },
        { title: '行长', organization: '招商银行股份有限公司' },
        { title: '行长', organization: '招商' },
      ],
      // 招商 + 银行股份有限公司 is no short name + legal form.
      [1, 2],
    ],
  ])('drops %s', (_, positions, kept) => {
    expect(withoutVaguerPositions(positions, same)).toEqual(kept.map((index) => positions[index]));
  });

  it('keeps posts of the same title in different bodies', () => {
    const positions = [
      { title: '主任', organization: '省发展和改革委员会' },
      { title: '主任', organization: '委员会' },
      { title: '主任', organization: '居委会' },
    ];
    // 委员会 is the end of the first; 居委会 is another body.
    expect(withoutVaguerPositions(positions, same)).toEqual([positions[0], positions[2]]);
  });

  it('gives a person the full post once when the headline named it without the city', () => {
    const { people } = extract('市委书记王宁到经开区调研\n12月1日，昆明市委书记王宁到昆明经济技术开发区调研重点项目建设情况。');
    expect(people.find((person) => person.name === '王宁')?.positions.map((position) => [position.title, position.organization])).toEqual([['市委书记', '昆明市委']]);
  });
});
