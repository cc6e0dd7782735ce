import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

// The seeded registry of posts and four weeks of inspections (seeds/quality.ts): compliance near the
// source centre's 80.72 %, and an honest short list of steps that do not fit the organisation.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true });
});
afterAll(() => app.close());

describe('the seeded quality figures', () => {
  it('puts overall compliance near the source centre’s, above the 78 % target, with some flows below it', async () => {
    const period = { from: '2025-12-04T00:00:00Z', to: '2026-01-01T00:00:00Z' };
    const { flowComplianceTotal: total, flowCompliance: rows } = await app.ok(
      'approver',
      `query($from: DateTime!, $to: DateTime!) { flowComplianceTotal(from: $from, to: $to) { inspected compliant rate target meetsTarget }
        flowCompliance(from: $from, to: $to) { flow { code } versionNumber inspected compliant rate meetsTarget steps { key deviations } } }`,
      period,
    );
    expect(total).toEqual({ inspected: 42, compliant: 34, rate: 34 / 42, target: 0.78, meetsTarget: true });
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const below = rows.filter((r: { meetsTarget: boolean }) => !r.meetsTarget).map((r: { flow: { code: string } }) => r.flow.code);
    expect(below).toEqual(['ACC-PLAN-CHANGE', 'QRY-BILL']);
    const worst = rows.flatMap((r: { steps: { key: string; deviations: number }[] }) => r.steps.filter((s) => s.deviations > 0).map((s) => [s.key, s.deviations]));
    expect(worst.filter(([key]: [string]) => key === 'ask-need' || key === 'read-back').reduce((n: number, [, c]: [string, number]) => n + c, 0)).toBe(6);
  });

  it('lists three steps that do not fit the organisation', async () => {
    const { organisationalFit } = await app.ok('approver', `{ organisationalFit { flow { code } stepKey post problem } }`);
    expect(organisationalFit.map((i: { flow: { code: string }; stepKey: string; post: string; problem: string }) => `${i.flow.code} ${i.stepKey} ${i.post} ${i.problem}`)).toEqual([
      'CMP-BILLING specialist 专席客服代表 NOBODY_ASSIGNED',
      'CMP-EARLY-WARNING store 门店客服专员 NOBODY_ASSIGNED',
      'CMP-EARLY-WARNING escalate 副总经理 NO_SUCH_POST',
    ]);
  });
});
