import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/bootstrap.js';
import { AuditEntryRow } from '../../src/modules/audit/audit-entry.entity.js';
import { verifyAuditChain } from '../../src/modules/audit/audit.service.js';
import { adminCanSignIn, authenticate, deactivateUser, issueToken, revokeToken } from '../../src/modules/auth/auth.service.js';
import { TokenRow } from '../../src/modules/auth/token.entity.js';
import { UserRow } from '../../src/modules/auth/user.entity.js';
import { systemActor } from '../../src/shared/actor.js';
import { runCommand } from '../support/processes.js';
import { onPostgres, startTestRuntime, type TestRuntime } from '../support/harness.js';

let t: TestRuntime;
beforeAll(async () => {
  t = await startTestRuntime();
});
afterAll(() => t.close());

const start = (token: string) => prepareDatabase(t.runtime, { production: true, bootstrapAdminToken: token });
const tokensIssued = () => t.db.dataSource.getRepository(AuditEntryRow).countBy({ action: 'TOKEN_ISSUED' });

describe('an operator with shell access can always regain an admin', () => {
  it('BOOTSTRAP_ADMIN_TOKEN on a restart issues a new token when no admin holds a live one, audited; never twice', async () => {
    // the production instance's first start created its bootstrap admin; the test admin is deactivated
    await deactivateUser(t.db, systemActor(t.clock), { userId: t.users.admin.id, reason: '离职' });
    await start('first-bootstrap-token');
    const first = await authenticate(t.db, 'first-bootstrap-token', t.clock.now());
    expect(first.role).toBe('ADMIN');
    // the admins lose their tokens
    for (const row of await t.db.dataSource.getRepository(TokenRow).findBy({ userId: first.id })) await revokeToken(t.db, systemActor(t.clock), { tokenId: row.id, reason: '丢失' });
    expect(await adminCanSignIn(t.db, t.clock.now())).toBe(false);
    // restarting with a new token the same day used to die on "a user named admin-<date> already exists"
    const issued = await tokensIssued();
    await start('second-bootstrap-token');
    const again = await authenticate(t.db, 'second-bootstrap-token', t.clock.now());
    expect(again.id).toBe(first.id);
    expect(await tokensIssued()).toBe(issued + 1);
    // a restart while an admin can sign in changes nothing
    await start('third-bootstrap-token');
    expect(await tokensIssued()).toBe(issued + 1);
    await expect(authenticate(t.db, 'third-bootstrap-token', t.clock.now())).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('a token used before is refused as BOOTSTRAP_ADMIN_TOKEN, saying so', async () => {
    const admin = await authenticate(t.db, 'second-bootstrap-token', t.clock.now());
    for (const row of await t.db.dataSource.getRepository(TokenRow).findBy({ userId: admin.id })) await revokeToken(t.db, systemActor(t.clock), { tokenId: row.id });
    await expect(start('second-bootstrap-token')).rejects.toThrow(/^BOOTSTRAP_ADMIN_TOKEN: token: was issued before/);
    await start('fourth-bootstrap-token');
    expect((await authenticate(t.db, 'fourth-bootstrap-token', t.clock.now())).id).toBe(admin.id);
  });

  it('a token can expire: it works until its instant, and an expired admin token counts as lost', async () => {
    const { token } = await issueToken(t.db, systemActor(t.clock), { userId: t.users.agent.id, label: '临时', expiresAt: new Date(t.clock.now().getTime() + 3_600_000) });
    expect((await authenticate(t.db, token, t.clock.now())).id).toBe(t.users.agent.id);
    await expect(authenticate(t.db, token, new Date(t.clock.now().getTime() + 3_600_000))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await expect(issueToken(t.db, systemActor(t.clock), { userId: t.users.agent.id, label: '过去', expiresAt: new Date(t.clock.now().getTime() - 1) })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'expiresAt' } });
    const admin = await authenticate(t.db, 'fourth-bootstrap-token', t.clock.now());
    expect(await adminCanSignIn(t.db, new Date('2200-01-01T00:00:00Z'))).toBe(true);
    await issueToken(t.db, systemActor(t.clock), { userId: admin.id, label: '短期', expiresAt: new Date(t.clock.now().getTime() + 1000) });
    for (const row of await t.db.dataSource.getRepository(TokenRow).findBy({ userId: admin.id })) if (!row.expiresAt) await revokeToken(t.db, systemActor(t.clock), { tokenId: row.id });
    expect(await adminCanSignIn(t.db, t.clock.now())).toBe(true);
    expect(await adminCanSignIn(t.db, new Date(t.clock.now().getTime() + 1000))).toBe(false);
  });

  it.skipIf(onPostgres)('npm run admin:token prints a new token for an admin, audited', async () => {
    const before = await tokensIssued();
    const { code, output } = await runCommand(['node', 'dist/src/cli/admin-token.js'], { DATABASE_URL: t.databaseUrl });
    expect(code, output).toBe(0);
    const token = /new token \(shown once\): (\S+)/.exec(output)![1]!;
    expect((await authenticate(t.db, token)).role).toBe('ADMIN');
    expect(await tokensIssued()).toBe(before + 1);
    const named = await runCommand(['node', 'dist/src/cli/admin-token.js', '--name', 'test-agent'], { DATABASE_URL: t.databaseUrl });
    expect(named.code).toBe(1);
    expect(named.output).toContain('test-agent is not an active admin');
    expect(await t.db.dataSource.getRepository(UserRow).countBy({ role: 'ADMIN' })).toBe(2);
  });
});
