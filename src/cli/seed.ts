import 'reflect-metadata';
import { seedDatabase } from '../../seeds/loader.js';
import { readConfig } from '../config.js';
import { openDb } from '../db/database.js';
import { systemClock } from '../shared/clock.js';

const config = readConfig();
const db = await openDb(config.databaseUrl);
const result = await seedDatabase(db, { demoUsers: !config.production, clock: systemClock });
console.log(`seeded ${result.chapters} new chapters and ${result.users} new demo users (existing ones left as they were)`);
await db.close();
