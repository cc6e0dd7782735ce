import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChapter } from '../../src/modules/handbook/handbook.service.js';
import { submitVersion } from '../../src/modules/versioning/versioning.service.js';
import { codeOf, startTestApp, type Person, type TestApp } from '../support/harness.js';
import { CREATE_CHAPTER, CREATE_DRAFT, newChapter, newDraft, PUBLISH, publish, REJECT, RETIRE, submit, SUBMIT, UPDATE_DRAFT } from '../support/chapters.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

type Who = Person | null;
const EVERYONE: Who[] = [null, 'agent', 'manager', 'approver', 'admin'];

/** Each mutation with a fresh valid input for the caller, and the roles allowed to run it. */
const MUTATIONS: { name: string; allowed: Who[]; run: (who: Who) => Promise<{ errors?: { extensions: { code: string } }[] }> }[] = [
  {
    name: 'createChapter',
    allowed: ['manager'],
    run: async (who) => app.gql(who, CREATE_CHAPTER, { input: { number: 90 + EVERYONE.indexOf(who), title: '附录', sections: [{ heading: '说明', body: '正文' }], changeNote: '起草' } }),
  },
  {
    name: 'createChapterDraft',
    allowed: ['manager'],
    run: async (who) => app.gql(who, CREATE_DRAFT, { input: { chapterId: (await publish(app, await submit(app, await newChapter(app)))).documentId, changeNote: '修订' } }),
  },
  {
    name: 'updateChapterDraft',
    allowed: ['manager'],
    run: async (who) => {
      const v = await newChapter(app);
      return app.gql(who, UPDATE_DRAFT, { input: { versionId: v.id, expectedRevision: v.revision, title: '新标题' } });
    },
  },
  {
    name: 'submitVersion',
    allowed: ['manager'],
    run: async (who) => {
      const v = await newChapter(app);
      return app.gql(who, SUBMIT, { input: { versionId: v.id, expectedRevision: v.revision } });
    },
  },
  {
    name: 'publishVersion',
    allowed: ['approver'],
    run: async (who) => app.gql(who, PUBLISH, { input: { versionId: (await submit(app, await newChapter(app))).id } }),
  },
  {
    name: 'rejectVersion',
    allowed: ['approver'],
    run: async (who) => app.gql(who, REJECT, { input: { versionId: (await submit(app, await newChapter(app))).id, reason: '不完整' } }),
  },
  {
    name: 'retireDocument',
    allowed: ['approver'],
    run: async (who) => {
      const v = await publish(app, await submit(app, await newChapter(app)), '2026-01-02T00:00:00Z');
      return app.gql(who, RETIRE, { input: { documentId: v.documentId, reason: '停用', effectiveFrom: '2026-02-01T00:00:00Z' } });
    },
  },
  {
    name: 'createUser',
    allowed: ['admin'],
    run: (who) => app.gql(who, `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`, { input: { name: `new-${who}`, role: 'AGENT' } }),
  },
  {
    name: 'issueToken',
    allowed: ['admin'],
    run: (who) => app.gql(who, `mutation($input: IssueTokenInput!) { issueToken(input: $input) { token } }`, { input: { userId: app.users.agent.id, label: `from ${who}` } }),
  },
  {
    name: 'revokeToken',
    allowed: ['admin'],
    run: async (who) => {
      const issued = await app.ok('admin', `mutation($input: IssueTokenInput!) { issueToken(input: $input) { apiToken { id } } }`, { input: { userId: app.users.agent.id, label: 'spare' } });
      return app.gql(who, `mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { apiToken { revokedAt } } }`, { input: { tokenId: issued.issueToken.apiToken.id } });
    },
  },
];

describe('role × mutation matrix', () => {
  for (const m of MUTATIONS) {
    for (const who of EVERYONE) {
      const expected = m.allowed.includes(who) ? 'ok' : who === null ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      it(`${m.name} as ${who ?? 'anonymous'} → ${expected}`, async () => {
        const res = await m.run(who);
        expect(res.errors?.[0]?.extensions.code ?? 'ok').toBe(expected);
      });
    }
  }
});

describe('reading', () => {
  it('without a token only `me` answers (null); everything else is UNAUTHENTICATED', async () => {
    expect(await app.ok(null, '{ me { id } }')).toEqual({ me: null });
    for (const q of ['{ handbook { asOf } }', '{ chapter(id: "00000000-0000-4000-8000-000000000001") { id } }', '{ documentVersion(id: "x") { id } }', '{ verifyAuditTrail { ok } }', '{ auditTrail { totalCount } }', '{ users { totalCount } }']) {
      expect(codeOf(await app.gql(null, q))).toBe('UNAUTHENTICATED');
    }
  });

  it('an unknown or malformed token is refused with HTTP 401', async () => {
    for (const header of ['Bearer nope', 'Basic abc']) {
      const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: header }, body: JSON.stringify({ query: '{ me { id } }' }) });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('the audit trail is for approvers and admins', async () => {
    for (const who of ['agent', 'manager'] as const) expect(codeOf(await app.gql(who, '{ verifyAuditTrail { ok } }'))).toBe('FORBIDDEN');
    for (const who of ['approver', 'admin'] as const) expect((await app.gql(who, '{ verifyAuditTrail { ok } auditTrail(first: 1) { totalCount } }')).errors).toBeUndefined();
  });

  it('agents see published versions only, through every field', async () => {
    const v1 = await publish(app, await submit(app, await newChapter(app)));
    const draft = await newDraft(app, v1.documentId);
    const query = `{ chapter(id: "${v1.documentId}") { title versions { totalCount edges { node { id status } } } } documentVersion(id: "${draft.id}") { id } }`;
    const agent = await app.ok('agent', query);
    expect(agent.documentVersion).toBeNull();
    expect(agent.chapter.versions.totalCount).toBe(1);
    expect(agent.chapter.versions.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(['PUBLISHED']);
    const manager = await app.ok('manager', query);
    expect(manager.documentVersion.id).toBe(draft.id);
    expect(manager.chapter.versions.totalCount).toBe(2);
    const diff = await app.gql('agent', `{ diffVersions(fromVersionId: "${v1.id}", toVersionId: "${draft.id}") { changed } }`);
    expect(codeOf(diff)).toBe('NOT_FOUND');
  });
});

describe('approving', () => {
  it('nobody publishes a version they authored', async () => {
    // A user who wrote a version and then holds the approver role (e.g. promoted) still may not publish it.
    const author = { user: app.users.approver, clock: app.clock };
    const v = await createChapter(app.db, author, { number: 80, title: '自审', changeNote: '起草', sections: [{ heading: '一', body: '正文' }] });
    await submitVersion(app.db, author, { versionId: v.id, expectedRevision: v.revision });
    const res = await app.gql('approver', PUBLISH, { input: { versionId: v.id } });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await app.ok('approver2', `{ documentVersion(id: "${v.id}") { status } }`)).documentVersion.status).toBe('IN_REVIEW');
    expect((await app.gql('approver2', PUBLISH, { input: { versionId: v.id } })).errors).toBeUndefined();
  });
});

describe('tokens', () => {
  it('are shown once, stored only as a hash, and stop working when revoked', async () => {
    const issued = await app.ok('admin', `mutation { issueToken(input: { userId: "${app.users.manager2.id}", label: "tablet" }) { token apiToken { id } } }`);
    const { token } = issued.issueToken;
    const me = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { name } }' }) });
    expect(((await me.json()) as { data: { me: { name: string } } }).data.me.name).toBe('test-manager2');
    const dump = JSON.stringify(await app.db.dataSource.query('SELECT * FROM api_tokens')) + JSON.stringify(await app.db.dataSource.query('SELECT * FROM audit_entries'));
    expect(dump).not.toContain(token);
    await app.ok('admin', `mutation { revokeToken(input: { tokenId: "${issued.issueToken.apiToken.id}", reason: "丢失" }) { apiToken { revokedAt } } }`);
    const after = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ me { name } }' }) });
    expect(after.status).toBe(401);
  });
});
