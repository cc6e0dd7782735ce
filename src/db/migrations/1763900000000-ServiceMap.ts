import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';

const letter = (name: string) => ({ name, type: 'varchar', length: '1' });

/** Codes and owners on documents; the service map (channels, brands, businesses, touchpoints); flow claims. */
export class ServiceMap1763900000000 implements MigrationInterface {
  name = 'ServiceMap1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('documents', [
      new TableColumn({ name: 'code', type: 'varchar', length: '40', isNullable: true }),
      new TableColumn({ name: 'ownerId', type: 'varchar', length: '36', isNullable: true }),
    ]);
    await q.createIndex('documents', new TableIndex({ columnNames: ['kind', 'code'], isUnique: true }));
    for (const name of ['channels', 'brands']) {
      await q.createTable(new Table({ name, columns: [{ ...letter('code'), isPrimary: true }, { name: 'name', type: 'varchar', length: '50' }] }));
    }
    await q.createTable(
      new Table({
        name: 'businesses',
        columns: [
          { name: 'code', type: 'varchar', length: '4', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'category', type: 'varchar', length: '50' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'touchpoints',
        columns: [{ name: 'code', type: 'varchar', length: '7', isPrimary: true }, letter('channel'), letter('brand'), { name: 'businessCode', type: 'varchar', length: '4' }],
        foreignKeys: [
          { columnNames: ['channel'], referencedTableName: 'channels', referencedColumnNames: ['code'] },
          { columnNames: ['brand'], referencedTableName: 'brands', referencedColumnNames: ['code'] },
          { columnNames: ['businessCode'], referencedTableName: 'businesses', referencedColumnNames: ['code'] },
        ],
        indices: [{ columnNames: ['businessCode'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'flow_touchpoints',
        columns: [
          { name: 'versionId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'touchpointCode', type: 'varchar', length: '7', isPrimary: true },
          { name: 'documentId', type: 'varchar', length: '36' },
        ],
        foreignKeys: [
          { columnNames: ['versionId'], referencedTableName: 'document_versions', referencedColumnNames: ['id'] },
          { columnNames: ['touchpointCode'], referencedTableName: 'touchpoints', referencedColumnNames: ['code'] },
        ],
        indices: [{ columnNames: ['touchpointCode'] }],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['flow_touchpoints', 'touchpoints', 'businesses', 'brands', 'channels']) await q.dropTable(table);
    await q.dropIndex('documents', 'IDX_documents_kind_code');
    await q.dropColumns('documents', ['code', 'ownerId']);
  }
}
