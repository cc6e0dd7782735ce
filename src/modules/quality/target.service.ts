import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { conflict } from '../../shared/errors.js';
import { parseInput, revision } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { QualitySettingsRow } from './inspection.entity.js';

/** What the source centre aimed at (流程规范率 ≥ 78 %); the migration stores it as the first target. */
export const DEFAULT_COMPLIANCE_TARGET = 0.78;

export const targetOf = (row: QualitySettingsRow | null) => (row ? row.complianceTargetBp / 10_000 : DEFAULT_COMPLIANCE_TARGET);

export const qualitySettings = (em: EntityManager) => em.findOneBy(QualitySettingsRow, { id: 1 });

/** The stored target, as read now. */
export const complianceTarget = (db: Db) => qualitySettings(db.dataSource.manager);

const targetInput = z
  .object({
    target: z.number().min(0, 'must be between 0 and 1 (a fraction: 0.78 is 78 %)').max(1, 'must be between 0 and 1 (a fraction: 0.78 is 78 %)'),
    expectedRevision: revision().nullish(),
    reason: z.string().trim().max(500, 'must be at most 500 characters').nullish(),
  })
  .strict();

/** Set the compliance-rate target every flowCompliance row is measured against (audited; kept to 0.01 %). */
export function setComplianceTarget(db: Db, actor: Actor, input: z.input<typeof targetInput>): Promise<QualitySettingsRow> {
  const parsed = parseInput(targetInput, input);
  return db.write(async (tx) => {
    const before = await qualitySettings(tx.em);
    if (!before) throw new Error('quality_settings has no row: the migration inserts it');
    if (parsed.expectedRevision != null && parsed.expectedRevision !== before.revision) {
      throw conflict(`the quality settings are at revision ${before.revision}, not ${parsed.expectedRevision}: reload them`, { currentRevision: before.revision });
    }
    const at = toStored(actor.clock.now());
    const after = Object.assign(new QualitySettingsRow(), before, { complianceTargetBp: Math.round(parsed.target * 10_000), revision: before.revision + 1, updatedAt: at });
    const result = await tx.em.update(QualitySettingsRow, { id: 1, revision: before.revision }, after);
    if (result.affected === 0) throw conflict('the quality settings changed meanwhile: reload them', {});
    const shown = (r: QualitySettingsRow) => ({ complianceTarget: targetOf(r), revision: r.revision });
    await record(tx, actor, { at, action: 'COMPLIANCE_TARGET_SET', entityType: 'QualitySettings', entityId: '1', reason: parsed.reason || null, before: shown(before), after: shown(after) });
    return after;
  });
}
