#!/usr/bin/env node
// Build zhner's dictionaries from the Apache-2.0 lexicon snapshot.
//
//   node scripts/build-dictionaries.mjs [--lexicons DIR] [--out DIR]
//
// DIR defaults to <repo>/../shared/data/lexicons (see its README.md and the
// SOURCE.md in each sub-folder). Output defaults to <repo>/dictionaries.
// Node >= 20. Besides built-in modules it reads the data of two installed
// dependencies, nodejieba's dictionary and opencc-js's Taiwan phrases, and
// converts script with the built dist/normalize/script.js.
// Output is deterministic: same input bytes -> same output bytes (sorted,
// LF line endings, UTF-8).
//
// dictionaries/README.md documents every output file and how it is derived;
// keep the two in sync when changing anything here.

import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(scriptDir, '..');
// Normalization's own Traditional -> Simplified conversion (npm run dictionaries builds dist/ first).
const { convertToSimplified } = await import(pathToFileURL(path.join(repoRoot, 'dist', 'normalize', 'script.js')).href);

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = {
    lexicons: path.resolve(repoRoot, '..', 'shared', 'data', 'lexicons'),
    out: path.join(repoRoot, 'dictionaries'),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--(lexicons|out)(?:=(.*))?$/.exec(a);
    if (m) {
      const value = m[2] ?? argv[++i];
      if (value === undefined || value === '') fail(`missing value for --${m[1]}`);
      opts[m[1]] = path.resolve(value);
    } else if (a === '-h' || a === '--help') {
      process.stdout.write('usage: node scripts/build-dictionaries.mjs [--lexicons DIR] [--out DIR]\n');
      process.exit(0);
    } else {
      fail(`unknown argument: ${a}`);
    }
  }
  return opts;
}

function fail(msg) {
  process.stderr.write(`build-dictionaries: ${msg}\n`);
  process.exit(1);
}

const warnings = [];
function warn(msg) {
  warnings.push(msg);
}

// ------------------------------------------------------------------ helpers

const HAN = /^\p{Script=Han}+$/u;
const HAN_OR_ASCII_ALNUM = /^[\p{Script=Han}A-Za-z0-9]+$/u;

/** Length in code points (not UTF-16 units). */
const cpLen = (s) => [...s].length;
const isHan = (s) => HAN.test(s);

/** Deterministic, locale-independent string order (UTF-16 code units). */
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

let LEX = '';
function lexPath(rel) {
  return path.join(LEX, rel);
}

/** Lines of a UTF-8 text file: BOM stripped, CR stripped, blank lines dropped. */
function readLines(rel) {
  const file = lexPath(rel);
  if (!fs.existsSync(file)) fail(`missing source file: ${file}`);
  let text = fs.readFileSync(file, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
}

function optionalLines(rel) {
  return fs.existsSync(lexPath(rel)) ? readLines(rel) : null;
}

/** Positive integer frequency: round, minimum 1. */
function toFreq(x) {
  const n = Number(x);
  if (!Number.isFinite(n)) return 1;
  return Math.max(1, Math.round(n));
}

/**
 * Parse a HanLP dictionary line: `word tag count [tag count ...]`, separated
 * by tabs (CoreNatureDictionary) or spaces (custom dictionaries, role files).
 */
function parseHanlp(line) {
  const parts = line.trim().split(/[\t ]+/);
  const word = parts[0];
  const pairs = [];
  for (let i = 1; i + 1 < parts.length; i += 2) pairs.push([parts[i], Number(parts[i + 1])]);
  return { word, pairs };
}
const countOf = (pairs, tag) => pairs.filter(([t]) => t === tag).reduce((s, [, c]) => s + c, 0);

/** word -> {freq, tag}; on a clash keep the larger frequency (first tag wins ties). */
class Lexicon {
  constructor() {
    this.map = new Map();
  }
  add(word, freq, tag) {
    const cur = this.map.get(word);
    if (!cur || freq > cur.freq) this.map.set(word, { freq, tag });
  }
  has(word) {
    return this.map.has(word);
  }
  get size() {
    return this.map.size;
  }
  /** jieba user-dictionary lines `word freq tag`, sorted by word. */
  lines() {
    return [...this.map.keys()].sort(cmp).map((w) => {
      const { freq, tag } = this.map.get(w);
      if (/\s/.test(w)) throw new Error(`whitespace in entry ${JSON.stringify(w)}`);
      if (!(Number.isInteger(freq) && freq >= 1)) throw new Error(`bad freq for ${w}: ${freq}`);
      return `${w} ${freq} ${tag}`;
    });
  }
}

const outputs = []; // [file, lineCount]
function writeOut(outDir, name, lines) {
  const file = path.join(outDir, name);
  fs.writeFileSync(file, lines.length ? lines.join('\n') + '\n' : '', 'utf8');
  outputs.push([name, lines.length]);
}

// ------------------------------------------------------------ 1. divisions

const LEVELS = ['province', 'prefecture', 'county', 'township'];

/**
 * Parse jionlp/china_location.levels0-3.txt (tab-indented tree).
 * Returns rows {code, name, alias, level, parent, depth} in source order.
 */
function buildDivisions() {
  const rows = [];
  const stack = []; // stack[depth] = row of the current ancestor at that depth
  const seen = new Set(); // `${level}\t${code}`
  for (const line of readLines('jionlp/china_location.levels0-3.txt')) {
    let depth = 0;
    while (line[depth] === '\t') depth++;
    if (depth > 3) fail(`unexpected depth ${depth}: ${JSON.stringify(line)}`);
    const [name, srcCode = '', srcAlias = ''] = line.slice(depth).split('\t');
    if (!name) fail(`empty name: ${JSON.stringify(line)}`);
    const parent = depth === 0 ? null : stack[depth - 1];
    if (depth > 0 && !parent) fail(`orphan line: ${JSON.stringify(line)}`);
    const level = LEVELS[depth];
    let code;
    if (depth === 3) {
      code = `${parent.code}:${name}`;
    } else if (srcCode && !(depth === 2 && srcCode === parent.code)) {
      code = srcCode;
      if (seen.has(`${level}\t${code}`)) {
        const synthetic = `${parent ? parent.code : ''}:${name}`;
        warn(`duplicate ${level} code ${code} for ${name}; using synthetic code ${synthetic}`);
        code = synthetic;
      }
    } else {
      // Taiwan districts have neither code nor alias in the source; Hong Kong
      // and Macau districts and the 市直辖行政区划 pseudo-counties repeat
      // their parent's code. Both get `<parent code>:<name>`.
      code = `${parent ? parent.code : ''}:${name}`;
    }
    const key = `${level}\t${code}`;
    if (seen.has(key)) {
      warn(`duplicate ${level} ${code}; second occurrence dropped`);
      stack[depth] = rows.find((r) => r.level === level && r.code === code);
      stack.length = depth + 1;
      continue;
    }
    seen.add(key);
    const row = {
      code,
      name,
      alias: srcAlias && srcAlias !== name ? srcAlias : '',
      level,
      parent: parent ? parent.code : '',
      depth,
    };
    rows.push(row);
    stack[depth] = row;
    stack.length = depth + 1;
  }
  return rows;
}

// --------------------------------------------------------------- 2. places

const PLACE_FREQ = { province: 20000, prefecture: 20000, county: 10000, township: 3000, world: 10000 };

// Names/aliases that are not distinctive place names (pseudo-divisions and
// generic zone words that many counties share). Kept in divisions.tsv, left
// out of places.txt. Documented in dictionaries/README.md.
const GENERIC_PLACE_WORDS = new Set([
  '省直辖', '市直辖', '县直辖', '经开区', '高新区', '管理区', '示范区', '新区', '产业园', '工业园',
  '化工园区', '物流区', '保税区', '文旅区', '临港区', '城区', '郊区', '矿区', '东区', '西区', '南区', '北区',
]);
const PSEUDO_DIVISION = /直辖行政区划$/;

// Township-level entries that are institutions rather than places
// (prisons, forestry bureaus, management committees, companies ...).
const NON_PLACE_TOWNSHIP =
  /(直辖行政区划|局直|监狱|戒毒所|公司|集团|局|所|中心|办公室|单位|厂|管理处|筹备处|管委会|工委)$/;
const TOWNSHIP_SUFFIX = /(街道|镇|乡)$/;

function placeWordOk(w) {
  return isHan(w) && cpLen(w) >= 2 && !GENERIC_PLACE_WORDS.has(w) && !PSEUDO_DIVISION.test(w);
}

// jieba's own dictionary (shipped inside nodejieba, MIT): words it already
// knows with a tag other than ns. A county alias such as 合作 or 通道 that is
// such a word must not be forced to ns in segmentation.
function jiebaWords() {
  const require = createRequire(import.meta.url);
  const words = new Map();
  for (const line of fs.readFileSync(require('nodejieba').DEFAULT_DICT, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (word && freq) words.set(word, { freq: Number(freq), tag });
  }
  return words;
}

/**
 * A user dictionary's frequency replaces jieba's own for the same word, so a
 * word jieba counted more often than our source did (中国 129470 against
 * 10000, 议员 1333 against 406) lost to its neighbours: 立法会议员 became
 * 立法|会议员. Our tag is kept; the frequency is never below jieba's.
 */
function notBelowJieba(lex, jieba) {
  // Lexicon.add keeps the larger frequency; passing our own tag keeps it.
  for (const [word, { tag }] of lex.map) {
    const known = jieba.get(word);
    if (known) lex.add(word, known.freq, tag);
  }
  return lex;
}

function buildCharacterFrequency(jieba) {
  const totals = new Map();
  for (const [word, { freq }] of jieba) {
    for (const character of word) {
      if (/[\u3400-\u9fff]/.test(character)) totals.set(character, (totals.get(character) ?? 0) + freq);
    }
  }
  return [...totals]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([character, freq]) => `${character} ${freq} char`);
}

/**
 * HanLP's role counts (nr_roles: person names, ns_roles: places, nt_roles:
 * organizations), kept as they are: `token role count [role count ...]`.
 * Every token is kept, punctuation and numbers too, since the tagger reads
 * which words come before and after a name; only rows of another shape go
 * (three, whose token is a full-width space or starts with a BOM).
 */
function buildRoles(file) {
  return readLines(file).filter((line) => /^\S+( [A-Z] \d+)+$/u.test(line));
}

function buildPlaces(divisions, jieba) {
  const lex = new Lexicon();
  const isCommonWord = (w) => {
    const known = jieba.get(w);
    return known !== undefined && known.tag !== 'ns' && known.freq >= 20;
  };
  const skipped = { nonHan: [], township: 0 };
  const addPlace = (w, freq) => {
    if (!isHan(w)) {
      if (w) skipped.nonHan.push(w);
      return;
    }
    if (placeWordOk(w)) lex.add(w, freq, 'ns');
  };
  // Township names without a 镇/乡/街道/苏木 suffix that recur under 3 or more
  // counties are generic (开发区, 原种场, 工业园区, 良种场 ...).
  const townshipCount = new Map();
  for (const d of divisions) {
    if (d.level === 'township') townshipCount.set(d.name, (townshipCount.get(d.name) ?? 0) + 1);
  }
  const genericTownship = (name) => townshipCount.get(name) >= 3 && !/(镇|乡|街道|苏木)$/.test(name);
  for (const d of divisions) {
    const freq = PLACE_FREQ[d.level];
    if (d.level === 'township') {
      const stem = d.name.replace(TOWNSHIP_SUFFIX, '');
      if (cpLen(d.name) < 3 || cpLen(stem) < 2 || NON_PLACE_TOWNSHIP.test(d.name) || genericTownship(d.name)) {
        skipped.township++;
        continue;
      }
      addPlace(d.name, freq);
    } else {
      addPlace(d.name, freq);
      // A few aliases list alternatives separated by '/' (克州/克孜勒苏).
      for (const a of d.alias.split('/')) if (a && !isCommonWord(a.trim())) addPlace(a.trim(), freq);
    }
  }
  // jionlp/world_location.txt: continent headers end in ':'; rows are
  // short<TAB>full<TAB>capital[<TAB>city/city/...].
  for (const line of readLines('jionlp/world_location.txt')) {
    if (/[:：]\s*$/.test(line)) continue;
    const [short = '', full = '', capital = '', cities = ''] = line.split('\t').map((s) => s.trim());
    for (let w of [short, full, capital, ...cities.split('/')]) {
      w = w.trim();
      // 刚果(金) / 刚果(布): keep the bare name 刚果 (the full names are separate rows).
      const paren = /^(\p{Script=Han}+)[(（]\p{Script=Han}+[)）]$/u.exec(w);
      addPlace(paren ? paren[1] : w, PLACE_FREQ.world);
    }
  }
  // Taiwan's names for countries (義大利, 紐西蘭, 衣索比亞), from opencc-js's
  // Taiwan phrase table: normalization converts characters, not phrases, so
  // 義大利 reads 义大利, a word no source here has (it came out as 大利 plus
  // a title). Each enters as it reads after normalization, where the
  // mainland name it stands for is a world place above.
  for (const [taiwan, mainland] of taiwanPlaceNames()) {
    if (!lex.has(mainland) || lex.has(taiwan) || isCommonWord(taiwan)) continue;
    // Two characters (查德 for 乍得, 尼日) sit inside other names (理查德, 尼日利亚);
    // a mainland name's prefix (哈萨克 for 哈萨克斯坦) is also a people's name (哈萨克族).
    if (cpLen(taiwan) < 3 || mainland.startsWith(taiwan)) continue;
    addPlace(taiwan, PLACE_FREQ.world);
  }
  if (skipped.nonHan.length) warn(`places: skipped non-Han names: ${[...new Set(skipped.nonHan)].join(' ')}`);
  return { lex, skippedTownships: skipped.township };
}

/**
 * opencc-js's Taiwan phrases (TWPhrases, reversed: 義大利 意大利), both sides
 * converted to Simplified characters by src/normalize/script.ts (the built
 * dist/ copy), as normalization converts text: [how the Taiwan phrase reads
 * after normalization, the mainland word].
 */
function taiwanPlaceNames() {
  const require = createRequire(import.meta.url);
  const OpenCC = require('opencc-js');
  const pairs = [];
  for (const dictionary of OpenCC.Locale.from.twp.flat()) {
    for (const entry of (Array.isArray(dictionary) ? dictionary.join('|') : dictionary).split('|')) {
      const [taiwan, mainland] = entry.split(' ');
      if (!taiwan || !mainland) continue;
      const pair = [convertToSimplified(taiwan), convertToSimplified(mainland)];
      if (pair[0] !== pair[1]) pairs.push(pair);
    }
  }
  return pairs;
}

function buildProvinceAliases(divisions) {
  const provinces = divisions.filter((d) => d.level === 'province');
  const out = ['alias\tprovince'];
  for (const line of readLines('jionlp/province_alias.tsv')) {
    const [short, abbr] = line.split('\t').map((s) => s.trim());
    const p =
      provinces.find((d) => d.alias === short || d.name === short) ??
      provinces.find((d) => d.name.startsWith(short));
    if (!p) fail(`province_alias: no province for ${short}`);
    if (!isHan(abbr) || cpLen(abbr) !== 1) fail(`province_alias: bad abbreviation ${abbr}`);
    out.push(`${abbr}\t${p.name}`);
  }
  return out;
}

// ------------------------------------------------------------- 3. surnames

function buildSurnames() {
  const lex = new Lexicon();
  // Chinese-Names-Corpus: `NameB<TAB>TF` with a header; TF is the preferred frequency.
  const tf = readLines('chinese_names_corpus/chinese_family_name_1k.tsv');
  if (!/^NameB\tTF$/.test(tf[0])) fail('chinese_family_name_1k.tsv: unexpected header');
  for (const line of tf.slice(1)) {
    const [name, freq] = line.split('\t').map((s) => s.trim());
    if (isHan(name)) lex.add(name, toFreq(freq), 'surname');
  }
  const others = [];
  others.push(...readLines('jionlp/surnames_single.txt'));
  others.push(...readLines('jionlp/surnames_compound.txt'));
  const jcseg = optionalLines('jcseg/lex-lname.lex');
  if (jcseg) {
    // Line 1 is the type keyword CN_LNAME; '#' lines are comments.
    for (const line of jcseg.slice(1)) if (!line.startsWith('#')) others.push(line);
  }
  for (const raw of others) {
    const name = raw.trim();
    if (isHan(name) && !lex.has(name)) lex.add(name, 1, 'surname');
  }
  // sinonym (ORCID) only adds a surname that HanLP's person-role table also
  // knows as mainly a surname (role B is its most frequent role). Without
  // that check it would add given-name characters and Japanese surnames that
  // came from name-order confusion in ORCID records (小 旭 颖 女 俊杰 浩然 山口 ...).
  const hanlpSurname = new Set();
  for (const line of readLines('hanlp/nr_roles.surname_B.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (pairs.length && pairs[0][0] === 'B') hanlpSurname.add(word);
  }
  const orcid = readLines('sinonym/familyname_orcid.csv');
  if (!/^surname,ppm$/.test(orcid[0])) fail('familyname_orcid.csv: unexpected header');
  const dropped = [];
  for (const line of orcid.slice(1)) {
    const name = line.split(',')[0].trim();
    if (!isHan(name) || lex.has(name)) continue;
    if (hanlpSurname.has(name)) lex.add(name, 1, 'surname');
    else dropped.push(name);
  }
  if (dropped.length) warn(`surnames: sinonym-only entries left out: ${dropped.join(' ')}`);
  return lex;
}

// ---------------------------------------------------------- 4. given chars

/**
 * score = max(1, round((sinonymPpm + hanlpPpm) / 2)) where
 *   sinonymPpm = ppm from sinonym/givenname_orcid.csv (0 if absent),
 *   hanlpPpm   = (C + D + E) / (sum of C + D + E over all kept chars) * 1e6
 *                from hanlp/nr_roles.given_CDE.txt (0 if absent).
 * I.e. the mean of the two per-million rates; a char found in only one
 * source gets half of that source's rate.
 */
function buildGivenChars() {
  const sinonym = new Map();
  const rows = readLines('sinonym/givenname_orcid.csv');
  if (!/^character,pinyin,ppm$/.test(rows[0])) fail('givenname_orcid.csv: unexpected header');
  for (const line of rows.slice(1)) {
    const cols = line.split(',');
    const ch = cols[0].trim();
    const ppm = Number(cols[cols.length - 1]);
    if (isHan(ch) && cpLen(ch) === 1 && Number.isFinite(ppm)) sinonym.set(ch, (sinonym.get(ch) ?? 0) + ppm);
  }
  const hanlp = new Map();
  for (const line of readLines('hanlp/nr_roles.given_CDE.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (!isHan(word) || cpLen(word) !== 1) continue;
    const n = countOf(pairs, 'C') + countOf(pairs, 'D') + countOf(pairs, 'E');
    if (n > 0) hanlp.set(word, (hanlp.get(word) ?? 0) + n);
  }
  let total = 0;
  for (const n of hanlp.values()) total += n;
  const lex = new Lexicon();
  for (const ch of new Set([...sinonym.keys(), ...hanlp.keys()])) {
    const a = sinonym.get(ch) ?? 0;
    const b = total ? ((hanlp.get(ch) ?? 0) / total) * 1e6 : 0;
    lex.add(ch, toFreq((a + b) / 2), 'given');
  }
  return lex;
}

// --------------------------------------------------------------- 5. titles

/**
 * Source titles that are a body's last character glued to a title (局主席,
 * from 董事局 + 主席): as a title the rules read the post 局主席 in
 * 美国联邦储备局主席, and the tagger's title feature covered 局主席 there.
 * jieba's own dictionary has the word too; segmentation.txt lowers it so
 * that jieba cuts 储备|局|主席.
 */
const NOT_TITLES = new Set(['局主席']);

function buildTitles() {
  const lex = new Lexicon();
  const take = (rel, tag) => {
    for (const line of readLines(rel)) {
      const { word, pairs } = parseHanlp(line);
      if (!pairs.some(([t]) => t === tag)) continue;
      if (!isHan(word) || cpLen(word) < 2 || NOT_TITLES.has(word)) continue;
      if (tag === 'nnd' && lex.has(word)) continue; // a word that is also a title stays nnt
      lex.add(word, toFreq(countOf(pairs, tag)), tag);
    }
  };
  take('hanlp/job_titles_nnt.core.txt', 'nnt');
  take('hanlp/job_titles_nnt.supplement.txt', 'nnt');
  take('hanlp/occupations_nnd.core.txt', 'nnd');
  return lex;
}

// ------------------------------------------------------------- 6/7. suffixes

function ansjSuffixes(tag) {
  const out = [];
  for (const line of readLines('ansj_seg/nature_class_suffix.txt')) {
    const [word, t, freq] = line.split('\t').map((s) => s.trim());
    if (t === tag) out.push([word, toFreq(freq)]);
  }
  return out;
}

function buildOrgSuffixes() {
  const lex = new Lexicon();
  for (const line of readLines('hanlp/org_suffixes_nis.core.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (isHan(word) && pairs.some(([t]) => t === 'nis')) lex.add(word, toFreq(countOf(pairs, 'nis')), 'nt');
  }
  for (const [word, freq] of ansjSuffixes('nt')) if (isHan(word)) lex.add(word, freq, 'nt');
  return lex;
}

function buildPlaceSuffixes() {
  const lex = new Lexicon();
  for (const [word, freq] of ansjSuffixes('ns')) if (isHan(word)) lex.add(word, freq, 'ns');
  for (const line of readLines('hanlp/ns_roles.suffix_H.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (isHan(word) && pairs.some(([t]) => t === 'H')) lex.add(word, toFreq(countOf(pairs, 'H')), 'ns');
  }
  return lex;
}

// -------------------------------------------------------- 8. organizations

/**
 * HanLP's organization list holds some segmentation slips: a body with the
 * auxiliary after it (特区政府会, 美国政府会, 中信银行会, from 特区政府会全力配合).
 * Such an entry made 特區政府會 an organization. A name ending in a body head
 * (政府, 公司, 部, 局 …) plus one function character is left out; 管委会,
 * 常委会 and 学会 end in a real head and stay.
 */
const BODY_HEAD_THEN_FUNCTION_WORD = /(?:政府|公司|集团|银行|部|局|队|军|厅|院|署)[会将要已在对和也就都还又正是的与则称说向从把被于给让为以]$/;
/**
 * Other slips cut a name's last character off with its head: 业有限公司 (of
 * …薯业有限公司), 厅办公室, 安委员会, 脑研究所. One character before a head of
 * three or more is no name; jieba read 甘肃陇原薯业有限公司 as 陇原薯|业有限公司.
 */
const ONE_CHARACTER_BEFORE_LONG_HEAD = /^\p{Script=Han}(?:有限公司|有限责任公司|股份有限公司|委员会|研究所|研究院|研究中心|办公室|管理局|基金会|联合会)$/u;

function buildOrganizations() {
  const lex = new Lexicon();
  const slips = [];
  for (const line of readLines('hanlp/org_names.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (!pairs.length) continue;
    if (!HAN_OR_ASCII_ALNUM.test(word) || cpLen(word) < 3) continue;
    if ((cpLen(word) >= 4 && BODY_HEAD_THEN_FUNCTION_WORD.test(word)) || ONE_CHARACTER_BEFORE_LONG_HEAD.test(word)) {
      slips.push(word);
      continue;
    }
    const [tag, n] = pairs[0];
    lex.add(word, toFreq(n), tag);
  }
  if (slips.length) process.stderr.write(`organizations: left out ${slips.length} segmentation slips (${slips.slice(0, 5).join(' ')} …)\n`);
  return lex;
}

// ------------------------------------------------------ 8b. company brands

/**
 * Companies' short names (京东, 华为, 腾讯), which news writes before a title
 * only a company has (京东创始人, 华为创始人) and jieba tags as places or
 * people (京东/ns, 华为/nr). From HanLP's organization list: its company names
 * (ntc…) of two characters, and what is left of a company name of three to
 * five characters once its legal form is taken off (华为公司 → 华为), where
 * jieba does not know that rest as a word of another kind: 日本, 国际, 股份 and
 * 希望 are the rest of 日本公司, 国际公司, 股份公司 and 希望集团. The
 * organization list leaves out names of two characters.
 */
const BRAND_LEGAL_FORM = /^(\p{Script=Han}{2,3}?)(?:股份有限公司|有限责任公司|有限公司|集团公司|总公司|子公司|集团|公司|控股)$/u;
/** jieba tags a brand may have: names, proper nouns, abbreviations, organizations. */
const BRAND_JIEBA_TAG = /^(nr|nz|nt|j)/;
function buildBrands(jieba) {
  const lex = new Lexicon();
  for (const line of readLines('hanlp/org_names.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (!pairs.length || !pairs[0][0].startsWith('ntc') || !isHan(word)) continue;
    if (cpLen(word) === 2) {
      lex.add(word, toFreq(pairs[0][1]), 'ntc');
      continue;
    }
    const brand = BRAND_LEGAL_FORM.exec(word)?.[1];
    if (!brand) continue;
    const known = jieba.get(brand);
    if (known && !BRAND_JIEBA_TAG.test(known.tag)) continue;
    lex.add(brand, toFreq(pairs[0][1]), 'ntc');
  }
  return lex;
}

// --------------------------------------------------------- 9. person names

function buildPersonNames() {
  const lex = new Lexicon();
  for (const line of readLines('hanlp/person_names.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (!pairs.length || pairs[0][0] !== 'nr') continue; // dominant tag must be nr
    const len = cpLen(word);
    if (!isHan(word) || len < 2 || len > 4) continue;
    lex.add(word, toFreq(pairs[0][1]), 'nr');
  }
  return lex;
}

// ------------------------------------------- 10. transliteration characters

/**
 * Characters of transliterated foreign names (HanLP tag nrf: 克拉姆尼克,
 * 古德穆德森), with how many such names use them. Foreign names are runs of
 * a few hundred phonetic characters (斯 克 尔 德 娜 …) that are rare as
 * Chinese given names, so the tagger learns the run, not a list of names.
 */
function buildTransliterationChars() {
  const counts = new Map();
  for (const line of readLines('hanlp/person_names.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (!pairs.length || pairs[0][0] !== 'nrf') continue;
    for (const char of new Set(word.replace(/[·•・]/g, ''))) {
      if (!isHan(char)) continue;
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  const lex = new Lexicon();
  for (const [char, n] of counts) if (n >= 3) lex.add(char, n, 'nrf');
  return lex;
}

// ------------------------------------------------ 11. frequent foreign names

/**
 * Transliterated foreign names HanLP's corpus counted often (普京 680,
 * 奥巴马 993), written in Han characters alone. jieba's own dictionary tags
 * some of them ns (普京 171 ns), and neither the tagger nor the name rules
 * read a place word after a title as a person; the rules do with this list.
 */
const FOREIGN_NAME_COUNT = 20;
function buildForeignNames() {
  const lex = new Lexicon();
  for (const line of readLines('hanlp/person_names.txt')) {
    const { word, pairs } = parseHanlp(line);
    if (!pairs.length || pairs[0][0] !== 'nrf' || pairs[0][1] < FOREIGN_NAME_COUNT) continue;
    const len = cpLen(word);
    if (!isHan(word) || len < 2 || len > 6) continue;
    lex.add(word, pairs[0][1], 'nrf');
  }
  return lex;
}

// ----------------------------------------------------------------- licenses

function copyLicenses(outDir) {
  const dir = path.join(outDir, 'licenses');
  fs.mkdirSync(dir, { recursive: true });
  const folders = fs
    .readdirSync(LEX, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort(cmp);
  const copied = [];
  for (const f of folders) {
    for (const kind of ['LICENSE', 'NOTICE']) {
      const src = path.join(LEX, f, kind);
      if (fs.existsSync(src)) {
        fs.writeFileSync(path.join(dir, `${f}.${kind}`), fs.readFileSync(src));
        copied.push(`${f}.${kind}`);
      }
    }
  }
  return copied;
}

// --------------------------------------------------------------------- main

function main() {
  const opts = parseArgs(process.argv.slice(2));
  LEX = opts.lexicons;
  if (!fs.existsSync(path.join(LEX, 'README.md'))) fail(`not a lexicons directory: ${LEX}`);
  fs.mkdirSync(opts.out, { recursive: true });

  const divisions = buildDivisions();
  writeOut(opts.out, 'divisions.tsv', [
    'code\tname\talias\tlevel\tparent',
    ...divisions.map((d) => [d.code, d.name, d.alias, d.level, d.parent].join('\t')),
  ]);
  const jieba = jiebaWords();
  const { lex: places, skippedTownships } = buildPlaces(divisions, jieba);
  writeOut(opts.out, 'character-frequency.txt', buildCharacterFrequency(jieba));
  writeOut(opts.out, 'person-roles.txt', buildRoles('hanlp/nr_roles.txt'));
  writeOut(opts.out, 'place-roles.txt', buildRoles('hanlp/ns_roles.txt'));
  writeOut(opts.out, 'organization-roles.txt', buildRoles('hanlp/nt_roles.txt'));
  writeOut(opts.out, 'places.txt', notBelowJieba(places, jieba).lines());
  writeOut(opts.out, 'province-aliases.tsv', buildProvinceAliases(divisions));
  writeOut(opts.out, 'surnames.txt', buildSurnames().lines());
  writeOut(opts.out, 'given-chars.txt', buildGivenChars().lines());
  writeOut(opts.out, 'titles.txt', notBelowJieba(buildTitles(), jieba).lines());
  writeOut(opts.out, 'organization-suffixes.txt', buildOrgSuffixes().lines());
  writeOut(opts.out, 'place-suffixes.txt', buildPlaceSuffixes().lines());
  writeOut(opts.out, 'organizations.txt', notBelowJieba(buildOrganizations(), jieba).lines());
  writeOut(opts.out, 'brands.txt', buildBrands(jieba).lines());
  writeOut(opts.out, 'person-names.txt', buildPersonNames().lines());
  writeOut(opts.out, 'transliteration-chars.txt', buildTransliterationChars().lines());
  writeOut(opts.out, 'foreign-names.txt', buildForeignNames().lines());
  const licenses = copyLicenses(opts.out);

  const byLevel = {};
  for (const d of divisions) byLevel[d.level] = (byLevel[d.level] ?? 0) + 1;
  const log = (s) => process.stderr.write(s + '\n');
  log(`lexicons: ${LEX}`);
  log(`output:   ${opts.out}`);
  for (const [name, n] of outputs) log(`  ${name.padEnd(28)} ${String(n).padStart(7)} lines`);
  log(`  licenses/ ${licenses.join(' ')}`);
  log(`divisions by level: ${LEVELS.map((l) => `${l}=${byLevel[l] ?? 0}`).join(' ')}`);
  log(`townships left out of places.txt: ${skippedTownships}`);
  for (const w of warnings) log(`note: ${w}`);
}

main();
