import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../src/app.js';
import type { Db } from '../../src/db/database.js';
import { createUser, issueToken } from '../../src/modules/auth/auth.service.js';
import type { UserRow } from '../../src/modules/auth/user.entity.js';
import type { MeiliConfig } from '../../src/modules/search/meilisearch-engine.js';
import type { WebhookSettings } from '../../src/modules/webhooks/settings.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { type Actor, type Role, systemActor } from '../../src/shared/actor.js';
import { fixedClock } from '../../src/shared/clock.js';
import { type Logger, silentLogger } from '../../src/shared/logger.js';
import { seedDatabase } from '../../seeds/loader.js';

export const T0 = '2026-01-01T00:00:00.000Z';

/** People the tests act as: one per role, plus a second manager and approver. */
const PEOPLE = {
  agent: 'AGENT',
  manager: 'PROCESS_MANAGER',
  manager2: 'PROCESS_MANAGER',
  approver: 'APPROVER',
  approver2: 'APPROVER',
  admin: 'ADMIN',
} as const satisfies Record<string, Role>;
export type Person = keyof typeof PEOPLE;

export interface GqlResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions: { code: string; field?: string; [k: string]: unknown } }[];
}

/** The application without HTTP: services on a fresh database, a clock at T0, one user per person. */
export interface TestRuntime {
  runtime: Runtime;
  db: Db;
  databaseUrl: string;
  clock: ReturnType<typeof fixedClock>;
  users: Record<Person, UserRow>;
  actor(person: Person): Actor;
  close(): Promise<void>;
}

export interface TestApp extends TestRuntime {
  url: string;
  /** POST a GraphQL request over real HTTP as `person` (or anonymously with null). */
  gql<T = Record<string, any>>(person: Person | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  /** like gql, but fails the test on any error and returns data */
  ok<T = Record<string, any>>(person: Person | null, query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * `ok`, and how many SQL statements it cost — signed in just before, since who a token is stays
   * remembered for a second (auth/sign-ins.ts) and a count must not depend on timing
   */
  statements<T = Record<string, any>>(person: Person, query: string, variables?: Record<string, unknown>): Promise<{ statements: number; data: T }>;
  /**
   * the fewest statements a read costs over three runs: where sibling lists are read in parallel
   * (PostgreSQL's pool), they may finish in different ticks and a loader's batch split in two, so
   * one run can cost one statement more; the fewest is what the query needs, and still grows with
   * the data if something is loaded per row. Not for reads answered from a cache the first one fills
   * (search results; the map codes a filter names, looked up once).
   */
  fewestStatements<T = Record<string, any>>(person: Person, query: string, variables?: Record<string, unknown>): Promise<{ statements: number; data: T }>;
}

export interface TestOptions {
  seed?: boolean;
  /** with seed: also the demo users (tokens demo-agent, demo-manager, demo-approver, demo-admin), their exceptions and four weeks of their work, as `npm start` seeds outside production */
  demoUsers?: boolean;
  /** search through Meilisearch (its outbox worker is not started: drain it with search.meili.drain()) */
  meili?: MeiliConfig;
  logger?: Logger;
  /** webhook settings (tests with a receiver on 127.0.0.1 allow private networks) */
  webhooks?: WebhookSettings;
}

/** Tests against PostgreSQL: the embedded search engine is SQLite's, so its tests skip there. */
export const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);

/**
 * A fresh database: a SQLite file in a temporary folder, or, when TEST_POSTGRES_URL names a
 * PostgreSQL server (postgres://user:pass@host/any), a new database created on it for this app.
 */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    const dir = await mkdtemp(path.join(tmpdir(), 'hotline-kb-test-'));
    return { url: `sqlite:${path.join(dir, 'test.sqlite')}`, drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const { default: pg } = await import('pg');
  const name = `hkb_test_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE ${name} WITH (FORCE)`) };
}

/** The application assembled on a fresh database, with its clock at T0 and the test's people. */
export async function startTestRuntime(options: TestOptions = {}): Promise<TestRuntime> {
  const database = await freshDatabase();
  const clock = fixedClock(T0);
  const runtime = await openRuntime({ databaseUrl: database.url, clock, logger: options.logger ?? silentLogger(), meili: options.meili, webhooks: options.webhooks, usageFlushMs: 60_000 });
  const { db } = runtime;
  if (options.seed) await seedDatabase(db, { demoUsers: options.demoUsers ?? false, clock });
  // searches rank in memory and read queries with the index's words, as on a server that has finished starting
  await runtime.search.warm();
  await runtime.search.words.refresh();
  const system = systemActor(clock);
  const users = {} as Record<Person, UserRow>;
  for (const [person, role] of Object.entries(PEOPLE) as [Person, Role][]) {
    users[person] = await createUser(db, system, { name: `test-${person}`, role });
    await issueToken(db, system, { userId: users[person].id, label: 'test', token: `token-${person}` });
  }
  return {
    runtime,
    db,
    databaseUrl: database.url,
    clock,
    users,
    actor: (person) => ({ user: users[person], clock }),
    async close() {
      await runtime.close();
      await database.drop();
    },
  };
}

/** A real server over HTTP on a fresh database, with its clock at T0. */
export async function startTestApp(options: TestOptions = {}): Promise<TestApp> {
  const base = await startTestRuntime(options);
  const server = await startServer(base.runtime, { port: 0, production: false });

  const gql = async <T>(person: Person | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (person) headers.authorization = `Bearer token-${person}`;
    const res = await fetch(server.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status };
  };

  async function statements<T>(person: Person, query: string, variables?: Record<string, unknown>) {
    await gql(person, '{ __typename }');
    await base.runtime.usage.flush();
    const before = base.db.queries.count;
    const result = await gql<T>(person, query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    return { statements: base.db.queries.count - before, data: result.data as T };
  }

  return {
    ...base,
    url: server.url,
    gql,
    async ok<T>(person: Person | null, query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(person, query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    statements,
    async fewestStatements<T>(person: Person, query: string, variables?: Record<string, unknown>) {
      const runs = [];
      for (let i = 0; i < 3; i++) runs.push(await statements<T>(person, query, variables));
      return { statements: Math.min(...runs.map((r) => r.statements)), data: runs[2]!.data };
    },
    async close() {
      await server.stop();
      await base.close();
    },
  };
}

/** The error code of the first error, for terse assertions. */
export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions.code;
