/** combine()'s steps that mend places, and the last trims of every span (src/model/combine/index.ts runs them). */
import type { Span, Token } from '../../doc.js';
import { isCorporateTitle, isLegalForm } from '../../recognize/company.js';
import { APPOINTMENT_VERBS, isHonorificReference } from '../../recognize/person.js';
import { firstStartingFrom, lastStartingBefore, overlappingWords } from '../../sorted.js';
import type { Policy } from './policy.js';
import { ADDRESS_ENDING, Coverage, type Merged, REFERENCE_TO_COMPANY, isUserWord, listedWords, withoutUnbalancedBrackets } from './spans.js';

/**
 * Heads of sights' names (see Policy.dropScenicSpots): those whose CLUENER
 * spans are scenes at least three times in four (宫 27 of 34, 湖 42 of 52,
 * 寺 29 of 31, 博物馆 83 of 86). 山, 岛 and 公园 are scenes more often than
 * addresses too, but the tagger tells them apart well enough (precision
 * 0.26–0.48 on the ten folds against 0–0.14 for these).
 */
const SCENIC_HEAD = /.(宫|湖|古城|美术馆|博物馆|景区|寺|海滩|教堂|高原)$/;
/** Places the rules found in the gazetteer (a division's name or alias, a world place, names joined). */
const GAZETTEER_PLACE = /^place:(name|alias|world|joined)/;
/** A company's headquarters: see Policy.headquartersArePlaces. */
const HEADQUARTERS = '总部';
/** The roles of a byline, between two reporters' names (记者|李文峰|通讯员|丁奇志): see Policy.namesBeforeTitlesAreBodies. */
const BYLINE_ROLE = /(记者|通讯员|实习生|摄影|摄像|编辑|编译|撰稿|撰文)$/;
/** See Policy.dropWeather: the range's first intensity and 到, then the weather. */
const WEATHER_RANGE = /^[小中大]到$/;
const WEATHER = /^(?:暴|大|中|小|特大暴|大暴)?[雪雨]$/;
/** A weather warning after the weather, with its colour (暴雪|蓝色预警, 暴雨|红色预警). */
const WEATHER_WARNING = /^(?:[蓝黄橙红]色)?预警/;
const WEATHER_WARNING_REACH = 4;

/** 地区生产总值, regional GDP, which statistics news writes after every province's name: see Policy.placesEndBeforeNouns. */
const REGION = '地区';
const REGIONAL_PRODUCT = '地区生产总值';
/** 市民 and 村民: see Policy.placesEndBeforeNouns. */
const RESIDENTS = '民';
const RESIDENTS_LEVEL = /^[市村]$/;
/** 时间 and what starts a clock time or date after it: see Policy.dropTimeZones. */
const TIME_ZONE = /^(?:[东西南北中]部|[东西]海岸)?时间(?:[0-9０-９零一二三四五六七八九十]|周|星期|今|昨|明|前|本|上午|下午|中午|凌晨|清晨|傍晚|晚|早|夜|深夜|的|[（(，,])/;
/** How far TIME_ZONE reads after a place: the longest area word (东海岸), 时间 and a two-character start of the time (上午). */
const TIME_ZONE_REACH = 7;
/** What joins the items of a list: see Policy.placesInLists. */
const LIST_JOINER = /^[、和及与]$/;
/** See Policy.areaWords: the parts of a place and the sea off it. */
const AREA_WORD = /^(?:(?:东|西|南|北|中|东南|西南|东北|西北|中东|中西|中南|中北)部|以[东西南北]|海域|海岸|市区|城区)/;
const AREA_WORD_LENGTH = 3;
/** jieba's tags of nouns, proper or common, and abbreviations. */
const NOUN_TAG = /^(n|j)/;

/** A county's short name the rules read alone (a prefecture's, 南京, 武汉, is rarely a word): see Policy.aliasesBeforeNumbers. */
const COUNTY_ALIAS_REASON = /^place:alias\(county\)/;
/** jieba's tags of what follows a verb, not a place: numbers and measures (两家, 三个), aspect particles (了, 过). */
const VERB_COMPANY_TAG = /^(m|ul|uguo)$/;
const ASPECT_PARTICLE_TAG = /^(ul|uguo)$/;
/** The longest place the tagger read that brandsBeforeCompanies takes for a brand (大疆, 蔚来). */
const BRAND_LENGTH = 3;

/** See Policy.dropProductModels: one Latin word, and the model written after it past a space (80, Y, S25). */
const LATIN_WORD = /^[A-Za-z]+$/;
const MODEL_NUMBER_AFTER = /^ (?:\d|[A-Z](?![a-z]))/;
/** The heads of buildings' and sights' names (克里姆林宫, 白金汉宫, 五角大楼): see Policy.dropBuildingsAsNames. */
const BUILDING_HEAD = /[宫殿楼馆寺庙厦园]/;
/** What joins the titles of one person's chain: 创始人、董事长, 董事长兼总裁. */
const TITLE_CHAIN_JOINERS = '、兼';

/** Symbols (emoji, ©), their modifiers and joiners, invisible format or control characters, and spaces. */
const EDGE_SYMBOL = '[\\p{So}\\p{Sk}\\p{Cf}\\p{Cc}\\p{Emoji_Modifier}\\u{FE00}-\\u{FE0F}\\s]';
const EDGE_SYMBOLS_START = new RegExp(`^${EDGE_SYMBOL}+`, 'u');
const EDGE_SYMBOLS_END = new RegExp(`${EDGE_SYMBOL}+$`, 'u');

/** `span` without symbols at its edges; undefined when nothing is left. */
function withoutEdgeSymbols(text: string, span: Span): Span | undefined {
  const words = text.slice(span.start, span.end);
  const head = EDGE_SYMBOLS_START.exec(words)?.[0].length ?? 0;
  const tail = EDGE_SYMBOLS_END.exec(words)?.[0].length ?? 0;
  if (head === 0 && tail === 0) return span;
  if (head + tail >= words.length) return undefined;
  return { ...span, start: span.start + head, end: span.end - tail };
}

/** Whether `span` is exactly an appointment's verb and the word 公司 or 集团 after it (聘任|公司); not 炒汇|公司, a kind of company. */
function isVerbAndCompanyWord(tokens: readonly Token[], span: Span, name: string): boolean {
  // The name's ending first: it spares the word search for nearly every span.
  if (!COMPANY_WORD_ENDING.test(name)) return false;
  const words = overlappingWords(tokens, span.start, span.end);
  return words.length === 2 && words[0].start === span.start && words[1].end === span.end && APPOINTMENT_VERBS.includes(words[0].word) && COMPANY_WORD.test(words[1].word);
}
const COMPANY_WORD = /^(?:公司|集团)$/;
const COMPANY_WORD_ENDING = /(?:公司|集团)$/;

/** mended()'s last steps: countries in lists of places, scenic spots, countries before titles, places into bodies, listed nouns, company references, weather, headquarters, area words, places before the nouns that take their last characters, time zones, then brackets, edge symbols, names before corporate titles, buildings and product models read as names and honorific references. */
export function placesMended(out: Span[], { text, tokens, sameRule, byStart, rulePeople }: Merged, policy: Policy): Span[] {
  let result = out;
  if (policy.placesInLists) {
    // 在摩洛哥、西班牙和葡萄牙举行: a country the tagger read as a club between places is a place too.
    const placeEnds = new Set(result.filter((span) => span.type === 'place').map((span) => span.end));
    const placeStarts = new Set(result.filter((span) => span.type === 'place').map((span) => span.start));
    result = result.map((span) => {
      if (span.type !== 'organization' || isUserWord(span)) return span;
      const place = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'place' && rule.end === span.end && rule.reason.startsWith('place:world'));
      if (!place) return span;
      const joinedBefore = LIST_JOINER.test(text[span.start - 1] ?? '');
      const joinedAfter = LIST_JOINER.test(text[span.end] ?? '');
      const placeBefore = joinedBefore && placeEnds.has(span.start - 1);
      const placeAfter = joinedAfter && placeStarts.has(span.end + 1);
      // At a list's end or start, the one neighbour it has (法国、德国、西班牙|等).
      return (placeBefore || placeAfter) && (placeBefore || !joinedBefore) && (placeAfter || !joinedAfter) ? place : span;
    });
  }
  if (policy.dropScenicSpots) {
    result = result.filter((span) => span.type !== 'place' || isUserWord(span) || !SCENIC_HEAD.test(text.slice(span.start, span.end)) || sameRule(span) !== undefined);
  }
  if (policy.dropCountriesBeforeTitles) {
    const positionStarts = new Set(result.filter((span) => span.type === 'position').map((span) => span.start));
    result = result.filter((span) => span.type !== 'place' || isUserWord(span) || !positionStarts.has(span.end) || !sameRule(span)?.reason.startsWith('place:world'));
  }
  if (policy.placesIntoBodies) {
    const bodiesByStart = new Map<number, Span>();
    for (const span of result) if ((span.type === 'company' || span.type === 'organization') && !isUserWord(span)) bodiesByStart.set(span.start, span);
    const opened = new Map<Span, Span>();
    const placesTaken = new Set<Span>();
    for (const span of result) {
      const body = span.type === 'place' && !isUserWord(span) && GAZETTEER_PLACE.test(span.reason) ? bodiesByStart.get(span.end) : undefined;
      if (!body || opened.has(body)) continue;
      opened.set(body, { ...body, start: span.start });
      placesTaken.add(span);
    }
    if (placesTaken.size > 0) result = result.filter((span) => !placesTaken.has(span)).map((span) => opened.get(span) ?? span);
  }
  if (policy.brandsBeforeCompanies) {
    // 大|疆/n 创新科技有限公司 gave the place 大疆 and the company 创新科技有限公司: a short place only the tagger read,
    // no gazetteer's, right before a company it read is the company's brand; not an address (小榄工业大道|基信锁芯公司).
    const companiesByStart = new Map<number, Span>();
    for (const span of result) if (span.type === 'company' && !isUserWord(span)) companiesByStart.set(span.start, span);
    const opened = new Map<Span, Span>();
    const brands = new Set<Span>();
    for (const span of result) {
      const brandLike = span.type === 'place' && span.reason === 'model' && span.end - span.start <= BRAND_LENGTH && !ADDRESS_ENDING.test(text.slice(span.start, span.end));
      const company = brandLike ? companiesByStart.get(span.end) : undefined;
      if (!company || opened.has(company) || (byStart.get(span.start) ?? []).some((rule) => rule.type === 'place')) continue;
      opened.set(company, { ...company, start: span.start });
      brands.add(span);
    }
    if (brands.size > 0) result = result.filter((span) => !brands.has(span)).map((span) => opened.get(span) ?? span);
  }
  if (policy.aliasesBeforeNumbers) {
    // 在印度新建两家门店 (to open two shops in India) gave the place 印度新建: 新建 is a district's short name (南昌市
    // 新建区) and the verb "to newly build". A place that ends in a county's short name the rules did not join to
    // what comes before it (as they join 江西南昌新建), right before a number or an aspect particle, a verb's
    // company, ends before the name; one that is nothing but it is dropped before an aspect particle (新建了).
    result = result.flatMap((span) => {
      if (span.type !== 'place' || isUserWord(span)) return [span];
      const next = tokens[firstStartingFrom(tokens, span.end)];
      if (!next || next.start !== span.end || !VERB_COMPANY_TAG.test(next.tag)) return [span];
      const alias = lastStartingBefore(tokens, span.end);
      if (!alias || alias.end !== span.end || alias.start < span.start) return [span];
      const aliasRule = (byStart.get(alias.start) ?? []).find((rule) => rule.type === 'place' && rule.end === span.end && COUNTY_ALIAS_REASON.test(rule.reason));
      if (!aliasRule) return [span];
      // Alone, only before an aspect particle: 邹平两家农商行, 台儿庄四分之三的地区 count a place's things.
      if (alias.start === span.start) return ASPECT_PARTICLE_TAG.test(next.tag) ? [] : [span];
      const joined = (byStart.get(span.start) ?? []).some((rule) => rule.type === 'place' && rule.end === span.end);
      return !joined && alias.start - span.start >= 2 ? [{ ...span, end: alias.start }] : [span];
    });
  }
  if (policy.dropTitlesInListedNouns) {
    result = result.filter((span) => {
      if (span.type !== 'position' || isUserWord(span)) return true;
      const word = lastStartingBefore(tokens, span.start + 1);
      const inside = word !== undefined && word.start <= span.start && word.end >= span.end && word.end - word.start > span.end - span.start;
      return !(inside && listedWords().nouns.has(word.word));
    });
  }
  if (policy.dropCompanyReferences) {
    result = result.filter((span) => {
      if (span.type !== 'company' && span.type !== 'organization') return true;
      const name = text.slice(span.start, span.end);
      // A legal form alone (有限公司, 集团）有限公司 after a bracket) names no company either, nor an appointment's verb
      // and 公司 (关于聘任|公司|总经理的议案: 聘任/v 公司/n).
      return !REFERENCE_TO_COMPANY.test(name) && !(span.type === 'company' && isLegalForm(name.replace(/^[^\p{Script=Han}A-Za-z0-9]*(?:集团)?[)）]/u, ''))) && !isVerbAndCompanyWord(tokens, span, name);
    });
  }
  if (policy.dropWeather) {
    result = result.filter((span) => {
      if (isUserWord(span) || !WEATHER.test(text.slice(span.start, span.end))) return true;
      return !WEATHER_RANGE.test(text.slice(Math.max(0, span.start - 2), span.start)) && !WEATHER_WARNING.test(text.slice(span.end, span.end + WEATHER_WARNING_REACH));
    });
  }
  if (policy.headquartersArePlaces) {
    const bodiesByEnd = new Map(result.filter((span) => span.type === 'company' || span.type === 'organization').map((span) => [span.end, span]));
    const extended = new Map<Span, Span>();
    const taken = new Set<Span>();
    for (const span of result) {
      if ((span.type !== 'company' && span.type !== 'organization') || isUserWord(span) || !text.startsWith(HEADQUARTERS, span.end - HEADQUARTERS.length)) continue;
      const place = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'place' && rule.end === span.end - HEADQUARTERS.length && GAZETTEER_PLACE.test(rule.reason));
      if (!place) continue;
      // Right after a body's name, it is that body's headquarters (大公国际资信评估公司|上海总部, as Resume's gold has it).
      const body = bodiesByEnd.get(span.start);
      if (body && !isUserWord(body)) {
        extended.set(body, { ...body, end: span.end });
        taken.add(span);
      } else extended.set(span, place);
    }
    if (extended.size > 0) result = result.filter((span) => !taken.has(span)).map((span) => extended.get(span) ?? span);
  }
  if (policy.areaWords) {
    const taken = new Coverage(text.length);
    for (const span of result) taken.mark(span);
    result = result.map((span) => {
      if (span.type !== 'place' || isUserWord(span)) return span;
      const word = AREA_WORD.exec(text.slice(span.end, span.end + AREA_WORD_LENGTH))?.[0];
      if (!word) return span;
      const area = { ...span, start: span.end, end: span.end + word.length };
      // The word must be one of jieba's, no entity's, and not go on into a noun (中国|东部|战区 names a command).
      const next = tokens[firstStartingFrom(tokens, area.end)];
      const wordOfItsOwn = tokens[firstStartingFrom(tokens, area.start)]?.start === area.start && (!next || (next.start === area.end && !NOUN_TAG.test(next.tag)));
      return wordOfItsOwn && !taken.any(area) ? { ...span, end: area.end } : span;
    });
  }
  if (policy.areaWords) {
    // 内蒙古|中东部: a place and the part of it, which jieba lists as a body's name (中东部/nt), is a place.
    result = result.map((span) => {
      if (span.type !== 'organization' || isUserWord(span)) return span;
      const place = (byStart.get(span.start) ?? []).find((rule) => rule.type === 'place' && rule.end < span.end && AREA_WORD.exec(text.slice(rule.end, span.end))?.[0].length === span.end - rule.end);
      return place ? { ...place, end: span.end, reason: `place:area(${place.reason})` } : span;
    });
  }
  if (policy.placesEndBeforeNouns) {
    // 长沙市|民, 太和镇一村|民: the 市 of 市民 (citizens) and the 村 of 村民 (villagers), with the 一 of 一村民 (a villager), are no part of the place.
    result = result.map((span) => {
      if (span.type !== 'place' || isUserWord(span) || text[span.end] !== RESIDENTS || !RESIDENTS_LEVEL.test(text[span.end - 1])) return span;
      // jieba's word must say so: 村民 itself, or 民 glued to a name it does not know (昆明市|民梁玉祥/x); not 民盟 or 民主路.
      const word = lastStartingBefore(tokens, span.end + 1);
      if (!word || !(word.start < span.end || word.tag === 'x' || word.word === RESIDENTS)) return span;
      const end = span.end - 1 - (text[span.end - 1] === '村' && text[span.end - 2] === '一' ? 1 : 0);
      return end - span.start >= 2 ? { ...span, end } : span;
    });
    // 广东省|地区生产总值: the 地区 of the statistic (regional GDP), not of the place.
    result = result.map((span) =>
      span.type === 'place' && !isUserWord(span) && span.end - span.start - REGION.length >= 2 && text.startsWith(REGIONAL_PRODUCT, span.end - REGION.length) ? { ...span, end: span.end - REGION.length } : span,
    );
  }
  // After the area words, and over one: 美国|东部|时间 is a time zone as a whole.
  if (policy.dropTimeZones) {
    result = result.filter((span) => span.type !== 'place' || isUserWord(span) || !TIME_ZONE.test(text.slice(span.end, span.end + TIME_ZONE_REACH)));
  }
  if (policy.trimUnbalancedBrackets) result = result.map((span) => withoutUnbalancedBrackets(text, span)).filter((span): span is Span => span !== undefined);
  if (policy.trimEdgeSymbols) result = result.map((span) => withoutEdgeSymbols(text, span)).filter((span): span is Span => span !== undefined);
  if (policy.namesBeforeCorporateTitlesAreCompanies || policy.namesBeforeTitlesAreBodies) {
    // Looked up by start: a long document holds thousands of names.
    const titleAt = new Map(result.filter((span) => span.type === 'position').map((span) => [span.start, span]));
    const personStarts = new Set(result.filter((span) => span.type === 'person').map((span) => span.start));
    result = result.map((span) => {
      if (span.type !== 'person' || isUserWord(span)) return span;
      const title = titleAt.get(span.end);
      if (!title) return span;
      const written = text.slice(title.start, title.end);
      if (policy.namesBeforeCorporateTitlesAreCompanies && isCorporateTitle(written)) {
        // The person may come after a chain of titles: 蔚来|创始人|、|董事长|李斌, 比亚迪|董事长|兼|总裁|王传福.
        let chainEnd = title.end;
        for (let next = titleAt.get(chainEnd + 1); next && TITLE_CHAIN_JOINERS.includes(text[chainEnd]); next = titleAt.get(chainEnd + 1)) chainEnd = next.end;
        if (personStarts.has(chainEnd)) return { ...span, type: 'company', reason: `company:before-corporate-title(${span.reason})` };
      }
      // 湖人|主教练|雷迪克: any other title but a byline's role, and a name the rules do not read is a body's (a team's, here).
      if (!policy.namesBeforeTitlesAreBodies || !personStarts.has(title.end) || BYLINE_ROLE.test(written) || rulePeople(span.start, span.end).length > 0) return span;
      return { ...span, type: 'organization', reason: `organization:before-title-and-name(${span.reason})` };
    });
  }
  if (policy.dropBuildingsAsNames) result = result.filter((span) => span.type !== 'person' || span.end - span.start < 4 || isUserWord(span) || !BUILDING_HEAD.test(text[span.end - 1]));
  if (policy.dropProductModels) {
    // 发布了Mate 80系列, 特斯拉Model Y: a product's name and its model, not a person.
    result = result.filter((span) => span.type !== 'person' || isUserWord(span) || !LATIN_WORD.test(text.slice(span.start, span.end)) || !MODEL_NUMBER_AFTER.test(text.slice(span.end, span.end + 3)));
  }
  if (!policy.dropHonorificReferences) return result;
  // Dropped last, leaving nothing in their place: CLUENER marks nothing there either.
  return result.filter((span) => span.type !== 'person' || span.refersTo !== undefined || !isHonorificReference(text.slice(span.start, span.end)));
}
