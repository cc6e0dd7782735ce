import { LRUCache } from 'lru-cache';

/**
 * Whole answers of the search service, for the queries a busy hour asks again and again. A key
 * names everything an answer depends on — the index's generation (bumped by every commit that
 * changes what search may find), the query, statuses, filter, page, the documents agents taught
 * it, and which stretch between two window boundaries asOf falls in — so an entry is never stale:
 * a change makes new keys, and old ones age out.
 */
export interface ResultCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
  /** cumulative hits and misses, for the benchmark's hit rate */
  stats(): { hits: number; misses: number };
}

export function resultCache<T extends object>(max = 2000): ResultCache<T> {
  const cache = new LRUCache<string, T>({ max });
  let hits = 0;
  let misses = 0;
  return {
    get(key) {
      const value = cache.get(key);
      if (value) hits++;
      else misses++;
      return value;
    },
    set: (key, value) => void cache.set(key, value),
    stats: () => ({ hits, misses }),
  };
}

/** How many boundaries lie at or before `ms`: instants with the same count see the same windows open. */
export function stretchOf(boundaries: Float64Array, ms: number): number {
  let lo = 0;
  let hi = boundaries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid]! <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const identities = new WeakMap<object, number>();
let nextIdentity = 0;
/** A number for an object, the same for as long as it lives: how a key names a vocabulary. */
export function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++nextIdentity));
  return id;
}
