import type { DocumentKind } from '../src/modules/versioning/kind.js';
import type { SearchEntryRow } from '../src/modules/search/search.entity.js';
import { queryWords } from '../src/modules/search/text.js';

import { random } from '../seeds/random.js';

// a deterministic pseudo-random sequence, so every run measures the same corpus and queries
export { random };

const KINDS: DocumentKind[] = ['FLOW', 'SCRIPT', 'STANDARD', 'CHAPTER'];
const CHANNELS = ['A', 'B', 'C', 'D'];
const BRANDS = ['A', 'B', 'C', 'D', 'E'];
const CLASSES = ['QUERY', 'BUSINESS_ACCEPTANCE', 'COMPLAINT'];

/** The domain's words with how often the seed corpus uses each: generated text follows those frequencies. */
export interface WeightedWords {
  words: string[];
  /** cumulative counts, for drawing a word as often as the corpus uses it */
  cumulative: number[];
}

export function vocabularyOf(texts: string[]): WeightedWords {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap((t) => queryWords(t))) if (word.length >= 2) counts.set(word, (counts.get(word) ?? 0) + 1);
  const words = [...counts.keys()];
  let total = 0;
  return { words, cumulative: words.map((w) => (total += counts.get(w)!)) };
}

/** A word drawn as often as the seed corpus uses it (common words often, rare ones seldom). */
export function drawer(vocabulary: WeightedWords, next: () => number) {
  const { words, cumulative } = vocabulary;
  const total = cumulative.at(-1)!;
  return () => {
    const x = next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

/**
 * The `uniform` corpus: `n` synthetic search entries built from the vocabulary — titles of 3–6 words,
 * bodies of 40–120, each word drawn alone by its frequency, every entry published and in force, kinds
 * and scopes uniform. Kept for comparison with the realistic corpus (realistic-corpus.ts).
 */
export function generateEntries(n: number, vocabulary: WeightedWords, seed = 42): Omit<SearchEntryRow, 'id'>[] {
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const word = drawer(vocabulary, next);
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min)) }, word).join('');
  return Array.from({ length: n }, (_, i) => {
    const kind = pick(KINDS);
    const business = String(1101 + Math.floor(next() * 40) * 25).padStart(4, '0');
    const channel = pick(CHANNELS);
    const brand = pick(BRANDS);
    return {
      versionId: `bench-v-${i}`,
      documentId: `bench-d-${i}`,
      kind,
      code: kind === 'FLOW' ? `GEN-${i}` : kind === 'CHAPTER' ? null : `gen-${i}`,
      status: 'PUBLISHED',
      effectiveFrom: '2025-01-01T00:00:00.000Z',
      effectiveTo: null,
      title: words(3, 6),
      headings: words(0, 4),
      body: words(40, 120),
      keywords: kind === 'FLOW' ? `A${channel}${brand}${business}` : '',
      channels: ` ${channel} `,
      brands: kind === 'FLOW' ? ` ${brand} ` : '  ',
      businessCodes: ` ${business} `,
      flowClass: kind === 'FLOW' ? pick(CLASSES) : null,
    };
  });
}

/**
 * What agents type, as a stream with repeats: half are the judgement set's queries (the customer's
 * words, pinyin, typos, codes), the rest one or two domain words drawn by their frequency, and
 * touchpoint codes now and then; a third of the stream repeats an earlier query, as a busy hour does.
 */
export function generateQueries(n: number, vocabulary: WeightedWords, realistic: string[], seed = 7): string[] {
  const next = random(seed);
  const word = drawer(vocabulary, next);
  const stream: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = next();
    if (stream.length > 10 && roll < 0.33) stream.push(stream[Math.floor(next() * Math.min(stream.length, 30))]!);
    else if (roll < 0.66) stream.push(realistic[Math.floor(next() * realistic.length)]!);
    else if (roll < 0.72) stream.push(`AAA${1101 + Math.floor(next() * 40) * 25}`);
    else stream.push(next() < 0.6 ? word() : `${word()} ${word()}`);
  }
  return stream;
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
