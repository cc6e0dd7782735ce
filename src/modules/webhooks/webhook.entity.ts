import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { WebhookEventType } from './event-types.js';
import type { DeliveryStatus, EndpointStatus } from './webhook-values.js';

/** A receiver that admins registered: where events go, which ones, and the keys that sign them. */
@Entity('webhook_endpoints')
export class WebhookEndpointRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 2000 })
  url: string;

  @Column('text', { nullable: true })
  description: string | null;

  /** JSON list of event types; null: every type, including ones added later */
  @Column('text', { nullable: true })
  eventTypes: string | null;

  @Column('varchar', { length: 12 })
  status: EndpointStatus;

  /** the signing key (whsec_…): shown once when created or rotated, never read back through the API */
  @Column('varchar', { length: 100 })
  secret: string;

  /** the key before the last rotation: it signs too until previousSecretExpiresAt */
  @Column('varchar', { length: 100, nullable: true })
  previousSecret: string | null;

  @Column('varchar', { length: 24, nullable: true })
  previousSecretExpiresAt: string | null;

  /** the first failed attempt since the last one that got through (five days of it disable the endpoint) */
  @Column('varchar', { length: 24, nullable: true })
  failingSince: string | null;

  @Column('varchar', { length: 24, nullable: true })
  disabledAt: string | null;

  @Column('text', { nullable: true })
  disabledReason: string | null;

  /** bumped by every change an admin or the system makes to the registration; deliveries' bookkeeping leaves it */
  @Column('integer')
  revision: number;

  @Column('varchar', { length: 36 })
  createdById: string;

  @Column('varchar', { length: 24 })
  createdAt: string;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}

/** One event for one endpoint: its webhook-id, the exact body sent on every attempt, and how it went. */
@Entity('webhook_deliveries')
@Index(['endpointId', 'id'])
@Index(['createdAt'])
export class WebhookDeliveryRow {
  /** the order deliveries were queued in; the pagination key */
  @PrimaryGeneratedColumn('increment')
  id: number;

  /** the `webhook-id` header: the same on every attempt and redelivery, so receivers can drop duplicates */
  @Column('varchar', { length: 40, unique: true })
  messageId: string;

  @Column('varchar', { length: 36 })
  endpointId: string;

  @Column('varchar', { length: 40 })
  eventType: WebhookEventType;

  /** the outbox key it goes out under (endpoint and document): redeliveries keep their place in that order */
  @Column('varchar', { length: 200 })
  orderKey: string;

  /** the JSON body, signed as it is stored */
  @Column('text')
  payload: string;

  @Column('varchar', { length: 12 })
  status: DeliveryStatus;

  /** attempts made, over every redelivery */
  @Column('integer')
  attempts: number;

  @Column('varchar', { length: 24, nullable: true })
  lastAttemptAt: string | null;

  @Column('varchar', { length: 24 })
  createdAt: string;
}

/** One HTTP attempt of a delivery: the log admins read when a receiver misbehaves. */
@Entity('webhook_attempts')
@Index(['deliveryId'])
export class WebhookAttemptRow {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column('integer')
  deliveryId: number;

  @Column('varchar', { length: 36 })
  endpointId: string;

  /** 1 for the first attempt of the delivery, counting on across redeliveries */
  @Column('integer')
  attempt: number;

  @Column('integer', { nullable: true })
  httpStatus: number | null;

  /** why it failed without an answer (a timeout, a refused address), or why the answer counts as a failure */
  @Column('text', { nullable: true })
  error: string | null;

  @Column('integer')
  durationMs: number;

  /** the start of the answer's body, at most 500 characters */
  @Column('text', { nullable: true })
  responseExcerpt: string | null;

  @Column('varchar', { length: 24 })
  at: string;
}

/**
 * An event due at an instant when nobody writes (a scheduled version taking effect, a review
 * falling due). The primary key makes it once per subject and instant; firedAt says it was announced.
 */
@Entity('webhook_timers')
@Index(['firedAt', 'dueAt'])
export class WebhookTimerRow {
  @PrimaryColumn('varchar', { length: 40 })
  eventType: WebhookEventType;

  @PrimaryColumn('varchar', { length: 36 })
  subjectId: string;

  @PrimaryColumn('varchar', { length: 24 })
  dueAt: string;

  @Column('varchar', { length: 24, nullable: true })
  firedAt: string | null;
}
