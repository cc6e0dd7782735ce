import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';
import { CREATE_FLOW, CREATE_FLOW_DRAFT, publishedFlow, registerMap, UPDATE_FLOW, validGraph } from '../support/flows.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await registerMap(app);
});
afterAll(() => app.close());

const SUBMIT = `mutation($i: SubmitVersionInput!) { submitVersion(input: $i) { version { status } } }`;
const servingAt = async (code: string, asOf?: string) =>
  (await app.ok('agent', `query($c: String!, $a: DateTime) { touchpoint(code: $c, asOf: $a) { code flow { code inForce { versionNumber } } } }`, { c: code, a: asOf })).touchpoint.flow;

describe('touchpoint codes', () => {
  it('registering a business creates one touchpoint per channel × brand', async () => {
    const t = await app.ok('agent', `{ touchpoint(code: "ADE1205") { code channel brand businessCode channelName brandName business { name } flow { code } } }`);
    expect(t.touchpoint).toEqual({ code: 'ADE1205', channel: 'D', brand: 'E', businessCode: '1205', channelName: '短信', brandName: 'TD', business: { name: '呼叫转移查询' }, flow: null });
    expect((await app.ok('agent', `{ touchpoint(code: "ABA1205") { code } }`)).touchpoint).toBeNull(); // not offered on IVR
  });

  it.each([
    ['AA1102', /7 characters/],
    ['BAA1102', /starts with the map letter A/],
    ['A1A1102', /2nd character .* channel letter/],
    ['AAa1102', /3rd character .* brand letter/],
    ['AAA11O2', /last 4 characters .* digits/],
  ])('refuses %s with the rule it breaks', async (code, rule) => {
    const res = await app.gql('agent', `query($c: String!) { touchpoint(code: $c) { code } }`, { c: code });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).toMatch(rule);
    expect(res.errors![0]!.extensions.field).toBe('code');
  });

  it('a flow may only name registered touchpoints', async () => {
    const res = await app.gql('manager', CREATE_FLOW, {
      input: { code: 'QRY-UNKNOWN', title: '未知', type: 'VERIFICATION', flowClass: 'QUERY', graph: validGraph(), touchpointCodes: ['AAA1102', 'ABA1205'], changeNote: '起草' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('touchpointCodes.1');
  });
});

describe('flow design rules on submit', () => {
  it('a draft may be incomplete, but submitting it lists every violation; fixed, it goes through', async () => {
    const broken = validGraph();
    delete (broken.nodes[1] as { post?: string }).post;
    broken.edges.splice(3, 1); // decision left with one edge
    broken.edges.push({ from: 'auth', to: 'nowhere' });
    const { createFlow } = await app.ok('manager', CREATE_FLOW, {
      input: { code: 'QRY-DRAFTY', title: '草稿流程', type: 'VERIFICATION', flowClass: 'QUERY', graph: broken, changeNote: '起草' },
    });
    const v = createFlow.version;
    const refused = await app.gql('manager', SUBMIT, { i: { versionId: v.id, expectedRevision: v.revision } });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions.field).toBe('graph');
    const problems = refused.errors![0]!.extensions.problems as string[];
    expect(problems).toHaveLength(3);
    for (const rule of [/step ask has no responsible post/, /decision need needs two or more/, /points to no node \(nowhere\)/]) {
      expect(problems.some((p) => rule.test(p))).toBe(true);
    }

    const fixed = (await app.ok('manager', UPDATE_FLOW, { input: { versionId: v.id, expectedRevision: v.revision, graph: validGraph() } })).updateFlowDraft.version;
    expect(fixed.type).toBe('VERIFICATION'); // untouched fields kept
    expect((await app.ok('manager', SUBMIT, { i: { versionId: v.id, expectedRevision: fixed.revision } })).submitVersion.version.status).toBe('IN_REVIEW');
  });

  it('a published flow exposes its graph and Mermaid text', async () => {
    const { code } = await publishedFlow(app, []);
    const { flow } = await app.ok('agent', `{ flow(code: "${code}") { code title owner { name } inForce { ... on FlowVersion { mermaid graph { nodes { key } } } } } }`);
    expect(flow.owner.name).toBe('test-manager');
    expect(flow.inForce.graph.nodes.map((n: { key: string }) => n.key)).toEqual(['start', 'ask', 'need', 'auth', 'end']);
    expect(flow.inForce.mermaid).toContain('n_need{"需要鉴权？"}');
  });
});

describe('one flow per touchpoint', () => {
  it('refuses a second flow claiming a served touchpoint, naming the flow that serves it', async () => {
    const first = await publishedFlow(app, ['AAA1102', 'AAB1102']);
    expect(first.published.errors).toBeUndefined();
    const second = await publishedFlow(app, ['AAB1102', 'AAC1102']);
    expect(codeOf(second.published)).toBe('CONFLICT');
    expect(second.published.errors![0]!.message).toContain(`AAB1102 (flow ${first.code})`);
    expect(second.published.errors![0]!.extensions.heldBy).toEqual([{ touchpointCode: 'AAB1102', flowCode: first.code, versionId: first.version.id }]);
  });

  it('moves a touchpoint when asked: the old flow gets a derived version without it, from the same instant', async () => {
    const holder = await publishedFlow(app, ['ACA1102', 'ACB1102']);
    const mover = await publishedFlow(app, ['ACB1102'], { effectiveFrom: '2026-03-01T00:00:00Z', moveTouchpoints: true });
    expect(mover.published.errors).toBeUndefined();

    expect((await servingAt('ACB1102', '2026-02-28T23:59:59Z')).code).toBe(holder.code);
    expect((await servingAt('ACB1102', '2026-03-01T00:00:00Z')).code).toBe(mover.code);
    expect((await servingAt('ACA1102', '2026-03-01T00:00:00Z'))).toMatchObject({ code: holder.code, inForce: { versionNumber: 2 } });

    const trail = await app.ok('approver', `{ auditTrail(first: 5) { edges { node { action reason documentId } } } }`);
    const derived = trail.auditTrail.edges.find((e: { node: { action: string } }) => e.node.action === 'VERSION_DERIVED').node;
    expect(derived.reason).toContain(`ACB1102 moved to flow ${mover.code}`);
  });

  it('gives a moved touchpoint back when the version that moved it is withdrawn before it takes effect', async () => {
    const holder = await publishedFlow(app, ['ABD1102', 'ABE1102']);
    const mover = await publishedFlow(app, ['ABE1102'], { effectiveFrom: '2026-04-01T00:00:00Z', moveTouchpoints: true });
    expect((await servingAt('ABE1102', '2026-04-01T00:00:00Z')).code).toBe(mover.code);
    const { documentVersion: v } = await app.ok('approver', `{ documentVersion(id: "${mover.version.id}") { revision } }`);
    const withdrawn = await app.ok('approver', `mutation($i: WithdrawScheduledVersionInput!) { withdrawScheduledVersion(input: $i) { version { status } } }`, {
      i: { versionId: mover.version.id, expectedRevision: v.revision, reason: '割接推迟' },
    });
    expect(withdrawn.withdrawScheduledVersion.version.status).toBe('DRAFT');
    // the holder's version 1 is in force for good again; its derived version 2 is gone from every read
    expect(await servingAt('ABE1102', '2026-04-01T00:00:00Z')).toMatchObject({ code: holder.code, inForce: { versionNumber: 1 } });
    const { flow } = await app.ok('approver', `query($c: String!) { flow(code: $c) { versions(first: 5) { totalCount edges { node { versionNumber status effectiveTo } } } } }`, { c: holder.code });
    expect(flow.versions).toEqual({ totalCount: 1, edges: [{ node: { versionNumber: 1, status: 'PUBLISHED', effectiveTo: null } }] });
    const trail = await app.ok('approver', `{ auditTrail(first: 6) { edges { node { action reason } } } }`);
    const actions = trail.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions.filter((a: string) => a === 'VERSION_WITHDRAWN')).toHaveLength(2);
  });

  it('withdraws a move only as a whole, and only while the flow that gave touchpoints up has not moved on', async () => {
    const WITHDRAW = `mutation($i: WithdrawScheduledVersionInput!) { withdrawScheduledVersion(input: $i) { version { status } } }`;
    const versionsOf = async (code: string) =>
      (await app.ok('approver', `query($c: String!) { flow(code: $c) { versions(first: 5) { edges { node { id revision versionNumber } } } } }`, { c: code })).flow.versions.edges.map((e: any) => e.node);
    const holder = await publishedFlow(app, ['ACD1102', 'ACE1102']);
    const mover = await publishedFlow(app, ['ACE1102'], { effectiveFrom: '2026-05-01T00:00:00Z', moveTouchpoints: true });
    const derived = (await versionsOf(holder.code)).find((v: { versionNumber: number }) => v.versionNumber === 2);
    const alone = await app.gql('approver', WITHDRAW, { i: { versionId: derived.id, expectedRevision: derived.revision, reason: '只撤这一个' } });
    expect(codeOf(alone)).toBe('INVALID_TRANSITION');
    expect(alone.errors![0]!.extensions.derivedForVersionId).toBe(mover.version.id);
    // the holder publishes again after the move: withdrawing the move would leave that version without the touchpoint
    const draft = (await app.ok('manager', CREATE_FLOW_DRAFT, { input: { flowId: (await app.ok('manager', `{ flow(code: "${holder.code}") { id } }`)).flow.id, changeNote: '再修订' } })).createFlowDraft.version;
    await app.ok('manager', `mutation { submitVersion(input: { versionId: "${draft.id}", expectedRevision: ${draft.revision} }) { version { id } } }`);
    await app.ok('approver', `mutation { publishVersion(input: { versionId: "${draft.id}", effectiveFrom: "2026-06-01T00:00:00Z" }) { version { id } } }`);
    const moverNow = (await versionsOf(mover.code))[0];
    const blocked = await app.gql('approver', WITHDRAW, { i: { versionId: moverNow.id, expectedRevision: moverNow.revision, reason: '割接推迟' } });
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(blocked.errors![0]!.message).toContain(`flow ${holder.code} gave touchpoints up for this version`);
    expect((await servingAt('ACE1102', '2026-05-01T00:00:00Z')).code).toBe(mover.code);
  });

  it('holds across time: a flow scheduled to take a touchpoint conflicts with one published later', async () => {
    const scheduled = await publishedFlow(app, ['ADA1102'], { effectiveFrom: '2026-06-01T00:00:00Z' });
    expect(scheduled.published.errors).toBeUndefined();
    const now = await publishedFlow(app, ['ADA1102']);
    expect(codeOf(now.published)).toBe('CONFLICT');
    expect(await servingAt('ADA1102')).toBeNull();
    expect((await servingAt('ADA1102', '2026-06-01T00:00:00Z')).code).toBe(scheduled.code);
  });
});

describe('touchpoint map', () => {
  it('returns business rows × channel cells with brands and flows, and the gaps both ways', async () => {
    const lonely = await publishedFlow(app, []);
    const { touchpointMap } = await app.ok('agent', `{ touchpointMap {
      channels { code } brands { code }
      rows { business { code } cells { channel { code } entries { brand { code } touchpoint { code flow { code } } } } }
      gaps { touchpointsWithoutFlow { code } flowsWithoutTouchpoints { code } }
    } }`);
    expect(touchpointMap.channels.map((c: { code: string }) => c.code)).toEqual(['A', 'B', 'C', 'D']);
    const row = touchpointMap.rows.find((r: { business: { code: string } }) => r.business.code === '1102');
    const phone = row.cells.find((c: { channel: { code: string } }) => c.channel.code === 'A');
    expect(phone.entries).toHaveLength(5);
    expect(phone.entries[0].touchpoint.flow).not.toBeNull();
    const sms1205 = touchpointMap.rows.find((r: { business: { code: string } }) => r.business.code === '1205');
    expect(sms1205.cells.map((c: { channel: { code: string } }) => c.channel.code)).toEqual(['A', 'D']);
    const gaps = touchpointMap.gaps.touchpointsWithoutFlow.map((t: { code: string }) => t.code);
    expect(gaps).toContain('ABA1102');
    expect(gaps).not.toContain('AAA1102');
    expect(touchpointMap.gaps.flowsWithoutTouchpoints.map((f: { code: string }) => f.code)).toContain(lonely.code);
  });
});

describe('what agents see', () => {
  it('never a draft: draft-only flows are absent, and a flow shows its published version only', async () => {
    const draftOnly = await app.ok('manager', CREATE_FLOW, {
      input: { code: 'QRY-SECRET', title: '未发布', type: 'KNOWLEDGE', flowClass: 'QUERY', graph: validGraph(), changeNote: '起草' },
    });
    const published = await publishedFlow(app, []);
    const flowId = (await app.ok('agent', `{ flow(code: "${published.code}") { id } }`)).flow.id;
    await app.ok('manager', CREATE_FLOW_DRAFT, { input: { flowId, changeNote: '修订中' } });

    expect((await app.ok('agent', `{ flow(code: "QRY-SECRET") { code } }`)).flow).toBeNull();
    expect((await app.ok('manager', `{ flow(code: "QRY-SECRET") { code } }`)).flow.code).toBe('QRY-SECRET');
    const agentList = await app.ok('agent', `{ flows(first: 100) { totalCount edges { node { code versions { totalCount edges { node { status } } } } } } }`);
    const codes = agentList.flows.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(codes).not.toContain('QRY-SECRET');
    const mine = agentList.flows.edges.find((e: { node: { code: string } }) => e.node.code === published.code).node;
    expect(mine.versions.totalCount).toBe(1);
    expect((await app.ok('agent', `{ documentVersion(id: "${draftOnly.createFlow.version.id}") { id } }`)).documentVersion).toBeNull();
  });

  it('filters flows by type, class, touchpoint and text', async () => {
    const list = async (filter: Record<string, string>) =>
      (await app.ok('agent', `query($f: FlowFilter) { flows(filter: $f, first: 100) { edges { node { code } } } }`, { f: filter })).flows.edges.map((e: { node: { code: string } }) => e.node.code);
    expect(await list({ touchpointCode: 'AAA1102' })).toHaveLength(1);
    expect(await list({ type: 'KNOWLEDGE' })).toEqual([]);
    expect((await list({ flowClass: 'QUERY' })).length).toBeGreaterThan(3);
    expect(await list({ text: 'qry-test-1' })).toContain('QRY-TEST-1');
  });
});

describe('nested flow lists', () => {
  const NESTED = `{ flows(first: 50) { edges { node { code title owner { name } inForce { author { name } ... on FlowVersion { mermaid touchpoints { code flow { code } } } } versions(first: 5) { totalCount edges { node { versionNumber } } } } } } }`;
  it('keep a constant SQL statement count as flows are added', async () => {
    const count = async () => {
      const { statements, data } = await app.fewestStatements('manager', NESTED);
      return { statements, flows: data.flows.edges.length };
    };
    const small = await count();
    for (const code of ['AAD1102', 'AAE1102', 'ACC1102']) await publishedFlow(app, [code]);
    const large = await count();
    expect(large.flows).toBe(small.flows + 3);
    expect(large.statements).toBe(small.statements);
  });
});
