// A second server's outbox worker in a thread of its own, on the built code (npm test builds first):
// better-sqlite3 waits for a lock by blocking its thread, so two workers on one SQLite file must not
// share a thread, just as two servers do not share a process.
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { openDb } from '../../dist/src/db/database.js';
import { outboxWorker } from '../../dist/src/jobs/outbox-worker.js';
import { silentLogger } from '../../dist/src/shared/logger.js';

const { databaseUrl, topic, batchSize } = workerData;
const db = await openDb(databaseUrl, { migrate: false });
const got = [];
const worker = outboxWorker(
  db,
  {
    topic,
    batchSize,
    async deliver(messages) {
      const start = performance.timeOrigin + performance.now();
      await sleep(Math.random() * 5);
      const end = performance.timeOrigin + performance.now();
      for (const m of messages) got.push({ worker: 'thread', key: m.key, n: m.payload.n, start, end });
      return new Map();
    },
  },
  silentLogger(),
);
parentPort.once('message', async () => {
  for (let idle = 0; idle < 5; ) {
    if ((await worker.runOnce()) > 0) idle = 0;
    else {
      idle++;
      await sleep(10);
    }
  }
  await db.close();
  parentPort.postMessage(got);
});
parentPort.postMessage('ready');
