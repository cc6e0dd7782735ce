import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput } from '../../shared/errors.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { ExceptionRow } from '../exceptions/exception.entity.js';
import { FlowTouchpointRow, TouchpointRow } from '../touchpoints/touchpoint.entity.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { VersionRow } from '../versioning/version.entity.js';
import { PUBLIC_STATUSES } from '../versioning/windows.js';
import './events.js';
import { stepsOf } from './flow-steps.js';
import { DeviationRow, InspectionRow } from './inspection.entity.js';
import { postExistsAt, postsNamed } from './posts.service.js';

export const MAX_DEVIATIONS = 50;

const inspectionInput = z
  .object({
    touchpointCode: z.string().trim().min(1, 'must not be empty').max(20, 'must be at most 20 characters'),
    callAt: z.date({ message: 'must be an instant' }),
    agentPost: text(100),
    deviations: z
      .array(z.object({ stepKey: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'), description: text(1000) }).strict())
      .max(MAX_DEVIATIONS, `must hold at most ${MAX_DEVIATIONS} deviations`)
      .default([]),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
    exceptionId: id().nullish(),
    complaintRef: text(50).nullish(),
  })
  .strict();

export type RecordInspectionInput = z.input<typeof inspectionInput>;

export interface RecordedInspection {
  inspection: InspectionRow;
  deviations: DeviationRow[];
}

/**
 * The flow version in force at `at` among the flows claiming `touchpointCode` (a touchpoint belongs
 * to at most one flow at any instant), or why there is none: the touchpoint never had a flow, or
 * none was in force then.
 */
export async function flowVersionAt(em: Tx['em'], touchpointCode: string, at: string): Promise<VersionRow | { problem: 'NO_FLOW' | 'NOT_IN_FORCE' }> {
  const claims = await em
    .createQueryBuilder(VersionRow, 'v')
    .innerJoin(FlowTouchpointRow, 'ft', 'ft.versionId = v.id')
    .where('ft.touchpointCode = :touchpointCode', { touchpointCode })
    .andWhere('v.status IN (:...statuses)', { statuses: PUBLIC_STATUSES })
    .getMany();
  if (claims.length === 0) return { problem: 'NO_FLOW' };
  const inForce = claims.filter((v) => v.effectiveFrom !== null && v.effectiveFrom <= at && (v.effectiveTo === null || v.effectiveTo > at));
  // two flows never hold a touchpoint at once; should the data say otherwise, the latest to take effect wins
  inForce.sort((a, b) => (b.effectiveFrom! < a.effectiveFrom! ? -1 : 1));
  return inForce[0] ?? { problem: 'NOT_IN_FORCE' };
}

/**
 * Record an inspection of a real call. The flow version is the one in force at `callAt` for the
 * flow claiming the touchpoint; every deviation must name a STEP or DECISION of that version (once);
 * steps not named were followed. One transaction, audited, announced as InspectionRecorded.
 */
export function recordInspection(db: Db, actor: Actor, input: RecordInspectionInput): Promise<RecordedInspection> {
  const parsed = parseInput(inspectionInput, input);
  const now = actor.clock.now();
  if (parsed.callAt.getTime() > now.getTime()) throw badInput('callAt', 'must not be in the future');
  const parts = parseTouchpointCode(parsed.touchpointCode);
  if ('problem' in parts) throw badInput('touchpointCode', parts.problem);
  const callAt = toStored(parsed.callAt);
  return db.write(async (tx) => {
    if (!(await tx.em.existsBy(TouchpointRow, { code: parsed.touchpointCode }))) throw badInput('touchpointCode', `${parsed.touchpointCode} is not a touchpoint of the service map`);
    const version = await flowVersionAt(tx.em, parsed.touchpointCode, callAt);
    if ('problem' in version) {
      if (version.problem === 'NO_FLOW') throw badInput('touchpointCode', `no flow has ever served ${parsed.touchpointCode}: there is nothing to inspect the call against`);
      throw badInput('callAt', `no flow serving ${parsed.touchpointCode} was in force at ${callAt}`);
    }
    const post = (await postsNamed(tx.em, [parsed.agentPost])).get(parsed.agentPost);
    if (!post || !postExistsAt(post, callAt)) throw badInput('agentPost', `${parsed.agentPost} is not a registered post of the centre${post ? ' at the time of the call' : ''}`);

    const steps = new Map(stepsOf(version.content).map((s) => [s.key, s]));
    const seen = new Set<string>();
    parsed.deviations.forEach((d, i) => {
      if (!steps.has(d.stepKey)) {
        throw badInput(`deviations.${i}.stepKey`, `${d.stepKey} is not a step or decision of ${version.title} v${version.versionNumber} (in force at the call): one of ${[...steps.keys()].join(', ')}`);
      }
      if (seen.has(d.stepKey)) throw badInput(`deviations.${i}.stepKey`, `${d.stepKey} is listed twice: describe everything that went wrong at a step in one deviation`);
      seen.add(d.stepKey);
    });
    if (parsed.exceptionId && !(await tx.em.existsBy(ExceptionRow, { id: parsed.exceptionId }))) throw badInput('exceptionId', `${parsed.exceptionId} is not an exception`);

    const at = toStored(now);
    const inspection = Object.assign(new InspectionRow(), {
      id: randomUUID(),
      touchpointCode: parsed.touchpointCode,
      callAt,
      documentId: version.documentId,
      versionId: version.id,
      agentPost: post.name,
      compliant: parsed.deviations.length === 0,
      note: parsed.note ?? '',
      exceptionId: parsed.exceptionId ?? null,
      complaintRef: parsed.complaintRef ?? null,
      inspectorId: actor.user.id,
      recordedAt: at,
    });
    const deviations = parsed.deviations.map((d, position) => Object.assign(new DeviationRow(), { inspectionId: inspection.id, stepKey: d.stepKey, position, description: d.description }));
    await tx.em.insert(InspectionRow, inspection);
    if (deviations.length > 0) await tx.em.insert(DeviationRow, deviations);
    await record(
      tx,
      actor,
      { at, action: 'INSPECTION_RECORDED', entityType: 'Inspection', entityId: inspection.id, documentId: version.documentId, versionId: version.id, reason: inspection.note || null, after: { ...inspection, deviations: parsed.deviations } },
      [{ type: 'InspectionRecorded', inspection, deviations: deviations.map((d) => d.stepKey) }],
    );
    return { inspection, deviations };
  });
}

/** The deviations of these inspections, in the order they were listed; one statement. */
export async function deviationsOf(db: Db, inspectionIds: readonly string[]): Promise<Map<string, DeviationRow[]>> {
  const out = new Map<string, DeviationRow[]>(inspectionIds.map((i) => [i, []]));
  if (inspectionIds.length === 0) return out;
  const rows = await db.dataSource.getRepository(DeviationRow).createQueryBuilder('d').where('d.inspectionId IN (:...ids)', { ids: [...inspectionIds] }).orderBy('d.position', 'ASC').getMany();
  for (const r of rows) out.get(r.inspectionId)!.push(r);
  return out;
}
