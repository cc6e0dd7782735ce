import { describeSeed, isEmpty, seedDatabase, seedUnfinished } from '../seeds/loader.js';
import { adminCanSignIn, recoverAdmin } from './modules/auth/auth.service.js';
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
  // no admin can sign in (none yet, or every admin's tokens revoked, expired or deactivated): the
  // operator's token from the environment goes to the bootstrap admin, audited as the system
  if (options.bootstrapAdminToken && !(await adminCanSignIn(db, clock.now()))) {
    const { user, created } = await recoverAdmin(db, systemActor(clock), { token: options.bootstrapAdminToken, label: 'bootstrap' }).catch((error: Error) => {
      throw new Error(`BOOTSTRAP_ADMIN_TOKEN: ${error.message}`);
    });
    logger.info(created ? `created admin ${user.name} with the token from BOOTSTRAP_ADMIN_TOKEN` : `no admin could sign in: issued the token from BOOTSTRAP_ADMIN_TOKEN to admin ${user.name}`);
  }
}
