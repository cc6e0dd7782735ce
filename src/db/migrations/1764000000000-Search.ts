import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });

/**
 * The search projection (search_entries), the search log and clicks; on SQLite also the FTS5 index
 * over segmented text, whose rowid is search_entries.id. Status and dates stay out of FTS5: filtering
 * on them inside it is slow at scale, so matches join back to the indexed table.
 */
export class Search1764000000000 implements MigrationInterface {
  name = 'Search1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'search_entries',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'versionId', type: 'varchar', length: '36', isUnique: true },
          { name: 'documentId', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'code', type: 'varchar', length: '40', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          instant('effectiveFrom', true),
          instant('effectiveTo', true),
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
          { name: 'keywords', type: 'text' },
          { name: 'channels', type: 'varchar', length: '200' },
          { name: 'brands', type: 'varchar', length: '200' },
          { name: 'businessCodes', type: 'text' },
          { name: 'flowClass', type: 'varchar', length: '24', isNullable: true },
        ],
        indices: [{ columnNames: ['status', 'effectiveFrom'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'search_log',
        columns: [
          id,
          instant('at'),
          { name: 'userId', type: 'varchar', length: '36' },
          { name: 'query', type: 'text' },
          { name: 'filters', type: 'text' },
          { name: 'hits', type: 'integer' },
          { name: 'latencyMs', type: 'real' },
          { name: 'engine', type: 'varchar', length: '16' },
        ],
        indices: [{ columnNames: ['at'] }, { columnNames: ['hits', 'at'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'search_clicks',
        columns: [id, { name: 'queryId', type: 'varchar', length: '36' }, { name: 'versionId', type: 'varchar', length: '36' }, { name: 'userId', type: 'varchar', length: '36' }, instant('at')],
        indices: [{ columnNames: ['queryId'] }],
      }),
    );
    if (q.connection.options.type === 'better-sqlite3') {
      await q.query(`CREATE VIRTUAL TABLE search_fts USING fts5(title, body, keywords, pinyin, tokenize = 'unicode61')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'better-sqlite3') await q.query('DROP TABLE search_fts');
    for (const table of ['search_clicks', 'search_log', 'search_entries']) await q.dropTable(table);
  }
}
