import { SYSTEM_USER_ID } from './db/migrations/1763800000000-Foundation.js';
import type { Db } from './db/database.js';
import { createUser, issueToken } from './modules/auth/auth.service.js';
import { TokenRow } from './modules/auth/token.entity.js';
import { UserRow } from './modules/auth/user.entity.js';
import type { Clock } from './shared/clock.js';
import { describeSeed, isEmpty, seedDatabase } from '../seeds/loader.js';
import { indexMissing } from './modules/search/search-index.js';

/**
 * Bring a database to a usable state: seed it when it is empty, and create the first admin from
 * BOOTSTRAP_ADMIN_TOKEN when no admin can sign in yet (production has no demo users).
 */
export async function prepareDatabase(db: Db, options: { clock: Clock; production: boolean; bootstrapAdminToken?: string }) {
  if (await isEmpty(db)) {
    const seeded = await seedDatabase(db, { demoUsers: !options.production, clock: options.clock });
    console.log(`seeded the empty database: ${describeSeed(seeded)}`);
  }
  const indexed = await indexMissing(db);
  if (indexed > 0) console.log(`indexed ${indexed} versions for search`);
  if (options.bootstrapAdminToken) {
    const admins = await db.dataSource
      .getRepository(TokenRow)
      .createQueryBuilder('t')
      .innerJoin(UserRow, 'u', 'u.id = t.userId')
      .where("u.role = 'ADMIN' AND t.revokedAt IS NULL")
      .getCount();
    if (admins === 0) {
      const system = { user: { id: SYSTEM_USER_ID, role: 'ADMIN' as const }, clock: options.clock };
      const admin = await createUser(db, system, { name: `admin-${options.clock.now().toISOString().slice(0, 10)}`, role: 'ADMIN' });
      await issueToken(db, system, { userId: admin.id, label: 'bootstrap', token: options.bootstrapAdminToken });
      console.log(`created admin ${admin.name} with the token from BOOTSTRAP_ADMIN_TOKEN`);
    }
  }
}
