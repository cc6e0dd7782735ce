import type { Db } from '../../db/database.js';
import { VersionRow } from '../versioning/version.entity.js';
import type { MeilisearchEngine } from './meilisearch-engine.js';
import { MEILISEARCH_TOPIC, queueEveryEntry } from './meilisearch-outbox.js';
import { SearchEntryRow } from './search.entity.js';
import { indexVersion } from './search-index.js';
import { countOutbox } from '../../jobs/outbox.js';

const BATCH = 500;
type Progress = (done: number, total: number) => void;

/** Rebuild every search entry (and FTS row) from the versions, in one transaction: searchers see the old index or the new. */
export async function rebuildSearchEntries(db: Db, progress: Progress = () => undefined): Promise<number> {
  const total = await db.dataSource.getRepository(VersionRow).count();
  progress(0, total);
  await db.write(async (tx) => {
    if (tx.em.connection.options.type === 'better-sqlite3') {
      await tx.em.query('DELETE FROM search_fts');
      await tx.em.query('DELETE FROM search_scope');
    }
    await tx.em.createQueryBuilder().delete().from(SearchEntryRow).execute();
    for (let offset = 0; offset < total; offset += BATCH) {
      const versions = await tx.em.find(VersionRow, { order: { id: 'ASC' }, skip: offset, take: BATCH });
      for (const v of versions) await indexVersion(tx, v);
      progress(Math.min(offset + versions.length, total), total);
    }
  });
  return total;
}

/**
 * Rebuild the Meilisearch index: apply the settings, empty it, queue every search entry behind
 * whatever is already queued, and deliver until the queue is empty. A server's worker may deliver
 * alongside (the outbox leases messages to one worker at a time), and a change written meanwhile is
 * queued after the rebuild's message for its version, so it reaches the index too. Returns how many
 * messages are left because Meilisearch refused them (they wait in the outbox, retried later).
 */
export async function rebuildMeilisearch(db: Db, meili: MeilisearchEngine, progress: Progress = () => undefined): Promise<number> {
  await meili.applySettings();
  await meili.clear();
  await queueEveryEntry(db, { evenIfQueued: true });
  const total = (await countOutbox(db, MEILISEARCH_TOPIC)).pending;
  progress(0, total);
  for (;;) {
    const delivered = await meili.worker.runOnce();
    const { pending, failing } = await countOutbox(db, MEILISEARCH_TOPIC);
    progress(total - pending, total);
    if (pending === failing) return pending;
    // the rest is held by another worker, or its earlier messages are: wait for them
    if (delivered === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
