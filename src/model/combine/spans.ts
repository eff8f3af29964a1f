/**
 * What combine()'s steps share: the state they read (Merged), coverage of
 * the text by spans, and the span tests more than one kind of step asks.
 */
import type { Span, Token } from '../../doc.js';
import { endsWithCompanySuffix } from '../../recognize/company.js';
import { endsWithOrganizationHead } from '../../recognize/organization.js';
import { dictionaryEntries, lazy } from '../../dictionaries/files.js';

/** Conjunctions that never begin an entity (和 does: 和平饭店, 和记黄埔). */
export const LIST_CONJUNCTIONS = new Set(['及', '与']);

/** Last characters of addresses: road, district, building and landscape words. */
export const ADDRESS_ENDING = /[区村场心港路州海市街城湾园馆山地道镇店楼县门岛号河桥洲口站庄部厅室省苑台乡厦岸里院沙湖角谷宫巷弄座层所寺庙塔寨坊屯堡滩峡峰林江]$/;

/** A span a user dictionary made (src/recognize/user.ts): no policy here reshapes it. */
export function isUserWord(span: Span): boolean {
  return span.reason.startsWith('dictionary:user');
}
/**
 * A division's level character, which ends a place's name: a place cut before 原 that ends in one stays a
 * place (十堰市郧阳区|原), and a town's place is not its body's (丹竹镇 beside 丹竹镇|党委书记).
 */
export const PLACE_LEVEL_ENDING = /[市省县区州镇乡村]$/;
/** What joins a body to the one it is affiliated to (大学|附属|医院): see Policy.affiliatedBodiesWhole. */
export const AFFILIATED = '附属';
/** "Former", written between a body and its title (美联储前主席), never the body's last character. */
export const FORMER = new Set(['原', '前']);
/** Whether `name` ends like an organization or a company: what a body left after cutting FORMER off must do. */
export const endsLikeBody = (name: string) => endsWithOrganizationHead(name) || endsWithCompanySuffix(name);

/**
 * A company referred to, not named: 本公司, 该集团, with a preposition jieba
 * glued on (经本/x 公司/n gave 经本公司), or the word 公司 alone. No CLUENER
 * entity is one.
 */
export const REFERENCE_TO_COMPANY = /^[经为由在对与和向把被将从据使令]?(?:本|该|我|贵|此|其)(?:公司|集团|银行)$|^(?:公司|集团)$/;

/**
 * Words of the hand-curated segmentation list (dictionaries/segmentation.txt): the government bodies it adds
 * (tag nt: 农业农村部, 卫福部; see Policy.governmentBodies) and the nouns (tag n), not the entries of frequency 1
 * that make jieba split a word (德国|总理; see Policy.dropTitlesInListedNouns).
 */
export const listedWords = lazy(() => {
  const governmentBodies = new Set<string>();
  const nouns = new Set<string>();
  for (const entry of dictionaryEntries('segmentation.txt')) {
    if (entry.tag === 'nt') governmentBodies.add(entry.word);
    else if (entry.tag === 'n' && entry.freq > 1) nouns.add(entry.word);
  }
  return { governmentBodies, nouns };
});

const OPENING = '（(【[《“‘「『';
const CLOSING = '）)】]》”’」』';

/**
 * `span` without brackets at its edges that are not matched inside it, and
 * cut before an opening bracket inside it that is not closed there (埃隆·马斯克（Elon
 * of 埃隆·马斯克（Elon Musk）); undefined when nothing is left.
 */
export function withoutUnbalancedBrackets(text: string, span: Span): Span | undefined {
  let { start, end } = span;
  for (let index = start + 1; index < end; index++) {
    const opens = OPENING.indexOf(text[index]);
    if (opens >= 0 && !text.slice(index + 1, end).includes(CLOSING[opens]) && index - start >= 2) {
      end = index;
      break;
    }
  }
  while (start < end) {
    const first = text[start];
    const last = text[end - 1];
    const firstOpens = OPENING.indexOf(first);
    const lastCloses = CLOSING.indexOf(last);
    if (CLOSING.includes(first) || (firstOpens >= 0 && !text.slice(start + 1, end).includes(CLOSING[firstOpens]))) start++;
    else if (OPENING.includes(last) || (lastCloses >= 0 && !text.slice(start, end - 1).includes(OPENING[lastCloses]))) end--;
    else break;
  }
  if (start === span.start && end === span.end) return span;
  return start < end ? { ...span, start, end } : undefined;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Which text positions kept spans cover, for overlap tests in constant time per character. */
export class Coverage {
  private covered: Uint8Array;

  constructor(length: number) {
    this.covered = new Uint8Array(length);
  }

  mark(span: Span): void {
    if (span.end > this.covered.length) {
      const grown = new Uint8Array(Math.max(span.end, this.covered.length * 2));
      grown.set(this.covered);
      this.covered = grown;
    }
    this.covered.fill(1, span.start, span.end);
  }

  any(span: Span): boolean {
    const end = Math.min(span.end, this.covered.length);
    for (let i = span.start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
}

/**
 * What combine()'s later steps read of its state. They are functions of
 * their own because V8 optimizes a function whole: combine() in one piece
 * (600 lines) was recompiled a dozen times over a batch's first few hundred
 * documents, as new shapes of spans and strings reached it, up to 0.4 s of
 * compiling each time, and the memory those compilations took stayed with
 * the process: RSS grew by 148 MB over 2,000 short documents in one
 * thread, against 46 MB with these steps split off (mended() in three).
 */
export interface Merged {
  text: string;
  tokens: readonly Token[];
  rules: readonly Span[];
  byStart: ReadonlyMap<number, Span[]>;
  sameRule: (span: Span) => Span | undefined;
  rulePeople: (start: number, end: number) => Span[];
}
