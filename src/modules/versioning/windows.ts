import type { VersionRow } from './version.entity.js';

/** Where a version stands at an instant. Only the workflow status is stored; the rest is derived. */
export type VersionPhase = 'DRAFT' | 'IN_REVIEW' | 'SCHEDULED' | 'IN_FORCE' | 'SUPERSEDED' | 'RETIRED' | 'DISCARDED';

type Window = Pick<VersionRow, 'status' | 'effectiveFrom' | 'effectiveTo'>;

export function isInForce(v: Window, asOf: string): boolean {
  return (
    (v.status === 'PUBLISHED' || v.status === 'RETIRED') &&
    v.effectiveFrom !== null &&
    v.effectiveFrom <= asOf &&
    (v.effectiveTo === null || v.effectiveTo > asOf)
  );
}

export function phaseAt(v: Window, asOf: string): VersionPhase {
  if (v.status === 'DRAFT' || v.status === 'IN_REVIEW' || v.status === 'DISCARDED') return v.status;
  if (v.effectiveFrom !== null && asOf < v.effectiveFrom) return 'SCHEDULED';
  if (isInForce(v, asOf)) return 'IN_FORCE';
  return v.status === 'RETIRED' ? 'RETIRED' : 'SUPERSEDED';
}

/** Versions may be read by everyone once published; drafts and reviews only by the editorial roles. */
export const PUBLIC_STATUSES = ['PUBLISHED', 'RETIRED'] as const;

/**
 * A version as read under an instant (a document read with asOf): its phase answers for that
 * instant unless asked for another. The row itself is shared by every read, so the instant rides
 * on a thin object in front of it.
 */
export function readAt<V extends object>(version: V, asOf: string): V;
export function readAt<V extends object>(version: V | null, asOf: string): V | null;
export function readAt<V extends object>(version: V | null, asOf: string): V | null {
  return version && (Object.assign(Object.create(version) as V, { readAt: asOf }) as V);
}

/** The instant a version was read under, if it was (readAt). */
export const instantReadAt = (version: object): string | undefined => (version as { readAt?: string }).readAt;
