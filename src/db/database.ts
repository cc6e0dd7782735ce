import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../../ormconfig.js';
import { QueryCounter } from './query-counter.js';

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
  /** Run `fn` in one transaction: everything it writes lands together or not at all. */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const commitHooks = new WeakMap<EntityManager, (() => void)[]>();

/** Run `hook` once the transaction of `em` has committed (not at all if it rolls back). */
export function afterCommit(em: EntityManager, hook: () => void): void {
  const hooks = commitHooks.get(em);
  if (hooks) hooks.push(hook);
  else commitHooks.set(em, [hook]);
}

export async function openDb(databaseUrl: string | undefined, opts: { migrate?: boolean } = {}): Promise<Db> {
  const queries = new QueryCounter();
  const options = dataSourceOptions(databaseUrl, queries);
  const sqlite = options.type === 'better-sqlite3';
  if (sqlite) await ensureDirectory(options.database as string);
  const writeSource = await new DataSource(options).initialize();
  if (opts.migrate !== false) await writeSource.runMigrations({ transaction: 'each' });
  const dataSource = sqlite ? await new DataSource({ ...options, readonly: true, enableWAL: false } as DataSourceOptions).initialize() : writeSource;

  async function transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    let manager: EntityManager | undefined;
    const result = await writeSource.transaction((em) => {
      manager = em;
      return fn(em);
    });
    for (const hook of commitHooks.get(manager!) ?? []) hook();
    return result;
  }

  // SQLite has one writer and TypeORM shares one connection: queue transactions so that two
  // concurrent requests never interleave their statements inside one BEGIN…COMMIT.
  let tail: Promise<unknown> = Promise.resolve();

  return {
    dataSource,
    writeSource,
    queries,
    write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
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

async function ensureDirectory(file: string) {
  const { mkdir } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await mkdir(dirname(file), { recursive: true });
}
