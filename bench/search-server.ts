import 'reflect-metadata';
import { startServer } from '../src/app.js';
import { openRuntime } from '../src/runtime.js';
import { systemClock } from '../src/shared/clock.js';
import { silentLogger } from '../src/shared/logger.js';

// The server under load, in a process of its own (forked by bench/search.ts): it gets a core that
// the load generator does not share, and its memory and CPU time are its own. Asked over IPC:
//   'memory' → { rssMb }            'cpu' → { userMs, systemMs } (process.cpuUsage(), cumulative)
//   'cache'  → { cache: { hits, misses } | null }   the search result cache's cumulative counters, null without one
//   'ready'  → { readyMs, inMemory }  once the in-memory index read at start-up is built (searches use FTS5
//              until then): when it was, in ms since the process started; inMemory null without such an index
//   'stop'

const runtime = await openRuntime({ databaseUrl: process.argv[2], clock: systemClock, logger: silentLogger() });
const { search } = runtime;
// read the index into memory as the server does at start (src/main.ts): when that build is done, in ms since this process started
const ready = (async () => {
  await search.warm();
  return Math.round(performance.now());
})();
const server = await startServer(runtime, { port: 0, production: true });
process.send!({ url: server.url });
// the benchmark ended (or failed) without stopping this server: end with it
process.on('disconnect', () => process.exit(0));
process.on('message', async (message: string) => {
  if (message === 'memory') process.send!({ rssMb: Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10 });
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send!({ userMs: user / 1000, systemMs: system / 1000 });
  }
  if (message === 'cache') process.send!({ cache: search.memory ? search.cacheStats() : null });
  if (message === 'ready') {
    process.send!({ readyMs: await ready, inMemory: search.memory?.ready ?? null });
  }
  if (message === 'stop') {
    await server.stop();
    await runtime.close();
    process.exit(0);
  }
});
