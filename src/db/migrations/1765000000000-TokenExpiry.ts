import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A token may expire (`expiresAt`, ISO-8601 UTC; null: never). */
export class TokenExpiry1765000000000 implements MigrationInterface {
  name = 'TokenExpiry1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_tokens ADD COLUMN "expiresAt" varchar(24)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_tokens DROP COLUMN "expiresAt"`);
  }
}
