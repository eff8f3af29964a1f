/**
 * Bytes to text: encodings detected, and pages an HTTP client read as
 * Latin-1 repaired, on the bundled article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/batch/decode.js';
import { extract } from '../../src/index.js';

const article = readFileSync(new URL('../../fixtures/guigang-textile.zh-Hant.txt', import.meta.url));

describe('decodeBytes', () => {
  it('repairs UTF-8 that was read as Latin-1 and saved again (è²´æ¸¯ for 貴港)', () => {
    const mojibake = Buffer.from(article.toString('latin1'), 'utf8');
    const decoded = decodeBytes(mojibake);
    expect(decoded.text).toBe(article.toString('utf8'));
    expect(decoded.encoding).toBe('utf-8 (repaired: had been read as latin1)');
    expect(extract(decoded.text).people.map((person) => person.name)).toContain('何錄春');
  });

  it('repairs GBK that was read as Latin-1', () => {
    // 贵港市委书记何录春到桂平市调研。 in GBK, each byte read as one Latin-1 character, saved as UTF-8.
    const gbkBytes = Buffer.from([0xb9, 0xf3, 0xb8, 0xdb, 0xca, 0xd0, 0xce, 0xaf, 0xca, 0xe9, 0xbc, 0xc7, 0xba, 0xce, 0xc2, 0xbc, 0xb4, 0xba, 0xb5, 0xbd, 0xb9, 0xf0, 0xc6, 0xbd, 0xca, 0xd0, 0xb5, 0xf7, 0xd1, 0xd0, 0xa1, 0xa3]);
    const decoded = decodeBytes(Buffer.from(gbkBytes.toString('latin1'), 'utf8'));
    expect(decoded).toEqual({ text: '贵港市委书记何录春到桂平市调研。', encoding: 'gb18030 (repaired: had been read as latin1)' });
  });

  it('leaves Western text with accents as it is', () => {
    const french = "Le président français a déclaré à Pékin que la coopération économique était très importante.";
    expect(decodeBytes(Buffer.from(french, 'utf8'))).toEqual({ text: french, encoding: 'utf-8' });
  });
});
