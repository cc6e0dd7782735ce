import type { DocumentKind } from '../src/modules/versioning/kind.js';
import type { SearchEntryRow } from '../src/modules/search/search.entity.js';
import { queryWords } from '../src/modules/search/text.js';

/** A deterministic pseudo-random sequence, so every run measures the same corpus and queries. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const KINDS: DocumentKind[] = ['FLOW', 'SCRIPT', 'STANDARD', 'CHAPTER'];
const CHANNELS = ['A', 'B', 'C', 'D'];
const BRANDS = ['A', 'B', 'C', 'D', 'E'];
const CLASSES = ['QUERY', 'BUSINESS_ACCEPTANCE', 'COMPLAINT'];

/** The domain's vocabulary: the words of the seed corpus's search entries. */
export const vocabularyOf = (texts: string[]) => [...new Set(texts.flatMap((t) => queryWords(t)).filter((w) => w.length >= 2))];

/** `n` synthetic search entries built from the vocabulary: titles of 3–6 words, bodies of 40–120. */
export function generateEntries(n: number, vocabulary: string[], seed = 42): Omit<SearchEntryRow, 'id'>[] {
  const next = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
  const words = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min)) }, () => pick(vocabulary)).join('');
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
      body: words(40, 120),
      keywords: kind === 'FLOW' ? `A${channel}${brand}${business}` : '',
      channels: ` ${channel} `,
      brands: kind === 'FLOW' ? ` ${brand} ` : '  ',
      businessCodes: ` ${business} `,
      flowClass: kind === 'FLOW' ? pick(CLASSES) : null,
    };
  });
}

/** Queries an agent might type: one or two domain words, codes now and then. */
export function generateQueries(n: number, vocabulary: string[], seed = 7): string[] {
  const next = random(seed);
  const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
  return Array.from({ length: n }, (_, i) => (i % 10 === 9 ? `AAA${1101 + (i % 40) * 25}` : next() < 0.6 ? pick() : `${pick()} ${pick()}`));
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
