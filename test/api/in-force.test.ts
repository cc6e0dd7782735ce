import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDraft, publishedChapter, RETIRE, type V } from '../support/chapters.js';
import { CREATE_SCRIPT_DRAFT, newScript, newStandard, release, UPDATE_SCRIPT } from '../support/documents.js';
import { CREATE_FLOW_DRAFT, publishedFlow, registerMap, UPDATE_FLOW } from '../support/flows.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

// The quality inspector's walkthrough: given the time of a call and its touchpoint, what applied.
let app: TestApp;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await startTestApp();
  await registerMap(app);

  ids.chapter1 = (await publishedChapter(app, '2026-02-01T00:00:00Z')).id;

  const flow = await publishedFlow(app, ['AAA1102'], { effectiveFrom: '2026-02-01T00:00:00Z' });
  ids.flow1 = flow.version.id;
  const flowId = (await app.ok('agent', `{ flow(code: "${flow.code}") { id } }`)).flow.id;
  const flowDraft = (await app.ok('manager', CREATE_FLOW_DRAFT, { input: { flowId, changeNote: '合并全球通与动感地带' } })).createFlowDraft.version;
  const edited = (await app.ok('manager', UPDATE_FLOW, { input: { versionId: flowDraft.id, expectedRevision: flowDraft.revision, touchpointCodes: ['AAA1102', 'AAB1102'] } })).updateFlowDraft.version;
  ids.flow2 = (await release(app, edited, '2026-04-01T00:00:00Z')).id;

  const script1 = await release(app, await newScript(app, { channels: ['A'] }), '2026-03-01T00:00:00Z');
  ids.script1 = script1.id;
  const scriptDraft = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId: script1.documentId, changeNote: '改写' } })).createScriptDraft.version as V;
  const scriptEdited = (await app.ok('manager', UPDATE_SCRIPT, { input: { versionId: scriptDraft.id, expectedRevision: scriptDraft.revision, text: '{agentId}号为您服务，请讲。' } })).updateScriptDraft
    .version as V;
  ids.script2 = (await release(app, scriptEdited, '2026-05-01T00:00:00Z')).id;

  const standard = await release(app, await newStandard(app, { businessCodes: ['1205'] }), '2026-02-15T00:00:00Z');
  ids.standard1 = standard.id;
  await app.ok('approver', RETIRE, { input: { documentId: standard.documentId, reason: '并入新标准', effectiveFrom: '2026-06-01T00:00:00Z' } });

  await newDraft(app, (await publishedChapter(app, '2026-03-15T00:00:00Z')).documentId); // an open draft must never show
  ids.chapter2 = (await app.ok('agent', `{ inForce(asOf: "2026-03-15T00:00:00Z", kinds: [CHAPTER]) { id } }`)).inForce.at(-1).id;
});
afterAll(() => app.close());

const IN_FORCE = `query($a: DateTime!, $k: [DocumentKind!], $t: String) { inForce(asOf: $a, kinds: $k, touchpointCode: $t) { id kind status } }`;
const inForce = async (asOf: string, touchpointCode?: string, kinds?: string[]) => {
  const rows = (await app.ok('agent', IN_FORCE, { a: asOf, t: touchpointCode, k: kinds })).inForce as { id: string }[];
  const name = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return rows.map((r) => name[r.id]).sort();
};

describe('inForce across kinds', () => {
  it('before anything took effect, nothing', async () => {
    expect(await inForce('2026-01-31T23:59:59.999Z')).toEqual([]);
  });

  it('at each instant, exactly the versions in force, of every kind', async () => {
    expect(await inForce('2026-02-01T00:00:00Z')).toEqual(['chapter1', 'flow1']);
    expect(await inForce('2026-02-20T00:00:00Z')).toEqual(['chapter1', 'flow1', 'standard1']);
    expect(await inForce('2026-03-20T00:00:00Z')).toEqual(['chapter1', 'chapter2', 'flow1', 'script1', 'standard1']);
    expect(await inForce('2026-03-31T23:59:59.999Z')).toEqual(['chapter1', 'chapter2', 'flow1', 'script1', 'standard1']);
    expect(await inForce('2026-04-01T00:00:00Z')).toEqual(['chapter1', 'chapter2', 'flow2', 'script1', 'standard1']);
    expect(await inForce('2026-05-10T00:00:00Z')).toEqual(['chapter1', 'chapter2', 'flow2', 'script2', 'standard1']);
  });

  it('a retired document is gone from its retirement instant', async () => {
    expect(await inForce('2026-05-31T23:59:59.999Z')).toContain('standard1');
    expect(await inForce('2026-06-01T00:00:00Z')).toEqual(['chapter1', 'chapter2', 'flow2', 'script2']);
  });

  it('at a touchpoint: its flow, the scripts and standards scoped to its channel and business, and the handbook', async () => {
    expect(await inForce('2026-03-20T00:00:00Z', 'AAA1102')).toEqual(['chapter1', 'chapter2', 'flow1', 'script1']);
    // brand B joined the flow in its second version
    expect(await inForce('2026-03-20T00:00:00Z', 'AAB1102')).toEqual(['chapter1', 'chapter2', 'script1']);
    expect(await inForce('2026-04-01T00:00:00Z', 'AAB1102')).toEqual(['chapter1', 'chapter2', 'flow2', 'script1']);
    // the SMS channel: no flow, the phone script does not apply, the standard for 1205 does
    expect(await inForce('2026-03-20T00:00:00Z', 'ADA1205')).toEqual(['chapter1', 'chapter2', 'standard1']);
  });

  it('only the kinds asked for', async () => {
    expect(await inForce('2026-05-10T00:00:00Z', undefined, ['SCRIPT', 'FLOW'])).toEqual(['flow2', 'script2']);
    expect(await inForce('2026-05-10T00:00:00Z', 'AAA1102', ['STANDARD'])).toEqual([]);
  });

  it('refuses a malformed touchpoint code with the rule it breaks', async () => {
    const res = await app.gql('agent', IN_FORCE, { a: '2026-03-20T00:00:00Z', t: 'AAA11' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('touchpointCode');
    expect(res.errors![0]!.message).toMatch(/7 characters/);
  });

  it('only ever lists published versions, for managers too', async () => {
    const rows = (await app.ok('manager', IN_FORCE, { a: '2026-12-01T00:00:00Z' })).inForce as { status: string }[];
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PUBLISHED']));
  });
});
