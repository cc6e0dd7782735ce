import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../../ormconfig.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../shared/errors.js';
import { type DomainEvent, EventBus } from '../shared/events.js';
import { type Logger, silentLogger } from '../shared/logger.js';
import { QueryCounter } from './query-counter.js';

/** One transaction: where its statements go, how it announces what it changed, what runs after it commits. */
export interface Tx {
  readonly em: EntityManager;
  /** run the listeners of `event` now, inside this transaction */
  emit(event: DomainEvent): Promise<void>;
  /** run `hook` once this transaction has committed (not at all if it rolls back) */
  afterCommit(hook: () => void): void;
}

/** The application's database: where reads go, and the one way to write (a transaction). */
export interface Db {
  /**
   * Reads. On SQLite a read-only connection of its own, so a read sees committed data only, never
   * another request's open transaction (WAL lets it read while a write is under way).
   */
  dataSource: DataSource;
  /** Where `write` runs its transactions; on PostgreSQL the same pool as `dataSource`. */
  writeSource: DataSource;
  queries: QueryCounter;
  /** Listeners to the domain events that writes emit; registered where the application is assembled. */
  events: EventBus<Tx>;
  /** Run `fn` in one transaction: everything it writes lands together or not at all. */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const isPostgres = (source: DataSource | EntityManager) => ('connection' in source ? source.connection : source).options.type === 'postgres';
export const isSqlite = (source: DataSource | EntityManager) => ('connection' in source ? source.connection : source).options.type === 'better-sqlite3';

export async function openDb(databaseUrl: string | undefined, opts: { migrate?: boolean; logger?: Logger } = {}): Promise<Db> {
  const queries = new QueryCounter(opts.logger ?? silentLogger());
  const options = dataSourceOptions(databaseUrl, queries);
  const sqlite = options.type === 'better-sqlite3';
  if (sqlite) await ensureDirectory(options.database as string);
  const writeSource = await new DataSource(options).initialize();
  if (sqlite) beginImmediately(writeSource);
  if (opts.migrate !== false) await writeSource.runMigrations({ transaction: 'each' });
  const dataSource = sqlite ? await new DataSource({ ...options, readonly: true, enableWAL: false } as DataSourceOptions).initialize() : writeSource;
  const events = new EventBus<Tx>();

  async function attempt<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const hooks: (() => void)[] = [];
    const result = await writeSource.transaction((em) => {
      const tx: Tx = { em, emit: (event) => events.emit(event, tx), afterCommit: (hook) => hooks.push(hook) };
      return fn(tx);
    });
    for (const hook of hooks) hook();
    return result;
  }

  /** One transaction, run again from the start when another process held the database (a bounded number of times). */
  async function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        return await attempt(fn);
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (tries >= WRITE_TRIES) {
          opts.logger?.warn({ err: error, tries }, 'a write found the database busy every time it tried');
          throw new AppError('UNAVAILABLE', `the database is busy with another process's writes (tried ${tries} times); try again`, { retryable: true });
        }
        await sleep(Math.min(1000, 25 * 2 ** tries) * (0.5 + Math.random()));
      }
    }
  }

  // SQLite has one writer and TypeORM shares one connection: queue transactions so that two
  // concurrent requests never interleave their statements inside one BEGIN…COMMIT.
  let tail: Promise<unknown> = Promise.resolve();

  return {
    dataSource,
    writeSource,
    queries,
    events,
    write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      if (!sqlite) return transaction(fn);
      const run = tail.then(() => transaction(fn));
      tail = run.catch(() => undefined);
      return run;
    },
    async close() {
      if (dataSource !== writeSource) await dataSource.destroy();
      await writeSource.destroy();
    },
  };
}

/** Attempts of one transaction that meets another process's lock (each after the busy timeout, then a growing pause). */
export const WRITE_TRIES = 8;
/** How long one attempt waits for another process's write lock (better-sqlite3 waits synchronously). */
export const WRITE_BUSY_TIMEOUT_MS = 250;

/** SQLite's "database is locked" (another connection writes) and PostgreSQL's serialization failures and deadlocks. */
export function isBusy(error: unknown): boolean {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = String(e?.driverError?.code ?? e?.code ?? '');
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === '40001' || code === '40P01';
}

/**
 * SQLite: transactions take the write lock when they begin (BEGIN IMMEDIATE), not at their first
 * write. A deferred transaction that has read and then writes after another process committed
 * fails at once with SQLITE_BUSY whatever the busy timeout; one that begins immediately waits
 * for the lock (busy_timeout) and then, if it still cannot have it, is tried again whole.
 */
function beginImmediately(source: DataSource) {
  // better-sqlite3's driver has one query runner, which every transaction uses
  const runner = source.driver.createQueryRunner('master') as unknown as { query: (query: string, ...rest: unknown[]) => Promise<unknown> };
  const query = runner.query.bind(runner);
  runner.query = (sql: string, ...rest: unknown[]) => query(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql, ...rest);
  // the wait blocks this process's event loop: keep it short and pause between tries instead
  (source.driver as unknown as { databaseConnection: { pragma(s: string): unknown } }).databaseConnection.pragma(`busy_timeout = ${WRITE_BUSY_TIMEOUT_MS}`);
}

async function ensureDirectory(file: string) {
  const { mkdir } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await mkdir(dirname(file), { recursive: true });
}

/** Run SQL with named parameters (`:name`, `:...list`) on either database; rows as the driver gives them. */
export async function namedQuery<T>(em: EntityManager, sql: string, params: Record<string, unknown>): Promise<T[]> {
  const [text, values] = em.connection.driver.escapeQueryWithParameters(sql, params);
  return (await em.query(text, values)) as T[];
}
