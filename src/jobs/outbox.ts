import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { type Db, isPostgres, type Tx } from '../db/database.js';
import { OutboxRow } from './outbox.entity.js';

export interface OutboxMessage {
  id: number;
  topic: string;
  key: string;
  payload: unknown;
  attempts: number;
  createdAt: string;
}

/**
 * Write a message in the caller's transaction: it exists if and only if the change it reports
 * commits. Times here are the machine's (when to try), not the documents' clock.
 */
export async function enqueue(tx: Tx, message: { topic: string; key: string; payload?: unknown }, now = new Date()): Promise<void> {
  const at = now.toISOString();
  await tx.em.insert(OutboxRow, { topic: message.topic, key: message.key, payload: JSON.stringify(message.payload ?? {}), attempts: 0, nextAttemptAt: at, leasedUntil: null, leaseId: null, lastError: null, createdAt: at });
}

// A message may be leased when it is due and nobody holds it, and every older message with its key
// is too (those come first in the batch): so one key's messages are delivered in order, by one worker at a time.
const LEASE = `
UPDATE outbox SET "leasedUntil" = :until, "leaseId" = :leaseId
 WHERE id IN (
   SELECT o.id FROM outbox o
    WHERE o.topic = :topic AND o."nextAttemptAt" <= :now AND (o."leasedUntil" IS NULL OR o."leasedUntil" <= :now)
      AND NOT EXISTS (
        SELECT 1 FROM outbox p
         WHERE p.topic = o.topic AND p.key = o.key AND p.id < o.id
           AND (p."nextAttemptAt" > :now OR p."leasedUntil" > :now))
    ORDER BY o.id
    LIMIT :limit)
RETURNING id, topic, key, payload, attempts, "createdAt"`;

/**
 * Lease up to `limit` due messages of `topic`, oldest first, for `leaseMs`. Leases are taken one
 * worker at a time per topic (SQLite has one writer; PostgreSQL takes a transaction-scoped advisory
 * lock per topic), so two workers never hold the same message, nor two messages of one key. A
 * message written by a transaction that commits late is simply leased later: nothing is skipped.
 * A worker that dies loses its lease when it runs out, and the messages are delivered again.
 */
export async function lease(db: Db, topic: string, options: { now: Date; limit: number; leaseMs: number }): Promise<{ leaseId: string; messages: OutboxMessage[] }> {
  const leaseId = randomUUID();
  const params = { topic, leaseId, now: options.now.toISOString(), until: new Date(options.now.getTime() + options.leaseMs).toISOString(), limit: options.limit };
  const rows = await db.write(async ({ em }) => {
    if (isPostgres(em)) await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`outbox:${topic}`]);
    const [sql, parameters] = em.connection.driver.escapeQueryWithParameters(LEASE, params);
    const result = await em.query(sql, parameters);
    // PostgreSQL answers an UPDATE … RETURNING with [rows, count]
    return (isPostgres(em) ? result[0] : result) as (Omit<OutboxMessage, 'payload'> & { payload: string })[];
  });
  const messages = rows.map((r) => ({ ...r, id: Number(r.id), attempts: Number(r.attempts), payload: JSON.parse(r.payload) as unknown })).sort((a, b) => a.id - b.id);
  return { leaseId, messages };
}

/**
 * Delete what was delivered; put back what failed, to be tried at `retryAt`; release what waits
 * behind a failure as it is. Only messages still under this lease are touched.
 */
export async function settle(
  db: Db,
  leaseId: string,
  outcome: { delivered: number[]; failed: { id: number; attempts: number; error: string; retryAt: Date }[]; waiting: number[] },
): Promise<void> {
  const { delivered, failed, waiting } = outcome;
  if (delivered.length + failed.length + waiting.length === 0) return;
  await db.write(async ({ em }) => {
    if (delivered.length > 0) await em.delete(OutboxRow, { id: In(delivered), leaseId });
    for (const f of failed) {
      await em.update(OutboxRow, { id: f.id, leaseId }, { attempts: f.attempts, lastError: f.error.slice(0, 500), nextAttemptAt: f.retryAt.toISOString(), leasedUntil: null, leaseId: null });
    }
    if (waiting.length > 0) await em.update(OutboxRow, { id: In(waiting), leaseId }, { leasedUntil: null, leaseId: null });
  });
}

export interface OutboxCounts {
  pending: number;
  /** messages that failed at least once and wait to be tried again */
  failing: number;
  oldestCreatedAt: string | null;
}

export async function countOutbox(db: Db, topic: string): Promise<OutboxCounts> {
  const row = await db.dataSource
    .getRepository(OutboxRow)
    .createQueryBuilder('o')
    .select('COUNT(*)', 'pending')
    .addSelect('SUM(CASE WHEN o.attempts > 0 THEN 1 ELSE 0 END)', 'failing')
    .addSelect('MIN(o.createdAt)', 'oldest')
    .where('o.topic = :topic', { topic })
    .getRawOne<{ pending: string | number; failing: string | number | null; oldest: string | null }>();
  return { pending: Number(row?.pending ?? 0), failing: Number(row?.failing ?? 0), oldestCreatedAt: row?.oldest ?? null };
}
