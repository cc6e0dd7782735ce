import { type EntityManager, MoreThanOrEqual } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput } from '../../shared/errors.js';
import { parseInput } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { CalendarDayRow } from './calendar-day.entity.js';
import { datesBetween, localDate, weekdayRule, type WorkingDays } from './working-time.js';

export interface CalendarDay {
  date: string;
  working: boolean;
  name: string | null;
}

/** The years the calendar answers for: wide enough for any deadline, narrow enough to list. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The working days from `from` on, as the calendar keeps them (rows over the weekday rule). */
export async function workingDaysFrom(em: EntityManager, from: Date): Promise<WorkingDays> {
  const rows = await em.find(CalendarDayRow, { where: { date: MoreThanOrEqual(localDate(from)) }, order: { date: 'ASC' }, take: 5000 });
  const days = new Map(rows.map((r) => [r.date, r.working]));
  return (date) => days.get(date) ?? weekdayRule(date);
}

/** Every day of a year: the kept days as kept, the others by the weekday rule. */
export async function workCalendar(db: Db, year: number): Promise<CalendarDay[]> {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) throw badInput('year', `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
  const rows = await db.dataSource
    .getRepository(CalendarDayRow)
    .createQueryBuilder('d')
    .where('d.date >= :from AND d.date <= :to', { from: `${year}-01-01`, to: `${year}-12-31` })
    .getMany();
  const kept = new Map(rows.map((r) => [r.date, r]));
  return datesBetween(`${year}-01-01`, `${year}-12-31`).map((date) => {
    const row = kept.get(date);
    return row ? { date, working: row.working, name: row.name } : { date, working: weekdayRule(date), name: null };
  });
}

const isRealDate = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
};

const dayInput = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .refine(isRealDate, 'is not a day of the calendar')
    .refine((d) => Number(d.slice(0, 4)) >= FIRST_YEAR && Number(d.slice(0, 4)) <= LAST_YEAR, `must fall in the years ${FIRST_YEAR}–${LAST_YEAR}`),
  working: z.boolean(),
  name: z.string().trim().max(100, 'must be at most 100 characters').nullish(),
});

/** Say whether a day is worked (a holiday moved, a make-up day added); deadlines raised from now on follow it (audited). */
export function setWorkCalendarDay(db: Db, actor: Actor, input: z.input<typeof dayInput>): Promise<CalendarDay> {
  const parsed = parseInput(dayInput, input);
  return db.write(async (tx) => {
    const before = await tx.em.findOneBy(CalendarDayRow, { date: parsed.date });
    const row = Object.assign(new CalendarDayRow(), { date: parsed.date, working: parsed.working, name: parsed.name || null, updatedAt: toStored(actor.clock.now()) });
    await tx.em.save(CalendarDayRow, row);
    const shown = (r: CalendarDayRow | null) => r && { date: r.date, working: r.working, name: r.name };
    await record(tx, actor, { at: row.updatedAt, action: 'CALENDAR_DAY_SET', entityType: 'CalendarDay', entityId: row.date, before: shown(before) ?? { date: row.date, working: weekdayRule(row.date), name: null }, after: shown(row) });
    return { date: row.date, working: row.working, name: row.name };
  });
}
