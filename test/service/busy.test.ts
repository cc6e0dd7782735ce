import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDb, WRITE_TRIES } from '../../src/db/database.js';
import { AppError } from '../../src/shared/errors.js';
import { freshDatabase, onPostgres } from '../support/harness.js';

// Two connections on one file behave as two processes: the file's lock is all they share.

let drop: () => Promise<void>;
let first: Db;
let second: Db;
beforeAll(async () => {
  const database = await freshDatabase();
  drop = database.drop;
  first = await openDb(database.url);
  second = await openDb(database.url, { migrate: false });
});
afterAll(async () => {
  await second?.close();
  await first?.close();
  await drop?.();
});

/** Hold the write lock on `db` until the returned release is called. */
async function hold(db: Db) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let began!: () => void;
  const holding = new Promise<void>((resolve) => (began = resolve));
  const done = db.write(async (tx) => {
    await tx.em.query(`INSERT INTO leases (name, holder, "expiresAt") VALUES ('held', 'first', 0) ON CONFLICT (name) DO UPDATE SET holder = 'first'`);
    began();
    await released;
  });
  await holding;
  return { release, done };
}

describe.skipIf(onPostgres)('a write that meets another process’s lock', () => {
  it('waits, is tried again, and lands once the other commits', async () => {
    const { release, done } = await hold(first);
    let attempts = 0;
    const write = second.write(async (tx) => {
      attempts++;
      await tx.em.query(`INSERT INTO leases (name, holder, "expiresAt") VALUES ('waited', 'second', 0)`);
    });
    setTimeout(release, 400);
    await write;
    await done;
    expect(attempts).toBe(1); // its function ran once: the lock is taken when the transaction begins
    expect(await second.dataSource.query(`SELECT holder FROM leases WHERE name = 'waited'`)).toEqual([{ holder: 'second' }]);
  });

  it(`gives up after ${WRITE_TRIES} tries with UNAVAILABLE, never a raw "database is locked"`, { timeout: 60_000 }, async () => {
    const { release, done } = await hold(first);
    const error = await second.write(async (tx) => tx.em.query(`SELECT 1`)).catch((e: unknown) => e);
    release();
    await done;
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
  });
});
