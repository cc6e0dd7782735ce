import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPendingDays } from '../../src/modules/reports/rollup.js';
import { readLibrary, generateHistory, writeHistory } from '../../seeds/usage.js';
import { onPostgres, startTestApp, T0, type TestApp } from '../support/harness.js';

// The reports at a million usage events and a million searches answer with as many SQL
// statements as on a nearly empty log: each is a fixed set of queries over indexes and roll-ups,
// never one per row, day or query. (Their time at that size is measured by npm run bench:reports.)

const DAY = 86_400_000;
const TO = new Date(T0);
const FROM = new Date(TO.getTime() - 28 * DAY);
// a period cut inside days at both ends, so the raw log is read at the edges too
const PERIOD = { from: new Date(FROM.getTime() + 5 * 3_600_000).toISOString(), to: new Date(TO.getTime() - 7 * 3_600_000).toISOString() };

const REPORTS = {
  flowUsage: `query($from: DateTime!, $to: DateTime!) { flowUsage(from: $from, to: $to) { code touchpointCode opens agents renders executionRate flow { code } touchpoint { code } } }`,
  searchAnalytics: `query($from: DateTime!, $to: DateTime!) { searchAnalytics(from: $from, to: $to, top: 100) { searches zeroHitRate noClickRate selectThroughRate averageClickedRank topQueries { query searches } } }`,
  knowledgeGaps: `query($from: DateTime!, $to: DateTime!) { knowledgeGaps(from: $from, to: $to, first: 100) { query searches touchpoints exception { id } } }`,
  exceptionSla: `query($from: DateTime!, $to: DateTime!) { exceptionSla(from: $from, to: $to) { raised answeredOnTimeRate byPriority { group raised } } }`,
  contentHealth: `query($to: DateTime!) { contentHealth(asOf: $to) { neverOpened byPhase { phase documents } reviewOverdue } }`,
};

let app: TestApp;

async function statements(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, query] of Object.entries(REPORTS)) counts[name] = (await app.statements('manager', query, name === 'contentHealth' ? { to: PERIOD.to } : PERIOD)).statements;
  return counts;
}

describe.skipIf(onPostgres)('reports at a million rows (SQLite; on PostgreSQL skipped: the bulk writer here is SQLite’s)', () => {
  beforeAll(async () => {
    app = await startTestApp({ seed: true });
  }, 120_000);
  afterAll(() => app?.close());

  it('answer with the same number of statements at a million usage events and searches as at a handful', async () => {
    const library = await readLibrary(app.db, TO);
    // a handful first
    await writeHistory(app.db, { usage: [], searches: [], clicks: [] });
    await generateHistory(library, { from: new Date(TO.getTime() - 2 * DAY), to: TO, agents: [randomUUID()], searchesPerAgentDay: 5, opensPerAgentDay: 5, seed: 1 }, (day) => writeHistory(app.db, day));
    app.clock.set(new Date(TO.getTime() + DAY));
    await buildPendingDays(app.db, app.clock);
    const small = await statements();

    // 400 agents × 28 days: about 1.03 million searches and 1.1 million usage events
    const agents = Array.from({ length: 400 }, () => randomUUID());
    await generateHistory(library, { from: FROM, to: TO, agents, searchesPerAgentDay: 92, opensPerAgentDay: 10, seed: 2 }, (day) => writeHistory(app.db, day));
    const [usage, searches] = await Promise.all(['usage_events', 'search_log'].map(async (t) => Number((await app.db.dataSource.query(`SELECT COUNT(*) AS n FROM ${t}`))[0].n)));
    expect(usage).toBeGreaterThan(1_000_000);
    expect(searches).toBeGreaterThan(1_000_000);
    await app.db.write(({ em }) => em.query('DELETE FROM rollup_days'));
    expect(await buildPendingDays(app.db, app.clock)).toBeGreaterThanOrEqual(28);
    // a connection kept alive across the long write may have been closed by the server meanwhile
    await app.gql(null, '{ __typename }').catch(() => undefined);
    const large = await statements();
    expect(large).toEqual(small);
    for (const n of Object.values(large)) expect(n).toBeLessThanOrEqual(12);
  }, 600_000);
});
