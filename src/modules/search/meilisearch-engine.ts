import { type Index, MatchingStrategies, Meilisearch } from 'meilisearch';
import type { Db } from '../../db/database.js';
import { outboxWorker } from '../../jobs/outbox-worker.js';
import type { Logger } from '../../shared/logger.js';
import { type EngineStatus, FACETS, type SearchAnswer, type SearchEngine, type SearchPage, type SearchQuery } from './engine.js';
import { FACET_ATTRIBUTE, facetCounts, meiliQueryText, type MeiliDocument, scopeFilter, statusFilter } from './meilisearch-mapping.js';
import { meilisearchSender } from './meilisearch-outbox.js';

/** Meilisearch's default pagination.maxTotalHits: it counts matches exactly up to this many */
const MEILISEARCH_MAX_TOTAL_HITS = 1000;

export interface MeiliConfig {
  host: string;
  apiKey?: string;
  index: string;
  /** per HTTP request; the client has no default */
  timeoutMs: number;
}

export type MeilisearchEngine = ReturnType<typeof meilisearchEngine>;

/**
 * Meilisearch behind the same port as the embedded engine. Writes never wait for it: every change
 * lands in the outbox in the writing transaction, and the topic's worker (`worker`) carries it over.
 */
export function meilisearchEngine(db: Db, config: MeiliConfig, logger: Logger) {
  const client = new Meilisearch({ host: config.host, apiKey: config.apiKey, timeout: config.timeoutMs });
  const index: Index<MeiliDocument> = client.index(config.index);
  const { topic, ...sender } = meilisearchSender(db, client, index, config.timeoutMs);
  const worker = outboxWorker(db, topic, logger);

  const searchParams = (query: SearchQuery) => ({
    indexUid: config.index,
    q: meiliQueryText(query.groups),
    matchingStrategy: query.match === 'all' ? MatchingStrategies.ALL : MatchingStrategies.FREQUENCY,
  });

  /**
   * A page of matches in one request: the document whose code the query names (if it passes the
   * filter) first, then the documents agents learned to open for it, then the rest.
   */
  async function ranked(query: SearchQuery, { offset, limit }: SearchPage): Promise<SearchAnswer> {
    const filter = [statusFilter(query), ...scopeFilter(query.filter)];
    const params = { ...searchParams(query), attributesToRetrieve: ['id', 'kind'], showRankingScore: true, offset: 0, limit: offset + limit };
    const code = query.code ? `code = ${JSON.stringify(query.code)}` : null;
    const preferred = query.preferred.length > 0 ? `documentId IN ${JSON.stringify(query.preferred)}` : null;
    const tiers = [code, preferred && (code ? `${preferred} AND NOT ${code}` : preferred)].filter((t): t is string => t !== null);
    const conditions = tiers.length === 0 ? [null] : [...tiers, `NOT (${[code, preferred].filter(Boolean).join(' OR ')})`];
    const { results } = await client.multiSearch({ queries: conditions.map((c) => ({ ...params, filter: c ? [...filter, c] : filter })) });
    // every tier but the last holds the named or learned documents
    const hits = results
      .flatMap((r, tier) => r.hits.map((hit) => ({ hit, pinned: tier < results.length - 1 })))
      .slice(offset, offset + limit)
      .map(({ hit, pinned }) => ({ id: hit.id as number, kind: hit.kind as string, score: Math.round(((hit._rankingScore as number | undefined) ?? 0) * 1000) / 1000, pinned }));
    return {
      total: results.reduce((n, r) => n + (r.estimatedTotalHits ?? 0), 0),
      hits,
      totalIsEstimate: results.some((r) => (r.estimatedTotalHits ?? 0) >= MEILISEARCH_MAX_TOTAL_HITS),
    };
  }

  const engine: SearchEngine & typeof sender & { worker: typeof worker } = {
    name: 'meilisearch',
    ...sender,
    worker,
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
      const [outbox, documents] = await Promise.all([
        worker.status(),
        index
          .getStats()
          .then((s) => s.numberOfDocuments)
          .catch(() => -1),
      ]);
      return { engine: 'meilisearch', documents, pendingChanges: outbox.pending, lastSync: outbox.lastDeliveryAt, lastError: outbox.lastError };
    },
  };
  return engine;
}
