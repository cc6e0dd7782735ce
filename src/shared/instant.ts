import { DateTimeResolver } from 'graphql-scalars';
import { badInput } from './errors.js';

/** The one range of instants the application takes: stored as ISO-8601 UTC text, they sort as text only inside it. */
export const MIN_INSTANT = new Date(Date.UTC(1970, 0, 1));
export const MAX_INSTANT = new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999));
export const INSTANT_RULE =
  'must be a real calendar instant (ISO-8601 with an offset, e.g. 2026-03-01T09:30:00+08:00; seconds may be left out) from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z in UTC';

export const inInstantRange = (d: Date) => !Number.isNaN(d.getTime()) && d.getTime() >= MIN_INSTANT.getTime() && d.getTime() <= MAX_INSTANT.getTime();

/** A date-time picker sends minutes only (2026-03-01T09:30+08:00): RFC 3339 wants the seconds, so they are added. */
export const withSeconds = (text: string) => text.replace(/^(\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2})(?=[Zz+-])/, '$1:00');

/**
 * An RFC 3339 date-time with an offset (seconds optional) naming a real calendar day and time, as
 * a Date; null otherwise. Read by graphql-scalars, the same reader as the DateTime scalar's.
 */
export function readInstant(text: string): Date | null {
  try {
    return DateTimeResolver.parseValue(withSeconds(text)) as Date;
  } catch {
    return null;
  }
}

/** An instant from text (an HTTP query parameter, say), or BAD_USER_INPUT naming `field` and the rule. */
export function parseInstant(field: string, value: unknown): Date {
  const date = typeof value === 'string' ? readInstant(value) : null;
  if (!date || !inInstantRange(date)) throw badInput(field, INSTANT_RULE);
  return date;
}
