import './modules/kinds.js';
import { type Db, openDb } from './db/database.js';
import { createJobs, type Jobs } from './jobs/jobs.js';
import { databaseLease } from './jobs/lease.js';
import { escalationJob } from './modules/exceptions/escalation.js';
import { rollupJob } from './modules/reports/rollup.js';
import { handOver } from './modules/exceptions/exceptions.service.js';
import { systemActor } from './shared/actor.js';
import type { MeiliConfig } from './modules/search/meilisearch-engine.js';
import { openSearch, type SearchRuntime } from './modules/search/search.runtime.js';
import type { Clock } from './shared/clock.js';
import type { Logger } from './shared/logger.js';
import { createUsageLog, type UsageLog } from './modules/usage/usage-log.js';
import * as webhooks from './modules/webhooks/announce.js';
import { DEFAULT_WEBHOOK_SETTINGS, type WebhookSettings } from './modules/webhooks/settings.js';
import { openWebhooks, type WebhooksRuntime } from './modules/webhooks/webhooks.runtime.js';

/**
 * The application assembled: the database, search with the state it keeps, the background jobs —
 * created once at start-up (by the server, a command or a test) and passed down. Which module
 * listens to which event is decided here, and nowhere else.
 */
export interface Runtime {
  db: Db;
  clock: Clock;
  logger: Logger;
  search: SearchRuntime;
  /** what agents open and render, written off the read's path */
  usage: UsageLog;
  webhooks: WebhooksRuntime;
  jobs: Jobs;
  /** stop the jobs, write what is buffered, close the database */
  close(): Promise<void>;
}

export interface RuntimeOptions {
  databaseUrl: string | undefined;
  clock: Clock;
  logger: Logger;
  /** search through Meilisearch (fed through the outbox) instead of the embedded engine */
  meili?: MeiliConfig;
  /** how long usage events wait to be written together (default 200 ms; tests that count statements write them when they choose) */
  usageFlushMs?: number;
  /** how long the background-work lease lasts unrenewed (a process that dies hands over after this) */
  leaseTtlMs?: number;
  webhooks?: WebhookSettings;
}

export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const { clock, logger } = options;
  const db = await openDb(options.databaseUrl, { logger });
  const search = openSearch(db, { meili: options.meili, logger, clock });
  const usage = createUsageLog(db, logger, { flushAfterMs: options.usageFlushMs });

  db.events.on('VersionStored', ({ version }, tx) => search.indexVersion(tx, version));
  // a new touchpoint code is one a mistyped query may have meant
  db.events.on('BusinessRegistered', (_event, tx) => search.codesChanged(tx));

  // a deactivated owner's open exceptions pass on in the deactivating transaction
  db.events.on('UserDeactivated', ({ user }, tx) => handOver(tx, systemActor(clock), user.id));

  // webhooks: each event is queued for every endpoint subscribing to it, in the transaction of the change
  db.events.on('VersionPublished', webhooks.versionPublished);
  db.events.on('VersionWithdrawn', webhooks.versionWithdrawn);
  db.events.on('DocumentRetired', webhooks.documentRetired);
  db.events.on('ExceptionRaised', webhooks.exceptionRaised);
  db.events.on('ExceptionAnswered', webhooks.exceptionAnswered);
  db.events.on('ExceptionEscalated', webhooks.exceptionEscalated);
  db.events.on('ExceptionClosed', webhooks.exceptionClosed);
  db.events.on('VersionFlagged', webhooks.versionFlagged);
  const hooks = openWebhooks(db, { clock, logger, settings: options.webhooks ?? DEFAULT_WEBHOOK_SETTINGS });

  // among processes sharing the database, the one holding this lease runs the background work
  const jobs = createJobs(logger, { lease: databaseLease(db, 'background-work', { ttlMs: options.leaseTtlMs ?? 15_000 }), leaseEveryMs: (options.leaseTtlMs ?? 15_000) / 5 });
  for (const job of search.jobs) jobs.add(job);
  jobs.add(escalationJob(db, clock));
  jobs.add(rollupJob(db, clock));
  for (const job of hooks.jobs) jobs.add(job);

  return {
    db,
    clock,
    logger,
    search,
    usage,
    webhooks: hooks,
    jobs,
    async close() {
      await jobs.stop();
      await hooks.close();
      await usage.flush();
      await search.stop();
      await db.close();
    },
  };
}
