import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Person, type TestApp } from '../support/harness.js';
import { CREATE_CHAPTER, CREATE_DRAFT, newChapter, newDraft, PUBLISH, publish, REJECT, RETIRE, submit, SUBMIT, UPDATE_DRAFT, type V } from '../support/chapters.js';

let app: TestApp;
let draft: V;
let inReview: V;
let published: V;
beforeAll(async () => {
  app = await startTestApp();
  published = await publish(app, await submit(app, await newChapter(app)));
  draft = await newDraft(app, published.documentId);
  inReview = await submit(app, await newChapter(app));
});
afterAll(() => app.close());

/** Everything a mutation could have written. */
async function databaseState() {
  const q = (sql: string) => app.db.dataSource.query(sql);
  return JSON.stringify([
    await q('SELECT * FROM documents ORDER BY id'),
    await q('SELECT * FROM document_versions ORDER BY id'),
    await q('SELECT * FROM chapters ORDER BY "documentId"'),
    await q('SELECT * FROM users ORDER BY id'),
    await q('SELECT * FROM api_tokens ORDER BY id'),
    await q('SELECT seq, hash FROM audit_entries ORDER BY seq'),
  ]);
}

const UUID = '00000000-0000-4000-8000-0000000000aa';
const long = '长'.repeat(201);
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;
const ISSUE = `mutation($input: IssueTokenInput!) { issueToken(input: $input) { token } }`;
const REVOKE = `mutation($input: RevokeTokenInput!) { revokeToken(input: $input) { apiToken { id } } }`;

const chapterInput = (over: Record<string, unknown>) => ({ number: 50, title: '附录', sections: [{ heading: '一', body: '正文' }], changeNote: '起草', ...over });
const update = (over: Record<string, unknown>) => ({ versionId: draft.id, expectedRevision: draft.revision, ...over });

/** [who, mutation, input, expected code, expected field] */
const CASES: [Person, string, () => Record<string, unknown>, string, string | undefined][] = [
  ['manager', CREATE_CHAPTER, () => chapterInput({ number: 0 }), 'BAD_USER_INPUT', 'number'],
  ['manager', CREATE_CHAPTER, () => chapterInput({ title: '   ' }), 'BAD_USER_INPUT', 'title'],
  ['manager', CREATE_CHAPTER, () => chapterInput({ title: long }), 'BAD_USER_INPUT', 'title'],
  ['manager', CREATE_CHAPTER, () => chapterInput({ changeNote: '' }), 'BAD_USER_INPUT', 'changeNote'],
  ['manager', CREATE_CHAPTER, () => chapterInput({ sections: [{ heading: '一', body: '正文' }, { heading: ' ', body: '正文' }] }), 'BAD_USER_INPUT', 'sections.1.heading'],
  ['manager', CREATE_CHAPTER, () => chapterInput({ sections: [{ heading: '一', body: '' }] }), 'BAD_USER_INPUT', 'sections.0.body'],
  ['manager', CREATE_CHAPTER, () => chapterInput({ number: 10 }), 'CONFLICT', 'number'],
  ['manager', CREATE_DRAFT, () => ({ chapterId: 'not-an-id', changeNote: '修订' }), 'BAD_USER_INPUT', 'documentId'],
  ['manager', CREATE_DRAFT, () => ({ chapterId: UUID, changeNote: '修订' }), 'NOT_FOUND', undefined],
  ['manager', CREATE_DRAFT, () => ({ chapterId: inReview.documentId, changeNote: ' ' }), 'BAD_USER_INPUT', 'changeNote'],
  ['manager', CREATE_DRAFT, () => ({ chapterId: published.documentId, changeNote: '修订', basedOnVersionId: inReview.id }), 'CONFLICT', undefined],
  ['manager', UPDATE_DRAFT, () => update({ expectedRevision: 0 }), 'BAD_USER_INPUT', 'expectedRevision'],
  ['manager', UPDATE_DRAFT, () => update({ title: long }), 'BAD_USER_INPUT', 'title'],
  ['manager', UPDATE_DRAFT, () => update({ sections: [{ number: 1, heading: '' }] }), 'BAD_USER_INPUT', 'sections.0.heading'],
  ['manager', UPDATE_DRAFT, () => update({ sections: [{ number: 9, body: '正文' }] }), 'BAD_USER_INPUT', 'sections.0.number'],
  ['manager', UPDATE_DRAFT, () => update({ sections: [{ number: 1 }] }), 'BAD_USER_INPUT', 'sections.0'],
  ['manager', UPDATE_DRAFT, () => update({ removeSections: [0] }), 'BAD_USER_INPUT', 'removeSections.0'],
  ['manager', UPDATE_DRAFT, () => update({}), 'BAD_USER_INPUT', 'input'],
  ['manager', UPDATE_DRAFT, () => update({ versionId: UUID }), 'NOT_FOUND', undefined],
  ['manager', UPDATE_DRAFT, () => update({ expectedRevision: draft.revision + 5, title: '新' }), 'CONFLICT', undefined],
  ['manager', SUBMIT, () => ({ versionId: 'x', expectedRevision: 1 }), 'BAD_USER_INPUT', 'versionId'],
  ['manager', SUBMIT, () => ({ versionId: draft.id, expectedRevision: -1 }), 'BAD_USER_INPUT', 'expectedRevision'],
  ['approver', PUBLISH, () => ({ versionId: inReview.id, effectiveFrom: '2020-01-01T00:00:00Z' }), 'BAD_USER_INPUT', 'effectiveFrom'],
  ['approver', PUBLISH, () => ({ versionId: inReview.id, effectiveFrom: 'tomorrow' }), 'BAD_USER_INPUT', undefined],
  ['approver', PUBLISH, () => ({ versionId: UUID }), 'NOT_FOUND', undefined],
  ['approver', REJECT, () => ({ versionId: inReview.id, reason: '' }), 'BAD_USER_INPUT', 'reason'],
  ['approver', REJECT, () => ({ versionId: inReview.id, reason: '不全', expectedRevision: 99 }), 'CONFLICT', undefined],
  ['approver', RETIRE, () => ({ documentId: published.documentId, reason: ' ' }), 'BAD_USER_INPUT', 'reason'],
  ['approver', RETIRE, () => ({ documentId: published.documentId, reason: '停用', effectiveFrom: '2025-01-01T00:00:00Z' }), 'BAD_USER_INPUT', 'effectiveFrom'],
  ['approver', RETIRE, () => ({ documentId: 'nope', reason: '停用' }), 'BAD_USER_INPUT', 'documentId'],
  ['admin', CREATE_USER, () => ({ name: '', role: 'AGENT' }), 'BAD_USER_INPUT', 'name'],
  ['admin', CREATE_USER, () => ({ name: 'test-agent', role: 'AGENT' }), 'CONFLICT', 'name'],
  ['admin', CREATE_USER, () => ({ name: 'x', role: 'KING' }), 'BAD_USER_INPUT', undefined],
  ['admin', ISSUE, () => ({ userId: app.users.agent.id, label: '' }), 'BAD_USER_INPUT', 'label'],
  ['admin', ISSUE, () => ({ userId: UUID, label: '平板' }), 'NOT_FOUND', undefined],
  ['admin', REVOKE, () => ({ tokenId: 'x' }), 'BAD_USER_INPUT', 'tokenId'],
  ['admin', REVOKE, () => ({ tokenId: UUID }), 'NOT_FOUND', undefined],
];

describe('bad input is refused with the field named, and nothing is written', () => {
  it.each(CASES.map((c, i) => [i, c[1].match(/\{ (\w+)\(/)![1], c[3], c[4] ?? '—', c] as const))('#%i %s → %s (%s)', async (_i, _name, code, field, c) => {
    const [who, mutation, input] = c;
    const before = await databaseState();
    const res = await app.gql(who, mutation, { input: input() });
    expect(res.errors?.[0]?.extensions.code).toBe(code);
    if (field !== '—') expect(res.errors![0]!.extensions.field).toBe(field);
    expect(res.errors![0]!.message.length).toBeGreaterThan(10);
    expect(await databaseState()).toBe(before);
  });
});

describe('optimistic concurrency', () => {
  it('a stale revision gets CONFLICT with the current revision and overwrites nothing', async () => {
    const v = await newChapter(app);
    await app.ok('manager', UPDATE_DRAFT, { input: { versionId: v.id, expectedRevision: 1, title: '甲的标题' } });
    const stale = await app.gql('manager2', UPDATE_DRAFT, { input: { versionId: v.id, expectedRevision: 1, title: '乙的标题' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 2, versionId: v.id });
    expect((await app.ok('manager', `{ documentVersion(id: "${v.id}") { title revision } }`)).documentVersion).toEqual({ title: '甲的标题', revision: 2 });
  });

  it('of two concurrent edits from the same revision exactly one lands', async () => {
    const v = await newChapter(app);
    const results = await Promise.all(
      ['甲', '乙', '丙'].map((t) => app.gql('manager', UPDATE_DRAFT, { input: { versionId: v.id, expectedRevision: 1, title: t } })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions.code ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'ok']);
    const winner = results.find((r) => !r.errors)!.data!.updateChapterDraft.version.title;
    expect((await app.ok('manager', `{ documentVersion(id: "${v.id}") { title revision } }`)).documentVersion).toEqual({ title: winner, revision: 2 });
  });
});
