import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';
import { newChapter } from '../support/chapters.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const USERS = `query($first: Int, $after: String) { users(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { name role tokens { label revokedAt } } } } }`;

describe('users and their tokens', () => {
  it('lists users by name in pages, with their tokens, for admins only', async () => {
    const first = (await app.ok('admin', USERS, { first: 4 })).users;
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = (await app.ok('admin', USERS, { first: 4, after: first.pageInfo.endCursor })).users;
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const names = [...first.edges, ...rest.edges].map((e: { node: { name: string } }) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(6);
    expect(first.edges[0].node.tokens).toEqual([{ label: 'test', revokedAt: null }]);
    expect(codeOf(await app.gql('approver', USERS))).toBe('FORBIDDEN');
  });

  it('refuses a page size over the limit, naming the argument', async () => {
    const res = await app.gql('admin', USERS, { first: 1000 });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('first');
  });
});

describe('chapters that exist only as drafts', () => {
  it('are listed for managers but not for agents', async () => {
    const draft = await newChapter(app);
    const numbers = async (person: 'agent' | 'manager') =>
      (await app.ok(person, `{ handbook { chapters { number } } }`)).handbook.chapters.map((c: { number: number }) => c.number);
    expect(await numbers('manager')).toContain(10); // test chapters are numbered from 10
    expect(await numbers('agent')).not.toContain(10);
    expect((await app.ok('agent', `{ chapter(id: "${draft.documentId}") { id } }`)).chapter).toBeNull();
    expect((await app.ok('manager', `{ chapter(id: "${draft.documentId}") { title } }`)).chapter.title).toBe('第一章 概述');
  });
});

describe('query limits', () => {
  it('refuses a query whose estimated cost is too high, before running it', async () => {
    const copies = Array.from({ length: 5 }, (_, i) => `c${i}: chapter(id: "00000000-0000-4000-8000-000000000000") { versions(first: 100) { edges { node { id title author { name } phase ... on ChapterVersion { sections { heading body } } } } } }`);
    const before = app.db.queries.count;
    const res = await app.gql('manager', `{ ${copies.join(' ')} }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toContain('too expensive');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxComplexity', maximum: 100_000 });
    // only authentication may have run (who a token is stays remembered for a second)
    expect(app.db.queries.count - before).toBeLessThanOrEqual(1);
    const one = await app.gql('manager', `{ ${copies[0]} }`);
    expect(one.errors).toBeUndefined();
  });

  it('refuses a query too large to cost rather than running it uncosted', async () => {
    // 101 spreads of a fragment of 100 fields: 10,100 fields to cost, tiny to send
    const fragment = `fragment F on Query { ${Array.from({ length: 100 }, (_, i) => `f${i}: __typename`).join(' ')} }`;
    const res = await app.gql('agent', `query Q { ${'...F '.repeat(101)} } ${fragment}`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toContain('too large');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query', limit: 'maxFieldNodes', maximum: 10000 });
    expect(res.data ?? null).toBeNull();
    // below the bound it runs
    expect((await app.gql('agent', `query Q { ${'...F '.repeat(99)} } ${fragment}`)).errors).toBeUndefined();
  });

  it('still names a bad variable rather than refusing the query', async () => {
    const res = await app.gql('agent', `query($n: Int!) { search(query: "投诉", first: $n) { totalCount } }`, { n: 'ten' });
    expect(res.errors?.[0]?.message).toMatch(/Variable "\$n"/);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
