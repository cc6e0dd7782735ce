import 'reflect-metadata';
import { describeSeed, seedDatabase } from '../../seeds/loader.js';
import { readConfig } from '../config.js';
import { openDb } from '../db/database.js';
import { useOutbox } from '../modules/search/search-index.js';
import { systemClock } from '../shared/clock.js';

const config = readConfig();
const db = await openDb(config.databaseUrl);
if (config.meili) useOutbox(db); // a running server's dispatcher carries the seeded versions to Meilisearch
const result = await seedDatabase(db, { demoUsers: !config.production, clock: systemClock });
console.log(`seeded ${describeSeed(result)} (what existed was left as it was)`);
await db.close();
