import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { WebhookEndpointRow } from './webhook.entity.js';

/** A new signing key in the Standard Webhooks form: whsec_ and the base64 of 32 random bytes. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** The keys that sign at `now`: the current one, and the one before it while the overlap after a rotation lasts. */
export function signingKeys(endpoint: Pick<WebhookEndpointRow, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>, now: string): string[] {
  const previous = endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now ? [endpoint.previousSecret] : [];
  return [endpoint.secret, ...previous];
}

/**
 * The Standard Webhooks headers of one attempt. The signature header holds one `v1,…` signature
 * per key, space-separated, so a receiver holding either key during a rotation verifies it.
 */
export function signedHeaders(messageId: string, sentAt: Date, body: string, keys: string[]): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': keys.map((key) => new Webhook(key).sign(messageId, sentAt, body)).join(' '),
  };
}
