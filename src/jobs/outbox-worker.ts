import { backOff } from 'exponential-backoff';
import type { Db } from '../db/database.js';
import type { Logger } from '../shared/logger.js';
import { countOutbox, lease, type OutboxCounts, type OutboxMessage, settle } from './outbox.js';

/** How one topic's messages are delivered. */
export interface TopicHandler {
  topic: string;
  /** messages per delivery (default 100) */
  batchSize?: number;
  /** how long a worker may hold a batch before another may take it over (default 5 minutes) */
  leaseMs?: number;
  /** runs before the first delivery, and again before each until it succeeds (Meilisearch applies its index settings) */
  prepare?(): Promise<void>;
  /** when a refused message is tried again, by the attempts it has had (default: retryDelayMs, doubling from 1 s to 5 min) */
  retryDelayMs?(attempts: number): number;
  /**
   * Deliver the messages, in their order. Returns the ids the receiver refused, each with why; the
   * others are done. Once one of a key's messages is refused, that key's later messages must not be
   * delivered (they wait behind it). Throwing means none got through: all are tried again.
   * `now` is the worker's instant (what a test drives with runOnce(now)).
   */
  deliver(messages: OutboxMessage[], now: Date): Promise<Map<number, string>>;
}

export interface TopicStatus extends OutboxCounts {
  topic: string;
  /** when this process last delivered a message of the topic */
  lastDeliveryAt: string | null;
  /** why the last attempt failed; null once one gets through */
  lastError: string | null;
}

const MAX_DELAY_MS = 5 * 60_000;

/** Seconds doubling from 1 s up to 5 minutes: when a failed message is tried again. */
export const retryDelayMs = (attempts: number) => Math.min(1000 * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

export type OutboxWorker = ReturnType<typeof outboxWorker>;

/**
 * The worker of one topic: leases due messages, delivers them (three quick tries for a passing
 * failure), deletes what got through and puts back what did not, each time with a longer delay.
 * Any number of workers may run on one database (decision 0012).
 */
export function outboxWorker(db: Db, handler: TopicHandler, logger: Logger) {
  const { topic, batchSize = 100, leaseMs = 5 * 60_000 } = handler;
  const delayOf = handler.retryDelayMs ?? retryDelayMs;
  let prepared = !handler.prepare;
  let lastDeliveryAt: string | null = null;
  let lastError: string | null = null;
  const log = logger.child({ topic });

  /** One batch; returns how many messages were delivered. */
  async function runOnce(now = new Date()): Promise<number> {
    const { leaseId, messages } = await lease(db, topic, { now, limit: batchSize, leaseMs });
    let reached = false; // whether the receiver answered this time (an empty run says nothing)
    let refused = new Map<number, string>();
    try {
      await backOff(
        async () => {
          if (!prepared) {
            await handler.prepare!();
            prepared = reached = true;
          }
          if (messages.length > 0) {
            refused = await handler.deliver(messages, now);
            reached = true;
          }
        },
        { numOfAttempts: 3, startingDelay: 100, timeMultiple: 4 },
      );
    } catch (error) {
      lastError = message(error).slice(0, 500);
      log.warn({ err: error, messages: messages.length }, 'delivery failed; the messages wait');
      await settle(db, leaseId, { delivered: [], failed: messages.map((m) => failure(m, lastError!, now)), waiting: [] });
      return 0;
    }
    if (reached) lastError = null;
    const failed = messages.filter((m) => refused.has(m.id)).map((m) => failure(m, refused.get(m.id)!, now));
    // a refused message holds back the later messages of its key: they wait behind it, as they are
    const firstRefused = new Map<string, number>();
    for (const m of messages) if (refused.has(m.id) && !firstRefused.has(m.key)) firstRefused.set(m.key, m.id);
    const behind = (m: OutboxMessage) => m.id > (firstRefused.get(m.key) ?? Infinity);
    const delivered = messages.filter((m) => !refused.has(m.id) && !behind(m)).map((m) => m.id);
    const waiting = messages.filter((m) => !refused.has(m.id) && behind(m)).map((m) => m.id);
    if (failed.length > 0) {
      lastError = failed[0]!.error.slice(0, 500);
      log.warn({ refused: failed.length, reason: lastError }, 'the receiver refused messages; they wait');
    }
    await settle(db, leaseId, { delivered, failed, waiting });
    if (delivered.length > 0) lastDeliveryAt = new Date().toISOString();
    return delivered.length;
  }

  const failure = (m: OutboxMessage, error: string, now: Date) => ({ id: m.id, attempts: m.attempts + 1, error, retryAt: new Date(now.getTime() + delayOf(m.attempts + 1)) });

  async function status(): Promise<TopicStatus> {
    return { topic, ...(await countOutbox(db, topic)), lastDeliveryAt, lastError };
  }

  return { topic, runOnce, status };
}
