/**
 * Long documents are analysed in pieces and merged (src/index.ts,
 * src/format/merge.ts). Cutting the bundled article into small pieces must
 * still give offsets into the whole input and the same people.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cutIntoPieces, extract } from '../../src/index.js';

const input = readFileSync(new URL('../../fixtures/guigang-textile.zh-Hant.txt', import.meta.url), 'utf8');
const stripNotes = (text: string) => text.replace(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\u0300-\u036f]+[)）]/g, '');

describe('a document analysed in pieces', () => {
  const whole = extract(input);
  const pieced = extract(input, {}, 700);

  it('reports offsets into the whole input', () => {
    const codePoints = Array.from(input);
    expect(pieced.entities.length).toBeGreaterThan(40);
    for (const entity of pieced.entities) {
      expect(stripNotes(codePoints.slice(entity.start, entity.end).join(''))).toBe(entity.text);
    }
    expect(pieced.chars).toBe(codePoints.length);
    expect(pieced.warnings.map((w) => [w.start, w.end])).toEqual(whole.warnings.map((w) => [w.start, w.end]));
  });

  it('finds what the whole finds, but for references to a name another piece holds', () => {
    const key = (entity: (typeof whole.entities)[number]) => `${entity.type} ${entity.start} ${entity.text} ${entity.division?.code ?? ''}`;
    const piecedKeys = new Set(pieced.entities.map(key));
    const wholeKeys = new Set(whole.entities.map(key));
    // 何書記 refers to 何錄春, whom the article names in an earlier piece: evidence is not carried between pieces,
    // so the piece reads the title 書記 alone where the whole reads the reference.
    expect(pieced.entities.filter((entity) => !wholeKeys.has(key(entity))).map((entity) => [entity.text, entity.reason])).toEqual([['書記', 'position:dictionary(书记 nnt)']]);
    expect(whole.entities.filter((entity) => !piecedKeys.has(key(entity))).map((entity) => [entity.text, entity.reason])).toEqual([['何書記', 'person:surname+title']]);
  });

  it('drops the footer where it falls in a short last piece', () => {
    // Cut at 700 units, the article's last line and its footer made a piece of their own, more than half of it footer:
    // a tail shorter than half a piece now joins the piece before it, and no piece is longer than one and a half.
    const pieces = [...cutIntoPieces(input, 700)].map(({ piece }) => piece);
    expect(pieces.join('')).toBe(input);
    expect(Math.min(...pieces.map((piece) => piece.length))).toBeGreaterThanOrEqual(350);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(1050);
    const footerStart = Array.from(input.slice(0, input.indexOf('版權(quán)聲明'))).length;
    expect(pieced.entities.filter((entity) => entity.start >= footerStart).map((entity) => entity.text)).toEqual([]);
  });

  it('merges people across pieces, counting every mention once', () => {
    const withoutMentions = (result: typeof whole) => result.people.map(({ mentions, ...person }) => person);
    expect(withoutMentions(pieced)).toEqual(withoutMentions(whole));
    const mentions = (result: typeof whole, name: string) => result.people.find((p) => p.name === name)!.mentions;
    expect(mentions(pieced, '韋慶強')).toBe(mentions(whole, '韋慶強'));
    expect(mentions(pieced, '何錄春')).toBe(mentions(whole, '何錄春') - 1);
    for (const list of ['places', 'companies', 'organizations'] as const) expect(pieced[list], list).toEqual(whole[list]);
    // The one difference, the title 書記 the piece reads in place of the reference 何書記 (above).
    expect(pieced.positions.filter((position) => position.text !== '書記')).toEqual(whole.positions);
    expect(pieced.positions.find((position) => position.text === '書記')).toMatchObject({ mentions: 1 });
  });
});

describe('several articles in one file', () => {
  // Pages concatenated as a scraper saves them: each article ends in its site's footer.
  const pages = `${input}\n${input}\n${input}`;

  it('reads every article, dropping only the footer at the very end', () => {
    const article = Array.from(input).length + 1;
    const footerStart = Array.from(input.slice(0, input.indexOf('版權(quán)聲明'))).length;
    const once = extract(input).entities.map((entity) => `${entity.type} ${entity.start} ${entity.text}`);
    // Each article's body gives what the article alone gives; the footers between articles are read as text.
    const bodies = (result: ReturnType<typeof extract>) =>
      [0, 1, 2].map((page) =>
        result.entities.filter((entity) => entity.start >= page * article && entity.start < page * article + footerStart).map((entity) => `${entity.type} ${entity.start - page * article} ${entity.text}`),
      );
    expect(bodies(extract(pages))).toEqual([once, once, once]);
    // The same when the file is analysed in pieces (here one article each).
    expect(bodies(extract(pages, {}, input.length + 10))).toEqual([once, once, once]);
    const tail = 2 * article + footerStart;
    for (const entity of extract(pages).entities) expect(entity.start).toBeLessThan(tail);
  });
});
