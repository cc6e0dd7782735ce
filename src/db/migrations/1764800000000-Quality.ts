import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

const id = (name: string) => ({ name, type: 'varchar', length: '36' });
const instant = (name: string, nullable = false) => ({ name, type: 'varchar', length: '24', isNullable: nullable });
const text = (name: string, nullable = false) => ({ name, type: 'text', isNullable: nullable });

/**
 * Quality inspection and organisational fit: the registry of the centre's posts and who holds them
 * (with when), inspections of real calls with their deviations, and the compliance target (one row,
 * 78 % to begin with).
 */
export class Quality1764800000000 implements MigrationInterface {
  name = 'Quality1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'centre_posts',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'name', type: 'varchar', length: '100', isUnique: true },
          text('description'),
          instant('registeredAt'),
          instant('retiredAt', true),
          { name: 'revision', type: 'integer' },
          instant('updatedAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'centre_post_holders',
        columns: [{ ...id('id'), isPrimary: true }, id('postId'), id('userId'), instant('assignedAt'), instant('unassignedAt', true)],
        indices: [{ columnNames: ['postId', 'unassignedAt'] }, { columnNames: ['userId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'quality_inspections',
        columns: [
          { ...id('id'), isPrimary: true },
          { name: 'touchpointCode', type: 'varchar', length: '7' },
          instant('callAt'),
          id('documentId'),
          id('versionId'),
          { name: 'agentPost', type: 'varchar', length: '100' },
          { name: 'compliant', type: 'boolean' },
          text('note'),
          { ...id('exceptionId'), isNullable: true },
          { name: 'complaintRef', type: 'varchar', length: '50', isNullable: true },
          id('inspectorId'),
          instant('recordedAt'),
        ],
        indices: [{ columnNames: ['callAt'] }, { columnNames: ['documentId', 'versionId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'quality_deviations',
        columns: [
          { ...id('inspectionId'), isPrimary: true },
          { name: 'stepKey', type: 'varchar', length: '40', isPrimary: true },
          { name: 'position', type: 'integer' },
          text('description'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'quality_settings',
        columns: [{ name: 'id', type: 'integer', isPrimary: true }, { name: 'complianceTargetBp', type: 'integer' }, { name: 'revision', type: 'integer' }, instant('updatedAt')],
      }),
    );
    const sqlite = q.connection.options.type !== 'postgres';
    await q.query(`INSERT INTO quality_settings (id, "complianceTargetBp", revision, "updatedAt") VALUES (1, 7800, 1, ${sqlite ? '?' : '$1'})`, [new Date().toISOString()]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['quality_settings', 'quality_deviations', 'quality_inspections', 'centre_post_holders', 'centre_posts']) await q.dropTable(table);
  }
}
