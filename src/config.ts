import { DEFAULT_DATABASE_URL } from '../ormconfig.js';

export interface Config {
  port: number;
  databaseUrl: string;
  production: boolean;
  /** creates an ADMIN with this token when no admin has one yet (production bootstrap) */
  bootstrapAdminToken: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (got ${env.PORT})`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    production: env.NODE_ENV === 'production',
    bootstrapAdminToken: env.BOOTSTRAP_ADMIN_TOKEN || undefined,
  };
}
