import { Brackets, In, IsNull, LessThan, LessThanOrEqual, Not } from 'typeorm';
import type { Db } from '../../db/database.js';
import type { Clock } from '../../shared/clock.js';
import { toStored } from '../../shared/clock.js';
import { DEFAULT_REVIEW_DAYS } from '../review/review.service.js';
import { VerificationRow } from '../review/verification.entity.js';
import { kindDefinition, registeredKinds } from '../versioning/kind.js';
import { VersionRow } from '../versioning/version.entity.js';
import { announce, versionTookEffect } from './announce.js';
import { WebhookAttemptRow, WebhookDeliveryRow, WebhookTimerRow } from './webhook.entity.js';

const DAY_MS = 86_400_000;
const BATCH = 50;
/** how long the delivery log keeps a finished delivery and its attempts */
export const DELIVERY_LOG_DAYS = 30;

/**
 * Announce the scheduled versions whose effectiveFrom has passed: nothing is written when a version
 * takes effect, so publishing left a timer. Each fires in one transaction with its webhooks, and
 * only if it is still unfired then, so it fires once — across restarts and processes. How many fired.
 */
export async function fireTookEffect(db: Db, clock: Clock): Promise<number> {
  const now = toStored(clock.now());
  const due = await db.dataSource.getRepository(WebhookTimerRow).find({
    where: { eventType: 'VERSION_TOOK_EFFECT', firedAt: IsNull(), dueAt: LessThanOrEqual(now) },
    order: { dueAt: 'ASC' },
    take: BATCH,
  });
  let fired = 0;
  for (const timer of due) {
    fired += await db.write(async (tx) => {
      const claimed = await tx.em.update(WebhookTimerRow, { eventType: timer.eventType, subjectId: timer.subjectId, dueAt: timer.dueAt, firedAt: IsNull() }, { firedAt: now });
      if (claimed.affected !== 1) return 0;
      const version = await tx.em.findOneBy(VersionRow, { id: timer.subjectId });
      if (!version || version.effectiveFrom !== timer.dueAt) return 0;
      await versionTookEffect(tx, version);
      return 1;
    });
  }
  return fired;
}

/**
 * Announce the versions in force whose periodic review date has passed unconfirmed, once per
 * version and due date: a timer row (its primary key) records each one announced, in the
 * transaction of its webhooks. A confirmation moves the date, and the next one is announced anew.
 */
export async function fireReviewOverdue(db: Db, clock: Clock): Promise<number> {
  const now = toStored(clock.now());
  const kinds = registeredKinds().filter((k) => kindDefinition(k).reviewIntervalDays !== null);
  if (kinds.length === 0) return 0;
  const query = db.dataSource.getRepository(VersionRow).createQueryBuilder('v');
  const overdue = new Brackets((q) => {
    kinds.forEach((kind, i) => {
      const threshold = toStored(new Date(Date.parse(now) - (kindDefinition(kind).reviewIntervalDays ?? DEFAULT_REVIEW_DAYS) * DAY_MS));
      const confirmedSince = query.subQuery().select('1').from(VerificationRow, 'r').where(`r.versionId = v.id AND r.verifiedAt > :threshold${i} AND r.verifiedAt <= :now`).getQuery();
      q.orWhere(`v.kind = :kind${i} AND v.effectiveFrom <= :threshold${i} AND NOT EXISTS ${confirmedSince}`, { [`kind${i}`]: kind, [`threshold${i}`]: threshold });
    });
  });
  // announced for this due date: a timer no confirmation has come after
  const confirmedAfter = query.subQuery().select('1').from(VerificationRow, 'r2').where('r2.versionId = t.subjectId AND r2.verifiedAt >= t.dueAt AND r2.verifiedAt <= :now').getQuery();
  const announced = query.subQuery().select('1').from(WebhookTimerRow, 't').where(`t.eventType = 'REVIEW_OVERDUE' AND t.subjectId = v.id AND NOT EXISTS ${confirmedAfter}`).getQuery();
  const candidates = await query
    .where('v.kind IN (:...kinds) AND v.status IN (:...statuses)', { kinds, statuses: ['PUBLISHED', 'RETIRED'] })
    .andWhere('v.effectiveFrom <= :now AND (v.effectiveTo IS NULL OR v.effectiveTo > :now)', { now })
    .andWhere(overdue)
    .andWhere(`NOT EXISTS ${announced}`)
    .orderBy('v.effectiveFrom', 'ASC')
    .limit(BATCH)
    .getMany();
  let fired = 0;
  for (const version of candidates) {
    fired += await db.write(async (tx) => {
      const last = await tx.em.findOne(VerificationRow, { where: { versionId: version.id, verifiedAt: LessThanOrEqual(now) }, order: { verifiedAt: 'DESC' } });
      const base = last && last.verifiedAt > version.effectiveFrom! ? last.verifiedAt : version.effectiveFrom!;
      const reviewDueAt = toStored(new Date(Date.parse(base) + (kindDefinition(version.kind).reviewIntervalDays ?? DEFAULT_REVIEW_DAYS) * DAY_MS));
      const key = { eventType: 'REVIEW_OVERDUE' as const, subjectId: version.id, dueAt: reviewDueAt };
      // another process announced it meanwhile
      if (await tx.em.existsBy(WebhookTimerRow, key)) return 0;
      await tx.em.insert(WebhookTimerRow, { ...key, firedAt: now });
      await announce(tx, {
        type: 'REVIEW_OVERDUE',
        occurredAt: reviewDueAt,
        subject: version.documentId,
        data: { documentId: version.documentId, versionId: version.id, kind: version.kind, versionNumber: version.versionNumber, reviewDueAt },
      });
      return 1;
    });
  }
  return fired;
}

/** Keep the delivery log bounded: finished deliveries older than DELIVERY_LOG_DAYS go, with their attempts. */
export async function pruneDeliveryLog(db: Db, clock: Clock, days = DELIVERY_LOG_DAYS): Promise<number> {
  const before = toStored(new Date(clock.now().getTime() - days * DAY_MS));
  return db.write(async (tx) => {
    const old = await tx.em.find(WebhookDeliveryRow, { select: { id: true }, where: { createdAt: LessThan(before), status: Not('PENDING') }, take: 1000 });
    if (old.length === 0) return 0;
    const ids = old.map((d) => d.id);
    await tx.em.createQueryBuilder().delete().from(WebhookAttemptRow).where({ deliveryId: In(ids) }).execute();
    await tx.em.createQueryBuilder().delete().from(WebhookDeliveryRow).where({ id: In(ids) }).execute();
    return ids.length;
  });
}
