import { can } from '../../policies/policy.js';
import type { Actor } from '../../shared/actor.js';
import type { VersionStatus } from './version.entity.js';
import { PUBLIC_STATUSES } from './windows.js';

type Reader = Pick<Actor, 'user'>;

/** The statuses a reader may see: published ones for everyone, drafts and reviews for the editorial roles (policy content.readUnpublished). */
export const visibleStatuses = (reader: Reader): readonly VersionStatus[] =>
  can(reader, 'content.readUnpublished') ? ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED'] : PUBLIC_STATUSES;

/** Whether a version in `status` exists for this reader; one they may not see is not found (decision 0011). */
export const isVisible = (reader: Reader, status: VersionStatus) => visibleStatuses(reader).includes(status);
