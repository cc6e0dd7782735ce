import type { Db } from '../../db/database.js';
import { type ConnectionShape, offsetOf, type Page, positionalConnection } from '../../shared/pagination.js';
import { VersionRow } from './version.entity.js';

/**
 * Versions waiting for review, the most recently submitted first. A version in review is not
 * edited (only publish or reject move it on), so its updatedAt is when it was submitted.
 * The cursor is the position in the queue.
 */
export async function reviewQueue(db: Db, page: Page): Promise<ConnectionShape<VersionRow>> {
  const [rows, totalCount] = await db.dataSource.getRepository(VersionRow).findAndCount({
    where: { status: 'IN_REVIEW' },
    order: { updatedAt: 'DESC', id: 'ASC' },
    skip: offsetOf(page),
    take: page.limit + 1,
  });
  return positionalConnection(rows, page, totalCount);
}
