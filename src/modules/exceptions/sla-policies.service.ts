import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { id, parseInput, revision } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { minuteOfDay } from '../calendar/working-time.js';
import { PRIORITIES, SlaPolicyRow } from './exception.entity.js';
import { expectOwner } from './routing.js';
import { ladder, minutes } from './sla.js';

export const slaPolicies = (db: Db) => db.dataSource.getRepository(SlaPolicyRow).find().then((rows) => rows.sort((a, b) => PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority)));

const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeOfDay = z.string().regex(TIME_OF_DAY, 'must be a time of day as HH:MM');

const policyInput = z
  .object({
    priority: z.enum(PRIORITIES, { message: `must be one of ${PRIORITIES.join(', ')}` }),
    clock: z.enum(['CALENDAR', 'WORKING'], { message: 'must be CALENDAR or WORKING' }),
    answerWithinMinutes: minutes('answerWithinMinutes'),
    resolveWithinMinutes: minutes('resolveWithinMinutes'),
    workdayStart: timeOfDay.nullish(),
    workdayEnd: timeOfDay.nullish(),
    ladder,
    defaultOwnerId: id().nullish(),
    expectedRevision: revision().nullish(),
  })
  .superRefine((p, ctx) => {
    if (p.resolveWithinMinutes < p.answerWithinMinutes) ctx.addIssue({ code: 'custom', path: ['resolveWithinMinutes'], message: 'must not be shorter than answerWithinMinutes' });
    // refinements run even when a field already failed: compare only times that are times
    if (p.workdayStart && p.workdayEnd && TIME_OF_DAY.test(p.workdayStart) && TIME_OF_DAY.test(p.workdayEnd) && minuteOfDay(p.workdayEnd) <= minuteOfDay(p.workdayStart)) ctx.addIssue({ code: 'custom', path: ['workdayEnd'], message: 'must be later than workdayStart' });
  });

/** Replace a priority's deadlines and ladder. Exceptions already raised keep the policy they were raised under (audited). */
export function setSlaPolicy(db: Db, actor: Actor, input: z.input<typeof policyInput>): Promise<SlaPolicyRow> {
  const parsed = parseInput(policyInput, input);
  return db.write(async (tx) => {
    const before = await tx.em.findOneBy(SlaPolicyRow, { priority: parsed.priority });
    if (!before) throw notFound('SLA policy', parsed.priority);
    if (parsed.expectedRevision != null && parsed.expectedRevision !== before.revision) {
      throw conflict(`the ${parsed.priority} policy is at revision ${before.revision}, not ${parsed.expectedRevision}: reload it and apply your change again`, { currentRevision: before.revision });
    }
    if (parsed.defaultOwnerId && !(await expectOwner(tx.em, parsed.defaultOwnerId))) throw badInput('defaultOwnerId', 'must be an active user who may answer exceptions (a process manager)');
    const at = toStored(actor.clock.now());
    const after = Object.assign(new SlaPolicyRow(), before, {
      clock: parsed.clock,
      answerWithinMinutes: parsed.answerWithinMinutes,
      resolveWithinMinutes: parsed.resolveWithinMinutes,
      workdayStart: parsed.workdayStart ?? before.workdayStart,
      workdayEnd: parsed.workdayEnd ?? before.workdayEnd,
      ladder: JSON.stringify(parsed.ladder),
      defaultOwnerId: parsed.defaultOwnerId === undefined ? before.defaultOwnerId : parsed.defaultOwnerId,
      revision: before.revision + 1,
      updatedAt: at,
    });
    if (minuteOfDay(after.workdayEnd) <= minuteOfDay(after.workdayStart)) throw badInput('workdayEnd', 'must be later than workdayStart');
    const result = await tx.em.update(SlaPolicyRow, { priority: before.priority, revision: before.revision }, after);
    if (result.affected === 0) throw conflict(`the ${parsed.priority} policy changed meanwhile: reload it`, { priority: parsed.priority });
    const shown = (p: SlaPolicyRow) => ({ ...p, ladder: JSON.parse(p.ladder) as unknown });
    await record(tx, actor, { at, action: 'SLA_POLICY_SET', entityType: 'SlaPolicy', entityId: before.priority, before: shown(before), after: shown(after) });
    return after;
  });
}
