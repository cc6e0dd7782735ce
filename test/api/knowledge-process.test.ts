import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, deactivateUser, issueToken, updateUser } from '../../src/modules/auth/auth.service.js';
import { escalate } from '../../src/modules/exceptions/escalation.js';
import { ExceptionEscalationRow, ExceptionRow } from '../../src/modules/exceptions/exception.entity.js';
import { createException } from '../../src/modules/exceptions/exceptions.service.js';
import { levelsReached } from '../../src/modules/exceptions/sla.js';
import { systemActor } from '../../src/shared/actor.js';
import { codeOf, onPostgres, startTestApp, type TestApp } from '../support/harness.js';

// The knowledge process: a question nothing answers becomes an exception, is answered within its
// deadline or escalates, and ends as published content.

let app: TestApp;
const agents: string[] = [];
const EX = `id status question answer answerIsInterim demand demand overdue escalationLevel owner { name } touchpoint { code } fromQuery { query } revision`;
const RAISE = `mutation($i: RaiseExceptionInput!) { raiseException(input: $i) { exception { ${EX} } } }`;
const JOIN = `mutation($i: JoinExceptionInput!) { joinException(input: $i) { exception { id demand } } }`;
const ANSWER = `mutation($i: AnswerExceptionInput!) { answerException(input: $i) { exception { ${EX} } } }`;
const RESOLVE = `mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { exception { id status resolvedBy { id } } } }`;
const SEARCH = `query($q: String!) { search(query: $q, first: 5) { queryId totalCount edges { node { kind code versionId } } exceptions { id status answer answerIsInterim } } }`;
const SIMILAR = `query($q: String!) { similarOpenExceptions(question: $q) { id question } }`;
const FLAG = `mutation($i: FlagVersionInput!) { flagVersion(input: $i) { exception { id demand flaggedVersion { id } } } }`;

async function as(token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data: any; errors?: any[] };
}

beforeAll(async () => {
  app = await startTestApp({ seed: true });
  app.clock.set('2026-03-16T10:00:00+08:00');
  for (const name of ['k1', 'k2', 'k3']) {
    const user = await createUser(app.db, systemActor(app.clock), { name: `knowledge-${name}`, role: 'AGENT' });
    await issueToken(app.db, systemActor(app.clock), { userId: user.id, label: 'test', token: `knowledge-${name}` });
    agents.push(`knowledge-${name}`);
  }
});
afterAll(() => app.close());

describe.skipIf(onPostgres)('from a zero-hit search to published content', () => {
  let exceptionId: string;

  it('raises an exception from the search, pre-filled, owned by the flow serving the touchpoint', async () => {
    const { search } = await app.ok('agent', SEARCH, { q: '火星漫游套餐怎么退订' });
    const { raiseException } = await app.ok('agent', RAISE, { i: { queryId: search.queryId, touchpointCode: 'AAA1201' } });
    const e = raiseException.exception;
    exceptionId = e.id;
    expect(e).toMatchObject({ status: 'OPEN', question: '火星漫游套餐怎么退订', demand: 1, overdue: false, escalationLevel: 0, touchpoint: { code: 'AAA1201' }, fromQuery: { query: '火星漫游套餐怎么退订' } });
    // AAA1201 is served by QRY-CALL-FORWARD, owned by the corpus's process managers
    expect(e.owner.name).toBe('流程管理组（初始版本）');
  });

  it('refuses a raise without a touchpoint, or with one not on the map, naming the field', async () => {
    expect((await app.gql('agent', RAISE, { i: { question: '测试' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'touchpointCode' });
    expect((await app.gql('agent', RAISE, { i: { question: '测试', touchpointCode: 'AZZ9999' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'touchpointCode' });
    expect((await app.gql('agent', RAISE, { i: { question: '测试', touchpointCode: 'AAA1201', customerGrade: '铜' } })).errors?.[0]?.extensions).toMatchObject({ field: 'customerGrade' });
  });

  it('offers the open exception for the question reworded, and joining counts each agent once', async () => {
    const { similarOpenExceptions } = await as(agents[0]!, SIMILAR, { q: '客户问怎样取消火星漫游套餐' }).then((r) => r.data);
    expect(similarOpenExceptions.map((e: any) => e.id)).toContain(exceptionId);
    expect((await as(agents[0]!, JOIN, { i: { exceptionId } })).data.joinException.exception.demand).toBe(2);
    expect((await as(agents[0]!, JOIN, { i: { exceptionId } })).data.joinException.exception.demand).toBe(2);
    expect((await as(agents[1]!, JOIN, { i: { exceptionId } })).data.joinException.exception.demand).toBe(3);
  });

  it('shows the next agent "being answered", then the interim answer, beside the documents', async () => {
    expect((await as(agents[2]!, SEARCH, { q: '火星漫游套餐退订' })).data.search.exceptions).toEqual([expect.objectContaining({ id: exceptionId, status: 'OPEN', answer: null })]);
    expect(codeOf(await app.gql('agent', ANSWER, { i: { exceptionId, answer: 'x' } }))).toBe('FORBIDDEN');
    const { answerException } = await app.ok('manager', ANSWER, { i: { exceptionId, answer: '火星漫游套餐为测试资费，可在营业厅退订，次月生效。' } });
    expect(answerException.exception).toMatchObject({ status: 'ANSWERED', answerIsInterim: true });
    const hit = (await as(agents[2]!, SEARCH, { q: '火星漫游套餐退订' })).data.search.exceptions[0];
    expect(hit).toMatchObject({ status: 'ANSWERED', answerIsInterim: true, answer: expect.stringContaining('营业厅退订') });
  });

  it('resolves only with a published version, and refuses an answer once resolved', async () => {
    const two = await app.gql('manager', RESOLVE, { i: { exceptionId, rejectReason: 'x', mergedIntoId: exceptionId } });
    expect(two.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const draft = await app.ok('manager', `mutation { createScript(input: { code: "mars-roaming", title: "火星漫游退订", scenario: GREETING, text: "火星漫游套餐可在营业厅退订。", changeNote: "新增" }) { version { id revision } } }`);
    const draftId = draft.createScript.version.id;
    expect((await app.gql('manager', RESOLVE, { i: { exceptionId, resolvedByVersionId: draftId } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resolvedByVersionId' });
    await app.ok('manager', `mutation($i: SubmitVersionInput!) { submitVersion(input: $i) { version { id } } }`, { i: { versionId: draftId, expectedRevision: draft.createScript.version.revision } });
    await app.ok('approver', `mutation($i: PublishVersionInput!) { publishVersion(input: $i) { version { id } } }`, { i: { versionId: draftId } });
    const { resolveException } = await app.ok('manager', RESOLVE, { i: { exceptionId, resolvedByVersionId: draftId } });
    expect(resolveException.exception).toMatchObject({ status: 'RESOLVED', resolvedBy: { id: draftId } });
    expect(codeOf(await app.gql('manager', ANSWER, { i: { exceptionId, answer: 'late' } }))).toBe('INVALID_TRANSITION');
    expect((await as(agents[2]!, SEARCH, { q: '火星漫游套餐退订' })).data.search.exceptions).toEqual([]);
  });

  it('keeps it as a case that agents find by search', async () => {
    const { keepAsCase } = await app.ok('manager', `mutation($i: KeepAsCaseInput!) { keepAsCase(input: $i) { case { id question outcome exception { id } } } }`, { i: { exceptionId } });
    expect(keepAsCase.case).toMatchObject({ outcome: 'RESOLVED', exception: { id: exceptionId } });
    await new Promise((r) => setTimeout(r, 50));
    const kinds = (await as(agents[2]!, SEARCH, { q: '火星漫游' })).data.search.edges.map((e: any) => e.node.kind);
    expect(kinds).toContain('CASE');
  });
});

describe.skipIf(onPostgres)('flags', () => {
  it('marks a version under review once three agents have open flags on it, joining one exception', async () => {
    const { inForce } = await app.ok('agent', `query($at: DateTime!) { inForce(asOf: $at, kinds: [SCRIPT]) { id underReview } }`, { at: app.clock.now().toISOString() });
    const versionId = inForce.find((v: any) => !v.underReview).id;
    const flagged = [];
    for (const token of agents) flagged.push((await as(token, FLAG, { i: { versionId, reason: 'UNCLEAR', comment: '说法不清楚', sectionKey: '1' } })).data.flagVersion.exception);
    expect(new Set(flagged.map((e) => e.id)).size).toBe(1);
    expect(flagged.at(-1).demand).toBe(3);
    const marked = await app.ok('agent', `query($id: ID!) { documentVersion(id: $id) { underReview } }`, { id: versionId });
    expect(marked.documentVersion.underReview).toBe(true);
    expect((await as(agents[0]!, FLAG, { i: { versionId, reason: 'UNCLEAR', comment: 'x', sectionKey: '第九节' } })).errors?.[0]?.extensions).toMatchObject({ field: 'sectionKey' });
  });
});

describe('escalation', () => {
  it('records each level once, when reached, never backwards, across restarts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 1, max: 20 * 60 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 7 }), async (steps, restartAt) => {
        const clock = { now: () => new Date(now) };
        let now = app.clock.now().getTime();
        const row = await app.db.write((tx) =>
          createException(tx, { user: app.users.agent, clock }, { question: '升级测试', priority: 'NORMAL', touchpointCode: null, queryId: null, context: null, customerGrade: null, flaggedVersionId: null, nearestDocumentId: null }),
        );
        let level = 0;
        for (const [i, minutes] of steps.entries()) {
          now += minutes * 60_000 * 4;
          // a restart: what was recorded is all the next run knows
          await escalate(app.db, clock, row.id);
          if (i === restartAt) await escalate(app.db, clock, row.id);
          const recorded = await app.db.dataSource.getRepository(ExceptionEscalationRow).findBy({ exceptionId: row.id });
          const stored = await app.db.dataSource.getRepository(ExceptionRow).findOneByOrFail({ id: row.id });
          const expected = levelsReached(stored, new Date(now).toISOString());
          expect(recorded.map((r) => r.level).sort()).toEqual(expected.map((r) => r.level).sort());
          expect(new Set(recorded.map((r) => r.level)).size).toBe(recorded.length);
          expect(stored.escalationLevel).toBeGreaterThanOrEqual(level);
          level = stored.escalationLevel;
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('owners', () => {
  it('hands a deactivated owner’s open exceptions to their fallback', async () => {
    const system = systemActor(app.clock);
    const fallback = app.users.manager2;
    await updateUser(app.db, system, { userId: app.users.manager.id, fallbackId: fallback.id });
    const row = await app.db.write((tx) =>
      createException(tx, app.actor('agent'), { question: '交接测试', priority: 'HIGH', touchpointCode: null, queryId: null, context: null, customerGrade: null, flaggedVersionId: null, nearestDocumentId: null }),
    );
    await app.ok('manager', `mutation($i: AssignExceptionInput!) { assignException(input: $i) { exception { id } } }`, { i: { exceptionId: row.id, ownerId: app.users.manager.id } });
    const loner = await createUser(app.db, system, { name: 'leaving-manager', role: 'PROCESS_MANAGER', fallbackId: fallback.id });
    await app.ok('manager', `mutation($i: AssignExceptionInput!) { assignException(input: $i) { exception { id } } }`, { i: { exceptionId: row.id, ownerId: loner.id } });
    await deactivateUser(app.db, system, { userId: loner.id, reason: 'left the centre' });
    const after = await app.db.dataSource.getRepository(ExceptionRow).findOneByOrFail({ id: row.id });
    expect(after.ownerId).toBe(fallback.id);
  });
});

describe.skipIf(onPostgres)('similar questions', () => {
  const QUESTIONS = ['国际漫游落地后收不到短信验证码怎么办', '副卡停机了主卡还能给副卡交话费吗', '宽带报装地址是新小区查不到资源怎么答复', '积分兑换的流量包什么时候到账', '携号转网转入的客户，原来运营商的积分能带过来吗'];
  // each rewording as agents type it: other words, word order, traditional characters, pinyin, a typo
  const REWORDED: [string, number][] = [
    ['出国后收不到验证码', 0],
    ['漫游时短信验证码收不到', 0],
    ['國際漫遊收不到驗證碼', 0],
    ['guoji manyou yanzhengma', 0],
    ['国际慢游收不到验证码', 0],
    ['副卡欠费停机怎么充值', 1],
    ['副卡停机主卡代缴', 1],
    ['新小区宽带没资源', 2],
    ['积分换的流量多久到', 3],
    ['积分兑换流量包没到账', 3],
    ['转网后原运营商积分', 4],
  ];

  beforeAll(async () => {
    for (const question of QUESTIONS) await app.ok('agent', RAISE, { i: { question, touchpointCode: 'AAA1102' } });
  });

  it.each(REWORDED)('finds the open question for “%s”', async (reworded, expected) => {
    const { similarOpenExceptions } = await app.ok('agent', SIMILAR, { q: reworded });
    expect(similarOpenExceptions.map((e: any) => e.question)).toEqual([QUESTIONS[expected]]);
  });

  it('offers nothing for a question that only shares a common word', async () => {
    for (const q of ['改套餐', '查话费', '客户要投诉']) expect((await app.ok('agent', SIMILAR, { q })).similarOpenExceptions).toEqual([]);
  });
});
