import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version published for another one (a flow giving up touchpoints another flow's version moved
 * to it) names that version, so that withdrawing it withdraws the move too.
 */
export class DerivedFor1765200000000 implements MigrationInterface {
  name = 'DerivedFor1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE document_versions ADD COLUMN "derivedForVersionId" varchar(36)`);
    await q.query(`CREATE INDEX "IDX_document_versions_derived_for" ON document_versions ("derivedForVersionId")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_document_versions_derived_for"`);
    await q.query(`ALTER TABLE document_versions DROP COLUMN "derivedForVersionId"`);
  }
}
