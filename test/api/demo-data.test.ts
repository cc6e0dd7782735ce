import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, T0, type TestApp } from '../support/harness.js';

// What `npm start` seeds outside production: the reports must show a working centre on first start.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true, demoUsers: true });
}, 120_000);
afterAll(() => app?.close());

// the four weeks of demo work before the seed instant
const PERIOD = { from: new Date(Date.parse(T0) - 28 * 86_400_000).toISOString(), to: T0 };

describe('the seeded demo history', () => {
  it('makes every report show something: opens, searches, gaps covered by exceptions, late answers, compliance', async () => {
    const r = await app.ok(
      'manager',
      `query($from: DateTime!, $to: DateTime!) {
        flowUsage(from: $from, to: $to) { opens neverOpened executionRate }
        searchAnalytics(from: $from, to: $to) { searches zeroHitRate selectThroughRate topQueries { query } }
        knowledgeGaps(from: $from, to: $to) { query exception { id } }
        exceptionSla(from: $from, to: $to) { raised openOverdue byEscalationLevel { group } }
        flowComplianceTotal(from: $from, to: $to) { inspected compliant }
      }`,
      PERIOD,
    );
    const opened = r.flowUsage.filter((u: { opens: number }) => u.opens > 0);
    expect(opened.length).toBeGreaterThan(10);
    expect(r.flowUsage.some((u: { neverOpened: boolean }) => u.neverOpened)).toBe(true);
    expect(opened.some((u: { executionRate: number | null }) => u.executionRate !== null && u.executionRate > 0)).toBe(true);
    expect(r.searchAnalytics.searches).toBeGreaterThan(500);
    expect(r.searchAnalytics.zeroHitRate).toBeGreaterThan(0);
    expect(r.searchAnalytics.selectThroughRate).toBeGreaterThan(0);
    expect(r.knowledgeGaps.length).toBeGreaterThan(3);
    expect(r.knowledgeGaps.some((g: { exception: unknown }) => g.exception !== null)).toBe(true);
    expect(r.exceptionSla.raised).toBeGreaterThanOrEqual(5);
    expect(r.exceptionSla.byEscalationLevel.length).toBeGreaterThan(1);
    expect(r.flowComplianceTotal).toEqual({ inspected: 42, compliant: 34 });
  });
});
