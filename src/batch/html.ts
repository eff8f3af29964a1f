/**
 * HTML articles to plain text: what a reader sees, one block per line.
 * Scripts, styles and comments would otherwise feed the recognizers code and
 * markup; entity references must become characters before segmentation.
 */
import { Parser } from 'htmlparser2';

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'title', 'tr', 'ul',
]);

/**
 * Never shown to a reader, or not the article: <head> is skipped except for
 * its <title>, usually the headline; <nav> and <footer> are the site's menus,
 * breadcrumbs and copyright lines (首页 > 广西新闻, 新浪公司 版权所有), which
 * would otherwise put the site's own places and company into every result.
 * Plain text loses its copyright footer the same way (src/normalize/noise.ts).
 */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head', 'nav', 'footer']);

export function looksLikeHtml(path: string, text: string): boolean {
  return /\.html?$/i.test(path) || /^\ufeff?\s*</.test(text);
}

export function htmlToText(html: string): string {
  const pieces: string[] = [];
  let hiddenDepth = 0;
  let preDepth = 0;
  let inTitle = false;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'title') inTitle = true;
        if (HIDDEN_ELEMENTS.has(name)) hiddenDepth++;
        if (name === 'pre') preDepth++;
        if (BLOCK_ELEMENTS.has(name)) pieces.push('\n');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (HIDDEN_ELEMENTS.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK_ELEMENTS.has(name)) pieces.push('\n');
      },
      ontext(text) {
        // A line break in the source is a space, as a browser shows it (only <pre> keeps its lines):
        // lines are where entities end, and a paragraph wrapped in the source is one paragraph.
        if (hiddenDepth === 0 || (inTitle && hiddenDepth === 1)) pieces.push(preDepth > 0 ? text : text.replace(/\s+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return pieces
    .join('')
    .split('\n')
    .map((line) =>
      line
        .replace(/\s+/g, ' ')
        .trim()
        // Source line breaks inside a Chinese paragraph are not spaces in the text.
        .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef]) (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu, ''),
    )
    .filter(Boolean)
    .join('\n');
}
