import { z } from 'zod';
import { toStored } from '../../shared/clock.js';
import { addTime, type ClockKind, minuteOfDay, type WorkingDays, type WorkingWindow } from '../calendar/working-time.js';
import { ESCALATION_RECIPIENTS, type ExceptionRow, type Priority, type SlaPolicyRow } from './exception.entity.js';

const MAX_MINUTES = 365 * 24 * 60;

export const ladderStep = z.object({
  level: z.number().int('must be a whole number').min(1, 'must be at least 1').max(9, 'must be at most 9'),
  lateByMinutes: z.number().int('must be a whole number of minutes').min(0, 'must not be negative').max(MAX_MINUTES, `must be at most ${MAX_MINUTES}`),
  recipient: z.enum(ESCALATION_RECIPIENTS, { message: `must be one of ${ESCALATION_RECIPIENTS.join(', ')}` }),
});
export type LadderStep = z.infer<typeof ladderStep>;

/** Levels 1, 2, 3… in order, each later than the one before. */
export const ladder = z
  .array(ladderStep)
  .max(9, 'must hold at most 9 levels')
  .superRefine((steps, ctx) => {
    steps.forEach((step, i) => {
      if (step.level !== i + 1) ctx.addIssue({ code: 'custom', path: [i, 'level'], message: `must be ${i + 1}: levels count up from 1` });
      else if (i > 0 && step.lateByMinutes <= steps[i - 1]!.lateByMinutes) ctx.addIssue({ code: 'custom', path: [i, 'lateByMinutes'], message: 'must be later than the level before' });
    });
  });

export const minutes = (field: string) =>
  z.number().int(`${field} must be a whole number of minutes`).min(1, 'must be at least 1 minute').max(MAX_MINUTES, `must be at most ${MAX_MINUTES} minutes`);

export type Phase = 'ANSWER' | 'RESOLUTION';

/**
 * The policy as it was when an exception was raised, with every instant worked out then: the two
 * deadlines, and for each escalation level the instant it is due in either phase. Stored on the
 * exception, so neither a policy change nor a calendar edit rewrites its history.
 */
export interface SlaPlan {
  priority: Priority;
  clock: ClockKind;
  answerWithinMinutes: number;
  resolveWithinMinutes: number;
  workdayStart: string;
  workdayEnd: string;
  answerDueAt: string;
  resolutionDueAt: string;
  levels: { level: number; lateByMinutes: number; recipient: LadderStep['recipient']; answerLateAt: string; resolutionLateAt: string }[];
}

export const windowOf = (policy: Pick<SlaPolicyRow, 'workdayStart' | 'workdayEnd'>): WorkingWindow => ({
  startMinute: minuteOfDay(policy.workdayStart),
  endMinute: minuteOfDay(policy.workdayEnd),
});

export function planFor(policy: SlaPolicyRow, raisedAt: Date, working: WorkingDays): SlaPlan {
  const window = windowOf(policy);
  const add = (from: Date, m: number) => addTime(from, m, policy.clock, working, window);
  const answerDue = add(raisedAt, policy.answerWithinMinutes);
  const resolutionDue = add(raisedAt, policy.resolveWithinMinutes);
  const steps = ladder.parse(JSON.parse(policy.ladder));
  return {
    priority: policy.priority,
    clock: policy.clock,
    answerWithinMinutes: policy.answerWithinMinutes,
    resolveWithinMinutes: policy.resolveWithinMinutes,
    workdayStart: policy.workdayStart,
    workdayEnd: policy.workdayEnd,
    answerDueAt: toStored(answerDue),
    resolutionDueAt: toStored(resolutionDue),
    levels: steps.map((s) => ({
      ...s,
      answerLateAt: toStored(add(answerDue, s.lateByMinutes)),
      resolutionLateAt: toStored(add(resolutionDue, s.lateByMinutes)),
    })),
  };
}

export const planOf = (row: Pick<ExceptionRow, 'sla'>): SlaPlan => JSON.parse(row.sla) as SlaPlan;

export interface Reached {
  level: number;
  phase: Phase;
  /** the instant it was due */
  reachedAt: string;
  recipient: LadderStep['recipient'];
}

type Times = Pick<ExceptionRow, 'sla' | 'answeredAt' | 'closedAt'>;

/**
 * The escalation levels an exception has reached by `now`: a level is reached when its instant
 * passes while the answer (ANSWER phase) or the resolution (RESOLUTION phase) is still missing;
 * a level reached in both phases counts once, at the earlier instant. Instants are stored ISO
 * strings of one format, so they compare as text.
 */
export function levelsReached(row: Times, now: string): Reached[] {
  const plan = planOf(row);
  const stillMissing = (at: string, doneAt: string | null) => at <= now && (doneAt === null || at < doneAt);
  const answeredOrClosed = [row.answeredAt, row.closedAt].filter((t): t is string => t !== null).sort()[0] ?? null;
  const reached: Reached[] = [];
  for (const step of plan.levels) {
    const phases: { phase: Phase; at: string }[] = [];
    if (stillMissing(step.answerLateAt, answeredOrClosed)) phases.push({ phase: 'ANSWER', at: step.answerLateAt });
    if (stillMissing(step.resolutionLateAt, row.closedAt)) phases.push({ phase: 'RESOLUTION', at: step.resolutionLateAt });
    const first = phases.sort((a, b) => a.at.localeCompare(b.at))[0];
    if (first) reached.push({ level: step.level, phase: first.phase, reachedAt: first.at, recipient: step.recipient });
  }
  return reached;
}

/** The deadline an unfinished exception works to next: the answer while it has none, then the resolution. */
export function nextDeadline(row: Pick<ExceptionRow, 'status' | 'answerDueAt' | 'resolutionDueAt'>): string | null {
  if (row.status === 'OPEN') return row.answerDueAt;
  if (row.status === 'ANSWERED') return row.resolutionDueAt;
  return null;
}

/** Whether an unfinished exception is past a deadline it has not met. */
export function isOverdue(row: Pick<ExceptionRow, 'status' | 'answerDueAt' | 'resolutionDueAt'>, now: string): boolean {
  if (row.status === 'OPEN') return now > row.answerDueAt || now > row.resolutionDueAt;
  if (row.status === 'ANSWERED') return now > row.resolutionDueAt;
  return false;
}

/**
 * When the next level not yet recorded falls due if nothing changes (no answer, no closing): the
 * instant the background job looks again; null when no level is left to reach.
 */
export function nextEscalationAt(row: Times, recorded: ReadonlySet<number>): string | null {
  const plan = planOf(row);
  const answeredOrClosed = [row.answeredAt, row.closedAt].filter((t): t is string => t !== null).sort()[0] ?? null;
  const due: string[] = [];
  for (const step of plan.levels) {
    if (recorded.has(step.level)) continue;
    if (answeredOrClosed === null || step.answerLateAt < answeredOrClosed) due.push(step.answerLateAt);
    if (row.closedAt === null || step.resolutionLateAt < row.closedAt) due.push(step.resolutionLateAt);
  }
  return due.sort()[0] ?? null;
}
