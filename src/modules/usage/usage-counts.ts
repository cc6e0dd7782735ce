import type { Db } from '../../db/database.js';
import { UsageEventRow } from './usage-event.entity.js';

/** How often agents opened each document, ever (usage events: at most one per agent and minute). */
export async function opensOf(db: Db, documentIds: readonly string[]): Promise<Map<string, number>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db.dataSource
    .getRepository(UsageEventRow)
    .createQueryBuilder('u')
    .select('u.documentId', 'documentId')
    .addSelect('COUNT(*)', 'opens')
    .where("u.documentId IN (:...ids) AND u.action = 'OPEN'", { ids: documentIds })
    .groupBy('u.documentId')
    .getRawMany<{ documentId: string; opens: string | number }>();
  return new Map(rows.map((r) => [r.documentId, Number(r.opens)]));
}
