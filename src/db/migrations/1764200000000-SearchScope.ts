import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded engine's second table beside search_fts: per FTS row, what a search checks for
 * every match (status, effective window in epoch milliseconds, code, scope) in a narrow rowid
 * table, so the join costs one small seek. SQLite only: PostgreSQL searches through Meilisearch.
 */
export class SearchScope1764200000000 implements MigrationInterface {
  name = 'SearchScope1764200000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'better-sqlite3') return;
    await q.query(`CREATE TABLE search_scope (
      id INTEGER PRIMARY KEY,
      status TEXT NOT NULL,
      fromMs INTEGER,
      toMs INTEGER NOT NULL,
      code TEXT,
      kind TEXT NOT NULL,
      flowClass TEXT,
      channels TEXT NOT NULL,
      brands TEXT NOT NULL,
      businessCodes TEXT NOT NULL)`);
    await q.query(`INSERT INTO search_scope
      SELECT id, status,
             CAST(round(unixepoch(effectiveFrom, 'subsec') * 1000) AS INTEGER),
             coalesce(CAST(round(unixepoch(effectiveTo, 'subsec') * 1000) AS INTEGER), 9007199254740991),
             upper(code), kind, flowClass, channels, brands, businessCodes
        FROM search_entries`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') await q.query('DROP TABLE search_scope');
  }
}
