import { In } from 'typeorm';
import { type Dispatcher, fetch, type Response } from 'undici';
import { type Db, isPostgres } from '../../db/database.js';
import type { OutboxMessage } from '../../jobs/outbox.js';
import type { TopicHandler } from '../../jobs/outbox-worker.js';
import { systemActor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import type { Logger } from '../../shared/logger.js';
import type { WebhookMessage } from './announce.js';
import { WEBHOOKS_TOPIC } from './announce.js';
import { destinationRule } from './destination.js';
import { disableEndpoint } from './endpoints.service.js';
import type { WebhookSettings } from './settings.js';
import { signedHeaders, signingKeys } from './signing.js';
import { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity.js';
import type { DeliveryStatus } from './webhook-values.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** After the first attempt fails: the waits before the next ones (Standard Webhooks' schedule), then it is given up. */
export const RETRY_SCHEDULE_MS = [5 * SECOND, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 10 * HOUR];
export const MAX_ATTEMPTS = RETRY_SCHEDULE_MS.length + 1;
/** an endpoint that has failed every attempt for this long is disabled */
export const FAILING_LIMIT_MS = 5 * 24 * HOUR;
export const REQUEST_TIMEOUT_MS = 15 * SECOND;
export const EXCERPT_CHARS = 500;

/** The wait after `attempts` failed attempts, ±10 %, so that receivers coming back are not hit by every sender at once. */
export function webhookRetryDelayMs(attempts: number, random = Math.random): number {
  const base = RETRY_SCHEDULE_MS[Math.min(Math.max(attempts, 1), RETRY_SCHEDULE_MS.length) - 1]!;
  return Math.round(base * (0.9 + 0.2 * random()));
}

interface Answer {
  httpStatus: number | null;
  error: string | null;
  excerpt: string | null;
}

/** The start of the body, without reading more of it than that. */
async function excerptOf(response: Response): Promise<string | null> {
  if (!response.body) return null;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (text.length < EXCERPT_CHARS) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  await reader.cancel().catch(() => undefined);
  return text.length > 0 ? text.slice(0, EXCERPT_CHARS) : null;
}

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / SECOND} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

/** One POST: the body exactly as stored, signed now by every key in force; redirects are not followed (they could lead inside). */
async function post(endpoint: WebhookEndpointRow, delivery: WebhookDeliveryRow, settings: WebhookSettings, dispatcher: Dispatcher, now: Date): Promise<Answer> {
  const refusal = await destinationRule(endpoint.url, settings);
  if (refusal) return { httpStatus: null, error: `not sent: url ${refusal}`, excerpt: null };
  // the timestamp is the machine's: receivers compare it with their own clocks
  const headers = signedHeaders(delivery.messageId, new Date(), delivery.payload, signingKeys(endpoint, toStored(now)));
  const timeoutMs = settings.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'hotline-kb-webhooks/1', ...headers },
      body: delivery.payload,
      redirect: 'manual',
      dispatcher,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const excerpt = await excerptOf(response).catch(() => null);
    const ok = response.status >= 200 && response.status < 300;
    const error = ok ? null : response.status >= 300 && response.status < 400 ? `HTTP ${response.status}: redirects are not followed` : `HTTP ${response.status}`;
    return { httpStatus: response.status, error, excerpt };
  } catch (error) {
    return { httpStatus: null, error: reasonOf(error, timeoutMs), excerpt: null };
  }
}

type Outcome = { done: true } | { done: false; error: string };

/**
 * The `webhooks` outbox topic: each message is one delivery to one endpoint. Messages of one key
 * (endpoint and document) go one after the other, and a failure holds back the rest of its key;
 * different keys go side by side. Every attempt is logged; a 410 or five days of failures disable
 * the endpoint; after the last retry a delivery is given up and the key moves on.
 */
export function webhookTopic(db: Db, settings: WebhookSettings, dispatcher: Dispatcher, logger: Logger): TopicHandler {
  const log = logger.child({ topic: WEBHOOKS_TOPIC });

  /** Record an attempt and what it means for the delivery and the endpoint, in one transaction. */
  async function settleAttempt(delivery: WebhookDeliveryRow, answer: Answer, durationMs: number, lastTry: boolean, now: Date): Promise<Outcome> {
    const at = toStored(now);
    const ok = answer.error === null;
    const gone = answer.httpStatus === 410;
    return db.write(async (tx) => {
      // the endpoint first, locked on PostgreSQL: attempts of one endpoint settle one at a time, in the
      // order a disabling takes its locks (endpoint, then deliveries), so they never deadlock with it
      const endpoints = tx.em.getRepository(WebhookEndpointRow).createQueryBuilder('e').where('e.id = :id', { id: delivery.endpointId });
      if (isPostgres(tx.em)) endpoints.setLock('pessimistic_write');
      const endpoint = await endpoints.getOneOrFail();
      await tx.em.insert(WebhookAttemptRow, {
        deliveryId: delivery.id,
        endpointId: delivery.endpointId,
        attempt: delivery.attempts + 1,
        httpStatus: answer.httpStatus,
        error: answer.error,
        durationMs,
        responseExcerpt: answer.excerpt,
        at,
      });
      // disabled meanwhile (by another attempt or an admin): a failure is not tried again
      const stopped = endpoint.status !== 'ACTIVE';
      const status: DeliveryStatus = ok ? 'DELIVERED' : gone || lastTry ? 'FAILED' : stopped ? 'CANCELLED' : 'PENDING';
      await tx.em.update(WebhookDeliveryRow, { id: delivery.id }, { status, attempts: delivery.attempts + 1, lastAttemptAt: at });
      if (ok) {
        if (endpoint.failingSince) await tx.em.update(WebhookEndpointRow, { id: endpoint.id }, { failingSince: null });
        return { done: true };
      }
      if (stopped) return { done: true };
      const failingSince = endpoint.failingSince ?? at;
      const system = systemActor({ now: () => now });
      if (gone) await disableEndpoint(tx, system, endpoint, 'the receiver answered HTTP 410 Gone');
      else if (now.getTime() - Date.parse(failingSince) >= FAILING_LIMIT_MS) await disableEndpoint(tx, system, endpoint, `every attempt has failed since ${failingSince}`);
      else if (!endpoint.failingSince) await tx.em.update(WebhookEndpointRow, { id: endpoint.id }, { failingSince });
      return status === 'PENDING' ? { done: false, error: answer.error! } : { done: true };
    });
  }

  async function attempt(message: OutboxMessage, delivery: WebhookDeliveryRow | undefined, now: Date): Promise<Outcome> {
    // pruned, or cancelled when its endpoint was disabled: nothing to send
    if (!delivery || delivery.status !== 'PENDING') return { done: true };
    const endpoint = await db.dataSource.getRepository(WebhookEndpointRow).findOneBy({ id: delivery.endpointId });
    if (!endpoint || endpoint.status !== 'ACTIVE') {
      await db.write((tx) => tx.em.update(WebhookDeliveryRow, { id: delivery.id, status: 'PENDING' }, { status: 'CANCELLED' }));
      return { done: true };
    }
    const started = performance.now();
    const answer = await post(endpoint, delivery, settings, dispatcher, now);
    const outcome = await settleAttempt(delivery, answer, Math.round(performance.now() - started), message.attempts + 1 >= MAX_ATTEMPTS, now);
    if (answer.error) log.info({ endpointId: endpoint.id, webhookId: delivery.messageId, attempt: delivery.attempts + 1, reason: answer.error }, 'a webhook attempt failed');
    return outcome;
  }

  return {
    topic: WEBHOOKS_TOPIC,
    batchSize: 50,
    // a key's messages go one after another, each up to the request timeout
    leaseMs: 15 * MINUTE,
    retryDelayMs: (attempts) => webhookRetryDelayMs(attempts),
    async deliver(messages, now) {
      const ids = messages.map((m) => (m.payload as WebhookMessage).deliveryId);
      const deliveries = new Map((await db.dataSource.getRepository(WebhookDeliveryRow).findBy({ id: In(ids) })).map((d) => [d.id, d]));
      const byKey = new Map<string, OutboxMessage[]>();
      for (const m of messages) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
      const refused = new Map<number, string>();
      await Promise.all(
        [...byKey.values()].map(async (keyed) => {
          for (const m of keyed) {
            const outcome = await attempt(m, deliveries.get((m.payload as WebhookMessage).deliveryId), now);
            if (!outcome.done) {
              refused.set(m.id, outcome.error);
              break;
            }
          }
        }),
      );
      return refused;
    },
  };
}
