import type { Db } from '../../db/database.js';
import { batchedLog } from '../../db/batched-log.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { isInForce } from '../versioning/windows.js';
import { type UsageAction, UsageEventRow } from './usage-event.entity.js';

export type UsageLog = ReturnType<typeof createUsageLog>;

/**
 * What agents open and render, for the usage reports: written off the read's path
 * (db/batched-log.ts), so that counting never slows or fails a read. Only agents' reads of a
 * version in force at that moment count (one whose retirement is scheduled is, until then) — a
 * manager previewing a draft, or an agent looking up what was in force last year, is not the
 * hotline using it.
 */
export function createUsageLog(db: Db, logger: Logger, options: { flushAfterMs?: number } = {}) {
  const log = batchedLog(db, logger, UsageEventRow, { name: 'usage log', ignoreDuplicates: true, flushAfterMs: options.flushAfterMs });
  return {
    record(actor: Actor, version: Pick<VersionRow, 'id' | 'documentId' | 'kind' | 'status' | 'effectiveFrom' | 'effectiveTo'>, action: UsageAction, touchpointCode: string | null = null): void {
      const at = toStored(actor.clock.now());
      if (actor.user.role !== 'AGENT' || !isInForce(version, at)) return;
      log.add({ at, minute: at.slice(0, 16), userId: actor.user.id, documentId: version.documentId, versionId: version.id, kind: version.kind, action, touchpointCode });
    },
    flush: log.flush,
  };
}
