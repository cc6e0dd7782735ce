import { IsNull, LessThanOrEqual } from 'typeorm';
import type { Db, Tx } from '../../db/database.js';
import type { Job } from '../../jobs/jobs.js';
import { SYSTEM_USER_ID, systemActor } from '../../shared/actor.js';
import { type Clock, toStored } from '../../shared/clock.js';
import { UserRow } from '../auth/user.entity.js';
import { type EscalationRecipient, ExceptionEscalationRow, ExceptionRow } from './exception.entity.js';
import { writeException } from './exceptions.service.js';
import { levelsReached, nextEscalationAt } from './sla.js';

const BATCH = 50;

/** Who a level tells: the owner's supervisor (else the quality manager), or whoever holds the post; admins when nobody does. */
async function recipientsOf(tx: Tx, recipient: EscalationRecipient, ownerId: string): Promise<string[]> {
  const active = (u: UserRow | null): u is UserRow => !!u && !u.deactivatedAt;
  if (recipient === 'OWNER_SUPERVISOR') {
    const owner = await tx.em.findOneBy(UserRow, { id: ownerId });
    const supervisor = owner?.supervisorId ? await tx.em.findOneBy(UserRow, { id: owner.supervisorId }) : null;
    if (active(supervisor)) return [supervisor.id];
    return recipientsOf(tx, 'QUALITY_MANAGER', ownerId);
  }
  const holders = (await tx.em.findBy(UserRow, { post: recipient, deactivatedAt: IsNull() })).map((u) => u.id);
  if (holders.length > 0) return holders;
  return (await tx.em.findBy(UserRow, { role: 'ADMIN', deactivatedAt: IsNull() })).map((u) => u.id).filter((id) => id !== SYSTEM_USER_ID);
}

/**
 * Record the escalation levels one exception has reached by now and not yet recorded: one row
 * each (its primary key keeps it to one, across processes and restarts), an audit entry and an
 * ExceptionEscalated event, in one transaction. How many were recorded.
 */
export async function escalate(db: Db, clock: Clock, exceptionId: string): Promise<number> {
  const actor = systemActor(clock);
  return db.write(async (tx) => {
    let row = await tx.em.findOneBy(ExceptionRow, { id: exceptionId });
    if (!row) return 0;
    const now = toStored(clock.now());
    const recorded = new Set((await tx.em.findBy(ExceptionEscalationRow, { exceptionId })).map((e) => e.level));
    const due = levelsReached(row, now).filter((r) => !recorded.has(r.level));
    for (const reached of due) {
      const recipientIds = await recipientsOf(tx, reached.recipient, row.ownerId);
      await tx.em.insert(ExceptionEscalationRow, { exceptionId, level: reached.level, phase: reached.phase, reachedAt: reached.reachedAt, recordedAt: now, recipientIds: JSON.stringify(recipientIds) });
      const level = Math.max(row.escalationLevel, reached.level);
      row = await writeException(
        tx,
        actor,
        row,
        { escalationLevel: level },
        { action: 'EXCEPTION_ESCALATED', reason: `level ${reached.level} reached at ${reached.reachedAt}: the ${reached.phase === 'ANSWER' ? 'initial answer' : 'resolution'} is late` },
        (e) => [{ type: 'ExceptionEscalated', exception: e, level: reached.level, reachedAt: reached.reachedAt, recipientIds }],
      );
    }
    // nothing new, yet still listed as due (a level recorded by another process): look again at the next one
    if (due.length === 0) await tx.em.update(ExceptionRow, { id: exceptionId }, { nextEscalationAt: nextEscalationAt(row, recorded) });
    return due.length;
  });
}

/** The background job: every minute, the exceptions whose next escalation instant has passed. */
export function escalationJob(db: Db, clock: Clock, everyMs = 60_000): Job {
  return {
    name: 'exception-escalations',
    everyMs,
    untilIdle: true,
    async run() {
      const due = await db.dataSource.getRepository(ExceptionRow).find({
        select: { id: true },
        where: { nextEscalationAt: LessThanOrEqual(toStored(clock.now())) },
        order: { nextEscalationAt: 'ASC' },
        take: BATCH,
      });
      let done = 0;
      for (const { id } of due) done += await escalate(db, clock, id);
      return done;
    },
  };
}
