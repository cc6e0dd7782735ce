import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { pinoHttp } from 'pino-http';
import { budgetPlugin, type BudgetLimits, DEFAULT_BUDGET, guardResolvers, RequestBudget } from './graphql/budget.js';
import { complexityLimit } from './graphql/complexity.js';
import { LIMITS, limitRules } from './graphql/limits.js';
import { createLoaders, type Context } from './graphql/context.js';
import { errorReporting, formatError } from './graphql/errors.js';
import { noNulInLiterals, noNulInVariables } from './graphql/no-nul.js';
import { appSchema } from './graphql/schema.js';
import { userFromAuthorization } from './modules/auth/auth.service.js';
import { flowSvgRoute } from './modules/flows/flow-svg.route.js';
import { reportCsvRoute } from './modules/reports/csv.route.js';
import { httpErrors } from './http/body-errors.js';
import { consoleRoutes } from './http/console.js';
import { rateLimiter, type SharedRateLimitStore } from './http/rate-limit.js';
import type { Runtime } from './runtime.js';

/** A request id the caller sent (a proxy's), if it is a plain token; else a new one. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

export interface RunningServer {
  url: string;
  http: Server;
  /** the shared request counts, when RATE_LIMIT_PER_MINUTE is on */
  rateLimits: SharedRateLimitStore | null;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port: number;
  production: boolean;
  /** what a running request may spend (tests tighten it) */
  budget?: Partial<BudgetLimits>;
  /** requests a minute per token, or per address without a valid one (RATE_LIMIT_PER_MINUTE); 0 or absent: no limit */
  rateLimitPerMinute?: number;
}

/** The HTTP application: the console at /, GraphQL at /graphql, flow charts at /flows/<code>.svg, report downloads at /reports/<name>.csv, readiness at /healthz; one log line per request. */
export async function startServer(runtime: Runtime, options: ServerOptions): Promise<RunningServer> {
  const { db, clock, search, usage, logger } = runtime;
  const schema = guardResolvers(await appSchema());
  const budget: BudgetLimits = { ...DEFAULT_BUDGET, ...options.budget };
  const plugins: ApolloServerPlugin<Context>[] = [noNulInVariables(), complexityLimit(schema), errorReporting(), budgetPlugin()];
  if (options.production) plugins.push(ApolloServerPluginLandingPageDisabled());
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: !options.production,
    // production names nothing the schema holds: no introspection, no "Did you mean …?"
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: [...limitRules(), noNulInLiterals],
    formatError: formatError({ production: options.production }),
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
  const limiter = options.rateLimitPerMinute ? rateLimiter(db, clock, logger, options.rateLimitPerMinute) : null;
  if (limiter) app.use(['/graphql', '/flows', '/reports'], limiter.middleware);
  app.get('/flows/:file', flowSvgRoute(db, clock, usage));
  app.get('/reports/:file', reportCsvRoute(db, clock));
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Context> => {
        const user = await userFromAuthorization(db, req.headers.authorization, clock.now()).catch((e: GraphQLError) => {
          throw new GraphQLError(e.message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        });
        return { db, clock, user, loaders: createLoaders(db), search, usage, webhooks: runtime.webhooks.settings, requestId: String(req.id), logger: req.log, budget: new RequestBudget(budget) };
      },
    }),
  );
  // the web console at / (after the API, whose paths it leaves alone)
  app.use(consoleRoutes());

  app.use(httpErrors);

  // a failed listen (a port in use) is an 'error' event, named after the port
  const http = await new Promise<Server>((resolve, reject) => {
    const server = createServer(app);
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`PORT: cannot listen on ${options.port}: ${error.code === 'EADDRINUSE' ? `EADDRINUSE, the port is already in use; stop what listens there or set PORT to another port` : error.message}`)),
    );
    server.listen(options.port, () => resolve(server));
  });
  const { port: actual } = http.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}/graphql`,
    http,
    rateLimits: limiter?.store ?? null,
    async stop() {
      await limiter?.store.stop();
      await apollo.stop();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
