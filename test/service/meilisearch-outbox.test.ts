import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OutboxRow } from '../../src/jobs/outbox.entity.js';
import type { MeilisearchEngine } from '../../src/modules/search/meilisearch-engine.js';
import { MEILISEARCH_TOPIC } from '../../src/modules/search/meilisearch-outbox.js';
import { rebuildMeilisearch } from '../../src/modules/search/reindex.js';
import { SearchEntryRow } from '../../src/modules/search/search.entity.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { silentLogger } from '../../src/shared/logger.js';
import { draftChapter } from '../support/chapters.js';
import { type FakeMeilisearch, startFakeMeilisearch } from '../support/fake-meilisearch.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';

// How changes reach Meilisearch through the outbox, against a stand-in server that can refuse, fail
// and go down; searching against a real Meilisearch is the contract suite in test/api/search.test.ts.

const messagesFor = (app: TestRuntime, versionId: string) => app.db.dataSource.getRepository(OutboxRow).findBy({ topic: MEILISEARCH_TOPIC, key: versionId });
const outbox = (app: TestRuntime) => app.db.dataSource.getRepository(OutboxRow);

describe('the outbox when Meilisearch is down', () => {
  let app: TestRuntime;
  let meili: MeilisearchEngine;
  beforeAll(async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    app = await startTestRuntime({ meili: { host: `http://127.0.0.1:${closedPort}`, index: 'down', timeoutMs: 200 } });
    meili = app.runtime.search.meili!;
  });
  afterAll(() => app.close());

  it('never fails or loses a write: the change waits, retried later with a growing delay', async () => {
    const version = await draftChapter(app.db, app.actor('manager'));
    expect(await messagesFor(app, version.id)).toHaveLength(1);

    const now = new Date();
    expect(await meili.worker.runOnce(now)).toBe(0);
    const [row] = await messagesFor(app, version.id);
    expect(row).toMatchObject({ attempts: 1, nextAttemptAt: new Date(now.getTime() + 1000).toISOString() });
    expect(row!.lastError).toBeTruthy();
    expect(await meili.worker.runOnce(now)).toBe(0); // not due yet: nothing is sent
    expect((await messagesFor(app, version.id))[0]!.attempts).toBe(1);

    const status = await meili.status();
    expect(status).toMatchObject({ engine: 'meilisearch', pendingChanges: 1, lastSync: null, lastError: row!.lastError });
  });
});

describe('the outbox worker, against a server that answers', () => {
  let app: TestRuntime;
  let server: FakeMeilisearch;
  const opened: Runtime[] = [];
  /** The same database opened again with MEILI_HOST set, as a server restarted with it would: it writes and sends. */
  const withMeili = async (): Promise<{ meili: MeilisearchEngine; runtime: Runtime }> => {
    const runtime = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger(), meili: { host: server.url, index: 'kb', timeoutMs: 1000 } });
    opened.push(runtime);
    return { meili: runtime.search.meili!, runtime };
  };
  const drainAll = async (meili: MeilisearchEngine) => {
    while ((await meili.worker.runOnce()) > 0);
  };
  const entries = () => app.db.dataSource.getRepository(SearchEntryRow).count();
  beforeEach(async () => {
    app = await startTestRuntime({ seed: true }); // seeded before Meilisearch was configured
    server = await startFakeMeilisearch();
  });
  afterEach(async () => {
    for (const runtime of opened.splice(0)) await runtime.close();
    await server.close();
    await app.close();
  });

  it('applies the settings before the first document, also when Meilisearch was down at start-up', async () => {
    const { meili, runtime } = await withMeili();
    await server.down();
    await expect(meili.connect()).rejects.toThrow();
    const version = await draftChapter(runtime.db, app.actor('manager'));
    const now = new Date();
    expect(await meili.worker.runOnce(now)).toBe(0);
    expect((await messagesFor(app, version.id))[0]!.attempts).toBe(1);

    await server.up();
    expect(await meili.worker.runOnce(new Date(now.getTime() + 1000))).toBeGreaterThan(0);
    await drainAll(meili);
    expect(server.requests.slice(0, 2)).toEqual(['POST /indexes', 'PATCH /indexes/kb/settings']);
    expect(server.requests.indexOf('POST /indexes/kb/documents')).toBeGreaterThan(1);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });

  it('fills a new index with every entry the database holds (seeded before Meilisearch was configured)', async () => {
    const { meili } = await withMeili();
    await meili.connect();
    await drainAll(meili);
    expect(await entries()).toBeGreaterThan(90);
    expect(server.documents.get('kb')!.size).toBe(await entries());
    expect(await outbox(app).count()).toBe(0);

    await meili.connect(); // a restart with a full index queues nothing
    expect(await outbox(app).count()).toBe(0);
  });

  it('fills an emptied index even when the outbox holds many messages for a few versions', async () => {
    const version = await draftChapter(app.db, app.actor('manager')); // not queued: Meilisearch was not configured
    const at = new Date().toISOString();
    await app.db.writeSource
      .getRepository(OutboxRow)
      .insert(Array.from({ length: 200 }, () => ({ topic: MEILISEARCH_TOPIC, key: version.id, payload: '{}', attempts: 0, nextAttemptAt: at, createdAt: at })));
    const { meili } = await withMeili();
    await meili.connect();
    const queued = new Set((await outbox(app).find()).map((r) => r.key));
    expect(queued.size).toBe(await entries());
    await drainAll(meili);
    expect(server.documents.get('kb')!.size).toBe(await entries());
    expect(await outbox(app).count()).toBe(0);
  });

  it('keeps a change whose document Meilisearch refuses, sends the rest of its batch, and sends it once accepted', async () => {
    const { meili, runtime } = await withMeili();
    await meili.connect();
    await drainAll(meili);
    const [bad, good] = [await draftChapter(runtime.db, app.actor('manager')), await draftChapter(runtime.db, app.actor('manager'))];
    const entryOf = async (versionId: string) => (await app.db.dataSource.getRepository(SearchEntryRow).findOneByOrFail({ versionId })).id;
    server.refuse(await entryOf(bad.id));

    const now = new Date();
    expect(await meili.worker.runOnce(now)).toBe(1);
    expect(server.documents.get('kb')!.has(await entryOf(good.id))).toBe(true);
    const [row] = await outbox(app).find();
    expect(row).toMatchObject({ key: bad.id, attempts: 1 });
    expect(row!.lastError).toMatch(/failed: fake invalid_document_fields/);
    expect(await meili.worker.runOnce(now)).toBe(0); // nothing due: the error stands until something gets through
    expect(await meili.status()).toMatchObject({ pendingChanges: 1, lastError: row!.lastError });

    server.refuse(null);
    expect(await meili.worker.runOnce(new Date(now.getTime() + 1000))).toBe(1);
    expect(server.documents.get('kb')!.has(await entryOf(bad.id))).toBe(true);
    expect(await meili.status()).toMatchObject({ pendingChanges: 0, lastError: null });
  });

  it('sends a batch whose task failed once, in halves, losing nothing', async () => {
    const { meili } = await withMeili();
    await meili.connect();
    server.failNext('documentAdditionOrUpdate', 1);
    expect(await meili.worker.runOnce()).toBe(await entries());
    expect(server.requests.filter((r) => r === 'POST /indexes/kb/documents')).toHaveLength(3);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });

  it('reports failed settings instead of going on without them', async () => {
    const { meili } = await withMeili();
    server.failNext('settingsUpdate', 1, 'invalid_settings_filterable_attributes');
    await expect(meili.connect()).rejects.toThrow(/settingsUpdate\) failed/);
  });

  // two servers in one process share a thread, where better-sqlite3 blocks while it waits for a lock:
  // on SQLite, two workers are two processes (test/service/outbox.test.ts runs one in a thread)
  it.skipIf(!process.env.TEST_POSTGRES_URL)('two servers send side by side and together send everything once the index is filled', async () => {
    const [one, two] = [await withMeili(), await withMeili()];
    await one.meili.connect();
    const sent = async (meili: MeilisearchEngine) => {
      let n = 0;
      for (let got = -1; got !== 0; n += got) got = await meili.worker.runOnce();
      return n;
    };
    const [a, b] = await Promise.all([sent(one.meili), sent(two.meili)]);
    expect(a + b).toBe(await entries());
    expect(server.documents.get('kb')!.size).toBe(await entries());
    expect(await outbox(app).count()).toBe(0);
  });

  it('rebuilds the index, and a change written while the rebuild runs reaches it too', async () => {
    const { meili, runtime } = await withMeili();
    await draftChapter(runtime.db, app.actor('manager')); // queued before the rebuild
    let during: string | undefined;
    // a manager saves a chapter while the rebuild empties the index
    const clear = async () => {
      during = (await draftChapter(runtime.db, app.actor('manager'))).id;
      return meili.clear();
    };
    expect(await rebuildMeilisearch({ ...runtime.search, meili: { ...meili, clear } })).toBe(0);
    expect(await outbox(app).count()).toBe(0);
    const entry = await app.db.dataSource.getRepository(SearchEntryRow).findOneByOrFail({ versionId: during! });
    expect(server.documents.get('kb')!.has(entry.id)).toBe(true);
    expect(server.documents.get('kb')!.size).toBe(await entries());
  });
});
