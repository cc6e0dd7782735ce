import 'reflect-metadata';
import { startServer } from './app.js';
import { prepareDatabase } from './bootstrap.js';
import { readConfig } from './config.js';
import { openRuntime } from './runtime.js';
import { systemClock } from './shared/clock.js';
import { createLogger } from './shared/logger.js';

const config = readConfig();
const logger = createLogger({ level: config.logLevel });
const runtime = await openRuntime({ databaseUrl: config.databaseUrl, clock: systemClock, logger, meili: config.meili });
await prepareDatabase(runtime, { production: config.production, bootstrapAdminToken: config.bootstrapAdminToken });
runtime.jobs.start();
const server = await startServer(runtime, { port: config.port, production: config.production });
logger.info({ url: server.url }, `hotline-kb GraphQL API ready at ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await server.stop();
    await runtime.close();
    process.exit(0);
  });
}
