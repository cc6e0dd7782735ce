import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** The transactional outbox that carries search changes to Meilisearch. */
export class SearchOutbox1764100000000 implements MigrationInterface {
  name = 'SearchOutbox1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'search_outbox',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'versionId', type: 'varchar', length: '36' },
          { name: 'enqueuedAt', type: 'varchar', length: '24' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'nextAttemptAt', type: 'varchar', length: '24' },
          { name: 'lastError', type: 'text', isNullable: true },
        ],
        indices: [{ columnNames: ['nextAttemptAt'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('search_outbox');
  }
}
