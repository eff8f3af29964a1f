/**
 * Places resolve to the administrative hierarchy; a name several divisions
 * share is settled by the other places the document names, and listed with
 * every candidate when nothing settles it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

const placeNamed = (text: string, name: string) => extract(text).places.find((place) => place.normalized === name);

describe('place divisions', () => {
  it('resolves a shared district name from the city named elsewhere in the document', () => {
    const inChangchun = placeNamed('吉林省长春市今天召开会议，朝阳区的代表参加了会议。', '朝阳区');
    expect(inChangchun?.division?.path).toEqual(['吉林省', '长春市', '朝阳区']);
    expect(inChangchun?.division?.candidates).toBeUndefined();
    const inBeijing = placeNamed('北京市今天召开会议，朝阳区的代表参加了会议。', '朝阳区');
    expect(inBeijing?.division?.path).toEqual(['北京市', '朝阳区']);
    expect(inBeijing?.division?.candidates).toBeUndefined();
  });

  it('lists every candidate when nothing in the document tells them apart', () => {
    const alone = placeNamed('朝阳区的代表参加了会议。', '朝阳区');
    const paths = alone?.division?.candidates?.map((candidate) => candidate.path.join('/'));
    expect(paths).toContain('北京市/朝阳区');
    expect(paths).toContain('吉林省/长春市/朝阳区');
    expect(alone?.division?.candidates?.[0].code).toBe(alone?.division?.code);
  });

  it('gives a unique name its one division and no candidates', () => {
    const guiping = placeNamed('桂平市木乐镇', '桂平市木乐镇');
    expect(guiping?.division).toEqual({ code: '450881:木乐镇', path: ['广西壮族自治区', '贵港市', '桂平市', '木乐镇'] });
  });
});
