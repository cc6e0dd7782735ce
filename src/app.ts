import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { pinoHttp } from 'pino-http';
import { complexityLimit } from './graphql/complexity.js';
import { createLoaders, type Context } from './graphql/context.js';
import { errorReporting, formatError } from './graphql/errors.js';
import { appSchema } from './graphql/schema.js';
import { userFromAuthorization } from './modules/auth/auth.service.js';
import { flowSvgRoute } from './modules/flows/flow-svg.route.js';
import { reportCsvRoute } from './modules/reports/csv.route.js';
import type { Runtime } from './runtime.js';

const MAX_DEPTH = 12;

/** A request id the caller sent (a proxy's), if it is a plain token; else a new one. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

export interface RunningServer {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

/** The HTTP application: GraphQL at /graphql, flow charts at /flows/<code>.svg, report downloads at /reports/<name>.csv, readiness at /healthz; one log line per request. */
export async function startServer(runtime: Runtime, options: { port: number; production: boolean }): Promise<RunningServer> {
  const { db, clock, search, usage, logger } = runtime;
  const schema = await appSchema();
  const plugins: ApolloServerPlugin<Context>[] = [complexityLimit(schema), errorReporting()];
  if (options.production) plugins.push(ApolloServerPluginLandingPageDisabled());
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(MAX_DEPTH)],
    formatError,
    plugins,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const sent = req.headers['x-request-id'];
        const id = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      // every line a request writes carries its id as requestId; its completion line says what and how it went
      quietReqLogger: true,
      customAttributeKeys: { reqId: 'requestId' },
      // never the headers: they hold bearer tokens
      serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }), res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/healthz' },
    }),
  );
  app.get('/healthz', async (_req, res) => {
    try {
      await db.dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  app.get('/flows/:file', flowSvgRoute(db, clock, usage));
  app.get('/reports/:file', reportCsvRoute(db, clock));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const user = await userFromAuthorization(db, req.headers.authorization).catch((e: GraphQLError) => {
          throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        });
        return { db, clock, user, loaders: createLoaders(db), search, usage, webhooks: runtime.webhooks.settings, requestId: String(req.id), logger: req.log };
      },
    }),
  );

  // Express 5 hands a failed listen (a port in use) to the callback rather than throwing
  const http = await new Promise<Server>((resolve, reject) => {
    const server = app.listen(options.port, (error?: Error) =>
      error ? reject(new Error(`PORT: cannot listen on ${options.port}: ${error.message}`)) : resolve(server),
    );
  });
  const { port: actual } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}/graphql`,
    http,
    async stop() {
      await apollo.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
