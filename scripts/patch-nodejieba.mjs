#!/usr/bin/env node
/**
 * postinstall: two changes to nodejieba's C++ binding, then a rebuild from
 * source (node-pre-gyp, as nodejieba's own `rebuild` script does, ~10 s; it
 * needs the npm_config_* settings npm gives install scripts, so run it as
 * `npm run postinstall`, not with node directly).
 *
 * 1. Build the dictionary once instead of twice. nodejieba 3.x's load()
 *    builds cppjieba's Jieba (the segmenter zhner uses) and then a
 *    TextRankExtractor from the same dictionary paths, which parses the
 *    350k-word dictionary, the HMM model and our user dictionaries a second
 *    time into a trie of its own: on this project's machine 1.4 s of the
 *    3.0 s load and 157 MB of the 360 MB it leaves resident, per process and
 *    per worker thread. cppjieba has a TextRankExtractor constructor that
 *    shares the Jieba's trie and model; load() is switched to it.
 *    Segmentation is unchanged: the Jieba object is built exactly as before,
 *    and zhner never calls TextRank.
 * 2. Add tagPacked(text): the words and tags of tag(text), as one string of
 *    `<length>:<tag> ` items (length in UTF-16 units; a tag from a user
 *    dictionary may be anything without a space, digits included). tag() builds a
 *    JavaScript object and four strings per word through N-API, which took
 *    about 0.45 of its 0.75 ms on the bundled article; zhner slices the
 *    words out of the text it already has. Same cppjieba Tag() call, so the
 *    same words and tags.
 *
 * Each edit is a guarded string replacement rather than a patch-package
 * diff: the addon has to be recompiled after patching anyway, and when the
 * source is not the expected one (another nodejieba version) or the build
 * fails, this leaves nodejieba as installed (slower, but correct: zhner
 * falls back to tag()) with a warning, and never fails the install.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const warn = (message) => process.stderr.write(`zhner postinstall: ${message}; nodejieba left as installed (it works, but more slowly)\n`);

const TAG_PACKED = `
Napi::Value NodeJieba::tagPacked(const Napi::CallbackInfo& info) {
  if (info.Length() == 0) {
    return Napi::Boolean::New(info.Env(), false);
  }
  std::string sentence = info[0].As<Napi::String>();
  if( !_jieba_handle ){
    Napi::Error::New(info.Env(), "Before calling any other function you have to call load() first").ThrowAsJavaScriptException();
    return info.Env().Undefined();
  }
  std::vector<std::pair<std::string, std::string> > words;
  _jieba_handle->Tag(sentence, words);
  std::string packed;
  packed.reserve(words.size() * 8);
  for (size_t i = 0; i < words.size(); i++) {
    // UTF-16 length of the UTF-8 word: one unit per code point, two for four-byte sequences.
    size_t units = 0;
    for (unsigned char byte : words[i].first) {
      if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
    }
    packed += std::to_string(units);
    packed += ':';
    packed += words[i].second;
    packed += ' ';
  }
  return Napi::String::New(info.Env(), packed);
}
`;

/** The edits: file (relative to nodejieba's folder), what to find (string or RegExp), what it becomes, and how to tell it is done. */
const EDITS = [
  {
    name: 'shared dictionary',
    file: 'lib/nodejieba.cpp',
    find: /new\s+cppjieba\s*::\s*TextRankExtractor\(\s*dictPath,\s*modelPath,\s*stopWordsPath,\s*userDictPath\s*\)/,
    replace: 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)',
    done: 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)',
  },
  {
    name: 'tagPacked declaration',
    file: 'lib/nodejieba.h',
    find: '  Napi::Value tag(const Napi::CallbackInfo& info);\n',
    replace: '  Napi::Value tag(const Napi::CallbackInfo& info);\n  Napi::Value tagPacked(const Napi::CallbackInfo& info);\n',
    done: 'tagPacked',
  },
  {
    name: 'tagPacked method',
    file: 'lib/nodejieba.cpp',
    find: '    InstanceMethod("tag", &NodeJieba::tag),\n',
    replace: '    InstanceMethod("tag", &NodeJieba::tag),\n    InstanceMethod("tagPacked", &NodeJieba::tagPacked),\n',
    done: 'InstanceMethod("tagPacked"',
  },
  {
    name: 'tagPacked definition',
    file: 'lib/nodejieba.cpp',
    // Appended at the end, replacing an earlier version of it (always the last thing in the file).
    find: /(\s*Napi::Value NodeJieba::tagPacked\([\s\S]*)?\s*$/,
    replace: `\n${TAG_PACKED}`,
    done: TAG_PACKED.trim(),
  },
  {
    name: 'tagPacked export',
    file: 'index.js',
    find: 'wrapWithDictLoad("tag");\n',
    replace: 'wrapWithDictLoad("tag");\nwrapWithDictLoad("tagPacked");\n',
    done: 'wrapWithDictLoad("tagPacked")',
  },
];
const MARKER_TEXT = `nodejieba rebuilt by zhner: ${EDITS.map((edit) => edit.name).join(', ')} (tagPacked items <length>:<tag>)\n`;

function main() {
  let root;
  try {
    root = dirname(createRequire(import.meta.url).resolve('nodejieba/package.json'));
  } catch {
    return warn('nodejieba not found');
  }
  const binary = join(root, 'build', 'Release', 'nodejieba.node');
  const marker = join(root, 'build', 'zhner-patched');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === MARKER_TEXT && existsSync(binary)) return; // already done

  const originals = new Map();
  const patched = new Map();
  for (const edit of EDITS) {
    const path = join(root, edit.file);
    if (!existsSync(path)) return warn(`${path} not found`);
    if (!originals.has(path)) originals.set(path, readFileSync(path, 'utf8'));
    const text = patched.get(path) ?? originals.get(path);
    if (text.includes(edit.done)) continue;
    const found = typeof edit.find === 'string' ? text.includes(edit.find) : edit.find.test(text);
    if (!found) return warn(`unexpected nodejieba source for the ${edit.name} (another version?)`);
    patched.set(path, text.replace(edit.find, edit.replace));
  }
  // Outside build/: node-pre-gyp rebuild starts by deleting that folder.
  const backup = existsSync(binary) ? join(root, 'nodejieba.node.zhner-backup') : null;
  if (backup) copyFileSync(binary, backup);
  try {
    for (const [path, text] of patched) writeFileSync(path, text);
    const nodePreGyp = join(dirname(createRequire(import.meta.url).resolve('@mapbox/node-pre-gyp/package.json')), 'bin', 'node-pre-gyp');
    execFileSync(process.execPath, [nodePreGyp, 'rebuild'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (!existsSync(binary)) throw new Error('the rebuild produced no addon');
    writeFileSync(marker, MARKER_TEXT);
    if (backup) rmSync(backup);
    process.stderr.write('zhner postinstall: nodejieba rebuilt (dictionary built once, tagPacked)\n');
  } catch (error) {
    for (const [path, text] of originals) writeFileSync(path, text);
    if (backup) {
      mkdirSync(dirname(binary), { recursive: true });
      copyFileSync(backup, binary);
      rmSync(backup);
    }
    warn(`rebuilding nodejieba failed (${String(error.message ?? error).split('\n')[0]})`);
  }
}

main();
