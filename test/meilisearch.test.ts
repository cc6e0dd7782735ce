import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { meilisearchEngine } from '../src/modules/search/meilisearch-engine.js';
import { retryDelayMs } from '../src/modules/search/meilisearch-outbox.js';
import { sendAllToMeilisearch } from '../src/modules/search/reindex.js';
import { facetCounts, meiliQueryText, meiliSettings, OPEN_END, scopeFilter, statusFilter, toMeiliDocument } from '../src/modules/search/meilisearch-mapping.js';
import { SearchEntryRow, SearchOutboxRow } from '../src/modules/search/search.entity.js';
import { isCodeLike } from '../src/modules/search/codes.js';
import { synonymGroups } from '../src/modules/search/text.js';
import { newChapter } from './support/chapters.js';
import { startTestApp, type TestApp } from './support/harness.js';
import { type FakeMeilisearch, startFakeMeilisearch } from './support/fake-meilisearch.js';

// The pure parts of the Meilisearch engine, and what an outage does; the engine against a real
// server is covered by the contract suite in search.test.ts when MEILI_HOST is set.

const entry = (over: Partial<SearchEntryRow> = {}): SearchEntryRow => ({
  id: 7,
  versionId: 'v-1',
  documentId: 'd-1',
  kind: 'FLOW',
  code: 'QRY-BILL',
  status: 'PUBLISHED',
  effectiveFrom: '2025-01-01T00:00:00.000Z',
  effectiveTo: null,
  title: '账单及详单查询流程',
  body: '客户来电查询待处理的账单',
  keywords: 'QRY-BILL AAA1102',
  channels: ' A ',
  brands: ' A B ',
  businessCodes: ' 1102 ',
  flowClass: 'QUERY',
  ...over,
});

describe('Meilisearch settings', () => {
  it('come from search/meilisearch.json, with the synonym groups as symmetric synonyms', () => {
    const { primaryKey, settings } = meiliSettings();
    expect(primaryKey).toBe('id');
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(['status', 'effectiveFrom', 'effectiveTo', 'code', 'kind', 'channels', 'brands', 'businessCodes', 'flowClass']));
    expect(settings.searchableAttributes![0]).toBe('titleTokens');
    expect(settings.synonyms!['回访']).toEqual(expect.arrayContaining(['回拨']));
    expect(settings.synonyms!['回拨']).toEqual(expect.arrayContaining(['回访']));
    expect(settings.synonyms!['回访']).not.toContain('回访');
  });
});

describe('Meilisearch filters', () => {
  it('turn asOf into numeric conditions on the window, for published versions', () => {
    expect(statusFilter({ statuses: ['PUBLISHED', 'RETIRED'], asOf: '2026-03-01T00:00:00.000Z' })).toBe(
      `(status IN ["PUBLISHED", "RETIRED"] AND effectiveFrom <= ${Date.parse('2026-03-01T00:00:00.000Z')} AND effectiveTo > ${Date.parse('2026-03-01T00:00:00.000Z')})`,
    );
  });

  it('take open versions by status alone', () => {
    expect(statusFilter({ statuses: ['DRAFT', 'IN_REVIEW'], asOf: '2026-03-01T00:00:00.000Z' })).toBe('status IN ["DRAFT", "IN_REVIEW"]');
    expect(statusFilter({ statuses: ['DRAFT', 'PUBLISHED'], asOf: '2026-03-01T00:00:00.000Z' })).toMatch(/^\(status IN \["PUBLISHED"\] AND .*\) OR status IN \["DRAFT"\]$/);
  });
});

describe('Meilisearch scope filters and facets', () => {
  const filter = { kinds: ['FLOW' as const], channels: ['A', 'D'], businessCodes: ['1102'], brands: [], flowClasses: null };

  it('AND the filter per facet, any of its values matching, and skip empty ones', () => {
    expect(scopeFilter(filter)).toEqual(['kind IN ["FLOW"]', 'channels IN ["A", "D"]', 'businessCodes IN ["1102"]']);
    expect(scopeFilter({})).toEqual([]);
  });

  it('leave out the facet being counted, so its other values keep their counts', () => {
    expect(scopeFilter(filter, 'channels')).toEqual(['kind IN ["FLOW"]', 'businessCodes IN ["1102"]']);
  });

  it('quote values, so a filter value cannot change the expression', () => {
    expect(scopeFilter({ channels: ['A" OR status = "DRAFT'] })).toEqual(['channels IN ["A\\" OR status = \\"DRAFT"]']);
  });

  it('turn facetDistribution into counts, most first, every facet present', () => {
    expect(facetCounts({ channels: { B: 2, A: 2, D: 5 } })).toEqual({
      kinds: [],
      channels: [{ value: 'D', count: 5 }, { value: 'A', count: 2 }, { value: 'B', count: 2 }],
      brands: [],
      businessCodes: [],
      flowClasses: [],
    });
  });
});

describe('Meilisearch documents', () => {
  it('carry pre-segmented text (search mode), title pinyin, arrays for filters and numeric instants', () => {
    const doc = toMeiliDocument(entry());
    expect(doc.bodyTokens.split(' ')).toEqual(expect.arrayContaining(['处理', '待处理', '账单']));
    expect(doc.pinyin.split(' ')).toEqual(expect.arrayContaining(['zhangdan', 'zd']));
    expect(doc).toMatchObject({ channels: ['A'], brands: ['A', 'B'], businessCodes: ['1102'], effectiveFrom: Date.parse('2025-01-01T00:00:00.000Z'), effectiveTo: OPEN_END });
    expect(doc.keywordTokens).toContain('aaa1102');
  });

  it('are queried with each word segmented, synonyms left to Meilisearch', () => {
    expect(meiliQueryText([[['投诉'], ['申诉']], [['待', '处理']]])).toBe('投诉 待 处理');
  });

  it('send a mistyped code as the code it is one typo away from', () => {
    expect(meiliQueryText([[['aaa1120'], ['aaa1102']], [['账单']]])).toBe('aaa1102 账单');
    expect(meiliQueryText([[['aaa1120']]])).toBe('aaa1120');
  });

  it('rely on code-like words having no synonyms (their other alternatives are corrections)', () => {
    expect(synonymGroups().flat().filter(isCodeLike)).toEqual([]);
  });
});

describe('the outbox when Meilisearch is down', () => {
  let app: TestApp;
  let closedPort: number;
  beforeAll(async () => {
    app = await startTestApp();
    closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
  });
  afterAll(() => app.close());

  it('never fails or loses a write: the change waits, retried later with a growing delay', async () => {
    const meili = meilisearchEngine(app.db, { host: `http://127.0.0.1:${closedPort}`, index: 'down', timeoutMs: 200 });
    const version = await newChapter(app);
    const outbox = app.db.dataSource.getRepository(SearchOutboxRow);
    expect((await outbox.findBy({ versionId: version.id })).length).toBe(1);

    const now = new Date();
    expect(await meili.drain(now)).toBe(0);
    const [row] = await outbox.findBy({ versionId: version.id });
    expect(row).toMatchObject({ attempts: 1, nextAttemptAt: new Date(now.getTime() + 1000).toISOString() });
    expect(row!.lastError).toBeTruthy();
    expect(await meili.drain(now)).toBe(0); // not due yet: nothing is sent
    expect((await outbox.findBy({ versionId: version.id }))[0]!.attempts).toBe(1);

    const status = await meili.status();
    expect(status).toMatchObject({ engine: 'meilisearch', pendingChanges: 1, lastSync: null, lastError: row!.lastError });
  });

  it('backs off from 1 s, doubling, up to 5 minutes', () => {
    expect([1, 2, 3, 4, 10, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 300_000, 300_000]);
  });
});

describe('the outbox dispatcher, against a server that answers', () => {
  let app: TestApp;
  let server: FakeMeilisearch;
  const engineOn = (index = 'kb') => meilisearchEngine(app.db, { host: server.url, index, timeoutMs: 1000 });
  const drainAll = async (meili: ReturnType<typeof engineOn>) => {
    while ((await meili.drain()) > 0);
  };
  const entries = () => app.db.dataSource.getRepository(SearchEntryRow).count();
  const outbox = () => app.db.dataSource.getRepository(SearchOutboxRow);
  const writableOutbox = () => app.db.writeSource.getRepository(SearchOutboxRow);
  beforeEach(async () => {
    app = await startTestApp({ seed: true });
    server = await startFakeMeilisearch();
  });
  afterEach(async () => {
    await server.close();
    await app.close();
  });

  it('applies the settings before the first document, also when Meilisearch was down at start-up', async () => {
    const meili = engineOn();
    await server.down();
    await expect(meili.connect()).rejects.toThrow();
    const version = await newChapter(app);
    const now = new Date();
    expect(await meili.drain(now)).toBe(0);
    expect((await outbox().findBy({ versionId: version.id }))[0]!.attempts).toBe(1);

    await server.up();
    expect(await meili.drain(new Date(now.getTime() + 1000))).toBeGreaterThan(0);
    await drainAll(meili);
    expect(server.requests.slice(0, 2)).toEqual(['POST /indexes', 'PATCH /indexes/kb/settings']);
    expect(server.requests.indexOf('POST /indexes/kb/documents')).toBeGreaterThan(1);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });

  it('fills a new index with every entry the database holds (seeded before Meilisearch was configured)', async () => {
    const meili = engineOn();
    await meili.connect();
    await drainAll(meili);
    expect(await entries()).toBeGreaterThan(90);
    expect(server.documents.get('kb')!.size).toBe(await entries());
    expect(await outbox().count()).toBe(0);

    await meili.connect(); // a restart with a full index queues nothing
    expect(await outbox().count()).toBe(0);
  });

  it('fills an emptied index even when the outbox holds many rows for a few versions', async () => {
    const version = await newChapter(app); // not queued: no engine was open
    const at = new Date().toISOString();
    await writableOutbox().insert(Array.from({ length: 200 }, () => ({ versionId: version.id, enqueuedAt: at, attempts: 0, nextAttemptAt: at, lastError: null })));
    const meili = engineOn();
    await meili.connect();
    const queued = new Set((await outbox().find()).map((r) => r.versionId));
    expect(queued.size).toBe(await entries());
    await drainAll(meili);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });

  it('keeps a change whose document Meilisearch refuses, sends the rest of its batch, and sends it once accepted', async () => {
    const meili = engineOn();
    await meili.connect();
    await drainAll(meili);
    const [bad, good] = [await newChapter(app), await newChapter(app)];
    const entryOf = async (versionId: string) => (await app.db.dataSource.getRepository(SearchEntryRow).findOneByOrFail({ versionId })).id;
    server.refuse(await entryOf(bad.id));

    const now = new Date();
    expect(await meili.drain(now)).toBe(1);
    expect(server.documents.get('kb')!.has(await entryOf(good.id))).toBe(true);
    const [row] = await outbox().find();
    expect(row).toMatchObject({ versionId: bad.id, attempts: 1 });
    expect(row!.lastError).toMatch(/failed: fake invalid_document_fields/);
    expect(await meili.drain(now)).toBe(0); // nothing due: the error stands until something gets through
    expect(await meili.status()).toMatchObject({ pendingChanges: 1, lastError: row!.lastError });

    server.refuse(null);
    expect(await meili.drain(new Date(now.getTime() + 1000))).toBe(1);
    expect(server.documents.get('kb')!.has(await entryOf(bad.id))).toBe(true);
    expect(await meili.status()).toMatchObject({ pendingChanges: 0, lastError: null });
  });

  it('sends a batch whose task failed once, in halves, losing nothing', async () => {
    const meili = engineOn();
    await meili.connect();
    server.failNext('documentAdditionOrUpdate', 1);
    expect(await meili.drain()).toBe(await entries());
    expect(server.requests.filter((r) => r === 'POST /indexes/kb/documents')).toHaveLength(3);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });

  it('reports failed settings instead of going on without them', async () => {
    const meili = engineOn();
    server.failNext('settingsUpdate', 1, 'invalid_settings_filterable_attributes');
    await expect(meili.connect()).rejects.toThrow(/settingsUpdate\) failed/);
  });

  // several servers share one outbox only on PostgreSQL (run the suite with TEST_POSTGRES_URL)
  it.skipIf(!process.env.TEST_POSTGRES_URL)('on PostgreSQL sends from one server at a time: a drain skips its turn while another server sends', async () => {
    const meili = engineOn();
    await app.db.writeSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('search_outbox'))`); // another server, sending
      expect(await meili.drain()).toBe(0);
      expect(server.requests).toEqual([]);
    });
    expect(await meili.drain()).toBe(0); // connects, and queues what the new index lacks
    await drainAll(meili);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });

  it('rebuilds the index but leaves changes written during the rebuild for the dispatcher', async () => {
    const meili = engineOn();
    await newChapter(app); // queued before: the rebuild sends it
    let during: string | undefined;
    // a manager saves a chapter while the rebuild is under way
    const clear = async () => {
      during = (await newChapter(app)).id;
      return meili.clear();
    };
    await sendAllToMeilisearch(app.db, { ...meili, clear });
    expect((await outbox().find()).map((r) => r.versionId)).toEqual([during]);
  });
});
