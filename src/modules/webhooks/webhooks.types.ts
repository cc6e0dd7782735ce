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
registerEnumType(EndpointStatusEnum, {
  name: 'WebhookEndpointStatus',
  description: 'DISABLED: by an admin, on an HTTP 410 answer, or after five days of failed attempts; nothing more is sent',
  valuesConfig: {
    ACTIVE: { description: 'events are sent to it' },
    DISABLED: { description: 'nothing more is sent: disabled by an admin, on an HTTP 410 answer, or after five days of failed attempts' },
  },
});
export const DeliveryStatusEnum = enumOf(DELIVERY_STATUSES);
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'where a delivery of one event to one endpoint stands',
  valuesConfig: {
    PENDING: { description: 'queued, or failed and waiting for its next attempt' },
    DELIVERED: { description: 'the receiver answered 2xx' },
    FAILED: { description: 'given up: the last retry failed, or the receiver answered 410' },
    CANCELLED: { description: 'its endpoint was disabled before it got through' },
  },
});

@ObjectType({ description: 'a receiver of signed webhooks; its signing key is shown only when created or rotated' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'the endpoint’s id' })
  id: string;

  @Field(() => String, { description: 'where events are POSTed, http(s)' })
  url: string;

  @Field(() => String, { nullable: true, description: 'what the receiver is, for people; null: none' })
  description: string | null;

  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'the events it receives; null: every event type, including ones added later' })
  eventTypes: WebhookEventType[] | null;

  @Field(() => EndpointStatusEnum, { description: 'whether events are sent to it' })
  status: EndpointStatus;

  @Field(() => DateTime, { nullable: true, description: 'since a rotation: until when the previous key signs too' })
  previousSecretExpiresAt: string | null;

  @Field(() => DateTime, { nullable: true, description: 'the first failed attempt since the last one that got through; five days of failures disable the endpoint' })
  failingSince: string | null;

  @Field(() => DateTime, { nullable: true, description: 'when it was disabled; null while ACTIVE' })
  disabledAt: string | null;

  @Field(() => String, { nullable: true, description: 'why it was disabled (the admin’s reason, HTTP 410, or five days of failures); null while ACTIVE' })
  disabledReason: string | null;

  @Field(() => Int, { description: 'bumped by every change; name it as expectedRevision when you change it' })
  revision: number;

  @Field(() => DateTime, { description: 'when it was registered' })
  createdAt: string;

  @Field(() => DateTime, { description: 'when it last changed' })
  updatedAt: string;
}

@ObjectType({ description: 'the endpoint as the mutation left it, with its new signing key when one was made' })
export class WebhookEndpointPayload {
  @Field(() => WebhookEndpoint, { description: 'the endpoint after the change' })
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

  @Field(() => Int, { description: 'milliseconds from sending to the answer, or to giving up' })
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'the start of the answer’s body (at most 500 characters)' })
  responseExcerpt: string | null;

  @Field(() => DateTime, { description: 'when the attempt was made' })
  at: string;
}

@ObjectType({ description: 'one event sent to one endpoint, with its attempts' })
export class WebhookDelivery {
  @Field(() => ID, { description: 'the delivery’s id' })
  id: string;

  @Field(() => String, { description: 'the webhook-id header: the same on every attempt and redelivery' })
  webhookId: string;

  @Field(() => WebhookEventTypeEnum, { description: 'the event announced' })
  eventType: WebhookEventType;

  @Field(() => String, { description: 'the JSON body, exactly as signed' })
  payload: string;

  @Field(() => DeliveryStatusEnum, { description: 'where the delivery stands' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'attempts made so far' })
  attempts: number;

  @Field(() => DateTime, { nullable: true, description: 'when it was last tried; null before the first attempt' })
  lastAttemptAt: string | null;

  @Field(() => DateTime, { description: 'when the event happened' })
  createdAt: string;

  @Field(() => [WebhookAttempt], { description: 'the attempts, oldest first' })
  log: WebhookAttempt[];
}

export const WebhookDeliveryConnection = Connection('WebhookDelivery', WebhookDelivery);

@InputType({ description: 'a new receiver of webhooks' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'http(s); its host must resolve to public addresses only, unless WEBHOOK_ALLOW_PRIVATE_NETWORKS=true' })
  url: string;

  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'left out: every event type' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => String, { nullable: true, description: 'what the receiver is, for people; at most 500 characters' })
  description?: string | null;
}

@InputType({ description: 'an endpoint to give a new signing key' })
export class RotateWebhookSecretInput {
  @Field(() => ID, { description: 'the endpoint' })
  endpointId: string;

  @Field(() => Int, { nullable: true, description: 'hours the previous key keeps signing beside the new one (0–720; default WEBHOOK_SECRET_OVERLAP_HOURS, 24)' })
  overlapHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@InputType({ description: 'an endpoint to stop sending to' })
export class DisableWebhookEndpointInput {
  @Field(() => ID, { description: 'the endpoint' })
  endpointId: string;

  @Field(() => String, { nullable: true, description: 'why, kept on the endpoint and in the audit trail; at most 500 characters' })
  reason?: string | null;

  @Field(() => Int, { nullable: true, description: 'the revision you read; if it moved on the change is refused with CONFLICT; null: no check' })
  expectedRevision?: number | null;
}

@InputType({ description: 'a past delivery to send again' })
export class RedeliverWebhookInput {
  @Field(() => ID, { description: 'a delivery of webhookDeliveries that is no longer pending' })
  deliveryId: string;
}
