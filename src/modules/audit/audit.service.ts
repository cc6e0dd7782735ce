import { createHash } from 'node:crypto';
import { type Db, isPostgres, type Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import type { EventInput } from '../../shared/events.js';
import { type ConnectionShape, type Page, toConnection } from '../../shared/pagination.js';
import { AuditEntryRow, AuditHeadRow } from './audit-entry.entity.js';
import type { AuditAction, AuditedEntity } from './audit-actions.js';

export const GENESIS_HASH = '0'.repeat(64);

/** One change as the audit trail records it; who comes from the actor. */
export interface Change {
  /** when: the instant the changed rows were stamped with, so that they and the entry agree; the actor's clock when omitted */
  at?: string;
  action: AuditAction;
  entityType: AuditedEntity;
  entityId: string;
  documentId?: string | null;
  versionId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
}

type Hashed = Omit<AuditEntryRow, 'hash'>;

/** The hash covers every column but itself, in a fixed order, over the exact stored text. */
export function entryHash(e: Hashed): string {
  const fields = [e.seq, e.at, e.actorId, e.action, e.entityType, e.entityId, e.documentId, e.versionId, e.reason, e.before, e.after, e.prevHash];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * Record a change: append its entry to the hash chain, then announce `events` (the same change as
 * domain events) to their listeners — all inside the caller's transaction. On PostgreSQL the chain's
 * head row is locked first, so writers that record changes commit in the order of their entries,
 * and whatever listeners write (outbox rows) is numbered in that order too.
 */
export async function record(tx: Tx, actor: Actor, change: Change, events: EventInput[] = []): Promise<AuditEntryRow> {
  const at = change.at ?? toStored(actor.clock.now());
  const heads = tx.em.getRepository(AuditHeadRow).createQueryBuilder('h').where('h.id = 1');
  // PostgreSQL: lock the head row so concurrent writers queue; SQLite transactions are already serial.
  if (isPostgres(tx.em)) heads.setLock('pessimistic_write');
  const head = await heads.getOneOrFail();
  const entry: Hashed = {
    seq: head.lastSeq + 1,
    at,
    actorId: actor.user.id,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    documentId: change.documentId ?? null,
    versionId: change.versionId ?? null,
    reason: change.reason ?? null,
    before: json(change.before),
    after: json(change.after),
    prevHash: head.lastHash,
  };
  const row = { ...entry, hash: entryHash(entry) };
  await tx.em.insert(AuditEntryRow, row);
  await tx.em.update(AuditHeadRow, { id: 1 }, { lastSeq: row.seq, lastHash: row.hash });
  for (const event of events) await tx.emit({ ...event, at, actorId: actor.user.id });
  return row;
}

export interface AuditFilterValues {
  documentId?: string | null;
  actorId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Entries newest first, filtered; the cursor is the position in the chain. */
export async function auditTrail(db: Db, filter: AuditFilterValues, page: Page): Promise<ConnectionShape<AuditEntryRow>> {
  const query = db.dataSource.getRepository(AuditEntryRow).createQueryBuilder('a');
  if (filter.documentId) query.andWhere('a.documentId = :documentId', { documentId: filter.documentId });
  if (filter.actorId) query.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
  if (filter.from) query.andWhere('a.at >= :from', { from: toStored(filter.from) });
  if (filter.to) query.andWhere('a.at < :to', { to: toStored(filter.to) });
  const totalCount = await query.clone().getCount();
  if (page.afterKey !== undefined) query.andWhere('a.seq < :after', { after: page.afterKey });
  const rows = await query.orderBy('a.seq', 'DESC').limit(page.limit + 1).getMany();
  return toConnection(rows, page, (e) => e.seq, totalCount);
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  firstBrokenEntryId: string | null;
  problem: string | null;
}

const BATCH = 1000;

/** Walk the chain in order; report the first entry whose link or content does not check out. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  const repo = db.dataSource.getRepository(AuditEntryRow);
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  const broken = (seq: number, problem: string): AuditVerification => ({ ok: false, checked, firstBrokenEntryId: String(seq), problem });

  for (;;) {
    const rows = await repo.createQueryBuilder('a').where('a.seq >= :from', { from: expectedSeq }).orderBy('a.seq', 'ASC').limit(BATCH).getMany();
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return broken(row.seq, `entry ${row.seq} does not link to the entry before it`);
      if (entryHash(row) !== row.hash) return broken(row.seq, `entry ${row.seq} was altered after it was written`);
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  const head = await db.dataSource.getRepository(AuditHeadRow).findOneByOrFail({ id: 1 });
  if (head.lastSeq !== checked || head.lastHash !== prevHash) {
    return broken(checked + 1, `the chain ends at entry ${checked} but ${head.lastSeq} entries were written`);
  }
  return { ok: true, checked, firstBrokenEntryId: null, problem: null };
}
