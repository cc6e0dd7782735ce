import 'reflect-metadata';
import { readConfig } from '../config.js';
import { openDb } from '../db/database.js';

const db = await openDb(readConfig().databaseUrl);
const applied = await db.dataSource.query('SELECT COUNT(*) AS n FROM migrations');
console.log(`database is up to date (${applied[0].n} migrations applied)`);
await db.close();
