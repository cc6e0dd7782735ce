import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

/**
 * Search as agents talk: entries keep their headings (read as pinyin), the embedded index gains a
 * column of character pairs (for words no document holds) and its vocabulary, the scope table the
 * document (for what agents learned to open), the log the normalized query, and learned clicks get
 * tables of their own. The index's words are derived differently now, so search_index_meta starts
 * at format 0 and the next start rebuilds the index (search.runtime.ts).
 */
export class SearchReadsLikeAgents1764400000000 implements MigrationInterface {
  name = 'SearchReadsLikeAgents1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('search_entries', new TableColumn({ name: 'headings', type: 'text', default: "''" }));
    await q.addColumn('search_log', new TableColumn({ name: 'normalized', type: 'text', isNullable: true }));
    await q.createIndex('search_log', new TableIndex({ columnNames: ['normalized'] }));
    await q.createTable(
      new Table({
        name: 'search_index_meta',
        columns: [
          { name: 'key', type: 'varchar', length: '40', isPrimary: true },
          { name: 'value', type: 'text' },
        ],
      }),
    );
    await q.query(`INSERT INTO search_index_meta (key, value) VALUES ('format', '0')`);
    await q.createTable(
      new Table({
        name: 'search_learned_clicks',
        columns: [
          { name: 'query', type: 'varchar', length: '500', isPrimary: true },
          { name: 'documentId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'userId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'at', type: 'varchar', length: '24' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'search_learned_removed',
        columns: [
          { name: 'query', type: 'varchar', length: '500', isPrimary: true },
          { name: 'documentId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'removedAt', type: 'varchar', length: '24' },
          { name: 'removedBy', type: 'varchar', length: '36' },
          { name: 'reason', type: 'text' },
        ],
      }),
    );
    if (q.connection.options.type !== 'better-sqlite3') return;
    await q.query('DROP TABLE search_fts');
    await q.query(`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, keywords, pinyin, grams, tokenize = 'unicode61')`);
    await q.query(`CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'col')`);
    await q.query('DELETE FROM search_scope');
    await q.query('ALTER TABLE search_scope ADD COLUMN documentId TEXT');
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') {
      await q.query('DROP TABLE search_vocab');
      await q.query('DROP TABLE search_fts');
      await q.query(`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, keywords, pinyin, tokenize = 'unicode61')`);
      await q.query('ALTER TABLE search_scope DROP COLUMN documentId');
    }
    await q.dropTable('search_learned_removed');
    await q.dropTable('search_learned_clicks');
    await q.dropTable('search_index_meta');
    await q.dropIndex('search_log', new TableIndex({ columnNames: ['normalized'] }));
    await q.dropColumn('search_log', 'normalized');
    await q.dropColumn('search_entries', 'headings');
  }
}
