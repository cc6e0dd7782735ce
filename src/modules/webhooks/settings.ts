/** How webhooks behave on this installation (src/config.ts reads them from the environment). */
export interface WebhookSettings {
  /** WEBHOOK_ALLOW_PRIVATE_NETWORKS: let endpoints resolve to loopback and private addresses (a receiver on the same host or LAN) */
  allowPrivateNetworks: boolean;
  /** WEBHOOK_SECRET_OVERLAP_HOURS: how long the key before a rotation keeps signing beside the new one */
  secretOverlapHours: number;
  /** how long a receiver has to answer; 15 s unless a test shortens it */
  requestTimeoutMs?: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = { allowPrivateNetworks: false, secretOverlapHours: 24 };
