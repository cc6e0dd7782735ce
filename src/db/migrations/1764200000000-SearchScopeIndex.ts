import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A covering index over what the embedded engine checks for every full-text match (status,
 * window, code and scope), so the join from search_fts reads a narrow index instead of whole
 * search entries with their bodies. SQLite only: PostgreSQL searches through Meilisearch.
 */
export class SearchScopeIndex1764200000000 implements MigrationInterface {
  name = 'SearchScopeIndex1764200000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type !== 'better-sqlite3') return;
    await q.query(
      'CREATE INDEX search_entries_scope ON search_entries (id, status, effectiveFrom, effectiveTo, code, kind, flowClass, channels, brands, businessCodes)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') await q.query('DROP INDEX search_entries_scope');
  }
}
