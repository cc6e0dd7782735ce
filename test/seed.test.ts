import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/modules/audit/audit.service.js';
import { readHandbookSeeds, seedDatabase } from '../seeds/loader.js';
import { startTestApp, type TestApp } from './support/harness.js';

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
    expect(Number(published[0].n)).toBeGreaterThanOrEqual(7);
  });
});
