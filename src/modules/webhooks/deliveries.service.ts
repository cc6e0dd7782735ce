import { In } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { enqueue } from '../../jobs/outbox.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { invalidTransition, notFound } from '../../shared/errors.js';
import { type ConnectionShape, type Page, toConnection } from '../../shared/pagination.js';
import { parseInput } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { type WebhookMessage, WEBHOOKS_TOPIC } from './announce.js';
import { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity.js';

export type DeliveryWithLog = WebhookDeliveryRow & { log: WebhookAttemptRow[] };

/** An endpoint's deliveries, newest first, each with its attempts (one query for the whole page). */
export async function webhookDeliveries(db: Db, endpointId: string, page: Page): Promise<ConnectionShape<DeliveryWithLog>> {
  if (!(await db.dataSource.getRepository(WebhookEndpointRow).existsBy({ id: endpointId }))) throw notFound('webhook endpoint', endpointId);
  const query = db.dataSource.getRepository(WebhookDeliveryRow).createQueryBuilder('d').where('d.endpointId = :endpointId', { endpointId });
  const totalCount = await query.clone().getCount();
  if (page.afterKey !== undefined) query.andWhere('d.id < :after', { after: page.afterKey });
  const rows = await query.orderBy('d.id', 'DESC').limit(page.limit + 1).getMany();
  const shownRows = rows.slice(0, page.limit);
  const attempts = shownRows.length > 0 ? await db.dataSource.getRepository(WebhookAttemptRow).find({ where: { deliveryId: In(shownRows.map((r) => r.id)) }, order: { id: 'ASC' } }) : [];
  const withLog = rows.map((row) => Object.assign(row, { log: attempts.filter((a) => a.deliveryId === row.id) }));
  return toConnection(withLog, page, (d) => d.id, totalCount);
}

const redeliverInput = z.object({ deliveryId: z.string().regex(/^\d{1,15}$/, 'must be the id of a webhook delivery') });

/** Send a past event again, with its webhook-id, behind whatever waits for its document at that endpoint (audited). */
export function redeliverWebhook(db: Db, actor: Actor, input: z.input<typeof redeliverInput>): Promise<DeliveryWithLog> {
  const parsed = parseInput(redeliverInput, input);
  return db.write(async (tx) => {
    const delivery = await tx.em.findOneBy(WebhookDeliveryRow, { id: Number(parsed.deliveryId) });
    if (!delivery) throw notFound('webhook delivery', parsed.deliveryId);
    const endpoint = await tx.em.findOneByOrFail(WebhookEndpointRow, { id: delivery.endpointId });
    if (endpoint.status === 'DISABLED') throw invalidTransition(`webhook endpoint ${endpoint.id} is disabled: nothing more is sent to it`, { status: endpoint.status });
    if (delivery.status === 'PENDING') throw invalidTransition(`webhook delivery ${delivery.id} is still being delivered`, { status: delivery.status });
    const message: WebhookMessage = { deliveryId: delivery.id };
    await enqueue(tx, { topic: WEBHOOKS_TOPIC, key: delivery.orderKey, payload: message });
    await tx.em.update(WebhookDeliveryRow, { id: delivery.id }, { status: 'PENDING' });
    await record(tx, actor, {
      at: toStored(actor.clock.now()),
      action: 'WEBHOOK_REDELIVERED',
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
      reason: `${delivery.messageId} (${delivery.eventType}) again, after ${delivery.status}`,
    });
    const log = await tx.em.find(WebhookAttemptRow, { where: { deliveryId: delivery.id }, order: { id: 'ASC' } });
    return Object.assign(delivery, { status: 'PENDING' as const, log });
  });
}
