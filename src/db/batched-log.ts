import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { Logger } from '../shared/logger.js';
import type { Db } from './database.js';

const FLUSH_AFTER_MS = 200;
const FLUSH_AT_ROWS = 500;

export type BatchedLog<T extends ObjectLiteral> = ReturnType<typeof batchedLog<T>>;

/**
 * A log written off the request's path (the search log, usage events). Rows are inserted together
 * at most 200 ms later, so that a read never waits for a commit of its own and never fails because
 * of one; a crash loses at most those 200 ms of log, never a document change. With
 * `ignoreDuplicates`, a row whose unique key is already stored is dropped (one usage event per
 * agent, document and minute).
 */
export function batchedLog<T extends ObjectLiteral>(db: Db, logger: Logger, entity: EntityTarget<T>, options: { name: string; ignoreDuplicates?: boolean; flushAfterMs?: number }) {
  const flushAfterMs = options.flushAfterMs ?? FLUSH_AFTER_MS;
  let rows: T[] = [];
  let timer: NodeJS.Timeout | undefined;

  /** Write every remembered row now (before a click is matched to its search, and at shutdown). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (rows.length === 0) return;
    const batch = rows;
    rows = [];
    try {
      await db.write(async ({ em }) => {
        const insert = em.createQueryBuilder().insert().into(entity).values(batch);
        await (options.ignoreDuplicates ? insert.orIgnore() : insert).execute();
      });
    } catch (error) {
      logger.error({ err: error, rows: batch.length }, `could not write the ${options.name}`);
    }
  }

  return {
    add(row: T): void {
      rows.push(row);
      if (rows.length >= FLUSH_AT_ROWS) void flush();
      else timer ??= setTimeout(() => void flush(), flushAfterMs).unref();
    },
    flush,
  };
}
