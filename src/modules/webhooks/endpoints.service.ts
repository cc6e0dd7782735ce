import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import { OutboxRow } from '../../jobs/outbox.entity.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, conflict, invalidTransition, notFound } from '../../shared/errors.js';
import { id, parseInput, revision, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { WEBHOOKS_TOPIC } from './announce.js';
import { destinationRule } from './destination.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from './event-types.js';
import type { WebhookSettings } from './settings.js';
import { newSecret } from './signing.js';
import { WebhookDeliveryRow, WebhookEndpointRow } from './webhook.entity.js';

const HOUR_MS = 3_600_000;
export const MAX_OVERLAP_HOURS = 720;

/** An endpoint as the audit trail and the API show it: never its keys. */
export const shown = ({ secret: _secret, previousSecret: _previous, ...rest }: WebhookEndpointRow) => ({ ...rest, eventTypes: rest.eventTypes === null ? null : (JSON.parse(rest.eventTypes) as WebhookEventType[]) });

const eventTypes = z
  .array(z.enum(WEBHOOK_EVENT_TYPES, { message: `must be among ${WEBHOOK_EVENT_TYPES.join(', ')}` }))
  .min(1, 'must name at least one event type, or be left out for all of them')
  .refine((types) => new Set(types).size === types.length, 'must not name an event type twice');

const createInput = z.object({
  url: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
  eventTypes: eventTypes.nullish(),
  description: text(500).nullish(),
});

/** Register an endpoint; the answer carries its signing key, which is never shown again. */
export async function createWebhookEndpoint(db: Db, actor: Actor, settings: WebhookSettings, input: z.input<typeof createInput>): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const parsed = parseInput(createInput, input);
  const refusal = await destinationRule(parsed.url, settings);
  if (refusal) throw badInput('url', refusal);
  return db.write(async (tx) => {
    const at = toStored(actor.clock.now());
    const endpoint = Object.assign(new WebhookEndpointRow(), {
      id: randomUUID(),
      url: parsed.url,
      description: parsed.description ?? null,
      eventTypes: parsed.eventTypes ? JSON.stringify(parsed.eventTypes) : null,
      status: 'ACTIVE' as const,
      secret: newSecret(),
      previousSecret: null,
      previousSecretExpiresAt: null,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
      revision: 1,
      createdById: actor.user.id,
      createdAt: at,
      updatedAt: at,
    });
    await tx.em.insert(WebhookEndpointRow, endpoint);
    await record(tx, actor, { at, action: 'WEBHOOK_ENDPOINT_CREATED', entityType: 'WebhookEndpoint', entityId: endpoint.id, after: shown(endpoint) });
    return { endpoint, secret: endpoint.secret };
  });
}

async function loadEndpoint(tx: Tx, endpointId: string, expectedRevision: number | null | undefined): Promise<WebhookEndpointRow> {
  const endpoint = await tx.em.findOneBy(WebhookEndpointRow, { id: endpointId });
  if (!endpoint) throw notFound('webhook endpoint', endpointId);
  if (expectedRevision != null && expectedRevision !== endpoint.revision) {
    throw conflict(`webhook endpoint ${endpointId} is at revision ${endpoint.revision}, not ${expectedRevision}: reload it and apply your change again`, { currentRevision: endpoint.revision });
  }
  return endpoint;
}

/**
 * Change an endpoint from the revision it was read at, and audit it: a concurrent change (an
 * admin's, or the delivery worker disabling it) makes this one a CONFLICT rather than overwrite it.
 */
export async function writeEndpoint(
  tx: Tx,
  actor: Actor,
  before: WebhookEndpointRow,
  changes: Partial<WebhookEndpointRow>,
  change: { action: AuditAction; reason?: string | null },
): Promise<WebhookEndpointRow> {
  const at = toStored(actor.clock.now());
  const set = { ...changes, revision: before.revision + 1, updatedAt: at };
  const result = await tx.em.update(WebhookEndpointRow, { id: before.id, revision: before.revision }, set);
  if (result.affected === 0) throw conflict(`webhook endpoint ${before.id} changed meanwhile: reload it`, { id: before.id });
  const after = Object.assign(new WebhookEndpointRow(), before, set);
  await record(tx, actor, { at, action: change.action, entityType: 'WebhookEndpoint', entityId: before.id, reason: change.reason ?? null, before: shown(before), after: shown(after) });
  return after;
}

const rotateInput = z.object({
  endpointId: id(),
  overlapHours: z.number().int('must be a whole number').min(0, 'must not be negative').max(MAX_OVERLAP_HOURS, `must be at most ${MAX_OVERLAP_HOURS}`).nullish(),
  expectedRevision: revision().nullish(),
});

/** A new signing key; the current one keeps signing beside it for the overlap, so receivers can switch without losing a message. */
export function rotateWebhookSecret(db: Db, actor: Actor, settings: WebhookSettings, input: z.input<typeof rotateInput>): Promise<{ endpoint: WebhookEndpointRow; secret: string }> {
  const parsed = parseInput(rotateInput, input);
  return db.write(async (tx) => {
    const before = await loadEndpoint(tx, parsed.endpointId, parsed.expectedRevision);
    if (before.status === 'DISABLED') throw invalidTransition(`webhook endpoint ${before.id} is disabled: register a new one`, { status: before.status });
    const overlapHours = parsed.overlapHours ?? settings.secretOverlapHours;
    const expires = toStored(new Date(actor.clock.now().getTime() + overlapHours * HOUR_MS));
    const secret = newSecret();
    const endpoint = await writeEndpoint(tx, actor, before, { secret, previousSecret: before.secret, previousSecretExpiresAt: expires }, { action: 'WEBHOOK_SECRET_ROTATED', reason: `the previous key signs too until ${expires}` });
    return { endpoint, secret };
  });
}

const disableInput = z.object({ endpointId: id(), reason: text(500).nullish(), expectedRevision: revision().nullish() });

/** Stop an endpoint (in the caller's transaction): it gets nothing more, and what waits for it is cancelled. */
export async function disableEndpoint(tx: Tx, actor: Actor, before: WebhookEndpointRow, reason: string): Promise<WebhookEndpointRow> {
  const at = toStored(actor.clock.now());
  const endpoint = await writeEndpoint(tx, actor, before, { status: 'DISABLED', disabledAt: at, disabledReason: reason }, { action: 'WEBHOOK_ENDPOINT_DISABLED', reason });
  await tx.em
    .createQueryBuilder()
    .delete()
    .from(OutboxRow)
    .where('topic = :topic AND key LIKE :prefix', { topic: WEBHOOKS_TOPIC, prefix: `${before.id}:%` })
    .execute();
  await tx.em.update(WebhookDeliveryRow, { endpointId: before.id, status: 'PENDING' }, { status: 'CANCELLED' });
  return endpoint;
}

/** An admin stops an endpoint. */
export function disableWebhookEndpoint(db: Db, actor: Actor, input: z.input<typeof disableInput>): Promise<WebhookEndpointRow> {
  const parsed = parseInput(disableInput, input);
  return db.write(async (tx) => {
    const before = await loadEndpoint(tx, parsed.endpointId, parsed.expectedRevision);
    if (before.status === 'DISABLED') throw invalidTransition(`webhook endpoint ${before.id} is already disabled`, { status: before.status });
    return disableEndpoint(tx, actor, before, parsed.reason ?? 'disabled by an administrator');
  });
}

export const listWebhookEndpoints = (db: Db) => db.dataSource.getRepository(WebhookEndpointRow).find({ order: { createdAt: 'ASC', id: 'ASC' } });
