import { DEFAULT_DATABASE_URL } from '../ormconfig.js';
import type { MeiliConfig } from './modules/search/meilisearch-engine.js';

export interface Config {
  port: number;
  databaseUrl: string;
  production: boolean;
  /** creates an ADMIN with this token when no admin has one yet (production bootstrap) */
  bootstrapAdminToken: string | undefined;
  /** set by MEILI_HOST: search through Meilisearch instead of the embedded engine */
  meili: MeiliConfig | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got ${env.PORT})`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    production: env.NODE_ENV === 'production',
    bootstrapAdminToken: env.BOOTSTRAP_ADMIN_TOKEN || undefined,
    meili: env.MEILI_HOST
      ? { host: env.MEILI_HOST, apiKey: env.MEILI_API_KEY || undefined, index: env.MEILI_INDEX || 'hotline-kb', timeoutMs: Number(env.MEILI_TIMEOUT_MS || 2000) }
      : undefined,
  };
}
