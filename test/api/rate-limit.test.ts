import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/app.js';
import { RATE_WINDOW_MS } from '../../src/http/rate-limit.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { silentLogger } from '../../src/shared/logger.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';
import { postAs } from '../support/processes.js';

const LIMIT = 20;
let t: TestRuntime;
let other: Runtime;
let a: RunningServer;
let b: RunningServer;
beforeAll(async () => {
  t = await startTestRuntime();
  // a second process on the same database: its own connections, nothing shared but the database
  other = await openRuntime({ databaseUrl: t.databaseUrl, clock: t.clock, logger: silentLogger() });
  a = await startServer(t.runtime, { port: 0, production: false, rateLimitPerMinute: LIMIT });
  b = await startServer(other, { port: 0, production: false, rateLimitPerMinute: LIMIT });
});
afterAll(async () => {
  await a?.stop();
  await b?.stop();
  await other?.close();
  await t?.close();
});

const ME = '{ me { name } }';

/** The limit counts per wall-clock minute: start a test early in one, so it is not split across two. */
async function startOfAMinute() {
  const left = RATE_WINDOW_MS - (Date.now() % RATE_WINDOW_MS);
  if (left < 20_000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
const outcome = (r: Awaited<ReturnType<typeof postAs>>) => (r.status === 429 ? 429 : r.status === 401 || r.body.errors?.[0]?.extensions.code === 'UNAUTHENTICATED' ? 401 : r.status);

describe('rate limiting', () => {
  it('limits wrong tokens and anonymous requests by address, answering 429 with Retry-After', async () => {
    await startOfAMinute();
    const results = [];
    for (let i = 0; i < 30; i++) results.push(await postAs(a.url, `wrong-token-${i}`, ME));
    const counts = results.map(outcome).reduce<Record<number, number>>((c, s) => ({ ...c, [s]: (c[s] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 401: LIMIT, 429: 30 - LIMIT });
    const limited = results.at(-1)!;
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAVAILABLE', limit: 'RATE_LIMIT_PER_MINUTE', maximum: LIMIT });
    // the same address without a token is the same client
    expect((await postAs(a.url, null, ME)).status).toBe(429);
    // a token that signs in is counted on its own
    expect((await postAs(a.url, 'token-agent', ME)).body.data).toEqual({ me: { name: 'test-agent' } });
  }, 60_000);

  it('counts a token across every process sharing the database', async () => {
    await startOfAMinute();
    let allowed = 0;
    for (let i = 0; i < 12; i++) if ((await postAs(a.url, 'token-manager', ME)).status === 200) allowed++;
    await a.rateLimits!.flush();
    const first = await postAs(b.url, 'token-manager', ME);
    if (first.status === 200) allowed++;
    await b.rateLimits!.flush();
    const fromB = [];
    for (let i = 0; i < 15; i++) fromB.push((await postAs(b.url, 'token-manager', ME)).status);
    allowed += fromB.filter((s) => s === 200).length;
    expect(allowed).toBe(LIMIT);
    expect(fromB.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(fromB.filter((s) => s !== 200 && s !== 429)).toEqual([]);
  }, 60_000);
});
