// A whole server's runtime (without HTTP) in a thread of its own, on the built code (npm test builds
// first): better-sqlite3 waits for a lock by blocking its thread, so runtimes sharing a SQLite file
// must not share a thread, just as servers started with WORKERS do not share a process.
import 'reflect-metadata';
import { parentPort, workerData } from 'node:worker_threads';
import { openRuntime } from '../../dist/src/runtime.js';
import { systemClock } from '../../dist/src/shared/clock.js';
import { silentLogger } from '../../dist/src/shared/logger.js';

const runtime = await openRuntime({ databaseUrl: workerData.databaseUrl, clock: systemClock, logger: silentLogger(), leaseTtlMs: workerData.leaseTtlMs });
runtime.jobs.start();
parentPort.on('message', async (message) => {
  if (message === 'running?') parentPort.postMessage({ running: runtime.jobs.running });
  if (message === 'stop') {
    await runtime.close();
    parentPort.postMessage({ stopped: true });
  }
});
parentPort.postMessage({ ready: true });
