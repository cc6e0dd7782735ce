import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true }); // clock at 2026-01-01; chapter 3 has v3 scheduled 30 days later
});
afterAll(() => app.close());

const CHAPTER3 = `query($asOf: DateTime) {
  handbook(asOf: $asOf) { asOf chapters { number title inForce { versionNumber effectiveFrom effectiveTo } } }
}`;

async function chapter3At(asOf?: string) {
  const { handbook } = await app.ok('agent', CHAPTER3, { asOf });
  return handbook.chapters.find((c: { number: number }) => c.number === 3);
}

describe('asOf: what was in force at an instant', () => {
  it('before the first version nothing is in force', async () => {
    expect((await chapter3At('2024-12-31T15:59:59.999Z')).inForce).toBeNull();
  });

  it('finds the first version from its first instant', async () => {
    expect((await chapter3At('2024-12-31T16:00:00.000Z')).inForce.versionNumber).toBe(1);
  });

  it('between two versions: the first until the second takes effect, then the second', async () => {
    const before = await chapter3At('2025-08-31T15:59:59.999Z');
    const at = await chapter3At('2025-08-31T16:00:00.000Z');
    expect(before.inForce).toMatchObject({ versionNumber: 1, effectiveTo: '2025-08-31T16:00:00.000Z' });
    expect(at.inForce).toMatchObject({ versionNumber: 2, effectiveTo: '2026-01-31T00:00:00.000Z' });
  });

  it('a version read under asOf tells its phase at that instant, unless asked for another', async () => {
    const Q = `query($asOf: DateTime) { chapter(number: 3, asOf: $asOf) { inForce { versionNumber phase now: phase(asOf: "2026-01-01T00:00:00Z") }
      versions(first: 10) { edges { node { versionNumber phase } } } } }`;
    const { chapter } = await app.ok('agent', Q, { asOf: '2025-06-01T00:00:00Z' });
    expect(chapter.inForce).toEqual({ versionNumber: 1, phase: 'IN_FORCE', now: 'SUPERSEDED' });
    const phases = Object.fromEntries(chapter.versions.edges.map((e: { node: { versionNumber: number; phase: string } }) => [e.node.versionNumber, e.node.phase]));
    expect(phases).toEqual({ 1: 'IN_FORCE', 2: 'SCHEDULED', 3: 'SCHEDULED' });
    const { inForce } = await app.ok('agent', `{ inForce(asOf: "2025-06-01T00:00:00Z", kinds: [CHAPTER]) { phase } }`);
    expect(new Set(inForce.map((v: { phase: string }) => v.phase))).toEqual(new Set(['IN_FORCE']));
  });

  it('now (no asOf) is the second version; the scheduled third one is not in force yet', async () => {
    const now = await chapter3At();
    expect(now.inForce.versionNumber).toBe(2);
    const { handbook } = await app.ok('agent', CHAPTER3);
    expect(handbook.asOf).toBe('2026-01-01T00:00:00.000Z');
  });

  it('after the scheduled date the third version is in force, without any job having run', async () => {
    expect((await chapter3At('2026-01-31T00:00:00.000Z')).inForce).toMatchObject({ versionNumber: 3, effectiveTo: null });
    app.clock.set('2026-02-01T00:00:00Z');
    expect((await chapter3At()).inForce.versionNumber).toBe(3);
    app.clock.set('2026-01-01T00:00:00Z');
  });

  it('accepts offsets and answers the same instant', async () => {
    const utc = await chapter3At('2025-09-01T00:00:00Z');
    const beijing = await chapter3At('2025-09-01T08:00:00+08:00');
    expect(beijing.inForce).toEqual(utc.inForce);
  });

  it('chapter(id, asOf) agrees with the handbook', async () => {
    const { handbook } = await app.ok('agent', `{ handbook { chapters { id number } } }`);
    const id = handbook.chapters.find((c: { number: number }) => c.number === 3).id;
    const { chapter } = await app.ok('agent', `query($id: ID!) { chapter(id: $id, asOf: "2025-03-01T00:00:00Z") { number title inForce { versionNumber } } }`, { id });
    expect(chapter).toMatchObject({ number: 3, inForce: { versionNumber: 1 } });
    expect((await app.ok('agent', `{ chapter(id: "00000000-0000-4000-8000-00000000abcd") { id } }`)).chapter).toBeNull();
  });

  it('rejects a DateTime without an offset', async () => {
    const res = await app.gql('agent', CHAPTER3, { asOf: '2025-09-01T00:00:00' });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
