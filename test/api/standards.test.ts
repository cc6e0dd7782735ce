import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBMIT } from '../support/chapters.js';
import { CREATE_STANDARD_DRAFT, newStandard, release, UPDATE_STANDARD } from '../support/documents.js';
import { registerMap } from '../support/flows.js';
import { codeOf, startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  // filters name channels and businesses of the map
  await registerMap(app);
  await app.ok('manager', `mutation { registerBusiness(input: { code: "3101", name: "宽带故障报修", category: "故障类", channels: ["A"], brands: ["A"] }) { code } }`);
});
afterAll(() => app.close());

const STANDARD = `code title inForce { versionNumber ... on StandardVersion { standardClass commitment values { grade value } channels businessCodes } }`;

describe('service standards', () => {
  it('hold a commitment with a value per customer grade, versioned', async () => {
    const v1 = await release(app, await newStandard(app, { code: 'repair-callback', businessCodes: ['3101'] }), '2026-02-01T00:00:00Z');
    const draft = (await app.ok('manager', CREATE_STANDARD_DRAFT, { input: { standardId: v1.documentId, changeNote: '金卡也当日' } })).createStandardDraft.version;
    const edited = await app.ok('manager', UPDATE_STANDARD, {
      input: {
        versionId: draft.id,
        expectedRevision: draft.revision,
        values: [
          { grade: '钻', value: '当日' },
          { grade: '金', value: '当日' },
          { grade: '全部', value: '最长不超过3日' },
        ],
      },
    });
    await release(app, edited.updateStandardDraft.version, '2026-04-01T00:00:00Z');

    const at = async (asOf: string) => (await app.ok('agent', `{ standard(id: "${v1.documentId}", asOf: "${asOf}") { ${STANDARD} } }`)).standard;
    expect(await at('2026-01-01T00:00:00Z')).toMatchObject({ code: 'repair-callback', inForce: null });
    expect(await at('2026-03-01T00:00:00Z')).toMatchObject({
      inForce: { versionNumber: 1, standardClass: 'TIME_LIMIT', commitment: '维修后回访客户', values: [{ grade: '钻', value: '当日' }, { grade: '全部', value: '3日内' }], businessCodes: ['3101'], channels: [] },
    });
    expect((await at('2026-04-01T00:00:00Z')).inForce.values.map((g: { grade: string }) => g.grade)).toEqual(['钻', '金', '全部']);
  });

  it('refuses an unknown grade when written, naming the field', async () => {
    const res = await app.gql('manager', `mutation($input: CreateStandardInput!) { createStandard(input: $input) { version { id } } }`, {
      input: { code: 'bad-grade', title: '标准', standardClass: 'CARE', commitment: '关怀', values: [{ grade: '白金', value: '当日' }], changeNote: '起草' },
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.extensions.field).toBe('values.0.grade');
    expect(res.errors![0]!.message).toMatch(/钻 金 银 基础 1A/);
  });

  it('refuses on submit a grade given twice or no grade at all', async () => {
    const problems = async (values: { grade: string; value: string }[]) => {
      const v = await newStandard(app, { values });
      const res = await app.gql('manager', SUBMIT, { input: { versionId: v.id, expectedRevision: v.revision } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0]!.extensions.field).toBe('values');
      return res.errors![0]!.extensions.problems;
    };
    expect(await problems([{ grade: '金', value: '2小时' }, { grade: '金', value: '4小时' }])).toEqual(['grade 金 has two values']);
    expect(await problems([])).toEqual(['a standard needs a value for at least one customer grade']);
  });

  it('are listed by class, grade, channel and business', async () => {
    await release(app, await newStandard(app, { code: 'vip-line', standardClass: 'FUNCTION', values: [{ grade: '1A', value: '专席接入' }], channels: ['A'] }), '2026-02-01T00:00:00Z');
    await release(app, await newStandard(app, { code: 'care-elderly', standardClass: 'CARE', values: [{ grade: '全部', value: '放慢语速' }] }), '2026-02-01T00:00:00Z');
    const list = async (filter: Record<string, string>) =>
      (await app.ok('agent', `query($f: StandardFilter) { standards(filter: $f, asOf: "2026-05-01T00:00:00Z", first: 100) { totalCount edges { node { code } } } }`, { f: filter })).standards.edges.map(
        (e: { node: { code: string } }) => e.node.code,
      );
    expect(await list({ standardClass: 'FUNCTION' })).toEqual(['vip-line']);
    expect(await list({ grade: '1A' })).toEqual(['vip-line']);
    expect(await list({ channel: 'D' })).toEqual(['care-elderly', 'repair-callback']);
    expect(await list({ businessCode: '3101' })).toEqual(['care-elderly', 'repair-callback', 'vip-line']);
  });
});
