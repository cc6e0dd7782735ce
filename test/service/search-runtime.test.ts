import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildSearchEntries } from '../../src/modules/search/reindex.js';
import { SearchEntryRow } from '../../src/modules/search/search.entity.js';
import { readQuery } from '../../src/modules/search/search.service.js';
import { registerBusiness } from '../../src/modules/touchpoints/touchpoints.service.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';

// Search keeps state between requests (the codes a mistyped query may mean); the events it listens
// to keep that state true.

let app: TestRuntime;
beforeAll(async () => {
  app = await startTestRuntime({ seed: true });
});
afterAll(() => app.close());

const meant = async (query: string) => (await readQuery(app.runtime.search, app.actor('agent'), { query, asOf: app.clock.now().toISOString() })).query.groups[0]!.slice(1).flatMap((a) => a.words);

describe('the codes a mistyped query may mean', () => {
  it('include a touchpoint registered a moment ago', async () => {
    expect(await meant('AAA9910')).toEqual([]); // cached now, without 9901
    await registerBusiness(app.db, app.actor('manager'), { code: '9901', name: '测试业务', category: '测试', channels: ['A'], brands: ['A'] });
    expect(await meant('AAA9910')).toEqual(['aaa9901']);
  });
});

describe('rebuilding the search entries', () => {
  it('rewrites them where they are, so their ids (Meilisearch’s document ids) stay, and drops those of versions that are gone', async () => {
    const entries = app.db.dataSource.getRepository(SearchEntryRow);
    const before = new Map((await entries.find()).map((e) => [e.versionId, e.id]));
    await app.db.writeSource.getRepository(SearchEntryRow).insert({ ...(await entries.findOneByOrFail({ kind: 'FLOW' })), id: undefined, versionId: 'a-version-long-gone' });
    await rebuildSearchEntries(app.runtime.search);
    const after = new Map((await entries.find()).map((e) => [e.versionId, e.id]));
    expect(after).toEqual(before);
    if (process.env.TEST_POSTGRES_URL) return; // the embedded engine is SQLite's
    const { query } = await readQuery(app.runtime.search, app.actor('agent'), { query: '呼叫转移', asOf: app.clock.now().toISOString() });
    expect((await app.runtime.search.engine.search({ ...query, match: 'all' }, { offset: 0, limit: 5 })).total).toBeGreaterThan(0);
  });
});
