import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { print, printError } from './command.js';
import { sqliteFile } from './sqlite-file.js';

// npm run db:restore -- <backup file>: replace the SQLite database with a backup (SQLite's backup
// API, page by page, in one transaction). Servers keep what they read in memory (the search index,
// sign-ins), so they must be stopped first: a database whose background work is leased to a
// running server is refused unless --force is given.
const file = sqliteFile();
const args = process.argv.slice(2);
const source = args.find((a) => !a.startsWith('--'));
if (!file) {
  printError('db:restore restores a SQLite database; for PostgreSQL use pg_restore');
  process.exit(2);
}
if (!source || !existsSync(source)) {
  printError(`db:restore: name a backup file made by npm run db:backup (got ${source ?? 'nothing'})`);
  process.exit(2);
}

const backup = new Database(path.resolve(source), { readonly: true, fileMustExist: true });
try {
  const integrity = backup.pragma('integrity_check', { simple: true });
  const migrations = backup.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('migrations', 'audit_entries')`).get() as { n: number };
  if (integrity !== 'ok' || migrations.n !== 2) {
    printError(`db:restore: ${source} is not a sound backup of this application (integrity: ${String(integrity)})`);
    process.exit(1);
  }
  if (existsSync(file) && !args.includes('--force')) {
    const live = new Database(file, { readonly: true });
    try {
      const leased = live.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'leases'`).get() as { n: number };
      const running = leased.n ? (live.prepare(`SELECT holder FROM leases WHERE "expiresAt" > ?`).all(Date.now()) as { holder: string }[]) : [];
      if (running.length) {
        printError(`db:restore: a server is running on ${file} (${running.map((r) => r.holder).join(', ')}); stop every server first, or pass --force`);
        process.exit(1);
      }
    } finally {
      live.close();
    }
  }
  const { totalPages } = await backup.backup(file, { progress: ({ totalPages: pages }) => Math.max(pages, 1_000_000) });
  print(`restored ${file} from ${path.resolve(source)} (${totalPages} pages); start the servers`);
} finally {
  backup.close();
}
