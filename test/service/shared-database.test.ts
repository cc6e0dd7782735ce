import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate, issueToken, revokeToken } from '../../src/modules/auth/auth.service.js';
import { SIGN_IN_TTL_MS } from '../../src/modules/auth/sign-ins.js';
import { rebuildSearchEntries } from '../../src/modules/search/reindex.js';
import { search } from '../../src/modules/search/search.service.js';
import { scriptService } from '../../src/modules/scripts/scripts.service.js';
import { publishVersion, submitVersion } from '../../src/modules/versioning/versioning.service.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { systemActor } from '../../src/shared/actor.js';
import { silentLogger } from '../../src/shared/logger.js';
import { onPostgres, startTestRuntime, type TestRuntime } from '../support/harness.js';

// Several processes on one database file (WORKERS=n): each follows what the others write, and
// exactly one runs the background work. Two runtimes in one test process are two such processes:
// they share nothing but the file.

let first: TestRuntime;
let second: Runtime;
const find = async (runtime: Runtime, query: string) =>
  (await search(runtime.search, first.actor('agent'), { query, asOf: first.clock.now().toISOString(), page: { limit: 10 } })).edges.map((e) => e.node.code);

beforeAll(async () => {
  first = await startTestRuntime({ seed: true });
  second = await openRuntime({ databaseUrl: first.databaseUrl, clock: first.clock, logger: silentLogger() });
  await second.search.warm();
  await second.search.words.refresh();
});
afterAll(async () => {
  await second?.close();
  await first?.close();
});

describe.skipIf(onPostgres)('a second process on the same SQLite file', () => {
  it('finds a version the first one published once it has followed the changes', async () => {
    const draft = await scriptService.create(first.db, first.actor('manager'), { code: 'shared-file', title: '共享文件话术', scenario: 'GREETING', text: '共享文件话术正文。', changeNote: '新增' });
    await submitVersion(first.db, first.actor('manager'), { versionId: draft.id, expectedRevision: draft.revision });
    await publishVersion(first.db, first.actor('approver'), { versionId: draft.id });
    expect(await find(first.runtime, '共享文件话术')).toContain('shared-file');
    // the follower runs every FOLLOW_EVERY_MS; here once, by hand
    expect(await second.search.memory!.follow(() => undefined)).toBe(1);
    expect(await find(second, '共享文件话术')).toContain('shared-file');
    // its own writes are applied at commit, so following finds nothing new of them
    expect(await first.runtime.search.memory!.follow(() => undefined)).toBe(0);
  });

  it('reads its index anew when the other rebuilt it', async () => {
    await rebuildSearchEntries(first.runtime.search);
    await second.search.memory!.follow(() => undefined);
    await second.search.memory!.settle();
    expect(await find(second, '共享文件话术')).toContain('shared-file');
    expect(second.search.memory!.ready).toBe(true);
  });

  it('refuses a token the other revoked once what it remembers of sign-ins has expired', async () => {
    const system = systemActor(first.clock);
    const { row } = await issueToken(first.db, system, { userId: first.users.agent.id, label: 'shared', token: 'token-shared-file' });
    expect((await authenticate(second.db, 'token-shared-file')).id).toBe(first.users.agent.id);
    await revokeToken(first.db, system, { tokenId: row.id });
    await expect(authenticate(first.db, 'token-shared-file')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    await sleep(SIGN_IN_TTL_MS + 50);
    await expect(authenticate(second.db, 'token-shared-file')).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe.skipIf(onPostgres)('the background work', () => {
  it('runs in exactly one process at a time, and passes to another when that one stops', async () => {
    const threads = Array.from({ length: 3 }, () => new Worker(new URL('../support/runtime-thread.mjs', import.meta.url), { workerData: { databaseUrl: first.databaseUrl, leaseTtlMs: 500 } }));
    const ask = async <T>(thread: Worker, message: string) => {
      const answer = once(thread, 'message') as Promise<[T]>;
      thread.postMessage(message);
      return (await answer)[0];
    };
    const running = async (alive: Worker[]) => {
      const answers = await Promise.all(alive.map((t) => ask<{ running: boolean }>(t, 'running?')));
      return alive.filter((_, i) => answers[i]!.running);
    };
    /**
     * The threads running the work, once some thread runs it and the next look agrees: the threads
     * answer one after another, so on a loaded machine one look can catch a lease changing hands
     * (the old holder, stalled past its lease, says yes just before the new one does). Two threads
     * that both keep running the work are seen on every look.
     */
    const settled = async (alive: Worker[]) => {
      let last: Worker[] = [];
      for (let i = 0; i < 100; i++) {
        const holders = await running(alive);
        if (holders.length > 0 && holders.length === last.length && holders.every((h) => last.includes(h))) return holders;
        last = holders;
        await sleep(20);
      }
      return last;
    };
    try {
      await Promise.all(threads.map((t) => once(t, 'message')));
      const holders = await settled(threads);
      expect(holders).toHaveLength(1);
      await ask(holders[0]!, 'stop');
      const alive = threads.filter((t) => t !== holders[0]);
      expect(await settled(alive)).toHaveLength(1);
      // renewed a few times over, still exactly one
      await sleep(600);
      expect(await settled(alive)).toHaveLength(1);
      for (const t of alive) await ask(t, 'stop');
    } finally {
      await Promise.all(threads.map((t) => t.terminate()));
    }
  });
});
