/**
 * A person's positions, read from every mention, often name one post twice:
 * once in full (市委书记 of 昆明市委) and once as a headline or a later
 * sentence writes it (市委书记 of 市委, or no organization at all). The
 * vaguer one says nothing the fuller one does not.
 */
import { isLegalForm } from '../recognize/company.js';

/** A title that starts with its place's level (市长, 区委书记, 省委常委). */
const LEVEL = /^[省市县区州镇乡]/;

interface PostName {
  title: string;
  organization: string | null;
}

/**
 * `positions` without those another one makes redundant: the same title
 * (compared as `nameOf` gives it, normalized) with no organization, or with
 * one that the other's organization ends with (市委 in 昆明市委), or the
 * other's place without the level the title starts with (市长 of 杭州 beside
 * 市长 of 杭州市), or the other's company by its short name (行长 of 招商银行
 * beside 行长 of 招商银行股份有限公司). Order is kept.
 */
export function withoutVaguerPositions<T>(positions: T[], nameOf: (position: T) => PostName): T[] {
  if (positions.length < 2) return positions;
  const names = positions.map(nameOf);
  const isVaguer = (vague: PostName, full: PostName) =>
    vague.title === full.title &&
    full.organization !== null &&
    (vague.organization === null ||
      (full.organization.length > vague.organization.length && full.organization.endsWith(vague.organization)) ||
      // 市长 of 杭州 is written as the title reads it (杭州 + 市长): the same post as 市长 of 杭州市.
      (LEVEL.test(full.title) && full.organization === vague.organization + full.title[0]) ||
      // 行长 of 招商银行 is 行长 of 招商银行股份有限公司 by its short name.
      (full.organization.startsWith(vague.organization) && isLegalForm(full.organization.slice(vague.organization.length))));
  return positions.filter((_, index) => !names.some((other, otherIndex) => otherIndex !== index && isVaguer(names[index], other)));
}
