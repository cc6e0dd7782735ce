import type { Db } from '../../db/database.js';
import { badInput } from '../../shared/errors.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { DocumentRow } from './document.entity.js';
import { type DocumentKind, kindDefinition, registeredKinds } from './kind.js';
import { VersionRow } from './version.entity.js';
import { PUBLIC_STATUSES } from './windows.js';

/**
 * Every version in force at `asOf`, of the kinds asked (all by default), by kind, code and title;
 * with a touchpoint, only what applies there (each kind says what applies where).
 */
export async function versionsInForce(db: Db, asOf: string, options: { kinds?: DocumentKind[] | null; touchpointCode?: string | null } = {}): Promise<VersionRow[]> {
  let touchpoint: { code: string; channel: string; businessCode: string } | null = null;
  if (options.touchpointCode) {
    const parts = parseTouchpointCode(options.touchpointCode);
    if ('problem' in parts) throw badInput('touchpointCode', parts.problem);
    touchpoint = { code: options.touchpointCode, ...parts };
  }
  const kinds = options.kinds?.length ? options.kinds : registeredKinds();
  const rows = await db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .leftJoin(DocumentRow, 'd', 'd.id = v.documentId')
    .where('v.kind IN (:...kinds) AND v.status IN (:...statuses)', { kinds, statuses: PUBLIC_STATUSES })
    .andWhere('v.effectiveFrom <= :asOf AND (v.effectiveTo IS NULL OR v.effectiveTo > :asOf)', { asOf })
    .orderBy('v.kind', 'ASC')
    .addOrderBy('d.code', 'ASC')
    .addOrderBy('v.title', 'ASC')
    .getMany();
  if (!touchpoint) return rows;
  return rows.filter((v) => kindDefinition(v.kind).appliesAt?.(JSON.parse(v.content), touchpoint) ?? true);
}

/** The version of each document in force at `asOf`, by document id (documents with none are left out); one statement. */
export async function inForceOf(db: Db, documentIds: readonly string[], asOf: string): Promise<Map<string, VersionRow>> {
  if (documentIds.length === 0) return new Map();
  const rows = await db.dataSource
    .getRepository(VersionRow)
    .createQueryBuilder('v')
    .where('v.documentId IN (:...documentIds)', { documentIds })
    .andWhere('v.status IN (:...statuses)', { statuses: PUBLIC_STATUSES })
    .andWhere('v.effectiveFrom <= :asOf AND (v.effectiveTo IS NULL OR v.effectiveTo > :asOf)', { asOf })
    .getMany();
  return new Map(rows.map((r) => [r.documentId, r]));
}
