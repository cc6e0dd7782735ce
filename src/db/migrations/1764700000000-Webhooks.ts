import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const id = (name: string) => ({ name, type: 'varchar', length: '36' });
const instant = (name: string, nullable = false) => ({ name, type: 'varchar', length: '24', isNullable: nullable });
const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });
const serial = (name: string) => ({ name, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' as const });

/**
 * Signed outbound webhooks: endpoints with their keys, one delivery per event and endpoint (its
 * webhook-id and body), the log of attempts, and the timers of events nobody's write announces
 * (a scheduled version taking effect, a review falling due). Versions already published for a
 * later instant get their timer here.
 */
export class Webhooks1764700000000 implements MigrationInterface {
  name = 'Webhooks1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'webhook_endpoints',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'url', type: 'varchar', length: '2000' },
          text('description', true),
          text('eventTypes', true),
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'secret', type: 'varchar', length: '100' },
          { name: 'previousSecret', type: 'varchar', length: '100', isNullable: true },
          instant('previousSecretExpiresAt', true),
          instant('failingSince', true),
          instant('disabledAt', true),
          text('disabledReason', true),
          { name: 'revision', type: 'integer' },
          id('createdById'),
          instant('createdAt'),
          instant('updatedAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          serial('id'),
          { name: 'messageId', type: 'varchar', length: '40', isUnique: true },
          id('endpointId'),
          { name: 'eventType', type: 'varchar', length: '40' },
          { name: 'orderKey', type: 'varchar', length: '200' },
          text('payload'),
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'attempts', type: 'integer' },
          instant('lastAttemptAt', true),
          instant('createdAt'),
        ],
        indices: [{ columnNames: ['endpointId', 'id'] }, { columnNames: ['createdAt'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_attempts',
        columns: [
          serial('id'),
          { name: 'deliveryId', type: 'integer' },
          id('endpointId'),
          { name: 'attempt', type: 'integer' },
          { name: 'httpStatus', type: 'integer', isNullable: true },
          text('error', true),
          { name: 'durationMs', type: 'integer' },
          text('responseExcerpt', true),
          instant('at'),
        ],
        indices: [{ columnNames: ['deliveryId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'webhook_timers',
        columns: [
          { name: 'eventType', type: 'varchar', length: '40', isPrimary: true },
          { ...id('subjectId'), isPrimary: true },
          { ...instant('dueAt'), isPrimary: true },
          instant('firedAt', true),
        ],
        indices: [{ columnNames: ['firedAt', 'dueAt'] }],
      }),
    );
    const now = new Date().toISOString();
    const sqlite = q.connection.options.type !== 'postgres';
    await q.query(
      `INSERT INTO webhook_timers ("eventType", "subjectId", "dueAt") SELECT 'VERSION_TOOK_EFFECT', id, "effectiveFrom" FROM document_versions WHERE status = 'PUBLISHED' AND "effectiveFrom" > ${sqlite ? '?' : '$1'}`,
      [now],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['webhook_timers', 'webhook_attempts', 'webhook_deliveries', 'webhook_endpoints']) await q.dropTable(table);
  }
}
