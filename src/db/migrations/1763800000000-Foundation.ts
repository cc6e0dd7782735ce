import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

export const SYSTEM_USER_ID = '00000000-0000-4000-8000-000000000000';

const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
const instant = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '24', isNullable });
const ref = (name: string, isNullable = false) => ({ name, type: 'varchar', length: '36', isNullable });

/** Users, tokens, documents and their versions, handbook chapters, and the audit chain. Portable DDL. */
export class Foundation1763800000000 implements MigrationInterface {
  name = 'Foundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '100', isUnique: true },
          { name: 'role', type: 'varchar', length: '20' },
          instant('createdAt'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          id,
          ref('userId'),
          { name: 'tokenHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'label', type: 'varchar', length: '100' },
          instant('createdAt'),
          instant('revokedAt', true),
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'] }],
        indices: [{ columnNames: ['userId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'documents',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '16' },
          instant('createdAt'),
          instant('retiredAt', true),
          { name: 'retiredReason', type: 'text', isNullable: true },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'document_versions',
        columns: [
          id,
          ref('documentId'),
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'versionNumber', type: 'integer' },
          { name: 'revision', type: 'integer' },
          { name: 'status', type: 'varchar', length: '16' },
          instant('effectiveFrom', true),
          instant('effectiveTo', true),
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'changeNote', type: 'text' },
          { name: 'content', type: 'text' },
          ref('authorId'),
          ref('approvedById', true),
          ref('basedOnVersionId', true),
          instant('createdAt'),
          instant('updatedAt'),
        ],
        uniques: [{ columnNames: ['documentId', 'versionNumber'] }],
        foreignKeys: [
          { columnNames: ['documentId'], referencedTableName: 'documents', referencedColumnNames: ['id'] },
          { columnNames: ['authorId'], referencedTableName: 'users', referencedColumnNames: ['id'] },
          { columnNames: ['approvedById'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await q.createIndex(
      'document_versions',
      new TableIndex({ columnNames: ['documentId', 'status', 'effectiveFrom'] }),
    );
    await q.createTable(
      new Table({
        name: 'chapters',
        columns: [
          { name: 'documentId', type: 'varchar', length: '36', isPrimary: true },
          { name: 'number', type: 'integer', isUnique: true },
        ],
        foreignKeys: [{ columnNames: ['documentId'], referencedTableName: 'documents', referencedColumnNames: ['id'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true },
          instant('at'),
          ref('actorId', true),
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'entityType', type: 'varchar', length: '30' },
          { name: 'entityId', type: 'varchar', length: '36' },
          ref('documentId', true),
          ref('versionId', true),
          { name: 'reason', type: 'text', isNullable: true },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          { name: 'prevHash', type: 'varchar', length: '64' },
          { name: 'hash', type: 'varchar', length: '64' },
        ],
        indices: [{ columnNames: ['at'] }, { columnNames: ['actorId'] }, { columnNames: ['documentId'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'audit_head',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'lastSeq', type: 'integer' },
          { name: 'lastHash', type: 'varchar', length: '64' },
        ],
      }),
    );
    // The actor of changes no person made (the seed, bootstrap): it has no token, so nobody signs in as it.
    await q.query(`INSERT INTO users (id, name, role, "createdAt") VALUES ('${SYSTEM_USER_ID}', 'system', 'ADMIN', '1970-01-01T00:00:00.000Z')`);
    await q.query(`INSERT INTO audit_head (id, "lastSeq", "lastHash") VALUES (1, 0, '${'0'.repeat(64)}')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_head', 'audit_entries', 'chapters', 'document_versions', 'documents', 'api_tokens', 'users']) {
      await q.dropTable(table);
    }
  }
}
