import Database from 'better-sqlite3';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { print, printError } from './command.js';
import { sqliteFile } from './sqlite-file.js';

// npm run db:backup [-- <file>]: an online backup of the SQLite database (SQLite's backup API: a
// consistent copy while servers keep reading and writing), by default to backups/hotline-kb-<instant>.sqlite.
const file = sqliteFile();
if (!file) {
  printError('db:backup copies a SQLite database; for PostgreSQL use pg_dump');
  process.exit(2);
}
const target = path.resolve(process.argv[2] ?? path.join('backups', `hotline-kb-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`));
await mkdir(path.dirname(target), { recursive: true });
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
  // copied in one step, in one read transaction: a step-wise copy starts over whenever another
  // connection writes in between, and under steady writes would never finish
  const { totalPages } = await db.backup(target, { progress: ({ totalPages: pages }) => Math.max(pages, 1_000_000) });
  print(`backed up ${file} to ${target} (${totalPages} pages)`);
} finally {
  db.close();
}
