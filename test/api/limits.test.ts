import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/app.js';
import { LIST_BOUNDS, MAX_COMPLEXITY, unboundedLists } from '../../src/graphql/complexity.js';
import { LIMITS } from '../../src/graphql/limits.js';
import { appSchema } from '../../src/graphql/schema.js';
import { createLogger } from '../../src/shared/logger.js';
import { startTestApp, type TestApp } from '../support/harness.js';

/** Every line the server logs, to check that no refusal logs an error or a stack. */
const lines: string[] = [];
const logger = createLogger({ level: 'info', destination: { write: (line: string) => lines.push(line) } as unknown as NodeJS.WritableStream });
const errorsLogged = () => lines.filter((l) => /"level":(50|60)/.test(l) || l.includes('"stack"'));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: true, logger });
}, 120_000);
afterAll(() => app.close());

const post = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions: Record<string, any> }[] } };
};

/** The query of the report that killed the server: every touchpoint's flow, its version's touchpoints and their flows. */
const MAP_DEEP = 'touchpointMap { rows { business { code } cells { channel { code } entries { brand { code } touchpoint { code flow { code inForce { title touchpoints { code flow { code } } } } } } } } }';
const aliased = (n: number, body: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${body}`).join(' ')} }`;

describe('cost and limits are checked before anything runs', () => {
  it('every list field of the schema is paginated or has a declared bound', async () => {
    expect(unboundedLists(await appSchema())).toEqual([]);
    for (const bound of Object.values(LIST_BOUNDS)) expect(bound).toBeGreaterThan(0);
  });

  it('the seeded map fits its declared bounds', async () => {
    const { touchpointMap: map } = await app.ok('agent', '{ touchpointMap { channels { code } brands { code } rows { cells { entries { brand { code } } } } } }');
    expect(map.rows.length).toBeLessThanOrEqual(LIST_BOUNDS['TouchpointMap.rows']!);
    expect(map.channels.length).toBeLessThanOrEqual(LIST_BOUNDS['TouchpointMapRow.cells']!);
    expect(map.brands.length).toBeLessThanOrEqual(LIST_BOUNDS['TouchpointMapCell.entries']!);
  });

  it.each([
    ['500 aliases of the map query', aliased(500, MAP_DEEP), 'maxAliases', LIMITS.maxAliases],
    ['one map query down to every flow’s touchpoints', `{ ${MAP_DEEP} }`, 'maxComplexity', MAX_COMPLEXITY],
    ['20 aliases of the map', aliased(20, 'touchpointMap { rows { cells { entries { touchpoint { code } } } } }'), 'maxComplexity', MAX_COMPLEXITY],
    ['more tokens than allowed', `{ ${'__typename '.repeat(LIMITS.maxTokens)} }`, 'maxTokens', LIMITS.maxTokens],
    ['more directives than allowed', `{ me @include(if: true) { ${Array.from({ length: LIMITS.maxDirectives + 1 }, () => 'name @skip(if: false)').join(' ')} } }`, 'maxDirectives', LIMITS.maxDirectives],
  ])('%s is refused with HTTP 400 naming the limit', async (_name, query, limit, maximum) => {
    const res = await post(app.url, { query }, 'token-agent');
    expect(res.status).toBe(400);
    expect(res.body.data ?? null).toBeNull();
    // 500 aliases of it are longer than the token limit too: either refusal is right
    const error = res.body.errors!.find((e) => e.extensions.limit === limit || (limit === 'maxAliases' && e.extensions.limit === 'maxTokens'));
    expect(error, JSON.stringify(res.body.errors).slice(0, 400)).toBeDefined();
    expect(error!.extensions.maximum).toBe(LIMITS[error!.extensions.limit as keyof typeof LIMITS] ?? maximum);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']).toContain(error!.extensions.code);
  });

  it('a query deeper than the limit is refused naming maxDepth', async () => {
    const nested = `{ flow(code: "QRY-BALANCE") { ${'inForce { touchpoints { flow { '.repeat(4)}code${' } } }'.repeat(4)} } }`;
    const res = await post(app.url, { query: nested }, 'token-agent');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'maxDepth', maximum: LIMITS.maxDepth });
  });

  it('a fragment cycle is GRAPHQL_VALIDATION_FAILED for anyone, with nothing logged', async () => {
    const before = errorsLogged().length;
    for (const token of [undefined, 'token-agent']) {
      const res = await post(app.url, { query: 'query Q { ...A } fragment A on Query { ...A }' }, token);
      expect(res.status).toBe(400);
      expect(res.body.errors?.map((e) => e.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(res.body.errors?.map((e) => e.extensions.code)).not.toContain('INTERNAL_SERVER_ERROR');
      const mutual = await post(app.url, { query: 'query Q { ...A } fragment A on Query { ...B } fragment B on Query { me { name } ...A }' }, token);
      expect(mutual.status).toBe(400);
      expect(mutual.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(errorsLogged().length).toBe(before);
  });

  it('51 bad items in a variable are BAD_USER_INPUT, with nothing logged', async () => {
    const before = errorsLogged().length;
    const res = await post(
      app.url,
      { query: 'query($kinds: [DocumentKind!]) { inForce(asOf: "2026-01-01T00:00:00Z", kinds: $kinds) { title } }', variables: { kinds: Array.from({ length: 51 }, (_, i) => `NOPE${i}`) } },
      'token-agent',
    );
    expect(res.status).toBe(400);
    const codes = new Set(res.body.errors!.map((e) => e.extensions.code));
    expect([...codes]).toEqual(['BAD_USER_INPUT']);
    expect(errorsLogged().length).toBe(before);
  });
});

describe('a running query is held to its budget', () => {
  let tight: RunningServer;
  beforeAll(async () => {
    tight = await startServer(app.runtime, { port: 0, production: false, budget: { maxResponseBytes: 2_000 } });
  });
  afterAll(() => tight.stop());

  it('an answer larger than the response cap is replaced by one refusal naming it', async () => {
    const res = await post(tight.url, { query: '{ handbook { chapters { inForce { title ... on ChapterVersion { sections { heading body } } } } } }' }, 'token-agent');
    expect(res.status).toBe(400);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'maxResponseBytes', maximum: 2_000 });
  });

  it('more fields resolved than allowed ends the query naming the limit', async () => {
    const few = await startServer(app.runtime, { port: 0, production: false, budget: { maxResolvedFields: 400 } });
    const res = await post(few.url, { query: '{ touchpointMap { rows { business { code name } cells { channel { code } entries { brand { code } touchpoint { code } } } } } }' }, 'token-agent').finally(() => few.stop());
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions).toMatchObject({ limit: 'maxResolvedFields', maximum: 400 });
    // a small query still answers
    expect((await post(tight.url, { query: '{ me { name } }' }, 'token-agent')).body.data).toEqual({ me: { name: 'test-agent' } });
  });

  it('a query out of time is ended with a refusal naming the time budget', async () => {
    const outOfTime = await startServer(app.runtime, { port: 0, production: false, budget: { timeBudgetMs: 0 } });
    try {
      const res = await post(outOfTime.url, { query: '{ handbook { chapters { number } } }' }, 'token-agent');
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', limit: 'timeBudgetMs', maximum: 0 }) })]);
    } finally {
      await outOfTime.stop();
    }
  });

  it('while the most expensive queries allowed and refused run, every health check is answered', { timeout: 120_000 }, async () => {
    // the most expensive shapes found so far: the whole map with each touchpoint's flow, near the cost limit, and the refused ones
    const heavy = aliased(1, 'touchpointMap { rows { business { code name category } cells { channel { code name } entries { brand { code name } touchpoint { code channelName brandName flow { code name } } } } } }');
    const worst = [heavy, aliased(8, 'handbook { chapters { inForce { title ... on ChapterVersion { sections { heading body } } } } }'), aliased(500, MAP_DEEP), `{ ${MAP_DEEP} }`, 'query Q { ...A } fragment A on Query { ...A }'];
    let stop = false;
    const attackers = Array.from({ length: 6 }, async (_, i) => {
      const codes: string[] = [];
      while (!stop) {
        const res = await post(app.url, { query: worst[i % worst.length] }, 'token-agent');
        codes.push(res.body.errors?.[0]?.extensions.limit ?? res.body.errors?.[0]?.extensions.code ?? 'ok');
      }
      return codes;
    });
    let health = 0;
    let answered = 0;
    for (let i = 0; i < 40; i++) {
      health++;
      const [ready, gql] = await Promise.all([fetch(app.url.replace('/graphql', '/healthz')), post(app.url, { query: '{ me { name } }' }, 'token-agent')]);
      if (ready.status === 200 && gql.body.data?.me?.name === 'test-agent') answered++;
    }
    stop = true;
    const codes = (await Promise.all(attackers)).flat();
    expect(answered).toBe(health);
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    expect(codes.filter((c) => c === 'ok').length).toBeGreaterThan(0);
  });
});

describe('production', () => {
  let prod: RunningServer;
  beforeAll(async () => {
    prod = await startServer(app.runtime, { port: 0, production: true });
  });
  afterAll(() => prod.stop());

  it('offers no introspection, no suggestions of fields, arguments or enum values, and no landing page', async () => {
    const introspection = await post(prod.url, { query: '{ __schema { types { name } } }' }, 'token-admin');
    expect(introspection.body.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const asked = [
      { query: '{ verifyAuditTrai { ok } }' },
      { query: '{ handbook(asO: "2026-01-01T00:00:00Z") { asOf } }' },
      { query: '{ inForce(asOf: "2026-01-01T00:00:00Z", kinds: [CHAPTR]) { title } }' },
      { query: 'mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } } }', variables: { input: { name: 'x', role: 'ADMI' } } },
    ];
    for (const body of asked) {
      for (const token of [undefined, 'token-agent']) {
        const res = await post(prod.url, body, token);
        expect(res.body.errors?.length).toBeGreaterThan(0);
        for (const error of res.body.errors!) {
          expect(error.message).not.toMatch(/Did you mean/);
          expect(error.extensions.stacktrace).toBeUndefined();
        }
      }
    }
    const page = await fetch(prod.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/<html/i);
  });
});

describe('a body the server cannot read', () => {
  const post = (body: string) => fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer token-agent' }, body });

  it('malformed JSON answers 400 in the GraphQL error shape, without a stack trace', async () => {
    const res = await post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toEqual({ code: 'BAD_REQUEST' });
    expect(body.errors[0]!.message).toMatch(/^the body is not valid JSON/);
    expect(JSON.stringify(body)).not.toMatch(/node_modules|at JSON\.parse/);
  });

  it('an oversized body answers 413 naming the limit, in the same shape', async () => {
    const res = await post(JSON.stringify({ query: `{ me { name } } # ${'x'.repeat(3_000_000)}` }));
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_REQUEST', limit: 'REQUEST_BODY_BYTES' });
  });
});

describe('the NUL character', () => {
  it('is refused in any variable, naming where, and in any literal, before anything runs', async () => {
    const inVariable = await post(app.url, { query: 'query($q: String!) { search(query: $q) { totalCount } }', variables: { q: '余额\u0000' } }, 'token-agent');
    expect(inVariable.status).toBe(400);
    expect(inVariable.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'q' });
    const nested = await post(app.url, { query: 'query($v: [PlaceholderValueInput!]!) { renderScript(code: "x", values: $v) { text } }', variables: { v: [{ name: 'a', value: 'ok' }, { name: 'b', value: '\u0000' }] } }, 'token-agent');
    expect(nested.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'v.1.value' });
    const literal = await post(app.url, { query: '{ search(query: "余额\\u0000") { totalCount } }' }, 'token-agent');
    expect(literal.status).toBe(400);
    expect(literal.body.errors![0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.body.errors![0]!.message).toMatch(/NUL/);
  });

  it('is refused in an HTTP route parameter, naming it', async () => {
    const res = await fetch(app.url.replace('/graphql', '/reports/searchAnalytics.csv?from=2025-12-01T00:00:00Z&to=2026-01-01T00:00:00Z&touchpointCode=%00'), { headers: { authorization: 'Bearer token-manager' } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'touchpointCode' });
  });
});
