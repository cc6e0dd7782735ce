import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLOW, CREATE_FLOW_DRAFT, registerMap, UPDATE_FLOW, validGraph } from '../support/flows.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

// Quality inspection (流程穿越, 流程规范率) and organisational fit (组织符合度), on a small data set whose
// figures are worked out by hand below.

let app: TestApp;

const RECORD = `mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { inspection { id touchpointCode callAt compliant agentPost note complaintRef
  flow { code title } version { id versionNumber } deviations { stepKey stepLabel description } inspector { name } exception { id } } } }`;
const COMPLIANCE = `query($from: DateTime!, $to: DateTime!, $filter: UsageFilter) { flowCompliance(from: $from, to: $to, filter: $filter) {
  flow { code title } versionNumber touchpointCode inspected compliant rate target meetsTarget
  steps { key type label post deviations followedRate } perTouchpoint { key inspected compliant rate } perPost { key inspected compliant rate meetsTarget } } }`;
const FIT = `query($asOf: DateTime) { organisationalFit(asOf: $asOf) { flow { code } versionNumber stepKey stepLabel post problem detail } }`;
const POST = `id name description revision retiredAt active holders { name }`;
const REGISTER = `mutation($i: RegisterPostInput!) { registerPost(input: $i) { post { ${POST} } } }`;
const ASSIGN = `mutation($i: PostHolderInput!) { assignPost(input: $i) { post { ${POST} } } }`;

const MONTH = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

/** A flow whose graph names `posts` for its steps (besides validGraph's), published now. */
async function flow(code: string, touchpointCodes: string[], graph = validGraph()) {
  const created = await app.ok('manager', CREATE_FLOW, { input: { code, title: `${code} 流程`, type: 'VERIFICATION', flowClass: 'QUERY', graph, touchpointCodes, changeNote: '起草' } });
  return publish(created.createFlow.version);
}

async function publish(v: { id: string; revision: number; documentId: string }) {
  await app.ok('manager', `mutation { submitVersion(input: { versionId: "${v.id}", expectedRevision: ${v.revision} }) { version { id } } }`);
  await app.ok('approver', `mutation($i: PublishVersionInput!) { publishVersion(input: $i) { version { id } } }`, { i: { versionId: v.id } });
  return v;
}

/** Flow BETA: an intake by the agent, an escalation by the shift leader, a dispatch by the back office, a sign-off by a post nobody registered. */
const betaGraph = () => ({
  nodes: [
    { key: 'start', type: 'START', label: '客户来电' },
    { key: 'intake', type: 'STEP', label: '受理登记', post: '一线客服代表', requirement: '记录诉求' },
    { key: 'escalate', type: 'STEP', label: '班长督办', post: '班长', requirement: '督办' },
    { key: 'dispatch', type: 'STEP', label: '派单处理', post: '后台支撑人员', requirement: '派单' },
    { key: 'sign-off', type: 'STEP', label: '值班经理签收', post: '值班经理', requirement: '签收' },
    { key: 'end', type: 'END', label: '结束' },
  ],
  edges: [
    { from: 'start', to: 'intake' },
    { from: 'intake', to: 'escalate' },
    { from: 'escalate', to: 'dispatch' },
    { from: 'dispatch', to: 'sign-off' },
    { from: 'sign-off', to: 'end' },
  ],
});

const posts: Record<string, string> = {};
let alpha: { documentId: string };

const inspect = (i: Record<string, unknown>) => app.ok('manager', RECORD, { i: { agentPost: '一线客服代表', ...i } }).then((d) => d.recordInspection.inspection);
const fieldOf = async (i: Record<string, unknown>) => (await app.gql('approver', RECORD, { i: { touchpointCode: 'AAA1102', callAt: '2026-01-05T00:00:00Z', agentPost: '一线客服代表', ...i } })).errors?.[0]?.extensions;

beforeAll(async () => {
  app = await startTestApp();
  await registerMap(app);
  // the registry: the agent holds 一线客服代表; 班长 is registered but held by nobody; the back office is held by manager2
  for (const [name, description] of [['一线客服代表', '接听来电的客服代表'], ['班长', '带班督办'], ['后台支撑人员', '后台派单与支撑']] as const) {
    posts[name] = (await app.ok('admin', REGISTER, { i: { name, description } })).registerPost.post.id;
  }
  await app.ok('admin', ASSIGN, { i: { postId: posts['一线客服代表'], userId: app.users.agent.id } });
  await app.ok('admin', ASSIGN, { i: { postId: posts['后台支撑人员'], userId: app.users.manager2.id } });

  // at T0 (2026-01-01) ALPHA v1 (validGraph: ask, need, auth) serves AAA1102 and AAB1102; BETA serves AAA1205
  alpha = await flow('QA-ALPHA', ['AAA1102', 'AAB1102']);
  await flow('QA-BETA', ['AAA1205'], betaGraph());
  app.clock.set('2026-01-10T00:00:00Z');
});
afterAll(() => app.close());

describe('recording inspections', () => {
  it('resolves the version in force at the call, and the steps not listed were followed', async () => {
    const calls = [
      { touchpointCode: 'AAA1102', callAt: '2026-01-02T02:00:00Z' },
      { touchpointCode: 'AAA1102', callAt: '2026-01-03T02:00:00Z', deviations: [{ stepKey: 'ask', description: '未问需求直接要求服务密码' }] },
      { touchpointCode: 'AAB1102', callAt: '2026-01-04T02:00:00Z' },
      { touchpointCode: 'AAB1102', callAt: '2026-01-05T02:00:00Z', agentPost: '班长', deviations: [{ stepKey: 'ask', description: '未问需求' }, { stepKey: 'auth', description: '口述密码' }] },
      { touchpointCode: 'AAA1102', callAt: '2026-01-06T02:00:00Z', agentPost: '班长' },
      { touchpointCode: 'AAA1205', callAt: '2026-01-05T03:00:00Z', note: '规范', complaintRef: 'WO-2026-001' },
    ];
    const recorded = [];
    for (const c of calls) recorded.push(await inspect(c));
    expect(recorded.map((r) => r.compliant)).toEqual([true, false, true, false, true, true]);
    expect(recorded[1]).toMatchObject({ flow: { code: 'QA-ALPHA' }, version: { versionNumber: 1 }, deviations: [{ stepKey: 'ask', stepLabel: '询问需求', description: '未问需求直接要求服务密码' }], inspector: { name: 'test-manager' } });
    expect(recorded[5]).toMatchObject({ flow: { code: 'QA-BETA' }, note: '规范', complaintRef: 'WO-2026-001', exception: null });
  });

  it('puts a call before a new version on the old one and a call after it on the new one', async () => {
    // ALPHA v2 adds a read-back step, in force from 2026-01-10
    const draft = (await app.ok('manager', CREATE_FLOW_DRAFT, { input: { flowId: alpha.documentId, changeNote: '增加复述' } })).createFlowDraft.version;
    const graph = validGraph();
    graph.nodes.splice(4, 0, { key: 'readback', type: 'STEP', label: '复述办理结果', post: '一线客服代表', requirement: '复述' });
    graph.edges = graph.edges.map((e) => (e.to === 'end' ? { ...e, to: 'readback' } : e));
    graph.edges.push({ from: 'readback', to: 'end' });
    const v2 = (await app.ok('manager', UPDATE_FLOW, { input: { versionId: draft.id, expectedRevision: draft.revision, graph } })).updateFlowDraft.version;
    await publish(v2);
    app.clock.set('2026-01-20T00:00:00Z');

    const before = await inspect({ touchpointCode: 'AAA1102', callAt: '2026-01-09T12:00:00Z', deviations: [{ stepKey: 'auth', description: '未核实' }] });
    const after = await inspect({ touchpointCode: 'AAA1102', callAt: '2026-01-15T02:00:00Z', deviations: [{ stepKey: 'readback', description: '未复述' }] });
    await inspect({ touchpointCode: 'AAB1102', callAt: '2026-01-16T02:00:00Z' });
    expect(before.version.versionNumber).toBe(1);
    expect(after.version).toEqual({ id: v2.id, versionNumber: 2 });
    // the read-back step did not exist before v2: the same deviation on a call of 2026-01-09 is refused
    expect(await fieldOf({ callAt: '2026-01-09T12:00:00Z', deviations: [{ stepKey: 'readback', description: '未复述' }] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'deviations.0.stepKey' });
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const count = async () => Number((await app.db.dataSource.query('SELECT COUNT(*) AS n FROM quality_inspections'))[0].n);
    const n = await count();
    expect(await fieldOf({ touchpointCode: 'AAC1102' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'touchpointCode' }); // no flow serves it
    expect(await fieldOf({ touchpointCode: 'AZZ9999' })).toMatchObject({ field: 'touchpointCode' }); // not on the map
    expect(await fieldOf({ touchpointCode: 'XYZ' })).toMatchObject({ field: 'touchpointCode' });
    expect(await fieldOf({ callAt: '2025-12-01T00:00:00Z' })).toMatchObject({ field: 'callAt' }); // before any version
    expect(await fieldOf({ callAt: '2026-01-21T00:00:00Z' })).toMatchObject({ field: 'callAt' }); // in the future
    expect(await fieldOf({ deviations: [{ stepKey: 'start', description: 'x' }] })).toMatchObject({ field: 'deviations.0.stepKey' }); // not a step
    expect(await fieldOf({ deviations: [{ stepKey: 'nope', description: 'x' }] })).toMatchObject({ field: 'deviations.0.stepKey' });
    expect(await fieldOf({ deviations: [{ stepKey: 'ask', description: 'x' }, { stepKey: 'ask', description: 'y' }] })).toMatchObject({ field: 'deviations.1.stepKey' });
    expect(await fieldOf({ deviations: [{ stepKey: 'ask', description: ' ' }] })).toMatchObject({ field: 'deviations.0.description' });
    expect(await fieldOf({ agentPost: '不存在的岗位' })).toMatchObject({ field: 'agentPost' });
    expect(await fieldOf({ exceptionId: randomUUID() })).toMatchObject({ field: 'exceptionId' });
    expect(await count()).toBe(n);
  });

  it('is for quality staff: agents and admins are refused', async () => {
    const i = { touchpointCode: 'AAA1102', callAt: '2026-01-05T00:00:00Z', agentPost: '一线客服代表' };
    expect(codeOf(await app.gql('agent', RECORD, { i }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('admin', RECORD, { i }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(null, RECORD, { i }))).toBe('UNAUTHENTICATED');
  });
});

describe('flowCompliance', () => {
  // ALPHA v1: calls 1–5 and the one of 01-09 — 6 inspected, 3 compliant (1, 3, 5): 0.5.
  //   ask deviated in calls 2 and 4, auth in 4 and 01-09: 2 each, followed 4/6; need never.
  //   AAA1102: calls 1, 2, 5, 01-09 → 4, compliant 1 and 5 → 0.5; AAB1102: calls 3, 4 → 2, compliant 3 → 0.5.
  //   一线客服代表: 1, 2, 3, 01-09 → 4, compliant 2 → 0.5; 班长: 4, 5 → 2, compliant 1 → 0.5.
  // ALPHA v2: 01-15 (readback) and 01-16 → 2, compliant 1 → 0.5. BETA v1: 1 of 1.
  it('gives the rate per flow version, with steps most deviated first, per touchpoint and per post', async () => {
    const { flowCompliance: rows } = await app.ok('approver', COMPLIANCE, MONTH);
    expect(rows.map((r: { flow: { code: string }; versionNumber: number }) => `${r.flow.code} v${r.versionNumber}`)).toEqual(['QA-ALPHA v1', 'QA-ALPHA v2', 'QA-BETA v1']);
    const [v1, v2, beta] = rows;
    expect(v1).toMatchObject({ flow: { code: 'QA-ALPHA', title: 'QA-ALPHA 流程' }, touchpointCode: null, inspected: 6, compliant: 3, rate: 0.5, target: 0.78, meetsTarget: false });
    expect(v1.steps).toEqual([
      { key: 'ask', type: 'STEP', label: '询问需求', post: '一线客服代表', deviations: 2, followedRate: 4 / 6 },
      { key: 'auth', type: 'STEP', label: '核实身份', post: '一线客服代表', deviations: 2, followedRate: 4 / 6 },
      { key: 'need', type: 'DECISION', label: '需要鉴权？', post: null, deviations: 0, followedRate: 1 },
    ]);
    expect(v1.perTouchpoint).toEqual([{ key: 'AAA1102', inspected: 4, compliant: 2, rate: 0.5 }, { key: 'AAB1102', inspected: 2, compliant: 1, rate: 0.5 }]);
    expect(v1.perPost).toEqual([{ key: '一线客服代表', inspected: 4, compliant: 2, rate: 0.5, meetsTarget: false }, { key: '班长', inspected: 2, compliant: 1, rate: 0.5, meetsTarget: false }]);
    expect(v2).toMatchObject({ inspected: 2, compliant: 1, rate: 0.5 });
    expect(v2.steps[0]).toMatchObject({ key: 'readback', deviations: 1, followedRate: 0.5 });
    expect(beta).toMatchObject({ inspected: 1, compliant: 1, rate: 1, meetsTarget: true });
    const { flowComplianceTotal } = await app.ok('approver', `{ flowComplianceTotal(from: "${MONTH.from}", to: "${MONTH.to}") { inspected compliant rate } }`);
    expect(flowComplianceTotal).toEqual({ inspected: 9, compliant: 5, rate: 5 / 9 });
    // per flow, both versions of ALPHA together: 8 inspected, 3 + 1 compliant
    const { flowComplianceByFlow } = await app.ok('approver', `{ flowComplianceByFlow(from: "${MONTH.from}", to: "${MONTH.to}") { flow { code } versions inspected compliant rate meetsTarget } }`);
    expect(flowComplianceByFlow).toEqual([
      { flow: { code: 'QA-ALPHA' }, versions: 2, inspected: 8, compliant: 4, rate: 0.5, meetsTarget: false },
      { flow: { code: 'QA-BETA' }, versions: 1, inspected: 1, compliant: 1, rate: 1, meetsTarget: true },
    ]);
  });

  it('narrows by period, touchpoint, channel, business and owner, and checks the filter', async () => {
    const rows = async (vars: Record<string, unknown>) =>
      (await app.ok('manager', COMPLIANCE, { ...MONTH, ...vars })).flowCompliance.map((r: { flow: { code: string }; versionNumber: number; inspected: number; compliant: number }) => `${r.flow.code} v${r.versionNumber} ${r.compliant}/${r.inspected}`);
    expect(await rows({ from: '2026-01-12T00:00:00Z' })).toEqual(['QA-ALPHA v2 1/2']);
    expect(await rows({ filter: { touchpointCode: 'AAB1102' } })).toEqual(['QA-ALPHA v1 1/2', 'QA-ALPHA v2 1/1']);
    expect(await rows({ filter: { brand: 'B' } })).toEqual(['QA-ALPHA v1 1/2', 'QA-ALPHA v2 1/1']);
    expect(await rows({ filter: { businessCode: '1205' } })).toEqual(['QA-BETA v1 1/1']);
    expect(await rows({ filter: { channel: 'B' } })).toEqual([]);
    expect(await rows({ filter: { ownerId: app.users.manager.id } })).toHaveLength(3);
    expect(await rows({ filter: { ownerId: app.users.approver.id } })).toEqual([]);
    const bad = async (vars: Record<string, unknown>) => (await app.gql('manager', COMPLIANCE, { ...MONTH, ...vars })).errors?.[0]?.extensions;
    expect(await bad({ filter: { touchpointCode: 'AZZ9999' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.touchpointCode' });
    expect(await bad({ to: MONTH.from })).toMatchObject({ field: 'to' });
  });

  it('measures against the stored target, which an admin sets (audited)', async () => {
    const SET = `mutation($i: SetComplianceTargetInput!) { setComplianceTarget(input: $i) { target revision } }`;
    expect((await app.gql('admin', SET, { i: { target: 1.5 } })).errors?.[0]?.extensions).toMatchObject({ field: 'target' });
    expect(codeOf(await app.gql('approver', SET, { i: { target: 0.5 } }))).toBe('FORBIDDEN');
    expect((await app.ok('admin', SET, { i: { target: 0.5, expectedRevision: 1 } })).setComplianceTarget).toEqual({ target: 0.5, revision: 2 });
    expect(codeOf(await app.gql('admin', SET, { i: { target: 0.6, expectedRevision: 1 } }))).toBe('CONFLICT');
    const [v1] = (await app.ok('manager', COMPLIANCE, MONTH)).flowCompliance;
    expect(v1).toMatchObject({ rate: 0.5, target: 0.5, meetsTarget: true });
    const audited = await app.db.dataSource.query(`SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'COMPLIANCE_TARGET_SET'`);
    expect(Number(audited[0].n)).toBe(1);
    await app.ok('admin', SET, { i: { target: 0.78 } });
  });

  it('answers in a bounded number of statements, however many calls', async () => {
    const first = await app.statements('approver', COMPLIANCE, MONTH);
    for (let d = 0; d < 5; d++) await inspect({ touchpointCode: 'AAB1102', callAt: `2026-01-1${d}T20:00:00Z`, deviations: d % 2 ? [{ stepKey: 'auth', description: '未核实' }] : [] });
    const second = await app.statements('approver', COMPLIANCE, { ...MONTH, filter: { touchpointCode: 'AAB1102' } });
    // the target, the inspections, their deviations, their versions and flows; + the check that the filter's touchpoint exists
    expect(first.statements).toBeLessThanOrEqual(6);
    expect(second.statements).toBeLessThanOrEqual(7);
  });
});

describe('the inspections behind the rates', () => {
  const LIST = `query($from: DateTime!, $to: DateTime!, $compliant: Boolean, $complaintRef: String, $first: Int, $after: String) {
    inspections(from: $from, to: $to, compliant: $compliant, complaintRef: $complaintRef, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { callAt compliant touchpointCode flow { code } version { versionNumber } deviations { stepKey stepLabel } inspector { name } } } } }`;

  it('lists them latest call first, by outcome or complaint, a page at a time', async () => {
    // 14 calls so far; with a deviation: 01-03, 01-05, 01-09, 01-15 and two of the five added on 01-10…14
    const deviating = (await app.ok('approver', LIST, { ...MONTH, compliant: false, first: 4 })).inspections;
    expect(deviating.totalCount).toBe(6);
    expect(deviating.edges.map((e: { node: { callAt: string } }) => e.node.callAt.slice(0, 10))).toEqual(['2026-01-15', '2026-01-13', '2026-01-11', '2026-01-09']);
    expect(deviating.edges[0].node).toMatchObject({ compliant: false, flow: { code: 'QA-ALPHA' }, version: { versionNumber: 2 }, deviations: [{ stepKey: 'readback', stepLabel: '复述办理结果' }], inspector: { name: 'test-manager' } });
    const rest = (await app.ok('approver', LIST, { ...MONTH, compliant: false, first: 4, after: deviating.pageInfo.endCursor })).inspections;
    expect(rest.edges.map((e: { node: { callAt: string } }) => e.node.callAt.slice(0, 10))).toEqual(['2026-01-05', '2026-01-03']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await app.ok('approver', LIST, { ...MONTH, complaintRef: 'WO-2026-001' })).inspections.edges.map((e: { node: { flow: { code: string } } }) => e.node.flow.code)).toEqual(['QA-BETA']);
    expect((await app.ok('approver', LIST, { ...MONTH, compliant: true })).inspections.totalCount).toBe(8);
    const small = await app.statements('approver', LIST, { ...MONTH, first: 2 });
    const large = await app.statements('approver', LIST, { ...MONTH, first: 14 });
    // 2 rows or 14, the same statements (one more at most: a sign-in a loaded machine may repeat)
    expect(large.statements).toBeLessThanOrEqual(small.statements + 1);
    expect(codeOf(await app.gql('agent', LIST, MONTH))).toBe('FORBIDDEN');
  });
});

describe('organisational fit', () => {
  it('lists the steps whose post does not exist or is held by nobody', async () => {
    const { organisationalFit } = await app.ok('approver', FIT);
    expect(organisationalFit.map((i: { flow: { code: string }; stepKey: string; post: string; problem: string }) => [i.flow.code, i.stepKey, i.post, i.problem])).toEqual([
      ['QA-BETA', 'escalate', '班长', 'NOBODY_ASSIGNED'],
      ['QA-BETA', 'sign-off', '值班经理', 'NO_SUCH_POST'],
    ]);
  });

  it('lists a post once it is retired from the registry, and not before', async () => {
    const before = new Date(app.clock.now()).toISOString();
    app.clock.set('2026-01-25T00:00:00Z');
    const retired = await app.ok('admin', `mutation($i: RetirePostInput!) { retirePost(input: $i) { post { ${POST} } } }`, { i: { postId: posts['后台支撑人员'], reason: '并入班组' } });
    expect(retired.retirePost.post).toMatchObject({ active: false, holders: [], retiredAt: '2026-01-25T00:00:00.000Z' });
    const now = (await app.ok('approver', FIT)).organisationalFit;
    expect(now.map((i: { stepKey: string; problem: string }) => `${i.stepKey} ${i.problem}`)).toEqual(['escalate NOBODY_ASSIGNED', 'dispatch NO_SUCH_POST', 'sign-off NO_SUCH_POST']);
    expect(now[1].detail).toMatch(/retired/);
    // as it stood before: the back office existed and was held
    expect((await app.ok('approver', FIT, { asOf: before })).organisationalFit).toHaveLength(2);
  });

  it('takes a post off the list once someone holds it; a deactivated holder holds nothing', async () => {
    await app.ok('admin', ASSIGN, { i: { postId: posts['班长'], userId: app.users.approver2.id } });
    expect((await app.ok('approver', FIT)).organisationalFit.map((i: { stepKey: string }) => i.stepKey)).toEqual(['dispatch', 'sign-off']);
    await app.ok('admin', `mutation($i: DeactivateUserInput!) { deactivateUser(input: $i) { user { id } } }`, { i: { userId: app.users.approver2.id, reason: '离职' } });
    expect((await app.ok('approver', FIT)).organisationalFit.map((i: { stepKey: string }) => i.stepKey)).toEqual(['escalate', 'dispatch', 'sign-off']);
  });

  it('is a report: agents are refused, and it answers in a bounded number of statements', async () => {
    expect(codeOf(await app.gql('agent', FIT))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('agent', COMPLIANCE, MONTH))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql('agent', `{ posts { name } }`))).toBe('FORBIDDEN');
    const { statements } = await app.statements('manager', FIT);
    // the versions in force, their flows, the registry, the holders
    expect(statements).toBeLessThanOrEqual(5);
  });
});

describe('the registry of posts', () => {
  it('lists posts with their holders, refuses duplicates and stale writes, and audits every change', async () => {
    const { posts: list } = await app.ok('manager', `{ posts { name active holders { name } } }`);
    expect(list).toEqual([
      { name: '一线客服代表', active: true, holders: [{ name: 'test-agent' }] },
      { name: '班长', active: true, holders: [] },
    ]);
    expect((await app.ok('manager', `{ posts(includeRetired: true) { name } }`)).posts).toHaveLength(3);
    expect((await app.gql('admin', REGISTER, { i: { name: '班长', description: 'x' } })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect((await app.gql('admin', ASSIGN, { i: { postId: posts['一线客服代表'], userId: app.users.agent.id } })).errors?.[0]?.extensions).toMatchObject({ field: 'userId' });
    expect(codeOf(await app.gql('manager', REGISTER, { i: { name: '质检员', description: '质检' } }))).toBe('FORBIDDEN');
    const UPDATE = `mutation($i: UpdatePostInput!) { updatePost(input: $i) { post { revision description } } }`;
    const { revision } = (await app.ok('admin', UPDATE, { i: { postId: posts['班长'], expectedRevision: 2, description: '带班长' } })).updatePost.post;
    expect(revision).toBe(3);
    const stale = await app.gql('admin', UPDATE, { i: { postId: posts['班长'], expectedRevision: 2, description: '覆盖' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentRevision: 3 });
    await app.ok('admin', `mutation($i: PostHolderInput!) { unassignPost(input: $i) { post { holders { name } } } }`, { i: { postId: posts['班长'], userId: app.users.approver2.id } });
    // registering a retired post again reinstates it
    const back = (await app.ok('admin', REGISTER, { i: { name: '后台支撑人员', description: '后台' } })).registerPost.post;
    expect(back).toMatchObject({ id: posts['后台支撑人员'], active: true, retiredAt: null });
    const actions = await app.db.dataSource.query(`SELECT action, COUNT(*) AS n FROM audit_entries WHERE "entityType" = 'CentrePost' GROUP BY action ORDER BY action`);
    expect(actions.map((a: { action: string; n: unknown }) => `${a.action} ${Number(a.n)}`)).toEqual(['POST_ASSIGNED 3', 'POST_REGISTERED 4', 'POST_RETIRED 1', 'POST_UNASSIGNED 1', 'POST_UPDATED 1']);
  });
});
