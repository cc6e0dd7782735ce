import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, issueToken } from '../../src/modules/auth/auth.service.js';
import { systemActor } from '../../src/shared/actor.js';
import { codeOf, onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// Search learns from what agents open (KCS: the words agents search with are content), and
// completes what an agent begins to type.

let app: TestApp;
const agents: string[] = [];

const SEARCH = `query($q: String!) { search(query: $q, first: 10) { queryId edges { node { documentId versionId code } } } }`;
const CLICK = `mutation($i: RecordSearchClickInput!) { recordSearchClick(input: $i) }`;
const LEARNED = `query($q: String) { learnedSearchPreferences(query: $q) { totalCount edges { node { query documentId agents active weight } } } }`;

async function asAgent(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return ((await res.json()) as { data: any }).data;
}

/** An agent searches for `q` and opens the result with code `code`. */
async function searchAndOpen(token: string, q: string, code: string) {
  const { search } = await asAgent(token, SEARCH, { q });
  const hit = search.edges.map((e: any) => e.node).find((n: any) => n.code === code);
  await asAgent(token, CLICK, { i: { queryId: search.queryId, versionId: hit.versionId } });
}

const codes = async (q: string) => (await app.ok('agent', SEARCH, { q })).search.edges.map((e: any) => e.node.code);

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  app.clock.set('2026-11-22T09:00:00+08:00');
  for (const name of ['a1', 'a2', 'a3']) {
    const user = await createUser(app.db, systemActor(app.clock), { name: `learning-${name}`, role: 'AGENT' });
    await issueToken(app.db, systemActor(app.clock), { userId: user.id, label: 'test', token: `learning-${name}` });
    agents.push(`learning-${name}`);
  }
});
afterAll(() => app.close());

describe.skipIf(onPostgres)('what agents open teaches the search', () => {
  const QUERY = '宽带 回访';
  let TARGET: string;

  it('one agent cannot move the ranking alone; three agents put the document they open first', async () => {
    TARGET = (await codes(QUERY))[2]; // the third result: agents keep opening it
    for (let i = 0; i < 3; i++) await searchAndOpen(agents[0]!, QUERY, TARGET);
    expect((await codes(QUERY))[0]).not.toBe(TARGET);
    await searchAndOpen(agents[1]!, QUERY, TARGET);
    await searchAndOpen(agents[2]!, `  ${QUERY.replace(' ', '  ')} `, TARGET); // the same query, typed a little differently
    expect((await codes(QUERY))[0]).toBe(TARGET);
  });

  it('managers see what was learned; agents may not', async () => {
    const { learnedSearchPreferences } = await app.ok('manager', LEARNED, { q: QUERY });
    expect(learnedSearchPreferences.edges.map((e: any) => e.node)).toEqual([expect.objectContaining({ query: '宽带 回访', agents: 3, active: true })]);
    expect(codeOf(await app.gql('agent', LEARNED, { q: QUERY }))).toBe('FORBIDDEN');
  });

  it('a manager removes a learned preference, with a reason, in the audit trail', async () => {
    const { learnedSearchPreferences } = await app.ok('manager', LEARNED, { q: QUERY });
    const { documentId } = learnedSearchPreferences.edges[0].node;
    const removed = await app.gql('manager', `mutation($i: RemoveLearnedSearchPreferenceInput!) { removeLearnedSearchPreference(input: $i) { agents } }`, {
      i: { query: QUERY, documentId, reason: '回访话术已并入流程' },
    });
    expect(removed.errors).toBeUndefined();
    expect((await codes(QUERY))[0]).not.toBe(TARGET);
    const { auditTrail } = await app.ok('approver', `{ auditTrail(first: 1) { edges { node { action reason } } } }`);
    expect(auditTrail.edges[0].node).toEqual({ action: 'SEARCH_PREFERENCE_REMOVED', reason: '回访话术已并入流程' });
    expect(codeOf(await app.gql('manager', `mutation($i: RemoveLearnedSearchPreferenceInput!) { removeLearnedSearchPreference(input: $i) { agents } }`, { i: { query: '没人搜过', documentId, reason: '无' } }))).toBe('NOT_FOUND');
  });

  it('lets a preference fade when nobody renews it', async () => {
    const target = (await codes('宽带 工单'))[3];
    for (const token of agents.slice(0, 3)) await searchAndOpen(token, '宽带 工单', target);
    expect((await codes('宽带 工单'))[0]).toBe(target);
    app.clock.set('2026-12-12T09:00:00+08:00'); // 20 days on: three clicks still weigh 1.9
    expect((await codes('宽带 工单'))[0]).toBe(target);
    app.clock.set('2027-01-06T09:00:00+08:00'); // 45 days on: 1.06, under half of three agents
    expect((await codes('宽带 工单'))[0]).not.toBe(target);
    app.clock.set('2026-11-22T09:00:00+08:00');
  });
});

describe('suggestions as the agent types', () => {
  const SUGGEST = `query($p: String!, $n: Int) { suggest(prefix: $p, first: $n) { text kind documentId documentKind } }`;
  const suggest = async (p: string, n?: number) => (await app.ok('agent', SUGGEST, { p, n })).suggest as { text: string; kind: string; documentId: string | null }[];

  it('complete titles from Chinese, pinyin joined or initials, after one keystroke', async () => {
    for (const typed of ['呼叫', 'hujiao', 'hj']) expect((await suggest(typed)).map((s) => s.text)).toContain('呼叫转移查询流程');
    const title = (await suggest('呼叫')).find((s) => s.text === '呼叫转移查询流程')!;
    expect(title).toMatchObject({ kind: 'DOCUMENT', documentKind: 'FLOW' });
    expect(title.documentId).toBeTruthy();
    expect((await suggest('投')).length).toBeGreaterThan(0);
  });

  it('complete a word inside a title, codes with their names, and the lexicon’s words', async () => {
    expect((await suggest('质量投诉')).map((s) => s.text)).toContain('服务质量投诉处理流程');
    expect((await suggest('12')).map((s) => s.text)).toContain('1201 呼叫转移查询');
    expect((await suggest('qry-b')).map((s) => s.kind)).toContain('CODE');
    expect((await suggest('欠费')).some((s) => s.kind === 'TERM')).toBe(true);
  });

  // searching needs the embedded engine (SQLite) or Meilisearch
  it.skipIf(onPostgres)('offer what several agents searched and found', async () => {
    for (const token of agents.slice(0, 2)) await asAgent(token, SEARCH, { q: '宽带续费优惠' });
    await app.runtime.search.log.flush();
    await app.runtime.search.suggestions.refresh();
    expect((await suggest('宽带续')).filter((s) => s.kind === 'QUERY').map((s) => s.text)).toEqual(['宽带续费优惠']);
  });

  it('never show a draft, and refuse a bad first, naming it', async () => {
    await app.ok('manager', `mutation { createChapter(input: { number: 77, title: "第七十七章 保密草稿", sections: [{ heading: "一", body: "正文" }], changeNote: "起草" }) { version { id } } }`);
    await app.runtime.search.suggestions.refresh();
    expect((await suggest('保密')).map((s) => s.text)).not.toContain('第七十七章 保密草稿');
    const refused = await app.gql('agent', SUGGEST, { p: '呼叫', n: 50 });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
