/**
 * The result's per-type summaries: what a user reads first.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

describe('people', () => {
  it('takes a romanized name in brackets right after a name as that person\'s alias, not as another person', () => {
    const result = extract('美國聯邦儲備局主席鮑威爾（Jerome Powell）周三表示，通脹仍然偏高。');
    // Both stay entities, as CLUENER marks both; the people list has one person.
    expect(result.entities.filter((entity) => entity.type === 'person').map((entity) => entity.text)).toEqual(['鮑威爾', 'Jerome Powell']);
    expect(result.people).toHaveLength(1);
    expect(result.people[0]).toMatchObject({ name: '鮑威爾', mentions: 1, aliases: ['Jerome Powell'] });
    expect(result.people[0].positions.map((position) => position.title)).toEqual(['主席']);
  });
});
