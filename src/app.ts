import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from './db/database.js';
import { complexityLimit } from './graphql/complexity.js';
import { createLoaders, type Context } from './graphql/context.js';
import { appSchema } from './graphql/schema.js';
import { userFromAuthorization } from './modules/auth/bearer.js';
import { flowSvgRoute } from './modules/flows/flow-svg.route.js';
import type { Clock } from './shared/clock.js';
import { flushSearchLog } from './modules/search/search-log.js';
import { embeddedEngine } from './modules/search/embedded-engine.js';
import type { SearchEngine } from './modules/search/engine.js';

const MAX_DEPTH = 12;

/** Codes a client may see as they are; anything else is an unexpected failure and is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('[graphql] unexpected error', error);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export interface AppOptions {
  db: Db;
  clock: Clock;
  production: boolean;
  /** the embedded engine when omitted */
  search?: SearchEngine;
}

export interface RunningServer {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL at /graphql, flow charts at /flows/<code>.svg, readiness at /healthz. */
export async function startServer(options: AppOptions, port: number): Promise<RunningServer> {
  const { db, clock, production } = options;
  const search = options.search ?? embeddedEngine(db);
  const schema = await appSchema();
  const plugins: ApolloServerPlugin<Context>[] = [complexityLimit(schema)];
  if (production) plugins.push(ApolloServerPluginLandingPageDisabled());
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_DEPTH)],
    formatError,
    plugins,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/flows/:file', flowSvgRoute(db, clock));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const user = await userFromAuthorization(db, req.headers.authorization).catch((e: GraphQLError) => {
          throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        });
        return { db, clock, user, loaders: createLoaders(db), search };
      },
    }),
  );

  const http = await new Promise<Server>((resolve) => {
    const server = app.listen(port, () => resolve(server));
  });
  const { port: actual } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}/graphql`,
    http,
    async stop() {
      await apollo.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      await flushSearchLog(db);
    },
  };
}
