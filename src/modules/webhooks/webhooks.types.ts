import { DateTime } from '../../graphql/date-time.js';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums.js';
import { Connection } from '../../graphql/relay.js';
import { EVENT_TYPE_INFO, WEBHOOK_EVENT_TYPES, type WebhookEventType } from './event-types.js';
import { DELIVERY_STATUSES, type DeliveryStatus, ENDPOINT_STATUSES, type EndpointStatus } from './webhook-values.js';

export const WebhookEventTypeEnum = enumOf(WEBHOOK_EVENT_TYPES);
registerEnumType(WebhookEventTypeEnum, {
  name: 'WebhookEventType',
  description:
    'what a webhook announces. The body is JSON `{ "type": "version.published", "occurredAt": "<ISO-8601>", "data": { … } }`, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature headers)',
  valuesConfig: Object.fromEntries(WEBHOOK_EVENT_TYPES.map((t) => [t, { description: `\`${EVENT_TYPE_INFO[t].name}\`: ${EVENT_TYPE_INFO[t].description}` }])),
});
export const EndpointStatusEnum = enumOf(ENDPOINT_STATUSES);
registerEnumType(EndpointStatusEnum, { name: 'WebhookEndpointStatus', description: 'DISABLED: by an admin, on an HTTP 410 answer, or after five days of failed attempts; nothing more is sent' });
export const DeliveryStatusEnum = enumOf(DELIVERY_STATUSES);
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'queued, or failed and waiting for its next attempt' },
    DELIVERED: { description: 'the receiver answered 2xx' },
    FAILED: { description: 'given up: the last retry failed, or the receiver answered 410' },
    CANCELLED: { description: 'its endpoint was disabled before it got through' },
  },
});

@ObjectType({ description: 'a receiver of signed webhooks; its signing key is shown only when created or rotated' })
export class WebhookEndpoint {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  url: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'the events it receives; null: every event type, including ones added later' })
  eventTypes: WebhookEventType[] | null;

  @Field(() => EndpointStatusEnum)
  status: EndpointStatus;

  @Field(() => DateTime, { nullable: true, description: 'since a rotation: until when the previous key signs too' })
  previousSecretExpiresAt: string | null;

  @Field(() => DateTime, { nullable: true, description: 'the first failed attempt since the last one that got through; five days of failures disable the endpoint' })
  failingSince: string | null;

  @Field(() => DateTime, { nullable: true })
  disabledAt: string | null;

  @Field(() => String, { nullable: true })
  disabledReason: string | null;

  @Field(() => Int, { description: 'bumped by every change; name it as expectedRevision when you change it' })
  revision: number;

  @Field(() => DateTime)
  createdAt: string;

  @Field(() => DateTime)
  updatedAt: string;
}

@ObjectType()
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field(() => String, { nullable: true, description: 'the signing key (whsec_…), only in the answer that creates or rotates it: keep it now, it is never shown again' })
  secret: string | null;
}

@ObjectType({ description: 'one HTTP attempt of a delivery' })
export class WebhookAttempt {
  @Field(() => Int, { description: '1 for the first attempt, counting on across redeliveries' })
  attempt: number;

  @Field(() => Int, { nullable: true, description: 'the answer’s status; null when none came' })
  httpStatus: number | null;

  @Field(() => String, { nullable: true, description: 'why it failed: no answer (timeout, connection refused), an address refused, or the status' })
  error: string | null;

  @Field(() => Int)
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'the start of the answer’s body (at most 500 characters)' })
  responseExcerpt: string | null;

  @Field(() => DateTime)
  at: string;
}

@ObjectType({ description: 'one event sent to one endpoint, with its attempts' })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'the webhook-id header: the same on every attempt and redelivery' })
  webhookId: string;

  @Field(() => WebhookEventTypeEnum)
  eventType: WebhookEventType;

  @Field(() => String, { description: 'the JSON body, exactly as signed' })
  payload: string;

  @Field(() => DeliveryStatusEnum)
  status: DeliveryStatus;

  @Field(() => Int, { description: 'attempts made so far' })
  attempts: number;

  @Field(() => DateTime, { nullable: true })
  lastAttemptAt: string | null;

  @Field(() => DateTime, { description: 'when the event happened' })
  createdAt: string;

  @Field(() => [WebhookAttempt], { description: 'the attempts, oldest first' })
  log: WebhookAttempt[];
}

export const WebhookDeliveryConnection = Connection('WebhookDelivery', WebhookDelivery);

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'http(s); its host must resolve to public addresses only, unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true' })
  url: string;

  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'left out: every event type' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID)
  endpointId: string;

  @Field(() => Int, { nullable: true, description: 'hours the previous key keeps signing beside the new one (0–720; default WEBHOOK_SECRET_OVERLAP_HOURS, 24)' })
  overlapHours?: number | null;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType()
export class DisableWebhookEndpointInput {
  @Field(() => ID)
  endpointId: string;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  expectedRevision?: number | null;
}

@InputType()
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'a delivery of webhookDeliveries that is no longer pending' })
  deliveryId: string;
}
