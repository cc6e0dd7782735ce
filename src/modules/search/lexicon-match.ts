import { lexicon, stopWords } from './dictionaries.js';
import type { Vocabulary } from './vocabulary.js';

/** A lexicon entry a query resembles: what it means, and which query words it accounts for. */
export interface LexiconMatch {
  means: string[];
  /** how much of one of its phrases the query holds, weighted by how telling each part is (0–1) */
  score: number;
  /** the query words that share a part with that phrase */
  covers: string[];
}

const HAN = /\p{Script=Han}/u;
/** how closely a query must resemble one of an entry's phrases to be read as meaning it */
const THRESHOLD = 0.2;
const MAX_MATCHES = 2;
/** what a pair every document holds still counts for, against one no document holds */
const COMMON_PAIR = 0.1;

interface Phrase {
  entry: number;
  units: string[];
}

/**
 * Chinese characters and neighbouring pairs, and whole runs of letters or digits (5g, ivr): what a
 * phrase and a query are compared by, however each is cut into words.
 */
function unitsOf(text: string): string[] {
  const units: string[] = [...(text.match(/[a-z0-9]+/g) ?? [])];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    units.push(...chars, ...chars.slice(0, -1).map((c, i) => c + chars[i + 1]));
  }
  return [...new Set(units)];
}

interface LexiconIndex {
  phrases: Phrase[];
  /** the phrases holding each unit: a query is compared only with phrases it shares a unit with */
  holding: Map<string, number[]>;
  weight: Map<string, number>;
}

/** Weights under one vocabulary, and each phrase's total weight under them. */
interface Weighed {
  weight: Map<string, number>;
  totals: number[];
}

let index: LexiconIndex | undefined;
const weighed = new WeakMap<Vocabulary, Weighed>();
let unweighed: Weighed | undefined;

function lexiconIndex(): LexiconIndex {
  if (!index) {
    const entries = lexicon();
    const phrases = entries.flatMap((e, entry) => e.says.map((says) => ({ entry, units: unitsOf(says) })));
    const holding = new Map<string, number[]>();
    phrases.forEach((p, i) =>
      p.units.forEach((u) => {
        const list = holding.get(u);
        if (list) list.push(i);
        else holding.set(u, [i]);
      }),
    );
    const stopChars = new Set([...stopWords()].filter((w) => [...w].length === 1));
    const weight = new Map<string, number>();
    for (const [u, list] of holding) {
      // pairs tell more than characters; a character that is a function word tells nothing
      const single = [...u].length === 1;
      weight.set(u, single && stopChars.has(u) ? 0 : Math.log(1 + phrases.length / list.length) * (single ? 0.4 : 1));
    }
    index = { phrases, holding, weight };
  }
  return index;
}

const totalsOf = (phrases: Phrase[], weight: Map<string, number>) => phrases.map((p) => p.units.reduce((sum, u) => sum + (weight.get(u) ?? 0), 0));

/**
 * The weights, with each pair counting less the more documents hold it: the lexicon bridges the
 * customer's words to the documents', so what tells a phrase apart is what documents do not say
 * (没信号 in 手机没信号), not the 手机 every document mentions.
 */
function weightsFor(vocabulary: Vocabulary | null): Weighed {
  const { phrases, weight } = lexiconIndex();
  if (!vocabulary) return (unweighed ??= { weight, totals: totalsOf(phrases, weight) });
  let found = weighed.get(vocabulary);
  if (!found) {
    const adjusted = new Map([...weight].map(([u, w]) => [u, [...u].length === 2 ? w * (COMMON_PAIR + (1 - COMMON_PAIR) * vocabulary.pairRarity(u)) : w]));
    found = { weight: adjusted, totals: totalsOf(phrases, adjusted) };
    weighed.set(vocabulary, found);
  }
  return found;
}

/**
 * The lexicon entries a query reads like, most alike first: a customer phrase of the lexicon need
 * not be typed word for word — 我手机还剩多少钱 reads like 电话费还剩多少 — so each phrase is compared
 * with the query by the characters and character pairs they share, each weighted by how rare it is
 * among the lexicon's phrases and in the documents.
 */
export function matchLexicon(normalizedQuery: string, words: string[], vocabulary: Vocabulary | null = null): LexiconMatch[] {
  const { phrases, holding } = lexiconIndex();
  const { weight, totals } = weightsFor(vocabulary);
  const entries = lexicon();
  // what the query holds of each phrase it shares a unit with
  const held = new Map<number, { weight: number; shared: string[] }>();
  for (const u of unitsOf(normalizedQuery)) {
    const w = weight.get(u) ?? 0;
    for (const phrase of holding.get(u) ?? []) {
      const h = held.get(phrase) ?? { weight: 0, shared: [] };
      h.weight += w;
      h.shared.push(u);
      held.set(phrase, h);
    }
  }
  const best = new Map<number, { score: number; shared: string[] }>();
  // in the lexicon's order, so that of equally close phrases the first written wins
  for (const [phrase, h] of [...held].sort((a, b) => a[0] - b[0])) {
    const total = totals[phrase]!;
    const score = total > 0 ? h.weight / total : 0;
    const entry = phrases[phrase]!.entry;
    if (score >= THRESHOLD && score > (best.get(entry)?.score ?? 0)) best.set(entry, { score, shared: h.shared });
  }
  return [...best]
    .sort((a, b) => b[1].score - a[1].score)
    .slice(0, MAX_MATCHES)
    .map(([entry, { score, shared }]) => ({
      means: entries[entry]!.means,
      score,
      covers: words.filter((w) => shared.some((u) => [...u].length === 2 && w.includes(u)) || (HAN.test(w) && [...w].length === 1 && shared.includes(w))),
    }));
}
