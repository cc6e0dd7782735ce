import { randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import type { Tx } from '../../db/database.js';
import { enqueue } from '../../jobs/outbox.js';
import type { DomainEvent } from '../../shared/events.js';
import type { ExceptionRow } from '../exceptions/exception.entity.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { bodyOf, type WebhookEvent, type WebhookEventType } from './event-types.js';
import { WebhookDeliveryRow, WebhookEndpointRow, WebhookTimerRow } from './webhook.entity.js';
import '../exceptions/events.js';
import '../versioning/events.js';

export const WEBHOOKS_TOPIC = 'webhooks';

/** An outbox message of the topic: the delivery to make. */
export interface WebhookMessage {
  deliveryId: number;
}

/** One key per endpoint and subject: one document's events reach one endpoint in the order they happened. */
export const orderKey = (endpointId: string, subject: string) => `${endpointId}:${subject}`;

const subscribes = (endpoint: WebhookEndpointRow, type: WebhookEventType) => endpoint.eventTypes === null || (JSON.parse(endpoint.eventTypes) as string[]).includes(type);

/**
 * Queue `event` for every active endpoint that subscribes to it, in the caller's transaction: one
 * delivery and one outbox message per endpoint, so the change and its webhooks commit together.
 */
export async function announce(tx: Tx, event: WebhookEvent): Promise<void> {
  const endpoints = (await tx.em.findBy(WebhookEndpointRow, { status: 'ACTIVE' })).filter((e) => subscribes(e, event.type));
  const payload = bodyOf(event);
  for (const endpoint of endpoints) {
    const key = orderKey(endpoint.id, event.subject);
    const row = { messageId: `msg_${randomUUID().replaceAll('-', '')}`, endpointId: endpoint.id, eventType: event.type, orderKey: key, payload, status: 'PENDING' as const, attempts: 0, lastAttemptAt: null, createdAt: event.occurredAt };
    const { identifiers } = await tx.em.insert(WebhookDeliveryRow, row);
    const message: WebhookMessage = { deliveryId: Number(identifiers[0]!.id) };
    await enqueue(tx, { topic: WEBHOOKS_TOPIC, key, payload: message });
  }
}

const versionData = (v: VersionRow) => ({ documentId: v.documentId, versionId: v.id, kind: v.kind, versionNumber: v.versionNumber, effectiveFrom: v.effectiveFrom });
const exceptionData = (e: ExceptionRow) => ({ exceptionId: e.id, status: e.status, revision: e.revision, flaggedVersionId: e.flaggedVersionId });
const exceptionSubject = (e: ExceptionRow) => `exception:${e.id}`;

/** A published version's webhook; one taking effect later also gets a timer for the instant it does. */
export async function versionPublished({ version, at }: DomainEvent<'VersionPublished'>, tx: Tx): Promise<void> {
  await announce(tx, { type: 'VERSION_PUBLISHED', occurredAt: at, subject: version.documentId, data: versionData(version) });
  if (version.effectiveFrom && version.effectiveFrom > at) {
    await tx.em.insert(WebhookTimerRow, { eventType: 'VERSION_TOOK_EFFECT', subjectId: version.id, dueAt: version.effectiveFrom, firedAt: null });
  }
}

/** A scheduled version withdrawn: its timer goes (it will not take effect), and receivers told of it hear so. */
export async function versionWithdrawn({ version, reason, at }: DomainEvent<'VersionWithdrawn'>, tx: Tx): Promise<void> {
  await tx.em.delete(WebhookTimerRow, { eventType: 'VERSION_TOOK_EFFECT', subjectId: version.id, firedAt: IsNull() });
  const { effectiveFrom: _none, ...data } = versionData(version);
  await announce(tx, { type: 'VERSION_WITHDRAWN', occurredAt: at, subject: version.documentId, data: { ...data, status: version.status, reason } });
}

export const versionTookEffect = (tx: Tx, version: VersionRow) =>
  announce(tx, { type: 'VERSION_TOOK_EFFECT', occurredAt: version.effectiveFrom!, subject: version.documentId, data: versionData(version) });

export const documentRetired = async ({ document, at }: DomainEvent<'DocumentRetired'>, tx: Tx) =>
  announce(tx, { type: 'DOCUMENT_RETIRED', occurredAt: at, subject: document.id, data: { documentId: document.id, kind: document.kind, retiredAt: document.retiredAt } });

export const exceptionRaised = async ({ exception, at }: DomainEvent<'ExceptionRaised'>, tx: Tx) =>
  announce(tx, { type: 'EXCEPTION_RAISED', occurredAt: at, subject: exceptionSubject(exception), data: exceptionData(exception) });

export const exceptionAnswered = async ({ exception, at }: DomainEvent<'ExceptionAnswered'>, tx: Tx) =>
  announce(tx, { type: 'EXCEPTION_ANSWERED', occurredAt: at, subject: exceptionSubject(exception), data: exceptionData(exception) });

export const exceptionEscalated = async ({ exception, at, level }: DomainEvent<'ExceptionEscalated'>, tx: Tx) =>
  announce(tx, { type: 'EXCEPTION_ESCALATED', occurredAt: at, subject: exceptionSubject(exception), data: { ...exceptionData(exception), level } });

export const exceptionClosed = async ({ exception, at }: DomainEvent<'ExceptionClosed'>, tx: Tx) =>
  announce(tx, {
    type: 'EXCEPTION_RESOLVED',
    occurredAt: at,
    subject: exceptionSubject(exception),
    data: { ...exceptionData(exception), resolvedByVersionId: exception.resolvedByVersionId, mergedIntoId: exception.mergedIntoId },
  });

export const versionFlagged = async ({ flag, at }: DomainEvent<'VersionFlagged'>, tx: Tx) =>
  announce(tx, {
    type: 'VERSION_FLAGGED',
    occurredAt: at,
    subject: flag.documentId,
    data: { flagId: flag.id, exceptionId: flag.exceptionId, documentId: flag.documentId, versionId: flag.versionId, reason: flag.reason },
  });
