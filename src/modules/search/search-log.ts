import type { Db } from '../../db/database.js';
import type { Logger } from '../../shared/logger.js';
import { SearchLogRow } from './search.entity.js';

const FLUSH_AFTER_MS = 200;
const FLUSH_AT_ROWS = 500;

export type SearchLog = ReturnType<typeof createSearchLog>;

/**
 * The search log of one server. Rows are written together, at most 200 ms later, so that a search
 * never waits for a commit of its own; a crash loses at most those 200 ms of log, never a document change.
 */
export function createSearchLog(db: Db, logger: Logger) {
  let rows: SearchLogRow[] = [];
  let timer: NodeJS.Timeout | undefined;

  /** Write every remembered search now (before a click is matched to its search, and at shutdown). */
  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (rows.length === 0) return;
    const batch = rows;
    rows = [];
    try {
      await db.write(({ em }) => em.insert(SearchLogRow, batch));
    } catch (error) {
      logger.error({ err: error, rows: batch.length }, 'could not write the search log');
    }
  }

  return {
    add(row: SearchLogRow): void {
      rows.push(row);
      if (rows.length >= FLUSH_AT_ROWS) void flush();
      else timer ??= setTimeout(() => void flush(), FLUSH_AFTER_MS).unref();
    },
    flush,
  };
}
