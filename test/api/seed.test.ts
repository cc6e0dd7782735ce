import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/modules/audit/audit.service.js';
import { readHandbookSeeds, seedDatabase } from '../../seeds/loader.js';
import { parseSvg } from '../support/svg.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app.close());

const counts = async () => {
  const [row] = await app.db.dataSource.query(
    `SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM document_versions) AS versions,
            (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM audit_entries) AS audit`,
  );
  return row;
};

describe('seed corpus', () => {
  it('holds the four chapters of the handbook, each with real sections', async () => {
    const specs = await readHandbookSeeds();
    expect(specs.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    for (const spec of specs) {
      for (const v of spec.versions) {
        expect(v.sections.length).toBeGreaterThanOrEqual(3);
        for (const s of v.sections) expect(s.body.length).toBeGreaterThan(80);
      }
    }
    const all = JSON.stringify(specs);
    for (const fact of ['接触点', 'AAA1102', '24小时', '流程规范率', '菱形', '流程穿越', '监控']) expect(all).toContain(fact);
  });

  it('gives one chapter two published versions and a scheduled one, so asOf shows a difference', async () => {
    const { handbook } = await app.ok('manager', `{ handbook { chapters { number versions { edges { node { status phase } } } } } }`);
    const phases = handbook.chapters.map((c: { versions: { edges: { node: { phase: string } }[] } }) => c.versions.edges.map((e) => e.node.phase));
    expect(phases.some((p: string[]) => p.includes('SCHEDULED') && p.includes('IN_FORCE') && p.includes('SUPERSEDED'))).toBe(true);
  });

  it('holds at least 15 flows, among them the ones the sources describe', async () => {
    const { flows } = await app.ok('agent', `{ flows(first: 100) { totalCount edges { node { code inForce { ... on FlowVersion { type flowClass touchpoints { code } graph { nodes { key type label timeLimit } edges { from to label } } } } } } } }`);
    expect(flows.totalCount).toBeGreaterThanOrEqual(15);
    type Node = { key: string; type: string; label: string; timeLimit: string | null };
    type Edge = { from: string; to: string };
    const byCode = new Map<string, { type: string; flowClass: string; touchpoints: { code: string }[]; graph: { nodes: Node[]; edges: Edge[] } }>(
      flows.edges.map((e: { node: { code: string; inForce: unknown } }) => [e.node.code, e.node.inForce]),
    );
    const ladder = byCode.get('CMP-EARLY-WARNING')!.graph.nodes.map((n) => n.timeLimit);
    for (const limit of ['PT30M', 'PT1H', 'PT3H', 'PT24H', 'PT6H', 'PT48H']) expect(ladder).toContain(limit);
    // the call-forwarding query asks what the customer needs before choosing how to authenticate
    const forward = byCode.get('QRY-CALL-FORWARD')!.graph;
    const afterStart = forward.edges.find((e) => e.from === forward.nodes.find((n) => n.type === 'START')!.key)!.to;
    expect(forward.nodes.find((n) => n.key === afterStart)!.label).toMatch(/需求/);
    for (const code of ['ACC-VAS', 'ACC-PLAN-CHANGE']) expect(byCode.get(code)!.graph.nodes.some((n) => /复述/.test(n.label))).toBe(true);
    expect(byCode.get('KNW-EXCEPTION')).toMatchObject({ type: 'KNOWLEDGE' });
    expect(byCode.get('KNW-EXCEPTION')!.graph.nodes.map((n) => n.timeLimit)).toContain('PT24H');
    for (const code of ['CMP-BROADBAND-REPAIR', 'ACC-BROADBAND-INSTALL', 'CMP-SERVICE', 'QRY-400-STORE']) expect(byCode.has(code)).toBe(true);
    expect(byCode.get('CMP-SERVICE')!.graph.nodes.map((n) => n.timeLimit)).toContain('PT2H');
    expect(byCode.get('QRY-BILL')!.touchpoints.map((t) => t.code)).toEqual(['AAA1102', 'AAB1102', 'AAC1102', 'AAD1102']);
    expect(new Set([...byCode.values()].map((f) => f.flowClass))).toEqual(new Set(['QUERY', 'BUSINESS_ACCEPTANCE', 'COMPLAINT']));
  });

  it('draws every seeded flow as Mermaid and as an SVG chart', async () => {
    const { flows } = await app.ok('agent', `{ flows(first: 100) { edges { node { code inForce { ... on FlowVersion { mermaid graph { nodes { key } } } } } } } }`);
    for (const { node } of flows.edges as { node: { code: string; inForce: { mermaid: string; graph: { nodes: unknown[] } } } }[]) {
      expect(node.inForce.mermaid).toMatch(/^flowchart TD\n/);
      expect(node.inForce.mermaid.split('\n').filter((l) => /^ {2}n_\w+[([{]/.test(l))).toHaveLength(node.inForce.graph.nodes.length);
      const res = await fetch(app.url.replace('/graphql', `/flows/${node.code}.svg`), { headers: { authorization: 'Bearer token-agent' } });
      expect(res.status).toBe(200);
      expect(parseSvg(await res.text()).g).toHaveLength(node.inForce.graph.nodes.length);
    }
  });

  it('maps 4 channels × 5 brands × at least 12 businesses, merged flows serving several touchpoints, and a few honest gaps', async () => {
    const { touchpointMap: map } = await app.ok('agent', `{ touchpointMap { channels { code } brands { code } rows { business { code } cells { entries { touchpoint { code flow { code } } } } }
      gaps { touchpointsWithoutFlow { code } flowsWithoutTouchpoints { code } } } }`);
    expect(map.channels).toHaveLength(4);
    expect(map.brands).toHaveLength(5);
    expect(map.rows.length).toBeGreaterThanOrEqual(12);
    const served = new Map<string, number>();
    let touchpoints = 0;
    for (const row of map.rows) for (const cell of row.cells) for (const e of cell.entries) {
      touchpoints++;
      if (e.touchpoint.flow) served.set(e.touchpoint.flow.code, (served.get(e.touchpoint.flow.code) ?? 0) + 1);
    }
    expect([...served.values()].filter((n) => n >= 4).length).toBeGreaterThanOrEqual(10);
    const gaps = map.gaps.touchpointsWithoutFlow.length;
    expect(gaps).toBeGreaterThan(0);
    expect(gaps).toBeLessThan(touchpoints / 10);
  });

  it('holds at least 30 scripts covering the phone phrases, and at least 10 standards with grade values', async () => {
    const { scripts, standards } = await app.ok('agent', `{ scripts(first: 100) { totalCount edges { node { inForce { ... on ScriptVersion { scenario text } } } } }
      standards(first: 100) { totalCount edges { node { inForce { ... on StandardVersion { standardClass values { grade value } } } } } } }`);
    expect(scripts.totalCount).toBeGreaterThanOrEqual(30);
    const scenarios = new Set(scripts.edges.map((e: { node: { inForce: { scenario: string } } }) => e.node.inForce.scenario));
    for (const s of ['GREETING', 'SILENT_CALLER', 'CANNOT_HEAR', 'HOLD_OVER_10S', 'DIALECT', 'ASK_REPEAT', 'BACK_FROM_MUTE', 'CLOSING', 'CANNOT_ANSWER_NOW', 'CALLBACK']) {
      expect(scenarios).toContain(s);
    }
    expect(standards.totalCount).toBeGreaterThanOrEqual(10);
    const values = standards.edges.map((e: { node: { inForce: { standardClass: string; values: { grade: string }[] } } }) => e.node.inForce);
    expect(new Set(values.map((v: { standardClass: string }) => v.standardClass))).toEqual(new Set(['TIME_LIMIT', 'FUNCTION', 'CARE']));
    const grades = new Set(values.flatMap((v: { values: { grade: string }[] }) => v.values.map((g) => g.grade)));
    for (const g of ['钻', '金', '1A']) expect(grades).toContain(g);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await counts();
    await seedDatabase(app.db, { demoUsers: false, clock: app.clock });
    expect(await counts()).toEqual(before);
  });

  it('writes its history through the services, so the audit trail covers it and verifies', async () => {
    const result = await verifyAuditChain(app.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBe(Number((await counts()).audit));
    const published = await app.db.dataSource.query(`SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'VERSION_PUBLISHED'`);
    expect(Number(published[0].n)).toBeGreaterThanOrEqual(7 + 15 + 30 + 10);
  });
});
