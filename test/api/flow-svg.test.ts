import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CREATE_FLOW, publishedFlow, registerMap, validGraph } from '../support/flows.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { parseSvg } from '../support/svg.js';


describe('GET /flows/<code>.svg', () => {
  let app: TestApp;
  let code: string;
  const get = (path: string, token: string | null = 'token-agent') =>
    fetch(app.url.replace('/graphql', path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    app = await startTestApp();
    await registerMap(app);
    code = (await publishedFlow(app, ['AAA1102'], { effectiveFrom: '2026-02-01T00:00:00Z' })).code;
    await app.ok('manager', CREATE_FLOW, { input: { code: 'QRY-UNPUBLISHED', title: '草稿', type: 'VERIFICATION', flowClass: 'QUERY', graph: validGraph(), changeNote: '起草' } });
  });
  afterAll(() => app.close());

  it('returns the chart of the version in force at asOf', async () => {
    const res = await get(`/flows/${code}.svg?asOf=2026-02-01T00:00:00Z`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await res.text();
    expect(parseSvg(svg).g).toHaveLength(5);
    expect(svg).toContain(`（${code}） 第1版 · 2026-02-01 08:00 起生效`);
  });

  it('is 404 before the flow takes effect, for drafts (even to managers) and for unknown codes', async () => {
    expect((await get(`/flows/${code}.svg`)).status).toBe(404); // the test clock is 2026-01-01
    expect((await get(`/flows/QRY-UNPUBLISHED.svg?asOf=2026-06-01T00:00:00Z`, 'token-manager')).status).toBe(404);
    const unknown = await get(`/flows/QRY-NOPE.svg?asOf=2026-06-01T00:00:00Z`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    expect((await get(`/flows/${code}.png`)).status).toBe(404);
  });

  it('needs a valid bearer token', async () => {
    expect((await get(`/flows/${code}.svg`, null)).status).toBe(401);
    expect((await get(`/flows/${code}.svg`, 'not-a-token')).status).toBe(401);
  });

  it('refuses a malformed asOf, naming it', async () => {
    const res = await get(`/flows/${code}.svg?asOf=yesterday`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string; field: string } }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });
});
