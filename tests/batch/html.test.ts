/**
 * HTML pages to the text zhner reads: what a reader sees of the article,
 * without the site's code, menus and copyright lines.
 */
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/batch/html.js';

// The bundled article's first sentence in the shape of a news site's page.
const PAGE = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>何录春到桂平市木乐镇调研_广西新闻</title>
<script>var pageConfig = { author: "韦庆强" };</script></head>
<body>
<nav class="breadcrumb"><a href="/">首页</a> &gt; <a href="/gx/">广西新闻</a> &gt; 正文</nav>
<article>
<h1>何录春到桂平市木乐镇调研</h1>
<p>8月9日，贵港市委书记何录春到桂平市木乐镇调研纺织服装产业发展情况，
并主持召开座谈会。</p>
</article>
<footer><p>新浪公司 版权所有 &copy; 1996-2021 SINA Corporation</p></footer>
</body></html>`;

describe('htmlToText', () => {
  it('gives one block a line, the headline once, and joins a paragraph broken in the source', () => {
    // The title's headline is also the <h1>: it is read once, without the site's channel name.
    expect(htmlToText(PAGE).split('\n')).toEqual([
      '何录春到桂平市木乐镇调研',
      '8月9日，贵港市委书记何录春到桂平市木乐镇调研纺织服装产业发展情况，并主持召开座谈会。',
    ]);
  });

  it('keeps a space written between Chinese characters, as in a byline of names', () => {
    const page = PAGE.replace('<p>8月9日，', '<p>本报讯（记者 陈建国 李思）8月9日，');
    expect(htmlToText(page).split('\n')[1]).toBe('本报讯（记者 陈建国 李思）8月9日，贵港市委书记何录春到桂平市木乐镇调研纺织服装产业发展情况，并主持召开座谈会。');
  });

  it('keeps the title\'s headline where the page has no <h1> for it, without the site\'s name', () => {
    for (const title of ['何录春到桂平市木乐镇调研_广西新闻_新浪网', '何录春到桂平市木乐镇调研 - 人民网', '何录春到桂平市木乐镇调研|凤凰网', '何录春到桂平市木乐镇调研-新闻中心', '何录春到桂平市木乐镇调研－广西日报']) {
      const page = PAGE.replace(/<title>.*<\/title>/, `<title>${title}</title>`).replace(/<h1>.*<\/h1>/, '');
      expect(htmlToText(page).split('\n')[0], title).toBe('何录春到桂平市木乐镇调研');
    }
  });

  it('keeps a hyphen in the headline that is not before a site\'s name', () => {
    for (const title of ['国足2-1战胜泰国队', '中-老铁路开通运营', '何录春会见中-新合作区代表团']) {
      const page = PAGE.replace(/<title>.*<\/title>/, `<title>${title}</title>`).replace(/<h1>.*<\/h1>/, '');
      expect(htmlToText(page).split('\n')[0], title).toBe(title);
    }
  });

  it('reads the document\'s title only, not an icon\'s <svg> title', () => {
    const page = PAGE.replace('<article>', '<article><svg><title>分享到微博</title></svg>');
    expect(htmlToText(page)).not.toContain('分享到微博');
    expect(htmlToText(page).split('\n')[0]).toBe('何录春到桂平市木乐镇调研');
  });

  it('leaves out scripts, the navigation and the site footer', () => {
    const text = htmlToText(PAGE);
    for (const chrome of ['pageConfig', '首页', '正文', '新浪公司', 'SINA']) expect(text).not.toContain(chrome);
  });

  it('leaves out menus, breadcrumbs, related links and footers written as <div>s, but not the content', () => {
    const page = PAGE.replace('<nav class="breadcrumb">', '<div class="crumbs">')
      .replace('</nav>', '</div><div id="nav"><ul><li>首页</li><li>政务</li></ul></div>')
      .replace('<article>', '<div class="article-content"><div class="main_text">')
      .replace('</article>', '</div></div><div class="related-news"><h3>相关新闻</h3><p>省委书记王宁调研</p></div>')
      .replace('<footer><p>', '<div class="footer"><p>滇ICP备12345678号 ')
      .replace('</p></footer>', '</p></div><p>以上是全文。</p>');
    expect(htmlToText(page).split('\n')).toEqual([
      '何录春到桂平市木乐镇调研',
      '8月9日，贵港市委书记何录春到桂平市木乐镇调研纺织服装产业发展情况，并主持召开座谈会。',
      // What follows a hidden block is shown again.
      '以上是全文。',
    ]);
  });

  it('leaves out ruby readings, with or without their fallback brackets', () => {
    const page = PAGE.replace('桂平市木乐镇调研纺织', '<ruby>桂<rt>guì</rt></ruby>平市<ruby>木<rp>(</rp><rt>mù</rt><rp>)</rp>乐</ruby>镇调研纺织');
    expect(htmlToText(page).split('\n')[1]).toBe('8月9日，贵港市委书记何录春到桂平市木乐镇调研纺织服装产业发展情况，并主持召开座谈会。');
  });
});
