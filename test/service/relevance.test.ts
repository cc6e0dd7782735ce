import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedEngine } from '../../src/modules/search/embedded-engine.js';
import { evaluateEngine } from '../../src/modules/search/evaluation-run.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';

const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);
describe.skipIf(onPostgres)('the embedded engine on the judgements', () => {
  let app: TestRuntime;
  beforeAll(async () => {
    app = await startTestRuntime({ seed: true });
  });
  afterAll(() => app.close());

  it('finds the right documents in the top 5 for at least 90% of them (recall@5 ≥ 0.9)', async () => {
    const result = await evaluateEngine(app.runtime.search, embeddedEngine(app.db), app.clock.now().toISOString());
    if (result.recallAt5 < 0.9) console.log(JSON.stringify(result.misses, null, 1));
    expect(result.recallAt5).toBeGreaterThanOrEqual(0.9);
  });
});
