import type { UserRow } from '../auth/user.entity.js';
import type { VersionStatus } from './version.entity.js';
import { PUBLIC_STATUSES } from './windows.js';

/** Agents work from what is published; drafts and reviews are for the editorial roles. */
export const canSeeUnpublished = (user: Pick<UserRow, 'role'> | null) => user !== null && user.role !== 'AGENT';

export const visibleStatuses = (user: Pick<UserRow, 'role'> | null): readonly VersionStatus[] =>
  canSeeUnpublished(user) ? ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED'] : PUBLIC_STATUSES;

export const isVisible = (user: Pick<UserRow, 'role'> | null, status: VersionStatus) => visibleStatuses(user).includes(status);
