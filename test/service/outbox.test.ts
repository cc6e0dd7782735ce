import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/database.js';
import { enqueue, lease, type OutboxMessage } from '../../src/jobs/outbox.js';
import { OutboxRow } from '../../src/jobs/outbox.entity.js';
import { outboxWorker, type TopicHandler } from '../../src/jobs/outbox-worker.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { silentLogger } from '../../src/shared/logger.js';
import { startTestRuntime, type TestRuntime } from '../support/harness.js';

const TOPIC = 'test.topic';
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);

let app: TestRuntime;
let second: Runtime;
beforeEach(async () => {
  app = await startTestRuntime();
  // a second server on the same database
  second = await openRuntime({ databaseUrl: app.databaseUrl, clock: app.clock, logger: silentLogger() });
});
afterEach(async () => {
  await second.close();
  await app.close();
});

const write = (db: Db, messages: { key: string; n: number }[]) =>
  db.write(async (tx) => {
    for (const m of messages) await enqueue(tx, { topic: TOPIC, key: m.key, payload: { n: m.n } });
  });

/** A receiver that records what it gets, from which worker, and whether two workers ever held one key at once. */
interface Got {
  worker: string;
  key: string;
  n: number;
  /** when its batch was being delivered (ms since the epoch, sub-millisecond) */
  start: number;
  end: number;
}

const clock = () => performance.timeOrigin + performance.now();

/** A receiver that records what it gets, from which worker and when; it refuses what `refuse` names, and then nothing more of that key. */
function receiver() {
  const got: Got[] = [];
  const handler = (worker: string, refuse: (m: OutboxMessage) => string | null = () => null, batchSize = 3): TopicHandler => ({
    topic: TOPIC,
    batchSize,
    async deliver(messages) {
      const start = clock();
      await sleep(Math.random() * 5);
      const end = clock();
      const refused = new Map<number, string>();
      const stopped = new Set<string>();
      for (const m of messages) {
        if (stopped.has(m.key)) continue;
        const why = refuse(m);
        if (why) {
          refused.set(m.id, why);
          stopped.add(m.key);
        } else got.push({ worker, key: m.key, n: (m.payload as { n: number }).n, start, end });
      }
      return refused;
    },
  });
  return { got, handler };
}

/** Each key's deliveries, in the order they happened, never overlap in time and follow the order the messages were written in. */
function oneAtATimeInOrder(got: Got[]): boolean {
  const byKey = new Map<string, Got[]>();
  for (const g of got) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  return [...byKey.values()].every((deliveries) => {
    const sorted = [...deliveries].sort((a, b) => a.start - b.start || a.n - b.n);
    return sorted.every((d, i) => i === 0 || (d.n > sorted[i - 1]!.n && (d.start >= sorted[i - 1]!.end || d.start === sorted[i - 1]!.start)));
  });
}

const untilIdle = async (...workers: { runOnce(): Promise<number> }[]) => {
  await Promise.all(
    workers.map(async (w) => {
      // finding nothing may only mean another worker holds the rest: look again a few times
      for (let idle = 0; idle < 5; ) {
        if ((await w.runOnce()) > 0) idle = 0;
        else {
          idle++;
          await sleep(10);
        }
      }
    }),
  );
};

describe('the outbox with two workers on one database', () => {
  it('delivers every message exactly once, one key at a time and in order', async () => {
    const messages = Array.from({ length: 60 }, (_, n) => ({ key: `k${n % 7}`, n }));
    for (let i = 0; i < messages.length; i += 10) await write(i % 20 === 0 ? app.db : second.db, messages.slice(i, i + 10));
    // the other server: a worker in a thread of its own (test/support/outbox-thread.mjs)
    const thread = new Worker(new URL('../support/outbox-thread.mjs', import.meta.url), { workerData: { databaseUrl: app.databaseUrl, topic: TOPIC, batchSize: 3 } });
    await once(thread, 'message');
    const r = receiver();
    const fromThread = once(thread, 'message') as Promise<[Got[]]>;
    thread.postMessage('go');
    await untilIdle(outboxWorker(app.db, r.handler('main'), silentLogger()));
    const [theirs] = await fromThread;
    const got = [...r.got, ...theirs];
    expect(got.map((g) => g.n).sort((a, b) => a - b)).toEqual(messages.map((m) => m.n));
    expect(new Set(got.map((g) => g.worker))).toEqual(new Set(['main', 'thread']));
    expect(oneAtATimeInOrder(got)).toBe(true);
    expect(await app.db.dataSource.getRepository(OutboxRow).count()).toBe(0);
  });

  it.skipIf(!onPostgres)('never skips a message whose transaction commits after later ones were delivered (PostgreSQL: writers run side by side)', async () => {
    let commit!: () => void;
    let written!: () => void;
    const isWritten = new Promise<void>((resolve) => (written = resolve));
    const late = app.db.write(async (tx) => {
      await enqueue(tx, { topic: TOPIC, key: 'late', payload: { n: -1 } });
      written();
      await new Promise<void>((resolve) => (commit = resolve));
    });
    await isWritten; // its id is taken; the rows below get higher ones and commit first
    await write(second.db, Array.from({ length: 9 }, (_, n) => ({ key: `k${n % 3}`, n })));
    const r = receiver();
    // two servers in one process share a thread: fine on PostgreSQL, whose client never blocks it
    const workers = [outboxWorker(app.db, r.handler('one'), silentLogger()), outboxWorker(second.db, r.handler('two'), silentLogger())];
    await untilIdle(...workers);
    expect(r.got).toHaveLength(9);
    commit();
    await late;
    await untilIdle(...workers);
    expect(r.got.map((g) => g.n)).toContain(-1);
    expect(r.got).toHaveLength(10);
    expect(oneAtATimeInOrder(r.got)).toBe(true);
    expect(await app.db.dataSource.getRepository(OutboxRow).count()).toBe(0);
  });
});

describe('a message the receiver refuses', () => {
  it('waits with a growing delay, holds back the later messages of its key only, and reports why', async () => {
    await write(app.db, [
      { key: 'bad', n: 0 },
      { key: 'bad', n: 1 },
      { key: 'bad', n: 2 },
      { key: 'good', n: 3 },
    ]);
    const r = receiver();
    let refusing = true;
    const worker = outboxWorker(app.db, r.handler('one', (m) => (refusing && (m.payload as { n: number }).n === 1 ? 'refused: invalid document' : null), 10), silentLogger());
    const now = new Date();
    await worker.runOnce(now);
    expect(r.got.map((g) => g.n)).toEqual([0, 3]); // 0 went before the refusal; 2 waits behind 1
    const rows = await app.db.dataSource.getRepository(OutboxRow).find({ order: { id: 'ASC' } });
    expect(rows.map((row) => [row.key, row.attempts])).toEqual([
      ['bad', 1],
      ['bad', 0],
    ]);
    expect(rows[0]!.nextAttemptAt).toBe(new Date(now.getTime() + 1000).toISOString());
    expect(await worker.status()).toMatchObject({ topic: TOPIC, pending: 2, failing: 1, lastError: 'refused: invalid document' });

    expect(await worker.runOnce(now)).toBe(0); // not due yet, and 2 still waits behind it
    refusing = false;
    expect(await worker.runOnce(new Date(now.getTime() + 1000))).toBe(2);
    expect(r.got.map((g) => g.n)).toEqual([0, 3, 1, 2]);
    expect(await worker.status()).toMatchObject({ pending: 0, failing: 0, lastError: null });
  });

  it('is tried again after 1 s, 2 s, 4 s … up to 5 minutes', async () => {
    const { retryDelayMs } = await import('../../src/jobs/outbox-worker.js');
    expect([1, 2, 3, 4, 10, 20].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 300_000, 300_000]);
  });
});

describe('a worker that stops half-way', () => {
  it('loses its lease when it runs out: another worker delivers the messages again', async () => {
    await write(app.db, [{ key: 'a', n: 1 }]);
    const now = new Date();
    const held = await lease(app.db, TOPIC, { now, limit: 10, leaseMs: 60_000 }); // and never settles
    expect(held.messages).toHaveLength(1);
    const r = receiver();
    const other = outboxWorker(second.db, r.handler('two'), silentLogger());
    expect(await other.runOnce(new Date(now.getTime() + 30_000))).toBe(0);
    expect(await other.runOnce(new Date(now.getTime() + 60_000))).toBe(1);
    expect(r.got).toMatchObject([{ worker: 'two', key: 'a', n: 1 }]);
  });
});
