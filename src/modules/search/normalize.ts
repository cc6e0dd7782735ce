import * as OpenCC from 'opencc-js';

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
