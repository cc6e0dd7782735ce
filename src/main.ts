import 'reflect-metadata';
import cluster from 'node:cluster';
import { startServer } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { readConfig } from './config.js';
import { openRuntime } from './runtime.js';
import { systemClock } from './shared/clock.js';
import { createLogger } from './shared/logger.js';

const config = readConfig();
const logger = createLogger({ level: config.logLevel });

if (config.workers > 1 && cluster.isPrimary) {
  // WORKERS=n: prepare the database once, then n servers share the port (node:cluster) and the
  // database; each follows the others' writes, one at a time runs the background work
  const runtime = await openRuntime({ databaseUrl: config.databaseUrl, clock: systemClock, logger, meili: config.meili, webhooks: config.webhooks });
  await prepareDatabase(runtime, { production: config.production, bootstrapAdminToken: config.bootstrapAdminToken });
  await runtime.close();
  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, 'a server process died; starting another');
    setTimeout(fork, 1000);
  });
  for (let i = 0; i < config.workers; i++) fork();
  logger.info({ workers: config.workers }, `starting ${config.workers} server processes`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      cluster.disconnect(() => process.exit(0));
    });
  }
} else {
  const runtime = await openRuntime({ databaseUrl: config.databaseUrl, clock: systemClock, logger, meili: config.meili, webhooks: config.webhooks });
  // a server ranks in memory: searches use FTS5 until the index is read (tens of seconds at 100k entries);
  // commands that open a runtime do not pay for it
  runtime.search.warm().catch(() => undefined);
  // a worker of several: the primary has prepared the database
  if (cluster.isPrimary) await prepareDatabase(runtime, { production: config.production, bootstrapAdminToken: config.bootstrapAdminToken });
  // count the index's words in the background: searches answer meanwhile, without the steps that need them
  void runtime.search.words.refresh().catch((error: unknown) => logger.error({ err: error }, 'counting the search index’s words failed'));
  runtime.jobs.start();
  const server = await startServer(runtime, { port: config.port, production: config.production, rateLimitPerMinute: config.rateLimitPerMinute });
  logger.info({ url: server.url, pid: process.pid }, `hotline-kb GraphQL API ready at ${server.url}`);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      await server.stop();
      await runtime.close();
      process.exit(0);
    });
  }
}
