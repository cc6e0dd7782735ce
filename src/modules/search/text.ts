import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pinyin } from 'pinyin-pro';
import { dictionaryWords, synonymGroups } from './dictionaries.js';
import { normalize } from './normalize.js';

export { fold, needsConversion, normalize, toSimplified } from './normalize.js';
export { synonymGroups } from './dictionaries.js';

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
let synonymIndex: Map<string, string[]> | undefined;
let segmenter: Jieba | undefined;

/** jieba with its dictionary, loaded once per process (a fraction of a second; segmenting takes microseconds). */
function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    // synonyms and the lexicon's words are dictionary words too, so that 呼转, 服务用语 or 欠费停机 segment the same way everywhere
    segmenter.loadDict(Buffer.from(dictionaryWords().map((w) => `${w} 1000 n`).join('\n')));
  }
  return segmenter;
}

const words = (tokens: string[]) => tokens.map((t) => t.trim()).filter((t) => WORD.test(t));

/** Search-mode segmentation, space-joined for FTS5: long words and the short words inside them. */
export const indexTokens = (text: string) => words(jieba().cutForSearch(normalize(text), true)).join(' ');

/** Precise-mode segmentation of a query. */
export const queryWords = (text: string) => words(jieba().cut(normalize(text), true));

/**
 * The text from each place a word begins, spaces dropped: 服务质量投诉 gives 服务质量投诉, 质量投诉 and
 * 投诉, since the short words inside a long one (质量 in 服务质量) begin words too.
 */
export function wordTails(text: string): string[] {
  const joined = normalize(text).replace(/\s+/g, '');
  const starts = new Set<number>();
  let from = 0;
  for (const word of jieba().cut(joined, true)) {
    const at = from;
    from += word.length;
    if (!WORD.test(word)) continue;
    starts.add(at);
    if (word.length > 2) for (const inner of jieba().cutForSearch(word, false)) if (inner !== word && inner.length > 1) starts.add(at + word.indexOf(inner));
  }
  return [...starts].sort((a, b) => a - b).map((at) => joined.slice(at));
}

/** The word and every synonym of it. */
export function withSynonyms(word: string): string[] {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const group of synonymGroups()) for (const w of group) synonymIndex.set(w, [...new Set([...(synonymIndex.get(w) ?? []), ...group])]);
  }
  return synonymIndex.get(word) ?? [word];
}

/** The toneless pinyin of each Chinese character of `text` (others left out), read word by word so that 重庆 is chong qing. */
export const syllablesOf = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(Boolean);

/** A Chinese word or phrase as pinyin: every syllable joined (hujiaozhuanyi) and the initials (hjzy). */
export function pinyinKeys(text: string): { full: string; initials: string } {
  const syllables = syllablesOf(text);
  return { full: syllables.join(''), initials: syllables.map((s) => s[0]).join('') };
}

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The pinyin a text is found by, space-joined for the index: full and initials of each word (and the
 * words inside longer ones), and of
 * each run of Chinese characters as a whole, so that `tousu`, `ts`, `hujiaozhuanyi` and `hjzy` all
 * find 投诉 or 呼叫转移 however the letters are grouped.
 */
export function pinyinTokens(...texts: string[]): string {
  const out = new Set<string>();
  const add = (text: string) => {
    const { full, initials } = pinyinKeys(text);
    if (full) out.add(full).add(initials);
  };
  for (const text of texts.map(normalize)) {
    for (const word of words(jieba().cutForSearch(text, true)).filter((w) => HAN.test(w))) add(word);
    for (const run of text.match(HAN_RUN) ?? []) if (run.length <= 24) add(run);
  }
  return [...out].join(' ');
}

/** Each pair of neighbouring Chinese characters: what a query word no document holds is matched against. */
export function characterPairs(text: string): string[] {
  const pairs: string[] = [];
  for (const run of normalize(text).match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.push(chars[i]! + chars[i + 1]!);
  }
  return pairs;
}

/**
 * A long word as the shorter words inside it, in order (呼叫转移查询 → 呼叫 转移 查询), or null when
 * it has none: how text that was cut into shorter words holds it.
 */
export function shorterWords(word: string): string[] | null {
  const chars = [...word];
  if (chars.length < 3) return null;
  const inside = new Set(words(jieba().cutForSearch(word, false)).filter((w) => w !== word));
  const tiles: string[] = [];
  for (let at = 0; at < chars.length; ) {
    // the longest shorter word starting here, else one character
    let end = chars.length - (at === 0 ? 1 : 0);
    while (end > at + 1 && !inside.has(chars.slice(at, end).join(''))) end--;
    tiles.push(chars.slice(at, end).join(''));
    at = end;
  }
  return tiles.some((t) => [...t].length > 1) ? tiles : null;
}
