import { In, Not } from 'typeorm';
import { isSqlite } from '../../db/database.js';
import { OutboxRow } from '../../jobs/outbox.entity.js';
import { VersionRow } from '../versioning/version.entity.js';
import type { MeilisearchEngine } from './meilisearch-engine.js';
import { MEILISEARCH_TOPIC, queueEveryEntry } from './meilisearch-outbox.js';
import { dictionaryFingerprint } from './dictionaries.js';
import { SearchEntryRow, SearchIndexMetaRow } from './search.entity.js';
import type { SearchRuntime } from './search.runtime.js';

const BATCH = 500;

/** How the index derives its words from a version (search-index.ts); raise it when that changes, and every index is rebuilt at the next start. */
const INDEX_FORMAT = 2;
const formatNow = () => `${INDEX_FORMAT}:${dictionaryFingerprint()}`;

/**
 * Rebuild the index when it was built another way — by older code, or with other synonyms, lexicon
 * or stop words — and record how it is built now. Returns whether it rebuilt.
 */
export async function ensureIndexFormat(search: SearchRuntime): Promise<boolean> {
  const meta = search.db.dataSource.getRepository(SearchIndexMetaRow);
  const stored = (await meta.findOneBy({ key: 'format' }))?.value;
  if (stored === formatNow()) return false;
  const entries = await search.db.dataSource.getRepository(SearchEntryRow).count();
  if (entries > 0) await rebuildSearchEntries(search);
  await search.db.write(({ em }) => em.upsert(SearchIndexMetaRow, { key: 'format', value: formatNow() }, ['key']));
  return entries > 0;
}
type Progress = (done: number, total: number) => void;

/**
 * Rebuild the search view of every version, in one transaction (searchers see the old index or the
 * new), the way a stored version is indexed: entries are rewritten where they are, so their ids —
 * Meilisearch's document ids — stay; the embedded index is written anew; entries of versions that no
 * longer exist go.
 */
export async function rebuildSearchEntries(search: SearchRuntime, progress: Progress = () => undefined): Promise<number> {
  const { db } = search;
  const total = await db.dataSource.getRepository(VersionRow).count();
  progress(0, total);
  await db.write(async (tx) => {
    if (isSqlite(tx.em)) {
      await tx.em.query('DELETE FROM search_fts');
      await tx.em.query('DELETE FROM search_scope');
    }
    const versionIds: string[] = [];
    for (let offset = 0; offset < total; offset += BATCH) {
      const versions = await tx.em.find(VersionRow, { order: { id: 'ASC' }, skip: offset, take: BATCH });
      for (const v of versions) await search.indexVersion(tx, v);
      versionIds.push(...versions.map((v) => v.id));
      progress(Math.min(offset + versions.length, total), total);
    }
    await tx.em.delete(SearchEntryRow, { versionId: Not(In(versionIds.length > 0 ? versionIds : [''])) });
    // every entry rewritten, some gone: other processes read their index anew
    if (isSqlite(tx.em)) await tx.em.query('INSERT INTO search_changes (entryId, at) VALUES (NULL, ?)', [Date.now()]);
    // every entry was rewritten and some removed: read the in-memory index anew
    tx.afterCommit(() => void search.memory?.reread().catch(() => undefined));
  });
  return total;
}

/**
 * Rebuild the Meilisearch index: apply the settings, empty it, queue every search entry behind
 * whatever is already queued, and deliver until the queue holds nothing this process can send. A
 * server's worker may deliver alongside (the outbox leases messages to one worker at a time), and a
 * change written meanwhile is queued after the rebuild's message for its version, so it reaches the
 * index too. Returns how many messages wait because Meilisearch refused them (they are retried).
 */
export async function rebuildMeilisearch(search: SearchRuntime & { meili: MeilisearchEngine }, progress: Progress = () => undefined): Promise<number> {
  const { db, meili } = search;
  await meili.applySettings();
  await meili.clear();
  const outbox = db.dataSource.getRepository(OutboxRow);
  const before = (await outbox.findOne({ where: { topic: MEILISEARCH_TOPIC }, order: { id: 'DESC' } }))?.id ?? 0;
  await queueEveryEntry(db, { evenIfQueued: true });
  const queued = await outbox.createQueryBuilder('o').where('o.topic = :topic AND o.id > :before', { topic: MEILISEARCH_TOPIC, before }).getCount();
  progress(0, queued);
  for (;;) {
    const delivered = await meili.worker.runOnce();
    const left = await outbox.createQueryBuilder('o').where('o.topic = :topic AND o.id > :before', { topic: MEILISEARCH_TOPIC, before }).getCount();
    progress(queued - left, queued);
    // what is left failed, or waits behind a failure: the server's worker retries it
    const deliverable = await outbox
      .createQueryBuilder('o')
      .where('o.topic = :topic AND o.id > :before AND o.attempts = 0', { topic: MEILISEARCH_TOPIC, before })
      .andWhere('NOT EXISTS (SELECT 1 FROM outbox p WHERE p.topic = o.topic AND p.key = o.key AND p.id < o.id AND p.attempts > 0)')
      .getCount();
    if (deliverable === 0) return left;
    // the rest is held by another worker: wait for it
    if (delivered === 0) await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
