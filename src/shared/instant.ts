import { badInput } from './errors.js';

/** The one range of instants the application takes: stored as ISO-8601 UTC text, they sort as text only inside it. */
export const MIN_INSTANT = new Date(Date.UTC(1970, 0, 1));
export const MAX_INSTANT = new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
export const INSTANT_RULE = 'must be a real calendar instant (ISO-8601 with an offset, e.g. 2026-03-01T09:30:00+08:00) from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC';

export const inInstantRange = (d: Date) => !Number.isNaN(d.getTime()) && d.getTime() >= MIN_INSTANT.getTime() && d.getTime() <= MAX_INSTANT.getTime();

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** An RFC 3339 date-time with an offset that names a real calendar day and time, as a Date; null otherwise. */
export function readInstant(text: string): Date | null {
  const m = RFC3339.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return null;
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11])) : 0;
  if (m[9] && (Number(m[10]) > 23 || Number(m[11]) > 59)) return null;
  const ms = Number(((m[7] ?? '.0') + '000').slice(1, 4));
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  // Date.UTC reads years 0–99 as 1900–1999
  const date = new Date(utc);
  if (year < 100) date.setUTCFullYear(date.getUTCFullYear() - 1900);
  return date;
}

/** An instant from text (an HTTP query parameter, say), or BAD_USER_INPUT naming `field` and the rule. */
export function parseInstant(field: string, value: unknown): Date {
  const date = typeof value === 'string' ? readInstant(value) : null;
  if (!date || !inInstantRange(date)) throw badInput(field, INSTANT_RULE);
  return date;
}
