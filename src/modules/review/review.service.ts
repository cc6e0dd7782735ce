import { randomUUID } from 'node:crypto';
import { Brackets } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, notFound } from '../../shared/errors.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { SearchClickRow } from '../search/search.entity.js';
import { kindDefinition, registeredKinds } from '../versioning/kind.js';
import { VersionRow } from '../versioning/version.entity.js';
import { isInForce } from '../versioning/windows.js';
import { VerificationRow } from './verification.entity.js';
import './events.js';

const DAY_MS = 86_400_000;
export const DEFAULT_REVIEW_DAYS = 365;
/** what counts as "expiring soon": review falls due, or the version stops being in force, within this many days */
export const SOON_DAYS = 30;
/** opens are counted over this many days before asOf */
export const OPENS_DAYS = 90;
const MAX_ITEMS = 200;

const verifyInput = z.object({ versionId: id(), note: text(2000) });

/** Confirm a version in force as still right, without writing a new one: its review interval starts again (audited). */
export function verifyVersion(db: Db, actor: Actor, input: z.input<typeof verifyInput>): Promise<VersionRow> {
  const parsed = parseInput(verifyInput, input);
  return db.write(async (tx) => {
    const version = await tx.em.findOneBy(VersionRow, { id: parsed.versionId });
    if (!version) throw notFound('version', parsed.versionId);
    const at = toStored(actor.clock.now());
    if (!isInForce(version, at)) throw badInput('versionId', 'is not in force now: only the version in force can be confirmed as still right');
    const row = { id: randomUUID(), versionId: version.id, documentId: version.documentId, verifiedAt: at, verifiedById: actor.user.id, note: parsed.note };
    await tx.em.insert(VerificationRow, row);
    await record(tx, actor, { at, action: 'VERSION_VERIFIED', entityType: 'DocumentVersion', entityId: version.id, documentId: version.documentId, versionId: version.id, reason: parsed.note, after: row }, [
      { type: 'VersionVerified', version, note: parsed.note },
    ]);
    return version;
  });
}

export type ReviewReason = 'OVERDUE' | 'DUE_SOON' | 'EXPIRING';

export interface ReviewDueItem {
  version: VersionRow;
  reviewDueAt: string;
  lastVerifiedAt: string | null;
  reason: ReviewReason;
  /** searches that opened the document in the OPENS_DAYS before asOf */
  opens: number;
}

/**
 * What is due for review at `asOf`: versions in force whose review date (taking effect or the last
 * confirmation, plus the kind's interval) has passed or falls within SOON_DAYS, and versions that
 * stop being in force within SOON_DAYS — most opened first, so the queue starts where agents look.
 */
export async function reviewDue(db: Db, asOf: string, first = 50): Promise<ReviewDueItem[]> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_ITEMS) throw badInput('first', `must be between 1 and ${MAX_ITEMS}`);
  const due = await dueForReview(db, asOf);
  if (due.length === 0) return [];
  const since = new Date(Date.parse(asOf) - OPENS_DAYS * DAY_MS).toISOString();
  const opens = new Map<string, number>();
  const versionIds = due.map((d) => d.version.id);
  for (let i = 0; i < versionIds.length; i += 500) {
    const counts: { versionId: string; n: string | number }[] = await db.dataSource
      .getRepository(SearchClickRow)
      .createQueryBuilder('c')
      .select('c.versionId', 'versionId')
      .addSelect('COUNT(*)', 'n')
      .where('c.versionId IN (:...ids) AND c.at > :since AND c.at <= :asOf', { ids: versionIds.slice(i, i + 500), since, asOf })
      .groupBy('c.versionId')
      .getRawMany();
    for (const c of counts) opens.set(c.versionId, Number(c.n));
  }
  return due
    .map((d) => ({ ...d, opens: opens.get(d.version.id) ?? 0 }))
    .sort((a, b) => b.opens - a.opens || a.reviewDueAt.localeCompare(b.reviewDueAt) || a.version.id.localeCompare(b.version.id))
    .slice(0, first);
}

/** Every version in force at `asOf` that is due (or soon due) for review, or stops being in force soon — unordered. */
export async function dueForReview(db: Db, asOf: string): Promise<Omit<ReviewDueItem, 'opens'>[]> {
  const kinds = registeredKinds().filter((k) => kindDefinition(k).reviewIntervalDays !== null);
  if (kinds.length === 0) return [];
  const soon = new Date(Date.parse(asOf) + SOON_DAYS * DAY_MS).toISOString();
  const query = db.dataSource.getRepository(VersionRow).createQueryBuilder('v');
  // in SQL, only what can be due: per kind, in force (or last confirmed) since before asOf + SOON − interval, or stopping soon
  const dueWhen = new Brackets((q) => {
    kinds.forEach((kind, i) => {
      const threshold = new Date(Date.parse(soon) - (kindDefinition(kind).reviewIntervalDays ?? DEFAULT_REVIEW_DAYS) * DAY_MS).toISOString();
      const confirmedSince = query.subQuery().select('1').from(VerificationRow, 'r').where(`r.versionId = v.id AND r.verifiedAt > :threshold${i} AND r.verifiedAt <= :asOf`).getQuery();
      q.orWhere(`v.kind = :kind${i} AND v.effectiveFrom <= :threshold${i} AND NOT EXISTS ${confirmedSince}`, { [`kind${i}`]: kind, [`threshold${i}`]: threshold });
    });
    q.orWhere('v.effectiveTo IS NOT NULL AND v.effectiveTo <= :soon', { soon });
  });
  const rows: (VersionRow & { lastVerifiedAt: string | null })[] = await query
    .where('v.kind IN (:...kinds) AND v.status IN (:...statuses)', { kinds, statuses: ['PUBLISHED', 'RETIRED'] })
    .andWhere('v.effectiveFrom <= :asOf AND (v.effectiveTo IS NULL OR v.effectiveTo > :asOf)', { asOf })
    .andWhere(dueWhen)
    .addSelect((q) => q.select('MAX(r.verifiedAt)').from(VerificationRow, 'r').where('r.versionId = v.id AND r.verifiedAt <= :asOf'), 'lastVerifiedAt')
    .getRawAndEntities()
    .then(({ raw, entities }) => entities.map((e, i) => Object.assign(e, { lastVerifiedAt: (raw[i] as { lastVerifiedAt: string | null }).lastVerifiedAt ?? null })));
  const due: Omit<ReviewDueItem, 'opens'>[] = [];
  for (const version of rows) {
    const days = kindDefinition(version.kind).reviewIntervalDays ?? DEFAULT_REVIEW_DAYS;
    const from = version.lastVerifiedAt && version.lastVerifiedAt > version.effectiveFrom! ? version.lastVerifiedAt : version.effectiveFrom!;
    const reviewDueAt = new Date(Date.parse(from) + days * DAY_MS).toISOString();
    const reason: ReviewReason | null = reviewDueAt <= asOf ? 'OVERDUE' : reviewDueAt <= soon ? 'DUE_SOON' : version.effectiveTo && version.effectiveTo <= soon ? 'EXPIRING' : null;
    if (reason) due.push({ version, reviewDueAt, lastVerifiedAt: version.lastVerifiedAt, reason });
  }
  return due;
}
