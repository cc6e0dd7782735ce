import type { Index, Meilisearch, Task } from 'meilisearch';
import { In } from 'typeorm';
import type { Db, Tx } from '../../db/database.js';
import { enqueue, type OutboxMessage } from '../../jobs/outbox.js';
import type { TopicHandler } from '../../jobs/outbox-worker.js';
import { meiliSettings, type MeiliDocument, toMeiliDocument } from './meilisearch-mapping.js';
import { SearchEntryRow } from './search.entity.js';

// How changes reach Meilisearch (decision 0008): every version change writes an outbox message on
// this topic, keyed by the version, in its own transaction; the topic's worker sends the version's
// search entry as it stands when it is sent. Several messages for one version send it once.

export const MEILISEARCH_TOPIC = 'search.meilisearch';

/** Queue a version for Meilisearch, in the transaction that changed it. */
export const queueForMeilisearch = (tx: Tx, versionId: string) => enqueue(tx, { topic: MEILISEARCH_TOPIC, key: versionId });

/** Queue every search entry not already waiting, in one statement (how a new or emptied index is filled). */
export async function queueEveryEntry(db: Db, options: { evenIfQueued?: boolean } = {}, now = new Date().toISOString()): Promise<void> {
  const unlessQueued = options.evenIfQueued ? '' : `WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.topic = :queued AND o.key = e."versionId")`;
  await db.write(async ({ em }) => {
    const [sql, parameters] = em.connection.driver.escapeQueryWithParameters(
      `INSERT INTO outbox (topic, key, payload, attempts, "nextAttemptAt", "createdAt")
       SELECT :topic, e."versionId", '{}', 0, :now, :now FROM search_entries e ${unlessQueued} ORDER BY e.id`,
      // one name per use: PostgreSQL gives a parameter one type, and a column and a selected value differ
      { now, topic: MEILISEARCH_TOPIC, queued: MEILISEARCH_TOPIC },
    );
    await em.query(sql, parameters);
  });
}

/** Meilisearch answered, and refused: unlike a network error, trying the same request again will not help. */
export class TaskFailed extends Error {}

/** The client hands back a task that failed as it does one that succeeded; here it is an error. */
export function succeeded(task: Task, unlessCode?: string): Task {
  if (task.status === 'succeeded' || (unlessCode && task.error?.code === unlessCode)) return task;
  throw new TaskFailed(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}

/** The sending half of the Meilisearch engine: settings, the topic's delivery, a rebuild's sends. */
export function meilisearchSender(db: Db, client: Meilisearch, index: Index<MeiliDocument>, timeoutMs: number) {
  const wait = { timeout: timeoutMs * 5 };

  /** Create the index if needed and apply search/meilisearch.json and the synonyms. */
  async function applySettings() {
    const { primaryKey, settings } = meiliSettings();
    succeeded(await client.createIndex(index.uid, { primaryKey }).waitTask(wait), 'index_already_exists');
    succeeded(await index.updateSettings(settings).waitTask(wait));
  }

  /**
   * Apply the settings, then, when the index holds fewer documents than the database has entries
   * (a new or emptied index, or versions written while nothing queued them), queue every entry
   * not already waiting.
   */
  async function connect() {
    await applySettings();
    const [{ numberOfDocuments }, entries] = await Promise.all([index.getStats(), db.dataSource.getRepository(SearchEntryRow).count()]);
    if (numberOfDocuments < entries) await queueEveryEntry(db);
  }

  const send = async (entries: SearchEntryRow[]) => succeeded(await index.addDocuments(entries.map(toMeiliDocument)).waitTask(wait));
  const clear = async () => succeeded(await index.deleteAllDocuments().waitTask(wait));

  /**
   * Send the entries; returns those Meilisearch refused (by version id, with why). One bad document
   * fails its whole batch, so a refused batch is sent again in halves: only what it refuses waits.
   */
  async function sendAllBut(entries: SearchEntryRow[]): Promise<Map<string, string>> {
    try {
      await send(entries);
      return new Map();
    } catch (error) {
      if (!(error instanceof TaskFailed)) throw error;
      if (entries.length === 1) return new Map([[entries[0]!.versionId, error.message]]);
      const half = Math.ceil(entries.length / 2);
      return new Map([...(await sendAllBut(entries.slice(0, half))), ...(await sendAllBut(entries.slice(half)))]);
    }
  }

  /** The outbox topic: nothing is sent before the settings are on (documents sent first would create the index without them). */
  const topic: TopicHandler = {
    topic: MEILISEARCH_TOPIC,
    batchSize: 500,
    prepare: connect,
    async deliver(messages: OutboxMessage[]) {
      const entries = await db.dataSource.getRepository(SearchEntryRow).findBy({ versionId: In([...new Set(messages.map((m) => m.key))]) });
      const refused = entries.length > 0 ? await sendAllBut(entries) : new Map<string, string>();
      return new Map(messages.filter((m) => refused.has(m.key)).map((m) => [m.id, refused.get(m.key)!]));
    },
  };

  return { applySettings, connect, send, clear, topic };
}
