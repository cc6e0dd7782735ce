import '../all-kinds.js';
import { In } from 'typeorm';
import type { Db } from '../../db/database.js';
import { VersionRow } from '../versioning/version.entity.js';
import type { meilisearchEngine } from './meilisearch-engine.js';
import { asTheSender } from './meilisearch-outbox.js';
import { SearchEntryRow, SearchOutboxRow } from './search.entity.js';
import { indexVersion } from './search-index.js';

const BATCH = 500;
type Progress = (done: number, total: number) => void;

/** Rebuild every search entry (and FTS row) from the versions, in one transaction: searchers see the old index or the new. */
export async function rebuildSearchEntries(db: Db, progress: Progress = () => undefined): Promise<number> {
  const total = await db.dataSource.getRepository(VersionRow).count();
  progress(0, total);
  await db.write(async (em) => {
    if (em.connection.options.type === 'better-sqlite3') {
      await em.query('DELETE FROM search_fts');
      await em.query('DELETE FROM search_scope');
    }
    await em.createQueryBuilder().delete().from(SearchEntryRow).execute();
    for (let offset = 0; offset < total; offset += BATCH) {
      const versions = await em.find(VersionRow, { order: { id: 'ASC' }, skip: offset, take: BATCH });
      for (const v of versions) await indexVersion(em, v);
      progress(Math.min(offset + versions.length, total), total);
    }
  });
  return total;
}

/**
 * Replace the Meilisearch index's documents with every search entry. Outbox rows queued before the
 * rebuild began are then done with; those queued while it ran stay for the dispatcher.
 */
export async function sendAllToMeilisearch(db: Db, meili: ReturnType<typeof meilisearchEngine>, progress: Progress = () => undefined): Promise<number> {
  // the servers' dispatchers wait until the rebuild is done
  const sent = await asTheSender(db, () => sendAll(db, meili, progress), { wait: true });
  return sent!;
}

async function sendAll(db: Db, meili: ReturnType<typeof meilisearchEngine>, progress: Progress): Promise<number> {
  // the rows there now, by id: on PostgreSQL a row committed later may carry a lower id
  const queuedBefore = (await db.dataSource.getRepository(SearchOutboxRow).find({ select: { id: true } })).map((r) => r.id);
  await meili.applySettings();
  await meili.clear();
  const total = await db.dataSource.getRepository(SearchEntryRow).count();
  progress(0, total);
  for (let offset = 0; offset < total; offset += BATCH) {
    const entries = await db.dataSource.getRepository(SearchEntryRow).find({ order: { id: 'ASC' }, skip: offset, take: BATCH });
    await meili.send(entries);
    progress(Math.min(offset + entries.length, total), total);
  }
  await db.write(async (em) => {
    for (let i = 0; i < queuedBefore.length; i += BATCH) await em.delete(SearchOutboxRow, { id: In(queuedBefore.slice(i, i + BATCH)) });
  });
  return total;
}
