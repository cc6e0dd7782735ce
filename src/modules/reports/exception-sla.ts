import type { Db } from '../../db/database.js';
import { ExceptionRow } from '../exceptions/exception.entity.js';
import { type ReportWindow, touchpointCondition } from './report-filter.js';

export interface SlaFigures {
  /** what the figures are grouped by: ALL, a priority, an owner's id or an escalation level */
  group: string;
  raised: number;
  answeredOnTimeRate: number | null;
  resolvedOnTimeRate: number | null;
  medianMinutesToAnswer: number | null;
  p90MinutesToAnswer: number | null;
  medianMinutesToResolve: number | null;
  p90MinutesToResolve: number | null;
  openOverdue: number;
}

export interface ExceptionSlaReport extends SlaFigures {
  byPriority: SlaFigures[];
  byOwner: SlaFigures[];
  byEscalationLevel: SlaFigures[];
}

type Row = Pick<ExceptionRow, 'id' | 'status' | 'priority' | 'ownerId' | 'raisedAt' | 'answeredAt' | 'answerDueAt' | 'resolutionDueAt' | 'closedAt' | 'escalationLevel'>;

const minutes = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

/** The nearest-rank percentile (p in 0–1) of values; null for none. */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/**
 * The figures of a group of exceptions at `now`. Merged exceptions count as raised but in no rate
 * (their demand went to another). The first response is the interim answer, or the closing when
 * it came without one. answeredOnTimeRate = responded by the answer deadline / those responded to
 * or past the deadline; resolvedOnTimeRate = resolved or rejected by the resolution deadline /
 * those closed or past it. Times run from raising, in calendar minutes.
 */
function figures(group: string, rows: Row[], now: string): SlaFigures {
  const counted = rows.filter((r) => r.status !== 'MERGED');
  const response = (r: Row) => r.answeredAt ?? (r.status === 'RESOLVED' || r.status === 'REJECTED' ? r.closedAt : null);
  const closed = (r: Row) => (r.status === 'RESOLVED' || r.status === 'REJECTED' ? r.closedAt : null);
  const answerDecided = counted.filter((r) => response(r) !== null || r.answerDueAt <= now);
  const resolveDecided = counted.filter((r) => closed(r) !== null || r.resolutionDueAt <= now);
  const toAnswer = counted.flatMap((r) => (r.answeredAt ? [minutes(r.raisedAt, r.answeredAt)] : []));
  const toResolve = counted.flatMap((r) => (closed(r) ? [minutes(r.raisedAt, closed(r)!)] : []));
  const open = (r: Row) => r.status === 'OPEN' || r.status === 'ANSWERED';
  return {
    group,
    raised: rows.length,
    answeredOnTimeRate: answerDecided.length > 0 ? answerDecided.filter((r) => response(r) !== null && response(r)! <= r.answerDueAt).length / answerDecided.length : null,
    resolvedOnTimeRate: resolveDecided.length > 0 ? resolveDecided.filter((r) => closed(r) !== null && closed(r)! <= r.resolutionDueAt).length / resolveDecided.length : null,
    medianMinutesToAnswer: percentile(toAnswer, 0.5),
    p90MinutesToAnswer: percentile(toAnswer, 0.9),
    medianMinutesToResolve: percentile(toResolve, 0.5),
    p90MinutesToResolve: percentile(toResolve, 0.9),
    openOverdue: counted.filter((r) => open(r) && ((r.answeredAt === null && r.answerDueAt < now) || r.resolutionDueAt < now)).length,
  };
}

function grouped(rows: Row[], key: (r: Row) => string, now: string): SlaFigures[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, g]) => figures(k, g, now));
}

/** The SLA of the exceptions raised in [from, to), at `now`: overall, per priority, owner and escalation level reached. */
export async function exceptionSla(db: Db, w: ReportWindow, now: string): Promise<ExceptionSlaReport> {
  const query = db.dataSource
    .getRepository(ExceptionRow)
    .createQueryBuilder('e')
    .select(['e.id', 'e.status', 'e.priority', 'e.ownerId', 'e.raisedAt', 'e.answeredAt', 'e.answerDueAt', 'e.resolutionDueAt', 'e.closedAt', 'e.escalationLevel'])
    .where('e.raisedAt >= :from AND e.raisedAt < :to', { from: w.from, to: w.to });
  const f = w.filter;
  if (f.ownerId) query.andWhere('e.ownerId = :owner', { owner: f.ownerId });
  const params: Record<string, unknown> = {};
  const touchpoint = touchpointCondition('e.touchpointCode', f, params);
  if (touchpoint) query.andWhere(touchpoint, params);
  const rows: Row[] = await query.getMany();
  return {
    ...figures('ALL', rows, now),
    byPriority: grouped(rows, (r) => r.priority, now),
    byOwner: grouped(rows, (r) => r.ownerId, now),
    byEscalationLevel: grouped(rows, (r) => String(r.escalationLevel), now),
  };
}
