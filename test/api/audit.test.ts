import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntryRow } from '../../src/modules/audit/audit-entry.entity.js';
import { verifyAuditChain } from '../../src/modules/audit/audit.service.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';
import { newChapter, publish, submit, UPDATE_DRAFT } from '../support/chapters.js';

let app: TestApp;
beforeEach(async () => {
  app = await startTestApp();
  await publish(app, await submit(app, await newChapter(app)));
});
afterEach(() => app.close());

const VERIFY = `{ verifyAuditTrail { ok checked firstBrokenEntryId problem } }`;
const TRAIL = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id at action entityType entityId documentId versionId reason before after actor { name } } }
  }
}`;
// the tamperer writes to the file directly, around the application
const raw = (sql: string) => app.db.writeSource.query(sql);
const count = async () => Number((await raw('SELECT COUNT(*) AS n FROM audit_entries'))[0].n);

describe('audit trail', () => {
  it('records every change with actor, action, entity, reason and before/after', async () => {
    const trail = (await app.ok('approver', TRAIL, { first: 100 })).auditTrail;
    // 6 users + 6 tokens from the harness, then: document, version, submit, publish
    expect(trail.totalCount).toBe(16);
    const actions = trail.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions.slice(0, 4)).toEqual(['VERSION_PUBLISHED', 'VERSION_SUBMITTED', 'VERSION_CREATED', 'DOCUMENT_CREATED']);
    const published = trail.edges[0].node;
    expect(published).toMatchObject({ entityType: 'DocumentVersion', reason: '首次起草', actor: { name: 'test-approver' } });
    expect(published.before.status).toBe('IN_REVIEW');
    expect(published.after.status).toBe('PUBLISHED');
    expect(published.after.content.sections[0].heading).toBe('1.1 总体说明');
    // tokens are audited without their hash
    expect(JSON.stringify(trail.edges)).not.toContain('tokenHash');
  });

  it('filters by document, actor and time, and pages newest first', async () => {
    const doc = (await raw(`SELECT id FROM documents`))[0].id;
    const byDoc = (await app.ok('admin', TRAIL, { filter: { documentId: doc } })).auditTrail;
    expect(byDoc.totalCount).toBe(4);
    const byActor = (await app.ok('admin', TRAIL, { filter: { actorId: app.users.manager.id } })).auditTrail;
    expect(byActor.totalCount).toBe(3);
    const none = (await app.ok('admin', TRAIL, { filter: { from: '2026-01-02T00:00:00Z' } })).auditTrail;
    expect(none.totalCount).toBe(0);
    const page1 = (await app.ok('admin', TRAIL, { first: 10 })).auditTrail;
    const page2 = (await app.ok('admin', TRAIL, { first: 10, after: page1.pageInfo.endCursor })).auditTrail;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.edges, ...page2.edges].map((e: { node: { id: string } }) => Number(e.node.id));
    expect(ids).toEqual([...Array(16).keys()].map((i) => 16 - i));
  });

  it('a refused change appends nothing', async () => {
    const before = await count();
    const v = (await raw(`SELECT id, revision FROM document_versions`))[0];
    expect(codeOf(await app.gql('manager', UPDATE_DRAFT, { input: { versionId: v.id, expectedRevision: v.revision, title: '改' } }))).toBe('INVALID_TRANSITION');
    expect(await count()).toBe(before);
  });

  it('verifies an intact chain', async () => {
    expect((await app.ok('approver', VERIFY)).verifyAuditTrail).toEqual({ ok: true, checked: 16, firstBrokenEntryId: null, problem: null });
  });

  it('reports the entry whose content was edited by raw SQL', async () => {
    await raw(`UPDATE audit_entries SET reason = 'nothing to see' WHERE seq = 15`);
    expect((await app.ok('admin', VERIFY)).verifyAuditTrail).toMatchObject({ ok: false, checked: 14, firstBrokenEntryId: '15' });
  });

  it('reports an edit even when the attacker recomputes that entry’s own hash (the next link breaks)', async () => {
    const { entryHash } = await import('../../src/modules/audit/audit.service.js');
    const [row] = await raw(`SELECT * FROM audit_entries WHERE seq = 9`);
    const forged = { ...row, reason: 'forged' };
    await app.db.writeSource.getRepository(AuditEntryRow).update({ seq: 9 }, { reason: forged.reason, hash: entryHash(forged) });
    expect(await verifyAuditChain(app.db)).toMatchObject({ ok: false, firstBrokenEntryId: '10' });
  });

  it('reports a deleted entry in the middle and at the end', async () => {
    await raw(`DELETE FROM audit_entries WHERE seq = 7`);
    expect(await verifyAuditChain(app.db)).toMatchObject({ ok: false, checked: 6, firstBrokenEntryId: '7' });
  });

  it('reports a truncated tail', async () => {
    await raw(`DELETE FROM audit_entries WHERE seq = 16`);
    expect(await verifyAuditChain(app.db)).toMatchObject({ ok: false, checked: 15, firstBrokenEntryId: '16' });
  });

  it('reports reordered entries', async () => {
    await raw(`UPDATE audit_entries SET seq = -1 WHERE seq = 12`);
    await raw(`UPDATE audit_entries SET seq = 12 WHERE seq = 13`);
    await raw(`UPDATE audit_entries SET seq = 13 WHERE seq = -1`);
    expect(await verifyAuditChain(app.db)).toMatchObject({ ok: false, checked: 11, firstBrokenEntryId: '12' });
  });

  it('npm run audit:verify exits non-zero on a broken chain', async () => {
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: app.databaseUrl };
    const ok = await run('node', ['dist/src/cli/audit-verify.js'], { env });
    expect(ok.stdout).toContain('16 entries checked');
    await raw(`UPDATE audit_entries SET after = '{}' WHERE seq = 3`);
    await expect(run('node', ['dist/src/cli/audit-verify.js'], { env })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('BROKEN at entry 3'),
    });
  });
});
