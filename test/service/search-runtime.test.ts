import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineQuery } from '../../src/modules/search/search.service.js';
import { registerBusiness } from '../../src/modules/touchpoints/touchpoints.service.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';

// Search keeps state between requests (the codes a mistyped query may mean); the events it listens
// to keep that state true.

let app: TestRuntime;
beforeAll(async () => {
  app = await startTestRuntime({ seed: true });
});
afterAll(() => app.close());

const meant = async (query: string) => (await engineQuery(app.runtime.search, app.actor('agent'), { query, asOf: app.clock.now().toISOString() })).groups[0]!.slice(1).flat();

describe('the codes a mistyped query may mean', () => {
  it('include a touchpoint registered a moment ago', async () => {
    expect(await meant('AAA9910')).toEqual([]); // cached now, without 9901
    await registerBusiness(app.db, app.actor('manager'), { code: '9901', name: '测试业务', category: '测试', channels: ['A'], brands: ['A'] });
    expect(await meant('AAA9910')).toEqual(['aaa9901']);
  });
});
