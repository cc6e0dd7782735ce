import type { EntityManager } from 'typeorm';
import { can } from '../../policies/policy.js';
import { SYSTEM_USER_ID } from '../../shared/actor.js';
import { UserRow } from '../auth/user.entity.js';
import { FlowTouchpointRow } from '../touchpoints/touchpoint.entity.js';
import { DocumentRow } from '../versioning/document.entity.js';
import { VersionRow } from '../versioning/version.entity.js';
import { ExceptionRow, UNFINISHED } from './exception.entity.js';

/** Someone who can own an exception: an active user who may answer it. */
const canOwn = (user: UserRow | null): user is UserRow => !!user && user.id !== SYSTEM_USER_ID && !user.deactivatedAt && can({ user }, 'exceptions.manage');

/** The owner of the flow serving a touchpoint at an instant, if any. */
async function flowOwner(em: EntityManager, touchpointCode: string, at: string): Promise<string | null> {
  const row = await em
    .createQueryBuilder(FlowTouchpointRow, 'ft')
    .innerJoin(VersionRow, 'v', 'v.id = ft.versionId')
    .innerJoin(DocumentRow, 'd', 'd.id = ft.documentId')
    .select('d.ownerId', 'ownerId')
    .where('ft.touchpointCode = :touchpointCode', { touchpointCode })
    .andWhere("v.status IN ('PUBLISHED', 'RETIRED') AND v.effectiveFrom <= :at AND (v.effectiveTo IS NULL OR v.effectiveTo > :at)", { at })
    .getRawOne<{ ownerId: string | null }>();
  return row?.ownerId ?? null;
}

/**
 * Who takes over from `userId` when they cannot own: following each person's fallback, then
 * their supervisor, to the first who can; null when the chain runs out.
 */
export async function successorOf(em: EntityManager, userId: string): Promise<string | null> {
  const seen = new Set<string>();
  const queue = [userId];
  while (queue.length > 0 && seen.size < 50) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const user = await em.findOneBy(UserRow, { id });
    if (!user) continue;
    if (id !== userId && canOwn(user)) return id;
    for (const next of [user.fallbackId, user.supervisorId]) if (next && !seen.has(next)) queue.push(next);
  }
  return null;
}

/** The active manager with the fewest unfinished exceptions (then the longest-standing): nobody is left without an owner. */
async function leastLoaded(em: EntityManager): Promise<string | null> {
  const users = (await em.find(UserRow, { order: { createdAt: 'ASC' } })).filter(canOwn);
  if (users.length === 0) return null;
  const loads: { ownerId: string; n: string | number }[] = await em
    .createQueryBuilder(ExceptionRow, 'e')
    .select('e.ownerId', 'ownerId')
    .addSelect('COUNT(*)', 'n')
    .where('e.status IN (:...open)', { open: UNFINISHED })
    .groupBy('e.ownerId')
    .getRawMany();
  const load = new Map(loads.map((l) => [l.ownerId, Number(l.n)]));
  return users.reduce((best, u) => ((load.get(u.id) ?? 0) < (load.get(best.id) ?? 0) ? u : best)).id;
}

export interface RoutingFacts {
  /** the touchpoint the question came from */
  touchpointCode: string | null;
  /** the document that came nearest to answering (the flagged one, or the best match for the question) */
  nearestDocumentId: string | null;
  /** the policy's configured default owner */
  defaultOwnerId: string | null;
  at: string;
}

/**
 * The owner of a new exception, never nobody: the owner of the flow serving its touchpoint, else
 * the owner of the nearest document, else the configured default — each replaced by their fallback
 * (or supervisor) when they cannot own — else the active manager with the least open work.
 */
export async function routeOwner(em: EntityManager, facts: RoutingFacts): Promise<{ ownerId: string; routedBy: string }> {
  const candidates: [string | null, string][] = [];
  if (facts.touchpointCode) candidates.push([await flowOwner(em, facts.touchpointCode, facts.at), 'the owner of the flow serving the touchpoint']);
  if (facts.nearestDocumentId) candidates.push([(await em.findOneBy(DocumentRow, { id: facts.nearestDocumentId }))?.ownerId ?? null, 'the owner of the nearest document']);
  candidates.push([facts.defaultOwnerId, 'the default owner of the policy']);
  for (const [userId, routedBy] of candidates) {
    if (!userId) continue;
    if (canOwn(await em.findOneBy(UserRow, { id: userId }))) return { ownerId: userId, routedBy };
    const successor = await successorOf(em, userId);
    if (successor) return { ownerId: successor, routedBy: `${routedBy}, through their fallback` };
  }
  const least = await leastLoaded(em);
  if (least) return { ownerId: least, routedBy: 'the manager with the least open work' };
  // a database with no process manager yet: the system account holds it until someone is assigned
  return { ownerId: SYSTEM_USER_ID, routedBy: 'nobody can own exceptions yet: assign a process manager' };
}

/** Whether a user may be assigned an exception. */
export async function expectOwner(em: EntityManager, userId: string): Promise<UserRow | null> {
  const user = await em.findOneBy(UserRow, { id: userId });
  return canOwn(user) ? user : null;
}
