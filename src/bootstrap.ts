import { describeSeed, isEmpty, seedDatabase, seedUnfinished } from '../seeds/loader.js';
import { adminCanSignIn, createUser, issueToken } from './modules/auth/auth.service.js';
import { ensureIndexFormat } from './modules/search/reindex.js';
import type { Runtime } from './runtime.js';
import { systemActor } from './shared/actor.js';

/**
 * Bring a database to a usable state: seed it when it is empty (or finish a seed that was stopped), index what search lacks, and create
 * the first admin from BOOTSTRAP_ADMIN_TOKEN when no admin can sign in yet (production has no demo users).
 */
export async function prepareDatabase(runtime: Runtime, options: { production: boolean; bootstrapAdminToken?: string }) {
  const { db, clock, logger } = runtime;
  // a start that was stopped while seeding (killed, power lost) is completed by the next one
  if (await seedUnfinished(db, { demoUsers: !options.production })) {
    const empty = await isEmpty(db);
    const seeded = await seedDatabase(db, { demoUsers: !options.production, clock });
    logger.info({ seeded }, `${empty ? 'seeded the empty database' : 'completed the seed a stopped start left unfinished'}: ${describeSeed(seeded)}`);
  }
  if (await ensureIndexFormat(runtime.search)) logger.info('rebuilt the search index: the way it is built has changed');
  const indexed = await runtime.search.indexMissing();
  if (indexed > 0) logger.info(`indexed ${indexed} versions for search`);
  if (options.bootstrapAdminToken && !(await adminCanSignIn(db))) {
    const system = systemActor(clock);
    const admin = await createUser(db, system, { name: `admin-${clock.now().toISOString().slice(0, 10)}`, role: 'ADMIN' });
    await issueToken(db, system, { userId: admin.id, label: 'bootstrap', token: options.bootstrapAdminToken });
    logger.info(`created admin ${admin.name} with the token from BOOTSTRAP_ADMIN_TOKEN`);
  }
}
