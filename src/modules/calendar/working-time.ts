/**
 * Deadlines in calendar or working time. Working time runs only inside the working window (e.g.
 * 09:00–18:00) of working days, in the hotline's local time. China has kept UTC+8 without daylight
 * saving since 1991, so local days are UTC shifted by eight hours.
 */
const LOCAL_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export type ClockKind = 'CALENDAR' | 'WORKING';

export interface WorkingWindow {
  /** minutes after local midnight the working day starts, e.g. 540 for 09:00 */
  startMinute: number;
  /** minutes after local midnight it ends, e.g. 1080 for 18:00; after startMinute */
  endMinute: number;
}

/** Whether a local date (YYYY-MM-DD) is a working day. */
export type WorkingDays = (date: string) => boolean;

/** The weekday rule: Monday to Friday. */
export const weekdayRule: WorkingDays = (date) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};

/** The local date (YYYY-MM-DD) of an instant. */
export const localDate = (at: Date): string => new Date(at.getTime() + LOCAL_OFFSET_MS).toISOString().slice(0, 10);

/** The instant of a local date's midnight. */
const localMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`) - LOCAL_OFFSET_MS;

const nextDate = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** Parse "09:00" into minutes after midnight. */
export function minuteOfDay(hhmm: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  if (!match) throw new Error(`${hhmm} is not a time of day as HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** No deadline is further than this many days of calendar time away: a guard against a calendar with no working day. */
const MAX_DAYS = 3660;

/**
 * The instant `minutes` of time after `start`: plain minutes for the calendar clock; for the
 * working clock, minutes inside the working window of working days (a start outside the window
 * counts from the next opening).
 */
export function addTime(start: Date, minutes: number, clock: ClockKind, working: WorkingDays, window: WorkingWindow): Date {
  if (clock === 'CALENDAR') return new Date(start.getTime() + minutes * MINUTE_MS);
  let left = minutes * MINUTE_MS;
  let date = localDate(start);
  for (let day = 0; day < MAX_DAYS; day++, date = nextDate(date)) {
    if (!working(date)) continue;
    const midnight = localMidnight(date);
    const open = Math.max(midnight + window.startMinute * MINUTE_MS, start.getTime());
    const close = midnight + window.endMinute * MINUTE_MS;
    if (open >= close) continue;
    if (left <= close - open) return new Date(open + left);
    left -= close - open;
  }
  throw new Error(`no deadline within ${MAX_DAYS} days: the work calendar has too few working days`);
}

/** Minutes of `clock` time from `from` to `to` (negative when `to` is earlier). */
export function timeBetween(from: Date, to: Date, clock: ClockKind, working: WorkingDays, window: WorkingWindow): number {
  if (to < from) return -timeBetween(to, from, clock, working, window);
  if (clock === 'CALENDAR') return (to.getTime() - from.getTime()) / MINUTE_MS;
  let total = 0;
  let date = localDate(from);
  for (let day = 0; day < MAX_DAYS; day++, date = nextDate(date)) {
    const midnight = localMidnight(date);
    if (midnight > to.getTime()) break;
    if (!working(date)) continue;
    const open = Math.max(midnight + window.startMinute * MINUTE_MS, from.getTime());
    const close = Math.min(midnight + window.endMinute * MINUTE_MS, to.getTime());
    if (close > open) total += close - open;
  }
  return total / MINUTE_MS;
}

/** Every local date from `from` to `to` inclusive (YYYY-MM-DD), at most MAX_DAYS. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let date = from; date <= to && out.length < MAX_DAYS; date = nextDate(date)) out.push(date);
  return out;
}
