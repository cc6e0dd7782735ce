import type { Db } from '../../db/database.js';
import { RollupDayRow } from './rollup.entity.js';

const DAY_MS = 86_400_000;
/** The hotline's days are Beijing days (UTC+8, no daylight saving). */
const OFFSET_MS = 8 * 3_600_000;

/** The Beijing day (YYYY-MM-DD) an instant falls on. */
export const dayOf = (instant: string | Date) => new Date(new Date(instant).getTime() + OFFSET_MS).toISOString().slice(0, 10);
/** When a Beijing day starts, as a UTC instant. */
export const dayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * How a report reads a period [from, to): the whole days whose roll-ups are built, from the
 * roll-ups; everything else (the edges, today, days not built yet) from the raw rows, as
 * half-open intervals of instants. Either way gives the same figures; the roll-ups make it fast.
 */
export interface PeriodParts {
  days: string[];
  raw: [string, string][];
}

export async function periodParts(db: Db, from: string, to: string): Promise<PeriodParts> {
  let first = dayOf(from);
  if (dayStart(first).toISOString() < from) first = nextDay(first);
  const whole: string[] = [];
  for (let d = first; dayStart(nextDay(d)).toISOString() <= to; d = nextDay(d)) whole.push(d);
  const built =
    whole.length === 0
      ? new Set<string>()
      : new Set(
          (
            await db.dataSource
              .getRepository(RollupDayRow)
              .createQueryBuilder('r')
              .select('r.day', 'day')
              .where('r.day >= :first AND r.day <= :last', { first: whole[0], last: whole.at(-1) })
              .getRawMany<{ day: string }>()
          ).map((r) => r.day),
        );
  const days = whole.filter((d) => built.has(d));
  // the raw intervals are what the built days leave of [from, to)
  const raw: [string, string][] = [];
  let cursor = from;
  for (const d of days) {
    const start = dayStart(d).toISOString();
    if (cursor < start) raw.push([cursor, start]);
    cursor = dayStart(nextDay(d)).toISOString();
  }
  if (cursor < to) raw.push([cursor, to]);
  return { days, raw };
}

/** SQL keeping the roll-up rows of the built days (`alias.day`). */
export function daysCondition(alias: string, parts: PeriodParts, params: Record<string, unknown>): string {
  if (parts.days.length === 0) return '1 = 0';
  params.days = parts.days;
  return `${alias}."day" IN (:...days)`;
}

/** SQL keeping the raw rows whose instant (`column`) falls in the raw intervals. */
export function rawCondition(column: string, parts: PeriodParts, params: Record<string, unknown>): string {
  if (parts.raw.length === 0) return '1 = 0';
  return `(${parts.raw
    .map(([a, b], i) => {
      params[`rawFrom${i}`] = a;
      params[`rawTo${i}`] = b;
      return `(${column} >= :rawFrom${i} AND ${column} < :rawTo${i})`;
    })
    .join(' OR ')})`;
}
