import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REJECT, RETIRE, submit, type V } from '../support/chapters.js';
import { CREATE_SCRIPT_DRAFT, CREATE_STANDARD_DRAFT, newScript, newStandard, release, UPDATE_SCRIPT, UPDATE_STANDARD } from '../support/documents.js';
import { CREATE_FLOW_DRAFT, publishedFlow, registerMap, UPDATE_FLOW, validGraph } from '../support/flows.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

// submit / publish / reject / retire, diffVersions, documentVersion and auditTrail are the
// foundation's, unchanged; here they are exercised on flows, scripts and standards.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await registerMap(app);
});
afterAll(() => app.close());

interface Kind {
  name: string;
  /** a published first version, and a second draft that changes its words */
  twoVersions(): Promise<{ first: V; second: V }>;
  changedHeading: string;
}

const KINDS: Kind[] = [
  {
    name: 'flow',
    changedHeading: 'STEP ask',
    async twoVersions() {
      const f = await publishedFlow(app, [], { effectiveFrom: '2026-02-01T00:00:00Z' });
      const flowId = (await app.ok('agent', `{ flow(code: "${f.code}", asOf: "2026-02-01T00:00:00Z") { id } }`)).flow.id;
      const draft = (await app.ok('manager', CREATE_FLOW_DRAFT, { input: { flowId, changeNote: '改要求' } })).createFlowDraft.version;
      const graph = validGraph();
      graph.nodes[1]!.requirement = '先问清需求，再按需求选择短信验证码或服务密码';
      const second = (await app.ok('manager', UPDATE_FLOW, { input: { versionId: draft.id, expectedRevision: draft.revision, graph } })).updateFlowDraft.version;
      return { first: f.version, second };
    },
  },
  {
    name: 'script',
    changedHeading: '话术',
    async twoVersions() {
      const first = await release(app, await newScript(app), '2026-02-01T00:00:00Z');
      const draft = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId: first.documentId, changeNote: '改词' } })).createScriptDraft.version;
      const second = (await app.ok('manager', UPDATE_SCRIPT, { input: { versionId: draft.id, expectedRevision: draft.revision, text: '您好，{agentId}号很高兴为您服务！' } })).updateScriptDraft.version;
      return { first, second };
    },
  },
  {
    name: 'standard',
    changedHeading: '等级 钻',
    async twoVersions() {
      const first = await release(app, await newStandard(app), '2026-02-01T00:00:00Z');
      const draft = (await app.ok('manager', CREATE_STANDARD_DRAFT, { input: { standardId: first.documentId, changeNote: '收紧' } })).createStandardDraft.version;
      const second = (
        await app.ok('manager', UPDATE_STANDARD, {
          input: { versionId: draft.id, expectedRevision: draft.revision, values: [{ grade: '钻', value: '2小时内' }, { grade: '全部', value: '3日内' }] },
        })
      ).updateStandardDraft.version;
      return { first, second };
    },
  },
];

describe.each(KINDS)('the foundation’s mutations and queries on a $name', (kind) => {
  let first: V;
  let second: V;
  beforeAll(async () => {
    ({ first, second } = await kind.twoVersions());
  });

  it('diffVersions names the changed part', async () => {
    const { diffVersions } = await app.ok('manager', `{ diffVersions(fromVersionId: "${first.id}", toVersionId: "${second.id}") { changed sections { change heading } } }`);
    expect(diffVersions.changed).toBe(true);
    expect(diffVersions.sections.filter((s: { change: string }) => s.change !== 'UNCHANGED')).toEqual([{ change: 'MODIFIED', heading: kind.changedHeading }]);
  });

  it('rejecting sends the draft back; resubmitted and published, it supersedes the first', async () => {
    const inReview = await submit(app, second);
    const rejected = (await app.ok('approver', REJECT, { input: { versionId: inReview.id, reason: '再斟酌' } })).rejectVersion.version;
    expect(rejected.status).toBe('DRAFT');
    const published = await release(app, rejected, '2026-03-01T00:00:00Z');
    const { documentVersion } = await app.ok('agent', `{ documentVersion(id: "${first.id}") { effectiveTo phase(asOf: "2026-03-01T00:00:00Z") } }`);
    expect(documentVersion).toEqual({ effectiveTo: '2026-03-01T00:00:00.000Z', phase: 'SUPERSEDED' });
    expect(published.status).toBe('PUBLISHED');
  });

  it('retiring ends it, and the audit trail holds every step of its history', async () => {
    await app.ok('approver', RETIRE, { input: { documentId: first.documentId, reason: '停用', effectiveFrom: '2026-04-01T00:00:00Z' } });
    const { auditTrail } = await app.ok('approver', `{ auditTrail(filter: { documentId: "${first.documentId}" }, first: 50) { edges { node { action } } } }`);
    const actions = auditTrail.edges.map((e: { node: { action: string } }) => e.node.action);
    for (const a of ['DOCUMENT_CREATED', 'VERSION_SUBMITTED', 'VERSION_PUBLISHED', 'VERSION_REJECTED', 'DOCUMENT_RETIRED']) expect(actions).toContain(a);
    const after = await app.gql('agent', `{ inForce(asOf: "2026-04-01T00:00:00Z") { documentId } }`);
    expect(after.data!.inForce.map((v: { documentId: string }) => v.documentId)).not.toContain(first.documentId);
    expect(codeOf(await app.gql('manager', `{ diffVersions(fromVersionId: "${first.id}", toVersionId: "nope") { changed } }`))).toBe('NOT_FOUND');
  });
});
