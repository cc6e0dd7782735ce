import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several processes on one database: `leases` says which one runs the background work (any
 * database), and on SQLite `search_changes` lists, in commit order, the search entries each
 * transaction wrote (entryId null: every entry was rewritten), so each process's in-memory index
 * can follow the writes of the others.
 */
export class SharedDatabase1764600000000 implements MigrationInterface {
  name = 'SharedDatabase1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE leases (name varchar(64) PRIMARY KEY, holder varchar(100) NOT NULL, "expiresAt" bigint NOT NULL)`);
    if (q.connection.options.type !== 'better-sqlite3') return;
    await q.query(`CREATE TABLE search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, entryId INTEGER, at INTEGER NOT NULL)`);
    await q.query(`CREATE INDEX search_changes_at ON search_changes (at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') await q.query('DROP TABLE search_changes');
    await q.query('DROP TABLE leases');
  }
}
