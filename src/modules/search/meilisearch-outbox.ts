import { backOff } from 'exponential-backoff';
import type { Index, Meilisearch, Task } from 'meilisearch';
import { In, LessThanOrEqual } from 'typeorm';
import type { Db } from '../../db/database.js';
import { meiliSettings, type MeiliDocument, toMeiliDocument } from './meilisearch-mapping.js';
import { SearchEntryRow, SearchOutboxRow } from './search.entity.js';
import { queueEveryEntry, useOutbox } from './search-index.js';

// How changes reach Meilisearch: every version change writes an outbox row in its own transaction
// (search-index.ts); this sends those rows over, retrying, and never loses one (decision 0008).

const BATCH = 500;
const MAX_DELAY_MS = 5 * 60_000;

/** Seconds doubling from 1 s up to 5 minutes: when a failed outbox row is tried again. */
export const retryDelayMs = (attempts: number) => Math.min(1000 * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);

/** Meilisearch answered, and refused: unlike a network error, trying the same request again will not help. */
export class TaskFailed extends Error {}

/** The client hands back a task that failed as it does one that succeeded; here it is an error. */
export function succeeded(task: Task, unlessCode?: string): Task {
  if (task.status === 'succeeded' || (unlessCode && task.error?.code === unlessCode)) return task;
  throw new TaskFailed(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no reason given'}`);
}

/**
 * Run `fn` as the only one sending the outbox to Meilisearch. On PostgreSQL several servers share
 * one outbox: whoever holds a transaction-scoped advisory lock sends, so a change never overtakes an
 * older one that another server is still sending. A drain that cannot have the lock skips its turn
 * (undefined); a rebuild waits for it. On SQLite there is one server.
 */
export async function asTheSender<T>(db: Db, fn: () => Promise<T>, { wait }: { wait: boolean }): Promise<T | undefined> {
  if (db.writeSource.options.type !== 'postgres') return fn();
  return db.writeSource.transaction(async (em) => {
    if (wait) await em.query(`SELECT pg_advisory_xact_lock(hashtext('search_outbox'))`);
    else if (!(await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('search_outbox')) AS locked`))[0].locked) return undefined;
    return fn();
  });
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The sending half of the Meilisearch engine: settings, the outbox drain, a rebuild's sends. From
 * its creation on, this database's changes are queued for Meilisearch.
 */
export function meilisearchSender(db: Db, client: Meilisearch, index: Index<MeiliDocument>, timeoutMs: number) {
  let lastSync: string | null = null;
  let lastError: string | null = null;
  let connected = false;
  const wait = { timeout: timeoutMs * 5 };
  useOutbox(db);

  /** Create the index if needed and apply search/meilisearch.json and the synonyms. */
  async function applySettings() {
    const { primaryKey, settings } = meiliSettings();
    succeeded(await client.createIndex(index.uid, { primaryKey }).waitTask(wait), 'index_already_exists');
    succeeded(await index.updateSettings(settings).waitTask(wait));
  }

  /**
   * Apply the settings, then, when the index holds fewer documents than the database has entries
   * (a new or emptied index, or versions written while nothing queued them), queue every entry
   * not already waiting in the outbox.
   */
  async function connect() {
    await applySettings();
    const [{ numberOfDocuments }, entries] = await Promise.all([index.getStats(), db.dataSource.getRepository(SearchEntryRow).count()]);
    if (numberOfDocuments < entries) await queueEveryEntry(db);
    connected = true;
  }

  /**
   * Send what the outbox holds (up to one batch); returns how many rows were carried over. Nothing
   * is sent before the settings are applied: documents sent first would create the index without them.
   */
  async function drain(now = new Date()): Promise<number> {
    return (await asTheSender(db, () => drainBatch(now), { wait: false })) ?? 0;
  }

  async function drainBatch(now: Date): Promise<number> {
    const outbox = db.dataSource.getRepository(SearchOutboxRow);
    const rows = await outbox.find({ where: { nextAttemptAt: LessThanOrEqual(now.toISOString()) }, order: { id: 'ASC' }, take: BATCH });
    const entries = rows.length === 0 ? [] : await db.dataSource.getRepository(SearchEntryRow).findBy({ versionId: In([...new Set(rows.map((r) => r.versionId))]) });
    let reached = false; // whether this call got an answer from Meilisearch (an empty call says nothing)
    let refused = new Map<string, string>();
    try {
      await backOff(
        async () => {
          if (!connected) {
            await connect();
            reached = true;
          }
          if (entries.length > 0) {
            refused = await sendAllBut(entries);
            reached = true;
          }
        },
        { numOfAttempts: 3, startingDelay: 100, timeMultiple: 4 },
      );
    } catch (error) {
      await postpone(rows, now, () => message(error));
      return 0;
    }
    if (reached) lastError = null;
    const done = rows.filter((r) => !refused.has(r.versionId));
    await postpone(
      rows.filter((r) => refused.has(r.versionId)),
      now,
      (r) => refused.get(r.versionId)!,
    );
    if (done.length === 0) return 0;
    await db.write((em) => em.delete(SearchOutboxRow, { id: In(done.map((r) => r.id)) }));
    lastSync = new Date().toISOString();
    return done.length;
  }

  /** Try rows again later, each after a longer delay than the last time. */
  async function postpone(rows: SearchOutboxRow[], now: Date, why: (row: SearchOutboxRow) => string) {
    if (rows.length === 0) return;
    lastError = why(rows[0]!).slice(0, 500);
    await db.write(async (em) => {
      for (const r of rows) {
        const attempts = r.attempts + 1;
        await em.update(SearchOutboxRow, { id: r.id }, { attempts, lastError: why(r).slice(0, 500), nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString() });
      }
    });
  }

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

  const send = async (entries: SearchEntryRow[]) => succeeded(await index.addDocuments(entries.map(toMeiliDocument)).waitTask(wait));
  const clear = async () => succeeded(await index.deleteAllDocuments().waitTask(wait));

  return { applySettings, connect, drain, send, clear, state: () => ({ lastSync, lastError }) };
}

/** Drain the outbox every `intervalMs` until stopped; a failing Meilisearch only delays. */
export function startDispatcher(drain: () => Promise<number>, intervalMs = 1000) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      while (!stopped && (await drain()) > 0);
    } catch (error) {
      console.error('[search] outbox drain failed', error);
    }
    if (!stopped) timer = setTimeout(() => void tick(), intervalMs);
  };
  void tick();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
