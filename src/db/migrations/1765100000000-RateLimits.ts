import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Requests counted per client (a token's hash, or an address) and minute, shared by every process of a deployment. */
export class RateLimits1765100000000 implements MigrationInterface {
  name = 'RateLimits1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE rate_limits (key varchar(100) NOT NULL, "windowStart" bigint NOT NULL, hits integer NOT NULL, PRIMARY KEY (key, "windowStart"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limits');
  }
}
