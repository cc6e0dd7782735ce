import 'reflect-metadata';
import { startServer } from '../src/app.js';
import { openDb } from '../src/db/database.js';
import { embeddedEngine } from '../src/modules/search/embedded-engine.js';
import { systemClock } from '../src/shared/clock.js';

// The server under load, in a process of its own (forked by bench/search.ts): it gets a core that
// the load generator does not share, and its memory is its own.
const db = await openDb(process.argv[2]);
const server = await startServer({ db, clock: systemClock, production: true, search: embeddedEngine(db) }, 0);
process.send!({ url: server.url });
process.on('message', async (message: string) => {
  if (message === 'memory') process.send!({ rssMb: Math.round((process.memoryUsage().rss / 2 ** 20) * 10) / 10 });
  if (message === 'stop') {
    await server.stop();
    await db.close();
    process.exit(0);
  }
});
