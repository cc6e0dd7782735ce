/** All "now" in the application comes from a clock, so tests and the seed can move time. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (at: Date | string): Clock & { set(at: Date | string): void } => {
  let current = new Date(at);
  return {
    now: () => new Date(current),
    set: (next) => {
      current = new Date(next);
    },
  };
};

/** Instants are stored as ISO-8601 UTC strings: sortable as text on SQLite and PostgreSQL alike. */
export const toStored = (d: Date): string => d.toISOString();

/** The hotline's local time zone, for dates people read (charts, notices); storage stays UTC. */
export const HOTLINE_TIME_ZONE = 'Asia/Shanghai';

/** "2025-07-01 00:00" in the hotline's time zone. */
export const localDateTime = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: HOTLINE_TIME_ZONE, dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
