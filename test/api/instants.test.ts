import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newChapter, publish, PUBLISH, submit } from '../support/chapters.js';
import { publishedFlow, registerMap } from '../support/flows.js';
import { startTestApp, type TestApp } from '../support/harness.js';

let app: TestApp;
let code: string;
beforeAll(async () => {
  app = await startTestApp();
  await publish(app, await submit(app, await newChapter(app)));
  await registerMap(app);
  code = (await publishedFlow(app, ['AAA1102'])).code;
});
afterAll(() => app.close());

const PAST_9999 = '9999-12-31T23:59:59-12:00'; // 10000-01-01T11:59:59Z

describe('every DateTime input is a real calendar instant from 1970 to 9999 (UTC)', () => {
  it('the last instant of 9999 answers as every other; past it and before 1970 are refused, never INTERNAL_SERVER_ERROR', async () => {
    const last = await app.ok('agent', '{ handbook(asOf: "9999-12-31T23:59:59.999Z") { asOf } inForce(asOf: "9999-12-31T23:59:59.999Z") { title } }');
    expect(last.handbook.asOf).toBe('9999-12-31T23:59:59.999Z');
    expect(last.inForce.length).toBeGreaterThan(0);
    const first = await app.ok('agent', '{ handbook(asOf: "1970-01-01T00:00:00Z") { asOf } }');
    expect(first.handbook.asOf).toBe('1970-01-01T00:00:00.000Z');
    for (const query of [`{ inForce(asOf: "${PAST_9999}") { title } }`, `{ handbook(asOf: "${PAST_9999}") { asOf } }`, '{ handbook(asOf: "1969-12-31T23:59:59Z") { asOf } }', '{ handbook(asOf: "2026-02-31T00:00:00Z") { asOf } }']) {
      const res = await app.gql('agent', query);
      expect(res.status, query).toBe(400);
      expect(res.errors?.[0]?.extensions.code, query).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message, query).toMatch(/DateTime/);
    }
  });

  it('takes a date-time without seconds, as a date-time picker sends it, and nothing shorter', async () => {
    const { handbook } = await app.ok('agent', '{ handbook(asOf: "2026-03-01T09:30+08:00") { asOf } }');
    expect(handbook.asOf).toBe('2026-03-01T01:30:00.000Z');
    for (const asOf of ['2026-03-01T09+08:00', '2026-03-01', '2026-03-01T09:30']) {
      expect((await app.gql('agent', `{ handbook(asOf: "${asOf}") { asOf } }`)).status, asOf).toBe(400);
    }
  });

  it('in variables and inputs the refusal names the variable and the field', async () => {
    const asOf = await app.gql('agent', 'query($at: DateTime) { handbook(asOf: $at) { asOf } }', { at: PAST_9999 });
    expect(asOf.status).toBe(400);
    expect(asOf.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(asOf.errors?.[0]?.message).toMatch(/"\$at".*1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z/);
    const v = await submit(app, await newChapter(app));
    const res = await app.gql('approver', PUBLISH, { input: { versionId: v.id, effectiveFrom: '+010000-01-01T00:00:00Z' } });
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/"\$input".*effectiveFrom/);
  });

  it('the flow chart route takes the same instants and refuses the same, naming asOf', async () => {
    const get = (asOf: string) => fetch(app.url.replace('/graphql', `/flows/${code}.svg?asOf=${encodeURIComponent(asOf)}`), { headers: { authorization: 'Bearer token-agent' } });
    expect((await get('9999-12-31T23:59:59.999Z')).status).toBe(200);
    for (const asOf of ['2026-02-31T00:00:00Z', PAST_9999, '1969-12-31T23:59:59Z', '2026-01-01T24:00:00Z']) {
      const res = await get(asOf);
      expect(res.status, asOf).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'asOf' });
      expect(body.errors[0]!.message).toMatch(/^asOf: must be a real calendar instant/);
    }
  });
});
