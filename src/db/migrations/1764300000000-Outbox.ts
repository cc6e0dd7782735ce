import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/** One outbox for every topic, with leases for several workers; the search outbox's rows move into it. */
export class Outbox1764300000000 implements MigrationInterface {
  name = 'Outbox1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'outbox',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'topic', type: 'varchar', length: '60' },
          { name: 'key', type: 'varchar', length: '200' },
          { name: 'payload', type: 'text' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'nextAttemptAt', type: 'varchar', length: '24' },
          { name: 'leasedUntil', type: 'varchar', length: '24', isNullable: true },
          { name: 'leaseId', type: 'varchar', length: '36', isNullable: true },
          { name: 'lastError', type: 'text', isNullable: true },
          { name: 'createdAt', type: 'varchar', length: '24' },
        ],
        indices: [{ columnNames: ['topic', 'nextAttemptAt'] }, { columnNames: ['topic', 'key', 'id'] }],
      }),
    );
    await q.query(
      `INSERT INTO outbox (topic, key, payload, attempts, "nextAttemptAt", "lastError", "createdAt")
       SELECT 'search.meilisearch', "versionId", '{}', attempts, "nextAttemptAt", "lastError", "enqueuedAt" FROM search_outbox ORDER BY id`,
    );
    await q.dropTable('search_outbox');
  }

  async down(q: QueryRunner): Promise<void> {
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
    await q.query(
      `INSERT INTO search_outbox ("versionId", "enqueuedAt", attempts, "nextAttemptAt", "lastError")
       SELECT key, "createdAt", attempts, "nextAttemptAt", "lastError" FROM outbox WHERE topic = 'search.meilisearch' ORDER BY id`,
    );
    await q.dropTable('outbox');
  }
}
