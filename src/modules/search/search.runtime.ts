import { In } from 'typeorm';
import { type Db, isSqlite, type Tx } from '../../db/database.js';
import { preparedReads } from '../../db/prepared.js';
import type { Job } from '../../jobs/jobs.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { type KnownCodes, knownCodes } from './codes.js';
import { embeddedEngine } from './embedded-engine.js';
import type { SearchEngine } from './engine.js';
import { type IndexWords, indexWords } from './index-words.js';
import { type MeiliConfig, meilisearchEngine, type MeilisearchEngine } from './meilisearch-engine.js';
import { queueForMeilisearch } from './meilisearch-outbox.js';
import { FOLLOW_EVERY_MS, type MemorySearch, memorySearch, pruneChanges } from './memory-engine.js';
import { indexMissing, indexVersion } from './search-index.js';
import { type ResultCache, resultCache, stretchOf } from './result-cache.js';
import { createSearchLog, type SearchLog } from './search-log.js';
import { SearchEntryRow } from './search.entity.js';
import { type Suggestions, suggestions } from './suggest.js';

/** Search as one server runs it: the engine that answers, and the state it keeps between requests. */
export interface SearchRuntime {
  db: Db;
  logger: Logger;
  /** Meilisearch when configured, else the embedded engine (ranked in memory once warm) */
  engine: SearchEngine;
  /** the embedded engine's in-memory index (SQLite without Meilisearch), else null */
  memory: MemorySearch | null;
  /** build the in-memory index from the database (again); resolves when searches use it */
  warm(): Promise<void>;
  meili: MeilisearchEngine | null;
  codes: KnownCodes;
  /** the index's words, counted: what queries are read against */
  words: IndexWords;
  suggestions: Suggestions;
  log: SearchLog;
  /** the search side of a stored version, in its transaction: the entry and FTS row, Meilisearch's outbox message */
  indexVersion(tx: Tx, version: VersionRow): Promise<void>;
  /** a code may have come or gone in this transaction: forget the cached ones once it commits */
  codesChanged(tx: Tx): void;
  /** index the versions that have no search entry yet; how many */
  indexMissing(): Promise<number>;
  /** whole answers, while the in-memory index is warm (result-cache.ts) */
  results: ResultCache<object>;
  /** what a cached answer at asOf depends on besides its query, or null when answers must not be cached */
  cacheStamp(asOf: string): string | null;
  cacheStats(): { hits: number; misses: number };
  /** search entries by id, in no particular order (a prepared statement on SQLite) */
  entries(ids: number[]): Promise<SearchEntryRow[]>;
  /** the background work search needs: Meilisearch's outbox worker, pruning search_changes on SQLite */
  jobs: Job[];
  /** write what is still buffered (the search log) */
  stop(): Promise<void>;
}

export function openSearch(db: Db, options: { meili?: MeiliConfig; logger: Logger; clock: Clock }): SearchRuntime {
  const meili = options.meili ? meilisearchEngine(db, options.meili, options.logger) : null;
  const memory = !meili && isSqlite(db.dataSource) ? memorySearch(db, embeddedEngine(db), options.logger) : null;
  const codes = knownCodes(db);
  const words = indexWords(db);
  const suggested = suggestions(db, () => options.clock.now());
  const log = createSearchLog(db, options.logger);

  // codes read queries too: answers cached before a code came or went are not used after
  let codesGeneration = 0;
  // after the commit: a search in between would otherwise cache the codes as they were before it
  const codesChanged = (tx: Tx) =>
    tx.afterCommit(() => {
      codes.forget();
      codesGeneration++;
    });
  const results = resultCache<object>();

  // what other processes on the same file wrote: into the index, and the caches that read it forget
  const foreignChange = () => {
    codes.forget();
    codesGeneration++;
    words.changed();
    suggested.changed();
  };
  const following = memory
    ? setInterval(() => void memory.follow(foreignChange).catch((error: unknown) => options.logger.error({ err: error }, 'following other processes’ search changes failed')), FOLLOW_EVERY_MS)
    : null;
  following?.unref();

  async function index(tx: Tx, version: VersionRow) {
    const indexed = await indexVersion(tx, version);
    if (indexed && memory) tx.afterCommit(() => memory.put(indexed));
    codesChanged(tx);
    tx.afterCommit(() => {
      words.changed();
      suggested.changed();
    });
    if (meili) await queueForMeilisearch(tx, version.id);
  }

  const read = isSqlite(db.dataSource) ? preparedReads(db) : null;
  async function entries(ids: number[]): Promise<SearchEntryRow[]> {
    if (ids.length === 0) return [];
    if (!read) return db.dataSource.getRepository(SearchEntryRow).findBy({ id: In(ids) });
    return read<SearchEntryRow>(`SELECT * FROM search_entries WHERE id IN (${ids.map(() => '?').join(', ')})`, ids);
  }

  return {
    db,
    logger: options.logger,
    entries,
    results,
    cacheStamp: (asOf) => (memory?.ready ? `${codesGeneration}.${memory.generation}.${stretchOf(memory.boundaries(), Date.parse(asOf))}` : null),
    cacheStats: () => results.stats(),
    engine: meili ?? memory?.engine ?? embeddedEngine(db),
    meili,
    memory,
    warm: async () => memory?.warm(),
    codes,
    words,
    suggestions: suggested,
    log,
    indexVersion: index,
    codesChanged,
    indexMissing: () => indexMissing(db, index),
    jobs: [
      ...(meili ? [{ name: `outbox ${meili.worker.topic}`, everyMs: 1000, untilIdle: true, run: () => meili.worker.runOnce() }] : []),
      // every SQLite write records its change, Meilisearch or not
      ...(isSqlite(db.dataSource) ? [{ name: 'search changes pruning', everyMs: 60_000, run: () => pruneChanges(db) }] : []),
    ],
    async stop() {
      if (following) clearInterval(following);
      await memory?.settle();
      await log.flush();
    },
  };
}
