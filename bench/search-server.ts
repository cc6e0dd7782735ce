import 'reflect-metadata';
import { startServer } from '../src/app.js';
import { openRuntime } from '../src/runtime.js';
import { systemClock } from '../src/shared/clock.js';
import { silentLogger } from '../src/shared/logger.js';

// The server under load, in a process of its own (forked by bench/search.ts): it gets a core that
// the load generator does not share, and its memory is its own.
const runtime = await openRuntime({ databaseUrl: process.argv[2], clock: systemClock, logger: silentLogger() });
const server = await startServer(runtime, { port: 0, production: true });
process.send!({ url: server.url });
process.on('message', async (message: string) => {
  if (message === 'memory') process.send!({ rssMb: Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10 });
  if (message === 'stop') {
    await server.stop();
    await runtime.close();
    process.exit(0);
  }
});
