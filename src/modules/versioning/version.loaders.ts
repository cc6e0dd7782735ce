import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Db } from '../../db/database.js';
import type { Page } from '../../shared/pagination.js';
import { inForceOf } from './in-force.js';
import { VersionRow, type VersionStatus } from './version.entity.js';
import { DocumentRow } from './document.entity.js';
import { AuditEntryRow } from '../audit/audit-entry.entity.js';

export interface VersionPage {
  rows: VersionRow[];
  totalCount: number;
}

/** Per-request batch loaders for versions: one statement per relation, however many parents ask. */
export function versionLoaders(db: Db) {
  const versions = db.dataSource.getRepository(VersionRow);
  const inForceByInstant = new Map<string, DataLoader<string, VersionRow | null>>();
  const pagesByArgs = new Map<string, DataLoader<string, VersionPage>>();

  const byId = new DataLoader<string, VersionRow | null>(async (ids) => {
    const rows = await versions.findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  const documentById = new DataLoader<string, DocumentRow | null>(async (ids) => {
    const rows = await db.dataSource.getRepository(DocumentRow).findBy({ id: In([...ids]) });
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });

  /** The version of each document in force at `asOf` (ISO UTC), or null. */
  function inForce(asOf: string): DataLoader<string, VersionRow | null> {
    let loader = inForceByInstant.get(asOf);
    if (!loader) {
      loader = new DataLoader(async (documentIds) => {
        const found = await inForceOf(db, documentIds, asOf);
        return documentIds.map((id) => found.get(id) ?? null);
      });
      inForceByInstant.set(asOf, loader);
    }
    return loader;
  }

  /** A page of each document's versions, newest first, restricted to `statuses`. */
  function page(p: Page, statuses: readonly VersionStatus[]): DataLoader<string, VersionPage> {
    const key = `${p.limit}|${p.afterKey ?? ''}|${statuses.join(',')}`;
    let loader = pagesByArgs.get(key);
    if (!loader) {
      loader = new DataLoader(async (documentIds) => {
        const params = { documentIds, statuses, after: p.afterKey, limit: p.limit + 1 };
        const afterCursor = p.afterKey === undefined ? '' : ' AND w.versionNumber < :after';
        // One statement for all documents: number each document's versions and keep the first n.
        const rows = await versions
          .createQueryBuilder('v')
          .innerJoin(
            (sub) =>
              sub
                .from(VersionRow, 'w')
                .select('w.id', 'id')
                .addSelect('ROW_NUMBER() OVER (PARTITION BY w.documentId ORDER BY w.versionNumber DESC)', 'rn')
                .where(`w.documentId IN (:...documentIds) AND w.status IN (:...statuses)${afterCursor}`),
            'r',
            'r.id = v.id',
          )
          .where('r.rn <= :limit')
          .setParameters(params)
          .orderBy('v.versionNumber', 'DESC')
          .getMany();
        const counts: { documentId: string; n: string | number }[] = await versions
          .createQueryBuilder('v')
          .select('v.documentId', 'documentId')
          .addSelect('COUNT(*)', 'n')
          .where('v.documentId IN (:...documentIds) AND v.status IN (:...statuses)', params)
          .groupBy('v.documentId')
          .getRawMany();
        const total = new Map(counts.map((c) => [c.documentId, Number(c.n)]));
        return documentIds.map((id) => ({ rows: rows.filter((r) => r.documentId === id), totalCount: total.get(id) ?? 0 }));
      });
      pagesByArgs.set(key, loader);
    }
    return loader;
  }

  /** Each version's submissions and rejections, oldest first, from the audit trail (the record of who did what). */
  const reviewHistory = new DataLoader<VersionRow, AuditEntryRow[], string>(
    async (keys) => {
      const rows = await db.dataSource.getRepository(AuditEntryRow).find({
        where: { documentId: In([...new Set(keys.map((v) => v.documentId))]), versionId: In(keys.map((v) => v.id)), action: In(['VERSION_SUBMITTED', 'VERSION_REJECTED']) },
        order: { seq: 'ASC' },
      });
      return keys.map((v) => rows.filter((r) => r.versionId === v.id));
    },
    { cacheKeyFn: (v) => v.id },
  );

  return { byId, documentById, inForce, page, reviewHistory };
}

export type VersionLoaders = ReturnType<typeof versionLoaders>;
