import { pinyinKeys } from './text.js';

const HAN_WORD = /^\p{Script=Han}{2,8}$/u;
const MAX_PIECE = 32;

interface Term {
  word: string;
  /** documents holding it */
  df: number;
  /** whether it is in some title, heading or keyword: the words an agent means by initials */
  named: boolean;
}

/**
 * The words the index holds, with how many documents hold each, and their pinyin: what tells a
 * query word no document holds (a typo, a made-up segment) from one that finds something, and how
 * pinyin is read back as Chinese.
 */
export class Vocabulary {
  private readonly terms = new Map<string, Term>();
  /** documents holding each pair of neighbouring characters (the index's grams) */
  private readonly pairs = new Map<string, number>();
  private readonly byFull = new Map<string, Term[]>();
  private readonly byInitials = new Map<string, Term[]>();

  /** @param documents how many documents the index holds */
  constructor(
    entries: Iterable<{ word: string; df: number; named?: boolean; pair?: boolean }>,
    readonly documents = 0,
  ) {
    for (const { word, df, named = false, pair = false } of entries) {
      if (pair) {
        this.pairs.set(word, Math.max(this.pairs.get(word) ?? 0, df));
        continue;
      }
      const known = this.terms.get(word);
      if (known) {
        known.df = Math.max(known.df, df);
        known.named ||= named;
        continue;
      }
      const term = { word, df, named };
      this.terms.set(word, term);
      if (!HAN_WORD.test(word)) continue;
      const { full, initials } = pinyinKeys(word);
      push(this.byFull, full, term);
      push(this.byInitials, initials, term);
    }
    for (const list of [...this.byFull.values(), ...this.byInitials.values()]) list.sort((a, b) => Number(b.named) - Number(a.named) || b.df - a.df);
  }

  get size(): number {
    return this.terms.size;
  }

  /** How many documents hold the word (0: none does). */
  df(word: string): number {
    return this.terms.get(word)?.df ?? 0;
  }

  /**
   * How little of the index holds `pair`, from 1 (no document) down to 0 (every document): a pair
   * most documents hold (话费, 客户) says little about which one a query means.
   */
  pairRarity(pair: string): number {
    if (this.documents === 0) return 1;
    return Math.log((this.documents + 1) / (this.pairDf(pair) + 1)) / Math.log(this.documents + 1);
  }

  /** How many documents hold the neighbouring characters `pair` (0: none). */
  pairDf(pair: string): number {
    return this.pairs.get(pair) ?? 0;
  }

  /** Words of the index that sound like `word` (the same syllables, tones aside), most common first. */
  soundsLike(word: string, limit = 3): string[] {
    if (!HAN_WORD.test(word)) return [];
    return (this.byFull.get(pinyinKeys(word).full) ?? []).filter((t) => t.word !== word).slice(0, limit).map((t) => t.word);
  }

  /**
   * The Chinese words a run of letters spells as pinyin — syllables joined or spaced, initials, or a
   * mix across several words (hujiaozhuanyi, hu jiao zhuan yi, hjzy, zhangdan cx) — or null when it
   * does not read as pinyin of words the index holds. The fewest words win; then the more common.
   */
  readPinyin(letters: string): string[] | null {
    const s = letters.toLowerCase().replace(/[^a-z]/g, '');
    if (s.length < 2) return null;
    // best[i]: the best reading of s[0, i)
    const best: ({ words: string[]; score: number } | null)[] = [{ words: [], score: 0 }, ...Array<null>(s.length).fill(null)];
    for (let i = 0; i < s.length; i++) {
      const from = best[i];
      if (!from) continue;
      for (let j = i + 1; j <= Math.min(s.length, i + MAX_PIECE); j++) {
        const piece = s.slice(i, j);
        const full = this.byFull.get(piece)?.[0];
        // initials only for words of two characters or more, and only the words agents name things by
        const initials = piece.length >= 2 ? this.byInitials.get(piece)?.find((t) => t.named) : undefined;
        for (const [term, exact] of [
          [full, 1],
          [initials, 0.5],
        ] as const) {
          if (!term) continue;
          const score = from.score - 1 + exact * 0.1 + Math.log10(1 + term.df) * 0.01;
          if (!best[j] || score > best[j]!.score) best[j] = { words: [...from.words, term.word], score };
        }
      }
    }
    return best[s.length]?.words ?? null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
