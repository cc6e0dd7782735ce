import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RETIRE, submit } from '../support/chapters.js';
import { CREATE_SCRIPT_DRAFT, newScript, newStandard, release } from '../support/documents.js';
import { registerMap } from '../support/flows.js';
import { startTestApp, type TestApp } from '../support/harness.js';

// A handful of documents, opens, flags and exceptions on an empty database, and contentHealth's
// figures worked out by hand from them. The clock starts at 2026-01-01T00:00Z.
const HEALTH = `query($at: DateTime) { contentHealth(asOf: $at) { byPhase { kind phase documents } reviewOverdue reviewDueSoon flaggedDocuments neverOpened
  neverOpenedDocuments { code } resolvedExceptions medianMinutesToResolution p90MinutesToResolution } }`;
const RAISE = `mutation($i: RaiseExceptionInput!) { raiseException(input: $i) { exception { id } } }`;
const RESOLVE = `mutation($i: ResolveExceptionInput!) { resolveException(input: $i) { exception { status } } }`;

let app: TestApp;
const health = async (at: string) => (await app.ok('manager', HEALTH, { at })).contentHealth;

beforeAll(async () => {
  app = await startTestApp();
  await registerMap(app);
  // scripts: one in force, one scheduled for March, one draft, one in review, one retired on 01-15
  const inForce = await release(app, await newScript(app, { code: 'in-force' }));
  await release(app, await newScript(app, { code: 'scheduled' }), '2026-03-01T00:00:00Z');
  await newScript(app, { code: 'draft' });
  await submit(app, await newScript(app, { code: 'in-review' }));
  const retired = await release(app, await newScript(app, { code: 'retired' }));
  await app.ok('approver', RETIRE, { input: { documentId: retired.documentId, effectiveFrom: '2026-01-15T00:00:00Z', reason: '业务下线' } });
  // a standard in force that no agent opens
  await release(app, await newStandard(app, { code: 'unopened' }));

  // an agent opens the script in force, and flags it
  app.clock.set('2026-01-05T00:00:00Z');
  await app.ok('agent', `{ script(code: "in-force") { code } }`);
  await app.runtime.usage.flush();
  await app.ok('agent', `mutation($i: FlagVersionInput!) { flagVersion(input: $i) { exception { id } } }`, { i: { versionId: inForce.id, reason: 'OUTDATED', comment: '资费已调整' } });

  // two questions, raised 01-10 and 01-11, both resolved by a version of it in force from 01-12
  app.clock.set('2026-01-10T00:00:00Z');
  const first = (await app.ok('agent', RAISE, { i: { question: '国际漫游包怎么退订', touchpointCode: 'AAA1102' } })).raiseException.exception.id;
  app.clock.set('2026-01-11T00:00:00Z');
  const second = (await app.ok('agent', RAISE, { i: { question: '漫游包退订后何时生效', touchpointCode: 'AAA1102' } })).raiseException.exception.id;
  const draft = (await app.ok('manager', CREATE_SCRIPT_DRAFT, { input: { scriptId: inForce.documentId, changeNote: '补充退订口径' } })).createScriptDraft.version;
  const answer = await release(app, draft, '2026-01-12T00:00:00Z');
  for (const exceptionId of [first, second]) await app.ok('manager', RESOLVE, { i: { exceptionId, resolvedByVersionId: answer.id } });
  app.clock.set('2026-02-01T00:00:00Z');
});
afterAll(() => app?.close());

describe('contentHealth, worked out by hand', () => {
  it('on 2026-02-01: documents by phase, one flagged, one never opened, two resolutions of 1 and 2 days', async () => {
    const h = await health('2026-02-01T00:00:00Z');
    expect(h.byPhase).toEqual([
      { kind: 'SCRIPT', phase: 'IN_FORCE', documents: 1 },
      { kind: 'SCRIPT', phase: 'SCHEDULED', documents: 1 },
      { kind: 'SCRIPT', phase: 'IN_REVIEW', documents: 1 },
      { kind: 'SCRIPT', phase: 'DRAFT', documents: 1 },
      { kind: 'SCRIPT', phase: 'RETIRED', documents: 1 },
      { kind: 'STANDARD', phase: 'IN_FORCE', documents: 1 },
    ]);
    // the flag's exception is still open; the two questions were closed
    expect(h.flaggedDocuments).toBe(1);
    expect([h.neverOpened, h.neverOpenedDocuments]).toEqual([1, [{ code: 'unopened' }]]);
    // raised 01-10 and 01-11, resolved by a version in force from 01-12: 2 days and 1 day
    expect([h.resolvedExceptions, h.medianMinutesToResolution, h.p90MinutesToResolution]).toEqual([2, 1440, 2880]);
    expect([h.reviewOverdue, h.reviewDueSoon]).toEqual([0, 0]);
  });

  it('as of 2026-01-04, before anyone opened or flagged anything or asked a question', async () => {
    const h = await health('2026-01-04T00:00:00Z');
    expect([h.flaggedDocuments, h.neverOpened, h.resolvedExceptions, h.medianMinutesToResolution]).toEqual([0, 3, 0, null]);
    expect(h.neverOpenedDocuments.map((d: { code: string }) => d.code).sort()).toEqual(['in-force', 'retired', 'unopened']);
  });

  it('a year on: reviews fall due 365 days after taking effect — overdue, or due within 30 days', async () => {
    // 2027-02-05: the standard (in force 2026-01-01) and the script's second version (2026-01-12) are
    // overdue; the scheduled script (2026-03-01, due 2027-03-01) is due within 30 days
    const h = await health('2027-02-05T00:00:00Z');
    expect([h.reviewOverdue, h.reviewDueSoon]).toEqual([2, 1]);
    // nobody opened anything in the 90 days before, and the resolutions are older than that
    expect([h.neverOpened, h.resolvedExceptions]).toEqual([3, 0]);
  });
});
