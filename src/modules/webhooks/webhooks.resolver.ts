import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { type DeliveryWithLog, redeliverWebhook, webhookDeliveries } from './deliveries.service.js';
import { createWebhookEndpoint, disableWebhookEndpoint, listWebhookEndpoints, rotateWebhookSecret, shown } from './endpoints.service.js';
import type { WebhookEndpointRow } from './webhook.entity.js';
import {
  CreateWebhookEndpointInput,
  DisableWebhookEndpointInput,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  WebhookDelivery,
  WebhookDeliveryConnection,
  WebhookEndpoint,
  WebhookEndpointPayload,
} from './webhooks.types.js';

// endpoints leave the service layer without their keys: a secret reaches GraphQL only in the payload that created it
const payload = (endpoint: WebhookEndpointRow, secret: string | null) => ({ endpoint: shown(endpoint), secret });

@Resolver(() => WebhookEndpoint)
export class WebhooksResolver {
  @Allow('webhooks.manage')
  @Query(() => [WebhookEndpoint], { description: 'the registered webhook endpoints, oldest first (their keys are never shown again)' })
  async webhookEndpoints(@Ctx() ctx: Context) {
    return (await listWebhookEndpoints(ctx.db)).map(shown);
  }

  @Allow('webhooks.manage')
  @Query(() => WebhookDeliveryConnection, { description: 'an endpoint’s deliveries, newest first, each with its attempts (kept 30 days)' })
  webhookDeliveries(
    @Arg('endpointId', () => ID, { description: 'the endpoint whose deliveries to list' }) endpointId: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'deliveries per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    return webhookDeliveries(ctx.db, endpointId, toPage(first, after));
  }

  @Allow('webhooks.manage')
  @Mutation(() => WebhookEndpointPayload, { description: 'register a receiver; the answer holds its signing key, shown this once (audited)' })
  async createWebhookEndpoint(@Arg('input', () => CreateWebhookEndpointInput, { description: 'the receiver’s URL and the events it wants' }) input: CreateWebhookEndpointInput, @Ctx() ctx: Context): Promise<WebhookEndpointPayload> {
    const { endpoint, secret } = await createWebhookEndpoint(ctx.db, actorOf(ctx), ctx.webhooks, input);
    return payload(endpoint, secret);
  }

  @Allow('webhooks.manage')
  @Mutation(() => WebhookEndpointPayload, { description: 'a new signing key, shown this once; the previous one keeps signing beside it for the overlap (audited)' })
  async rotateWebhookSecret(@Arg('input', () => RotateWebhookSecretInput, { description: 'the endpoint and the overlap' }) input: RotateWebhookSecretInput, @Ctx() ctx: Context): Promise<WebhookEndpointPayload> {
    const { endpoint, secret } = await rotateWebhookSecret(ctx.db, actorOf(ctx), ctx.webhooks, input);
    return payload(endpoint, secret);
  }

  @Allow('webhooks.manage')
  @Mutation(() => WebhookEndpointPayload, { description: 'stop sending to an endpoint; what waits for it is cancelled (audited)' })
  async disableWebhookEndpoint(@Arg('input', () => DisableWebhookEndpointInput, { description: 'the endpoint and why' }) input: DisableWebhookEndpointInput, @Ctx() ctx: Context): Promise<WebhookEndpointPayload> {
    return payload(await disableWebhookEndpoint(ctx.db, actorOf(ctx), input), null);
  }

  @Allow('webhooks.manage')
  @Mutation(() => WebhookDelivery, { description: 'send a past event again with its webhook-id, after whatever waits for its document at that endpoint (audited)' })
  redeliverWebhook(@Arg('input', () => RedeliverWebhookInput, { description: 'the delivery to send again' }) input: RedeliverWebhookInput, @Ctx() ctx: Context) {
    return redeliverWebhook(ctx.db, actorOf(ctx), input);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => ID)
  id(@Root() delivery: DeliveryWithLog) {
    return String(delivery.id);
  }

  @FieldResolver(() => String)
  webhookId(@Root() delivery: DeliveryWithLog) {
    return delivery.messageId;
  }
}
