import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedEngine } from '../../src/modules/search/embedded-engine.js';
import type { Evaluation } from '../../src/modules/search/evaluation.js';
import { evaluateEngine } from '../../src/modules/search/evaluation-run.js';
import { onPostgres, startTestRuntime, type TestRuntime } from '../support/harness.js';

// The judgement set's test half (search/judgements.yaml), which search is never tuned on: the floor
// below which a change to search does not land. `npm run search:eval` prints every figure.

describe.skipIf(onPostgres)('the embedded engine on the test half of the judgements', () => {
  let app: TestRuntime;
  let result: Evaluation;
  beforeAll(async () => {
    app = await startTestRuntime({ seed: true });
    result = await evaluateEngine(app.runtime.search, embeddedEngine(app.db), app.clock.now().toISOString());
  });
  afterAll(() => app.close());

  it('finds the right documents in the top 5 (recall@5 ≥ 0.9, nDCG@10 ≥ 0.85) and almost never nothing (zero hits ≤ 2 %)', () => {
    const test = result.halves.test;
    if (test.recallAt5 < 0.9) console.log(JSON.stringify(test.misses, null, 1));
    expect(test.queries).toBeGreaterThanOrEqual(125);
    expect(test.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(test.ndcgAt10).toBeGreaterThanOrEqual(0.85);
    expect(test.zeroHitRate).toBeLessThanOrEqual(0.02);
  });

  it('holds every way of asking at recall@5 0.85 or above: colloquial, keyword, code, traditional, pinyin, mixed, typo', () => {
    const categories = result.halves.test.categories;
    expect(Object.keys(categories).sort()).toEqual(['code', 'colloquial', 'keyword', 'mixed', 'pinyin', 'traditional', 'typo']);
    for (const [category, r] of Object.entries(categories)) expect(r!.recallAt5, category).toBeGreaterThanOrEqual(0.85);
  });
});
