import type { Db } from '../../db/database.js';
import { BusinessRow } from '../touchpoints/touchpoint.entity.js';
import { lexicon } from './dictionaries.js';
import { SearchEntryRow, SearchLogRow } from './search.entity.js';
import { normalize, pinyinKeys, wordTails } from './text.js';

export type SuggestionKind = 'DOCUMENT' | 'CODE' | 'TERM' | 'QUERY';

export interface Suggestion {
  text: string;
  kind: SuggestionKind;
  /** the document it names (DOCUMENT and CODE of a document) */
  documentId: string | null;
  documentKind: string | null;
}

interface Item extends Suggestion {
  weight: number;
}

/** how soon a changed index or new searches show in suggestions */
const REFRESH_AFTER_MS = 30_000;
const HAN = /\p{Script=Han}/u;
const KIND_ORDER: Record<SuggestionKind, number> = { DOCUMENT: 0, CODE: 1, QUERY: 2, TERM: 3 };

/**
 * Completions for what an agent has begun to type, from each word on of a title, code, lexicon term
 * or past query that found something: as written, as pinyin joined (hujiao…) or as initials (hj…).
 * Keys are kept sorted, so a prefix costs a binary search however many there are.
 */
export class SuggestIndex {
  private readonly keys: { key: string; item: number; exact: boolean }[] = [];

  constructor(private readonly items: Item[]) {
    items.forEach((item, i) => {
      const tails = HAN.test(item.text) ? wordTails(item.text) : [normalize(item.text).replace(/\s+/g, '')];
      tails.forEach((tail, t) => {
        this.keys.push({ key: tail, item: i, exact: t === 0 });
        if (HAN.test(tail)) {
          const { full, initials } = pinyinKeys(tail);
          if (full) this.keys.push({ key: full, item: i, exact: false }, { key: initials, item: i, exact: false });
        }
      });
    });
    this.keys.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  suggest(prefix: string, limit: number): Suggestion[] {
    const p = normalize(prefix).replace(/\s+/g, '');
    if (!p) return [];
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]!.key < p) lo = mid + 1;
      else hi = mid;
    }
    const found = new Map<number, boolean>();
    for (let i = lo; i < this.keys.length && this.keys[i]!.key.startsWith(p) && found.size < 500; i++) {
      const { item, exact } = this.keys[i]!;
      found.set(item, (found.get(item) ?? false) || exact);
    }
    const seen = new Set<string>();
    return [...found]
      .map(([i, exact]) => ({ item: this.items[i]!, exact }))
      .sort((a, b) => Number(b.exact) - Number(a.exact) || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || b.item.weight - a.item.weight || a.item.text.length - b.item.text.length)
      .filter(({ item }) => !seen.has(item.text) && seen.add(item.text))
      .slice(0, limit)
      .map(({ item: { text, kind, documentId, documentKind } }) => ({ text, kind, documentId, documentKind }));
  }
}

/** What suggestions are made of: what is in force now, codes, the lexicon, and queries that found something more than once. */
async function collect(db: Db, now: string): Promise<Item[]> {
  const entries = await db.dataSource
    .getRepository(SearchEntryRow)
    .createQueryBuilder('e')
    .select(['e.documentId', 'e.kind', 'e.code', 'e.title'])
    .where(`e.status IN ('PUBLISHED', 'RETIRED') AND e.effectiveFrom <= :now AND (e.effectiveTo IS NULL OR e.effectiveTo > :now)`, { now })
    .getMany();
  const businesses = await db.dataSource.getRepository(BusinessRow).find();
  const queries = await db.dataSource
    .getRepository(SearchLogRow)
    .createQueryBuilder('l')
    .select('l.normalized', 'text')
    .addSelect('COUNT(*)', 'n')
    .where('l.hits > 0 AND l.normalized IS NOT NULL')
    .groupBy('l.normalized')
    .having('COUNT(DISTINCT l.userId) >= 2')
    .orderBy('n', 'DESC')
    .limit(2000)
    .getRawMany<{ text: string; n: number | string }>();
  const document = (e: SearchEntryRow) => ({ documentId: e.documentId, documentKind: e.kind });
  return [
    ...entries.map((e) => ({ text: e.title, kind: 'DOCUMENT' as const, ...document(e), weight: 10 })),
    ...entries.filter((e) => e.code).map((e) => ({ text: `${e.code} ${e.title}`, kind: 'CODE' as const, ...document(e), weight: 5 })),
    ...businesses.map((b) => ({ text: `${b.code} ${b.name}`, kind: 'CODE' as const, documentId: null, documentKind: null, weight: 4 })),
    ...lexicon().flatMap((e) => [...e.means, ...e.says].map((text) => ({ text, kind: 'TERM' as const, documentId: null, documentKind: null, weight: 1 }))),
    ...queries.map((q) => ({ text: q.text, kind: 'QUERY' as const, documentId: null, documentKind: null, weight: Number(q.n) })),
  ];
}

export type Suggestions = ReturnType<typeof suggestions>;

/** The suggestions of one database: built when first asked for, built again in the background once the index changed or some time passed. */
export function suggestions(db: Db, now: () => Date) {
  let current: SuggestIndex | null = null;
  let building: Promise<SuggestIndex> | null = null;
  let builtAt = 0;
  let changedAt = 0;

  function build(): Promise<SuggestIndex> {
    building ??= collect(db, now().toISOString())
      .then((items) => {
        current = new SuggestIndex(items);
        builtAt = Date.now();
        return current;
      })
      .finally(() => (building = null));
    return building;
  }

  return {
    async get(): Promise<SuggestIndex> {
      if (!current) return build();
      if (Date.now() - builtAt > REFRESH_AFTER_MS || changedAt > builtAt) void build().catch(() => undefined);
      return current;
    },
    changed(): void {
      changedAt = Date.now();
    },
    refresh: build,
  };
}
