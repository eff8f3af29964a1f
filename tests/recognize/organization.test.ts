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
});
