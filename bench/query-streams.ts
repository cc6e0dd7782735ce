import { drawer, random } from './corpus.js';

// What agents type, as streams over a pool of real queries: the judgement set's (search/judgements.yaml,
// agents' queries in every category: the customer's words, keywords, codes, pinyin, typos) and the
// lexicon's customer phrases (search/lexicon.yaml `says`).

export type StreamName = 'zipf' | 'no-repeat';
export const STREAMS: StreamName[] = ['zipf', 'no-repeat'];

/** Every distinct query of the judgement set and of the lexicon's customer phrases, in that order. */
export function queryPool(judgements: string[], customerPhrases: string[]): string[] {
  return [...new Set([...judgements, ...customerPhrases].map((q) => q.trim()).filter(Boolean))];
}

/** The pool in a deterministic random order (Fisher–Yates). */
export function shuffled<T>(xs: T[], seed: number): T[] {
  const next = random(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A busy hour: `n` queries drawn from the pool with popularity following a Zipf law — the query of
 * rank r is asked in proportion to 1 / r^s — so the popular few repeat often and most are asked
 * once or never. Which query has which rank is a deterministic shuffle of the pool.
 */
export function zipfStream(pool: string[], n: number, options: { s?: number; seed?: number } = {}): string[] {
  const s = options.s ?? 1;
  const ranked = shuffled(pool, options.seed ?? 11);
  let total = 0;
  const cumulative = ranked.map((_, r) => (total += 1 / (r + 1) ** s));
  const draw = drawer({ words: ranked, cumulative }, random((options.seed ?? 11) + 1));
  return Array.from({ length: n }, draw);
}

/** Every query of the pool once, in a deterministic random order. */
export const noRepeatStream = (pool: string[], seed = 13) => shuffled(pool, seed);

/** How often the stream repeats itself: distinct queries, and the share of the stream the 10 commonest make. */
export function streamProfile(stream: string[]) {
  const counts = new Map<string, number>();
  for (const q of stream) counts.set(q, (counts.get(q) ?? 0) + 1);
  const top = [...counts.values()].sort((a, b) => b - a).slice(0, 10);
  return { queries: stream.length, distinct: counts.size, top10Share: Math.round((top.reduce((a, b) => a + b, 0) / Math.max(1, stream.length)) * 1000) / 1000 };
}
