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
