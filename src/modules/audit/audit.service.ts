import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Db } from '../../db/database.js';
import { AuditEntryRow, AuditHeadRow } from './audit-entry.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
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

/** Append one entry to the chain inside the caller's transaction. */
export async function appendAudit(em: EntityManager, input: AuditInput): Promise<AuditEntryRow> {
  const heads = em.getRepository(AuditHeadRow).createQueryBuilder('h').where('h.id = 1');
  // PostgreSQL: lock the head row so concurrent writers queue; SQLite transactions are already serial.
  if (em.connection.options.type === 'postgres') heads.setLock('pessimistic_write');
  const head = await heads.getOneOrFail();
  const entry: Hashed = {
    seq: head.lastSeq + 1,
    at: input.at,
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    documentId: input.documentId ?? null,
    versionId: input.versionId ?? null,
    reason: input.reason ?? null,
    before: json(input.before),
    after: json(input.after),
    prevHash: head.lastHash,
  };
  const row = { ...entry, hash: entryHash(entry) };
  await em.insert(AuditEntryRow, row);
  await em.update(AuditHeadRow, { id: 1 }, { lastSeq: row.seq, lastHash: row.hash });
  return row;
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
