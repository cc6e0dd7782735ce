import { DEFAULT_DATABASE_URL } from '../ormconfig.js';
import type { MeiliConfig } from './modules/search/meilisearch-engine.js';
import type { WebhookSettings } from './modules/webhooks/settings.js';
import { LOG_LEVELS, type LogLevel } from './shared/logger.js';

export interface Config {
  port: number;
  databaseUrl: string;
  production: boolean;
  logLevel: LogLevel;
  /** creates an ADMIN with this token when no admin has one yet (production bootstrap) */
  bootstrapAdminToken: string | undefined;
  /** set by MEILI_HOST: search through Meilisearch instead of the embedded engine */
  meili: MeiliConfig | undefined;
  /** server processes sharing the port and the database (one runs the background work) */
  workers: number;
  webhooks: WebhookSettings;
  /** requests a minute per token (per address without a valid token), counted across processes; 0: no limit */
  rateLimitPerMinute: number;
}

/** A whole number from the environment, or a start-up error naming the variable. */
function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name] || String(fallback);
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got ${env[name]})`);
  return value;
}

/** One of `values` from the environment, or a start-up error naming the variable and the values it takes. */
function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const raw = env[name] || fallback;
  if (!values.includes(raw as T)) throw new Error(`${name} must be one of ${values.join(', ')} (got ${raw})`);
  return raw as T;
}

/** true or false from the environment (false when unset), or a start-up error naming the variable. */
function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name] || 'false';
  if (raw !== 'true' && raw !== 'false') throw new Error(`${name} must be true or false (got ${raw})`);
  return raw === 'true';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = integer(env, 'PORT', 4000, 0, 65535);
  return {
    port,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    production: env.NODE_ENV === 'production',
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    bootstrapAdminToken: env.BOOTSTRAP_ADMIN_TOKEN || undefined,
    workers: integer(env, 'WORKERS', 1, 1, 32),
    webhooks: {
      allowPrivateNetworks: flag(env, 'WEBHOOK_ALLOW_PRIVATE_NETWORKS'),
      secretOverlapHours: integer(env, 'WEBHOOK_SECRET_OVERLAP_HOURS', 24, 0, 720),
    },
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 600, 0, 1_000_000),
    meili: env.MEILI_HOST
      ? { host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY || undefined, index: env.MEILI_INDEX || 'hotline-kb', timeoutMs: integer(env, 'MEILI_TIMEOUT_MS', 2000, 1, 600_000) }
      : undefined,
  };
}
