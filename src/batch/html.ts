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
 * <rt> and <rp> are a ruby annotation's reading and its fallback brackets
 * (桂<rt>guì</rt>平市): a reading glued into the text would cut the name it
 * annotates, as a pinyin note does until normalization takes it out.
 */
const HIDDEN_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'head', 'nav', 'footer', 'rt', 'rp']);

/**
 * Class, id or role words of the same boilerplate written as <div>s, as
 * most Chinese news sites still write it (<div class="nav">, <div
 * id="footer">, <div class="crumbs">, <div class="related">): a token of
 * Readability's list of unlikely candidates (Firefox's reader view), cut
 * to what marks menus, breadcrumbs, footers, related links, sharing and
 * comments. A block that also names itself the content (content-footer,
 * article-nav) stays.
 */
const BOILERPLATE = /(?:^|[\s_-])(nav|navbar|navigation|menu|crumbs?|breadcrumbs?|footer|foot|copyright|related|share|sharing|comments?|sidebar|pagination|pager|banner|contentinfo)(?:$|[\s_-])/i;
const CONTENT = /(?:^|[\s_-])(article|content|main|body|text)(?:$|[\s_-])/i;

function isBoilerplate(attributes: Record<string, string>): boolean {
  const names = [attributes.class, attributes.id, attributes.role].filter(Boolean).join(' ');
  return names !== '' && BOILERPLATE.test(names) && !CONTENT.test(names);
}

export function looksLikeHtml(path: string, text: string): boolean {
  return /\.html?$/i.test(path) || /^\ufeff?\s*</.test(text);
}

/**
 * The headline part of a <title>: sites append their channel and name
 * (标题_新闻中心_新浪网, 标题 - 人民网, 标题|凤凰网), which are not the article's
 * and made junk entities (_新闻中心 as a place).
 */
function headlineOf(title: string): string {
  const parts = title.replace(/\s+/g, ' ').split(/\s*[_|｜]\s*|\s+[-–—－]\s+/).map((part) => part.trim()).filter(Boolean);
  return (parts[0] ?? '').replace(SITE_AFTER_HYPHEN, '');
}

/**
 * A channel or site name after a hyphen with no spaces (杭州市长调研亚运场馆-新闻中心):
 * only one that ends like a site's, so a score (2-1) or a hyphenated name stays.
 */
const SITE_AFTER_HYPHEN = /(?<=\p{Script=Han})[-–—－][\p{Script=Han}A-Za-z]{1,10}(网|中心|频道|新闻|资讯|在线|首页|日报|晚报|报|台|站)$/u;

/**
 * Stands for whitespace with a line break in it until cleanLine sees the
 * characters around it (a control character, which well-formed HTML text
 * never holds).
 */
const SOURCE_BREAK = '\u0001';
/** Whitespace, with or without source breaks in it. */
const WHITESPACE_RUN = /[\s\u0001]+/g;
/** A source break between Chinese characters or full-width punctuation. */
const SOURCE_BREAK_IN_CHINESE = /(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])\u0001(?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef])/gu;

function cleanLine(line: string): string {
  return (
    line
      .replace(WHITESPACE_RUN, (run) => (run.includes(SOURCE_BREAK) ? SOURCE_BREAK : ' '))
      // A line break in the source inside a Chinese paragraph is not a space in the text; a space
      // written between Chinese characters is (记者 陈建国 李思: a byline's names).
      .replace(SOURCE_BREAK_IN_CHINESE, '')
      .replaceAll(SOURCE_BREAK, ' ')
      .trim()
  );
}

export function htmlToText(html: string): string {
  const pieces: string[] = [];
  let hiddenDepth = 0;
  /** For each open element, whether its class, id or role hid it (closing it shows what follows). */
  const hiddenByClass: boolean[] = [];
  let preDepth = 0;
  let inTitle = false;
  /** The document's <title>: the first one (an <svg>'s titles are tooltips). */
  let title: string | undefined;
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        const hides = isBoilerplate(attributes);
        hiddenByClass.push(hides);
        if (hides) hiddenDepth++;
      },
      onopentagname(name) {
        if (name === 'title' && title === undefined) {
          inTitle = true;
          title = '';
        }
        if (HIDDEN_ELEMENTS.has(name)) hiddenDepth++;
        if (name === 'pre') preDepth++;
        if (BLOCK_ELEMENTS.has(name)) pieces.push('\n');
      },
      onclosetag(name) {
        if (hiddenByClass.pop()) hiddenDepth = Math.max(0, hiddenDepth - 1);
        if (name === 'title' && inTitle) {
          inTitle = false;
          pieces.push(headlineOf(title ?? ''));
        }
        if (HIDDEN_ELEMENTS.has(name)) hiddenDepth = Math.max(0, hiddenDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK_ELEMENTS.has(name)) pieces.push('\n');
      },
      ontext(text) {
        // A line break in the source is a space, as a browser shows it (only <pre> keeps its lines):
        // lines are where entities end, and a paragraph wrapped in the source is one paragraph.
        if (inTitle) title += text;
        else if (hiddenDepth === 0) pieces.push(preDepth > 0 ? text : text.replace(/\s+/g, (run) => (/[\n\r]/.test(run) ? SOURCE_BREAK : ' ')));
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  const lines = pieces
    .join('')
    .split('\n')
    .map(cleanLine)
    .filter(Boolean);
  // The headline usually opens the article too (<h1>): once is enough, or every name in it counts twice.
  const headline = cleanLine(headlineOf(title ?? ''));
  const titleLine = headline ? lines.indexOf(headline) : -1;
  if (titleLine >= 0 && lines.indexOf(headline, titleLine + 1) > titleLine) lines.splice(titleLine, 1);
  return lines.join('\n');
}
