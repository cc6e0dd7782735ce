import type { Db } from '../../db/database.js';
import { SearchLogRow } from './search.entity.js';

const FLUSH_AFTER_MS = 200;
const FLUSH_AT_ROWS = 500;

interface Pending {
  rows: SearchLogRow[];
  timer?: NodeJS.Timeout;
}
const pendingFor = new WeakMap<Db, Pending>();

/**
 * Remember a search. Rows are written together, at most 200 ms later, so that a search never
 * waits for a commit of its own; a crash loses at most those 200 ms of log, never a document change.
 */
export function logSearch(db: Db, row: SearchLogRow): void {
  let pending = pendingFor.get(db);
  if (!pending) pendingFor.set(db, (pending = { rows: [] }));
  pending.rows.push(row);
  if (pending.rows.length >= FLUSH_AT_ROWS) void flushSearchLog(db);
  else pending.timer ??= setTimeout(() => void flushSearchLog(db), FLUSH_AFTER_MS).unref();
}

/** Write every remembered search now (before a click is matched to its search, and at shutdown). */
export async function flushSearchLog(db: Db): Promise<void> {
  const pending = pendingFor.get(db);
  if (!pending || pending.rows.length === 0) return;
  clearTimeout(pending.timer);
  pending.timer = undefined;
  const rows = pending.rows.splice(0);
  try {
    await db.write((em) => em.insert(SearchLogRow, rows));
  } catch (error) {
    console.error(`[search] could not write ${rows.length} search log rows`, error);
  }
}
