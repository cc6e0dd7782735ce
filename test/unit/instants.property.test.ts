import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateTime } from '../../src/graphql/date-time.js';
import { toStored } from '../../src/shared/clock.js';
import { MAX_INSTANT, MIN_INSTANT, parseInstant } from '../../src/shared/instant.js';

const SEED = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.log(`instants: fast-check seed ${SEED} (FC_SEED=${SEED} repeats it)`);

/** `ms` written in the local time of a zone `offset` minutes east of UTC, as clients send it. */
function withOffset(ms: number, offset: number): string | null {
  const local = new Date(ms + offset * 60_000).toISOString();
  if (!/^\d{4}-/.test(local)) return null; // a local year outside 0000–9999 cannot be written in RFC 3339
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local.slice(0, -1)}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const instant = fc.integer({ min: MIN_INSTANT.getTime(), max: MAX_INSTANT.getTime() });
const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });

describe('instants have one valid range, 1970–9999 in UTC', () => {
  it('every instant in range, written with any offset, is read back as itself', () => {
    fc.assert(
      fc.property(instant, offset, (ms, off) => {
        const text = withOffset(ms, off);
        fc.pre(text !== null);
        expect((DateTime.parseValue(text) as Date).getTime()).toBe(ms);
        expect(parseInstant('asOf', text).getTime()).toBe(ms);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('every instant outside it is refused, naming the field', () => {
    const outside = fc.oneof(fc.integer({ min: -62_000_000_000_000, max: MIN_INSTANT.getTime() - 1 }), fc.integer({ min: MAX_INSTANT.getTime() + 1, max: 8_000_000_000_000_000 }));
    fc.assert(
      fc.property(outside, offset, (ms, off) => {
        const text = withOffset(ms, off);
        fc.pre(text !== null);
        expect(() => DateTime.parseValue(text)).toThrow(/1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z/);
        expect(() => parseInstant('asOf', text)).toThrow(/^asOf: /);
      }),
      { seed: SEED, numRuns: 300 },
    );
    for (const text of ['9999-12-31T23:59:59-12:00', '1969-12-31T23:59:59Z', '2026-02-31T00:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01', 'yesterday']) {
      expect(() => parseInstant('asOf', text), text).toThrow(/^asOf: must be a real calendar instant/);
    }
  });

  it('stored instants compare as text (on SQLite, as in memory) exactly as they compare in time', () => {
    const db = new Database(':memory:');
    const compare = db.prepare('SELECT (? < ?) AS less, (? = ?) AS same');
    fc.assert(
      fc.property(instant, instant, (a, b) => {
        const [sa, sb] = [toStored(new Date(a)), toStored(new Date(b))];
        expect(sa).toHaveLength(24);
        const { less, same } = compare.get(sa, sb, sa, sb) as { less: number; same: number };
        expect(Boolean(less)).toBe(a < b);
        expect(Boolean(same)).toBe(a === b);
        expect(sa < sb).toBe(a < b);
      }),
      { seed: SEED, numRuns: 1000 },
    );
    db.close();
  });
});
