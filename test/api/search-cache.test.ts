import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newScript, release } from '../support/documents.js';
import { onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// Answers asked again come from the result cache, and a commit that changes what search may find is
// seen by the very next search: the cache is keyed by the index's generation, never stale.

let app: TestApp;
const SEARCH = `query($q: String!, $at: DateTime, $first: Int) { search(query: $q, asOf: $at, first: $first) { totalCount edges { node { code title } } } }`;
const stats = () => app.runtime.search.cacheStats();

beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app.close());

describe.skipIf(onPostgres)('the result cache', () => {
  it('answers a repeated search from the cache, with the same answer', async () => {
    const first = await app.ok('agent', SEARCH, { q: '呼叫转移' });
    const before = stats();
    expect(await app.ok('agent', SEARCH, { q: '呼叫转移' })).toEqual(first);
    expect(stats().hits).toBe(before.hits + 1);
    // another page size, other statuses: worked out afresh
    await app.ok('agent', SEARCH, { q: '呼叫转移', first: 3 });
    await app.ok('manager', `{ search(query: "呼叫转移", filter: { statuses: [DRAFT, PUBLISHED] }) { totalCount } }`);
    expect(stats().hits).toBe(before.hits + 1);
  });

  it('shows a version published a moment ago to the very next search', async () => {
    const query = { q: '火星漫游话术' };
    const codes = async () => (await app.ok('agent', SEARCH, query)).search.edges.map((e: any) => e.node.code);
    expect(await codes()).not.toContain('mars-roaming-script');
    expect(await codes()).not.toContain('mars-roaming-script');
    await release(app, await newScript(app, { code: 'mars-roaming-script', title: '火星漫游话术', text: '火星漫游话术正文，{agentId}号为您服务。' }));
    const after = await app.ok('agent', SEARCH, query);
    expect(after.search.edges[0].node.code).toBe('mars-roaming-script');
  });

  it('shares an answer between instants only when the same versions are in force at both', async () => {
    await release(app, await newScript(app, { code: 'tomorrow-script', title: '明日生效话术', text: '明日生效话术正文，{agentId}号为您服务。' }), '2026-01-02T00:00:00Z');
    const codes = (answer: any) => answer.search.edges.map((e: any) => e.node.code);
    const today = await app.ok('agent', SEARCH, { q: '明日生效话术', at: '2026-01-01T08:00:00Z' });
    const before = stats().hits;
    const laterToday = await app.ok('agent', SEARCH, { q: '明日生效话术', at: '2026-01-01T20:00:00Z' });
    const tomorrow = await app.ok('agent', SEARCH, { q: '明日生效话术', at: '2026-01-02T08:00:00Z' });
    expect(codes(today)).not.toContain('tomorrow-script');
    expect(laterToday).toEqual(today);
    expect(stats().hits).toBe(before + 1);
    expect(codes(tomorrow)).toContain('tomorrow-script');
  });
});
