import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { verifyAuditChain } from '../../src/modules/audit/audit.service.js';
import { createUser } from '../../src/modules/auth/auth.service.js';
import { UserRow } from '../../src/modules/auth/user.entity.js';
import { openRuntime } from '../../src/runtime.js';
import { systemActor } from '../../src/shared/actor.js';
import { fixedClock } from '../../src/shared/clock.js';
import { silentLogger } from '../../src/shared/logger.js';
import { onPostgres, T0 } from '../support/harness.js';
import { runCommand } from '../support/processes.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe.skipIf(onPostgres)('npm run db:backup and db:restore', () => {
  it('takes an online backup while the database is written, and restores exactly it', { timeout: 120_000 }, async () => {
    const env = { DATABASE_URL: `sqlite:${path.join(dir, 'kb.sqlite')}` };
    const clock = fixedClock(T0);
    const runtime = await openRuntime({ databaseUrl: env.DATABASE_URL, clock, logger: silentLogger() });
    const system = systemActor(clock);
    await createUser(runtime.db, system, { name: 'before-backup', role: 'AGENT' });
    // writes go on while the backup is taken
    let writing = true;
    const writes = (async () => {
      for (let i = 0; writing && i < 2_000; i++) await createUser(runtime.db, system, { name: `during-${i}`, role: 'AGENT' });
    })();
    const backup = await runCommand(['node', 'dist/src/cli/db-backup.js', path.join(dir, 'backup.sqlite')], env);
    writing = false;
    await writes;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/backed up .* to .*backup\.sqlite \(\d+ pages\)/);
    await createUser(runtime.db, system, { name: 'after-backup', role: 'AGENT' });

    // a running server holds the background-work lease: restoring under it is refused
    await runtime.db.write((tx) => tx.em.query(`INSERT INTO leases (name, holder, "expiresAt") VALUES ('background-work', 'a-server', ?)`, [Date.now() + 60_000]));
    const refused = await runCommand(['node', 'dist/src/cli/db-restore.js', path.join(dir, 'backup.sqlite')], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('a server is running');
    await runtime.close();

    const notABackup = await runCommand(['node', 'dist/src/cli/db-restore.js', path.join(dir, 'nothing.sqlite')], env);
    expect(notABackup.code).toBe(2);
    const restored = await runCommand(['node', 'dist/src/cli/db-restore.js', path.join(dir, 'backup.sqlite'), '--force'], env);
    expect(restored.code, restored.output).toBe(0);

    const back = await openRuntime({ databaseUrl: env.DATABASE_URL, clock, logger: silentLogger() });
    try {
      const users = back.db.dataSource.getRepository(UserRow);
      expect(await users.existsBy({ name: 'before-backup' })).toBe(true);
      expect(await users.existsBy({ name: 'after-backup' })).toBe(false);
      // the backup is one consistent instant: every user it holds has its audit entry, and the chain verifies
      expect((await verifyAuditChain(back.db)).ok).toBe(true);
    } finally {
      await back.close();
    }
  });
});
