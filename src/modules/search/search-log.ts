import type { Db } from '../../db/database.js';
import { batchedLog } from '../../db/batched-log.js';
import type { Logger } from '../../shared/logger.js';
import { SearchLogRow } from './search.entity.js';

export type SearchLog = ReturnType<typeof createSearchLog>;

/** Every search of one server, written off the search's path (db/batched-log.ts). */
export const createSearchLog = (db: Db, logger: Logger) => batchedLog(db, logger, SearchLogRow, { name: 'search log' });
