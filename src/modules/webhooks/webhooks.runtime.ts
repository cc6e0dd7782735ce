import { LessThanOrEqual } from 'typeorm';
import type { Db } from '../../db/database.js';
import { OutboxRow } from '../../jobs/outbox.entity.js';
import type { Job } from '../../jobs/jobs.js';
import { outboxWorker, type OutboxWorker } from '../../jobs/outbox-worker.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { WEBHOOKS_TOPIC } from './announce.js';
import { webhookTopic } from './delivery.js';
import { webhookDispatcher } from './destination.js';
import type { WebhookSettings } from './settings.js';
import { fireReviewOverdue, fireTookEffect, pruneDeliveryLog } from './timers.js';

/** Webhooks' background side: the delivery worker and the timers, as jobs for the runtime's one home of background work. */
export interface WebhooksRuntime {
  settings: WebhookSettings;
  worker: OutboxWorker;
  jobs: Job[];
  /** close the connections kept to receivers */
  close(): Promise<void>;
}

export function openWebhooks(db: Db, options: { clock: Clock; logger: Logger; settings: WebhookSettings }): WebhooksRuntime {
  const { clock, logger, settings } = options;
  const dispatcher = webhookDispatcher(settings);
  const worker = outboxWorker(db, webhookTopic(db, settings, dispatcher, logger), logger);
  // most seconds nothing is due: finding that out is a read, where leasing would be a write transaction
  // (on SQLite one that waits its turn with the requests')
  const anyDue = () => db.dataSource.getRepository(OutboxRow).exists({ where: { topic: WEBHOOKS_TOPIC, nextAttemptAt: LessThanOrEqual(new Date().toISOString()) } });
  return {
    settings,
    worker,
    jobs: [
      { name: `outbox ${worker.topic}`, everyMs: 1000, untilIdle: true, run: async () => ((await anyDue()) ? worker.runOnce() : 0) },
      { name: 'webhooks: scheduled versions taking effect', everyMs: 30_000, untilIdle: true, run: () => fireTookEffect(db, clock) },
      { name: 'webhooks: reviews falling due', everyMs: 5 * 60_000, untilIdle: true, run: () => fireReviewOverdue(db, clock) },
      { name: 'webhooks: delivery log pruning', everyMs: 60 * 60_000, untilIdle: true, run: () => pruneDeliveryLog(db, clock) },
    ],
    close: () => dispatcher.close(),
  };
}
