import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type Db, isPostgres } from '../db/database.js';

/** A named lease in the database that one process at a time holds, renewing it before it expires. */
export interface Lease {
  readonly holder: string;
  /** how long a hold lasts unrenewed, counted from the moment hold() was called */
  readonly ttlMs: number;
  /** take the lease if it is free or expired, renew it if this process holds it; whether it does now */
  hold(): Promise<boolean>;
  /** give it up (on a clean stop), so another process need not wait for it to expire */
  release(): Promise<void>;
}

/** Who this process is, in leases and logs: host, pid and a random part (pids repeat). */
export const processName = () => `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

export function databaseLease(db: Db, name: string, options: { ttlMs: number; holder?: string }): Lease {
  const holder = options.holder ?? processName();
  const pg = isPostgres(db.writeSource);
  // SQLite numbers placeholders ?, PostgreSQL $n
  const p = (n: number) => (pg ? `$${n}` : '?');
  return {
    holder,
    ttlMs: options.ttlMs,
    async hold() {
      const now = Date.now();
      return db.write(async ({ em }) => {
        await em.query(
          `INSERT INTO leases (name, holder, "expiresAt") VALUES (${p(1)}, ${p(2)}, ${p(3)})
           ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, "expiresAt" = excluded."expiresAt"
           WHERE leases.holder = excluded.holder OR leases."expiresAt" < ${p(4)}`,
          [name, holder, now + options.ttlMs, now],
        );
        const [row] = (await em.query(`SELECT holder FROM leases WHERE name = ${p(1)}`, [name])) as { holder: string }[];
        return row?.holder === holder;
      });
    },
    async release() {
      await db.write(({ em }) => em.query(`DELETE FROM leases WHERE name = ${p(1)} AND holder = ${p(2)}`, [name, holder]));
    },
  };
}
