import { type Index, MatchingStrategies, Meilisearch } from 'meilisearch';
import type { Db } from '../../db/database.js';
import { type EngineStatus, FACETS, type SearchAnswer, type SearchEngine, type SearchPage, type SearchQuery } from './engine.js';
import { FACET_ATTRIBUTE, facetCounts, meiliQueryText, type MeiliDocument, scopeFilter, statusFilter } from './meilisearch-mapping.js';
import { meilisearchSender } from './meilisearch-outbox.js';
import { SearchOutboxRow } from './search.entity.js';

export interface MeiliConfig {
  host: string;
  apiKey?: string;
  index: string;
  /** per HTTP request; the client has no default */
  timeoutMs: number;
}

/**
 * Meilisearch behind the same port as the embedded engine. Writes never wait for it: every change
 * lands in the outbox in the writing transaction, and `drain` (meilisearch-outbox.ts) carries it over.
 */
export function meilisearchEngine(db: Db, config: MeiliConfig) {
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: config.timeoutMs });
  const index: Index<MeiliDocument> = client.index(config.index);
  const { state, ...sender } = meilisearchSender(db, client, index, config.timeoutMs);

  const searchParams = (query: SearchQuery) => ({
    indexUid: config.index,
    q: meiliQueryText(query.groups),
    matchingStrategy: query.match === 'all' ? MatchingStrategies.ALL : MatchingStrategies.FREQUENCY,
  });

  /** A page of matches in one request: the documents whose code the query names (if they pass the filter) first, then the rest. */
  async function ranked(query: SearchQuery, { offset, limit }: SearchPage): Promise<SearchAnswer> {
    const filter = [statusFilter(query), ...scopeFilter(query.filter)];
    const params = { ...searchParams(query), attributesToRetrieve: ['id'], showRankingScore: true, offset: 0, limit: offset + limit };
    const code = query.code ? JSON.stringify(query.code) : null;
    const { results } = await client.multiSearch({
      queries: code ? [{ ...params, filter: [...filter, `code = ${code}`] }, { ...params, filter: [...filter, `NOT code = ${code}`] }] : [{ ...params, filter }],
    });
    const hits = results
      .flatMap((r) => r.hits)
      .slice(offset, offset + limit)
      .map((hit) => ({ id: hit.id as number, score: Math.round(((hit._rankingScore as number | undefined) ?? 0) * 1000) / 1000 }));
    return { total: results.reduce((n, r) => n + (r.estimatedTotalHits ?? 0), 0), hits };
  }

  const engine: SearchEngine & typeof sender = {
    name: 'meilisearch',
    ...sender,
    search: ranked,
    async facets(query) {
      // one query per facet, each without its own filter, in one request
      const { results } = await client.multiSearch({
        queries: FACETS.map((facet) => ({
          ...searchParams(query),
          filter: [statusFilter(query), ...scopeFilter(query.filter, facet)],
          facets: [FACET_ATTRIBUTE[facet]],
          limit: 0,
        })),
      });
      return facetCounts(Object.fromEntries(FACETS.map((facet, i) => [facet, results[i]!.facetDistribution?.[FACET_ATTRIBUTE[facet]]])));
    },
    async status(): Promise<EngineStatus> {
      const pendingChanges = await db.dataSource.getRepository(SearchOutboxRow).count();
      const documents = await index
        .getStats()
        .then((s) => s.numberOfDocuments)
        .catch(() => -1);
      return { engine: 'meilisearch', documents, pendingChanges, ...state() };
    },
  };
  return engine;
}
