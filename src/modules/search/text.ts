import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { parse } from 'yaml';
import { z } from 'zod';
import { projectRoot } from '../../shared/project-root.js';

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
/** Traditional characters as simplified ones (phrases such as 答覆 → 答复 included). */
export const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** the configuration the converter above uses */
const CONVERSION = 'tw2s';

let converted: RegExp | undefined;

type Pair = readonly [string, string];
const isWord = (x: unknown) => typeof x === 'string' && !/[ |]/.test(x);
const isPair = (x: unknown): x is Pair => Array.isArray(x) && x.length === 2 && isWord(x[0]) && isWord(x[1]);

/** The [from, to] pairs in dictionaries nested any way the library nests them ("from to|from to" strings or pair lists). */
function pairsIn(dicts: unknown): Pair[] {
  if (typeof dicts === 'string') return dicts.split('|').map((pair) => pair.split(' ') as unknown as Pair);
  if (isPair(dicts)) return [dicts];
  return Array.isArray(dicts) ? dicts.flatMap(pairsIn) : [];
}

/**
 * Every character at which the converter changes a word of its dictionaries (the character
 * itself, or its place in a phrase, as 瞭 in 瞭解 → 了解), found once by converting all those
 * words in one call. Text with none of these characters comes out of the converter as it went in.
 */
function convertedCharacters(): RegExp {
  if (!converted) {
    const chars = new Set<string>();
    const config = OpenCC.Locale.configs[CONVERSION] as Record<string, unknown>; // normalizationChain is missing from the types
    const words = [...new Set(pairsIn([config.normalizationChain, config.segmentation, config.conversionChain]).map(([from]) => from))];
    const results = toSimplified(words.join('\n')).split('\n');
    words.forEach((word, i) => {
      const a = [...word];
      const b = [...results[i]!];
      a.forEach((c, j) => {
        if (a.length !== b.length || c !== b[j]) chars.add(c);
      });
    });
    converted = new RegExp(`[${[...chars].join('').replace(/[\\\]^[-]/g, '\\$&')}]`, 'u');
  }
  return converted;
}

/** Whether the converter would change the text: most text is simplified already, and converting it costs far more than looking. */
export const needsConversion = (text: string): boolean => convertedCharacters().test(text);

/** Half-width and lower-case, without the character conversion: cheap, and enough for text written in simplified characters. */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** Simplified, half-width, lower-case: how every text is compared, at index time and at query time. */
export function normalize(text: string): string {
  const folded = fold(text);
  return needsConversion(folded) ? toSimplified(folded) : folded;
}

const synonymFile = z.array(z.array(z.string().min(1)).min(2));

/** The synonym groups in search/synonyms.yaml, shared by both engines. */
export function synonymGroups(): string[][] {
  return synonymFile.parse(parse(readFileSync(path.join(projectRoot(), 'search', 'synonyms.yaml'), 'utf8'))).map((g) => g.map(normalize));
}

let synonymIndex: Map<string, string[]> | undefined;
let segmenter: Jieba | undefined;

/** jieba with its dictionary, loaded once per process (a fraction of a second; segmenting takes microseconds). */
function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dict);
    // synonyms are dictionary words too, so that 呼转 or 服务用语 segment the same way everywhere
    segmenter.loadDict(Buffer.from(synonymGroups().flat().map((w) => `${w} 1000 n`).join('\n')));
  }
  return segmenter;
}

const words = (tokens: string[]) => tokens.map((t) => t.trim()).filter((t) => WORD.test(t));

/** Search-mode segmentation, space-joined for FTS5: long words and the short words inside them. */
export const indexTokens = (text: string) => words(jieba().cutForSearch(normalize(text), true)).join(' ');

/** Precise-mode segmentation of a query. */
export const queryWords = (text: string) => words(jieba().cut(normalize(text), true));

/** Full pinyin and initials of each Chinese word, so `tousu` and `ts` find 投诉. */
export function pinyinTokens(text: string): string {
  const out = new Set<string>();
  for (const word of words(jieba().cut(normalize(text), true)).filter((w) => HAN.test(w))) {
    out.add(pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed' }).join(''));
    out.add(pinyin(word, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join(''));
  }
  return [...out].filter(Boolean).join(' ');
}

/** The word and every synonym of it. */
export function withSynonyms(word: string): string[] {
  if (!synonymIndex) {
    synonymIndex = new Map();
    for (const group of synonymGroups()) for (const w of group) synonymIndex.set(w, [...new Set([...(synonymIndex.get(w) ?? []), ...group])]);
  }
  return synonymIndex.get(word) ?? [word];
}
