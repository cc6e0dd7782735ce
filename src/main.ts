import 'reflect-metadata';
import { startServer } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { readConfig } from './config.js';
import { openDb } from './db/database.js';
import { systemClock } from './shared/clock.js';
import { openSearch } from './modules/search/setup.js';

const config = readConfig();
const db = await openDb(config.databaseUrl);
const search = openSearch(db, config.meili); // first: what seeding writes is queued for Meilisearch too
await prepareDatabase(db, { clock: systemClock, production: config.production, bootstrapAdminToken: config.bootstrapAdminToken });
const stopSearch = await search.start();
const server = await startServer({ db, clock: systemClock, production: config.production, search: search.engine }, config.port);
console.log(`hotline-kb GraphQL API ready at ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    stopSearch();
    await server.stop();
    await db.close();
    process.exit(0);
  });
}
