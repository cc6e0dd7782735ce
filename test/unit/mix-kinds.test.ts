import { describe, expect, it } from 'vitest';
import { mixKinds, type SearchEngine, type SearchHitRef, type SearchQuery, searchWords } from '../../src/modules/search/engine.js';

const hit = (id: number, kind: string, score: number, pinned = false): SearchHitRef => ({ id, kind, score, pinned });

describe('the first screen mixes kinds', () => {
  it('lets each further hit of a kind count less, so the script and the standard reach the top beside the flow', () => {
    const hits = [hit(1, 'FLOW', 10), hit(2, 'FLOW', 9), hit(3, 'FLOW', 8), hit(4, 'SCRIPT', 7), hit(5, 'STANDARD', 6)];
    expect(mixKinds(hits).map((h) => h.id)).toEqual([1, 4, 2, 5, 3]);
  });

  it('keeps a pinned hit (the code asked for, a learned document) first whatever its score', () => {
    const hits = [hit(9, 'FLOW', 0.1, true), hit(1, 'SCRIPT', 10), hit(2, 'SCRIPT', 9)];
    expect(mixKinds(hits).map((h) => h.id)).toEqual([9, 1, 2]);
  });

  it('pages through the same order, with no hit twice and none skipped', async () => {
    const kinds = ['FLOW', 'SCRIPT', 'STANDARD', 'CHAPTER'];
    const ranked = Array.from({ length: 70 }, (_, i) => hit(i, kinds[(i * 7) % 5 === 0 ? 0 : i % 4]!, 100 - i));
    const engine: SearchEngine = {
      name: 'fake',
      search: async (_query, { offset, limit }) => ({ total: ranked.length, hits: ranked.slice(offset, offset + limit) }),
      facets: async () => ({ kinds: [], channels: [], brands: [], businessCodes: [], flowClasses: [] }),
      status: async () => ({ engine: 'fake', documents: ranked.length, pendingChanges: 0, lastSync: null, lastError: null }),
    };
    const query: Omit<SearchQuery, 'match'> = { groups: [[{ words: ['话费'], source: 'typed' }]], statuses: ['PUBLISHED'], asOf: '2026-01-01T00:00:00Z', filter: {}, code: null, preferred: [] };
    const paged: number[] = [];
    for (let offset = 0; offset < ranked.length; offset += 8) paged.push(...(await searchWords(engine, query, { offset, limit: 8 })).hits.map((h) => h.id));
    const whole = (await searchWords(engine, query, { offset: 0, limit: 100 })).hits.map((h) => h.id);
    expect(paged).toEqual(whole);
    expect(new Set(paged).size).toBe(ranked.length);
  });
});
