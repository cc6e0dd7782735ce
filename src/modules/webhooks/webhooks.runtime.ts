import type { Db } from '../../db/database.js';
import type { Job } from '../../jobs/jobs.js';
import { outboxWorker, type OutboxWorker } from '../../jobs/outbox-worker.js';
import type { Clock } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import { webhookTopic } from './delivery.js';
import type { WebhookSettings } from './settings.js';
import { fireReviewOverdue, fireTookEffect, pruneDeliveryLog } from './timers.js';

/** Webhooks' background side: the delivery worker and the timers, as jobs for the runtime's one home of background work. */
export interface WebhooksRuntime {
  settings: WebhookSettings;
  worker: OutboxWorker;
  jobs: Job[];
}

export function openWebhooks(db: Db, options: { clock: Clock; logger: Logger; settings: WebhookSettings }): WebhooksRuntime {
  const { clock, logger, settings } = options;
  const worker = outboxWorker(db, webhookTopic(db, settings, logger), logger);
  return {
    settings,
    worker,
    jobs: [
      { name: `outbox ${worker.topic}`, everyMs: 1000, untilIdle: true, run: () => worker.runOnce() },
      { name: 'webhooks: scheduled versions taking effect', everyMs: 30_000, untilIdle: true, run: () => fireTookEffect(db, clock) },
      { name: 'webhooks: reviews falling due', everyMs: 5 * 60_000, untilIdle: true, run: () => fireReviewOverdue(db, clock) },
      { name: 'webhooks: delivery log pruning', everyMs: 60 * 60_000, untilIdle: true, run: () => pruneDeliveryLog(db, clock) },
    ],
  };
}
