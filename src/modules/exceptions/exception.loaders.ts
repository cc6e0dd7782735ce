import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Db } from '../../db/database.js';
import { ExceptionDemandRow, ExceptionEscalationRow, ExceptionRow, VersionFlagRow } from './exception.entity.js';
import { underReview } from './flags.service.js';

const grouped = <R, K extends keyof R>(rows: R[], key: K, ids: readonly R[K][]) => ids.map((id) => rows.filter((r) => r[key] === id));

/** One statement per list an exception shows, however many exceptions a page holds. */
export function exceptionLoaders(db: Db) {
  const exceptionById = new DataLoader<string, ExceptionRow | null>(async (ids) => {
    const rows = await db.dataSource.getRepository(ExceptionRow).findBy({ id: In([...ids]) });
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  });
  const escalationsOf = new DataLoader<string, ExceptionEscalationRow[]>(async (ids) =>
    grouped(await db.dataSource.getRepository(ExceptionEscalationRow).find({ where: { exceptionId: In([...ids]) }, order: { level: 'ASC' } }), 'exceptionId', ids),
  );
  const demandOf = new DataLoader<string, ExceptionDemandRow[]>(async (ids) =>
    grouped(await db.dataSource.getRepository(ExceptionDemandRow).find({ where: { exceptionId: In([...ids]) }, order: { at: 'ASC' } }), 'exceptionId', ids),
  );
  const flagsOf = new DataLoader<string, VersionFlagRow[]>(async (ids) =>
    grouped(await db.dataSource.getRepository(VersionFlagRow).find({ where: { exceptionId: In([...ids]) }, order: { at: 'ASC' } }), 'exceptionId', ids),
  );
  const isUnderReview = new DataLoader<string, boolean>(async (versionIds) => {
    const marked = await underReview(db, versionIds);
    return versionIds.map((id) => marked.has(id));
  });
  return { exceptionById, escalationsOf, demandOf, flagsOf, isUnderReview };
}
