import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '../../ormconfig.js';
import { QueryCounter } from './query-counter.js';

/** The application's database: a DataSource plus the one way to write (a transaction). */
export interface Db {
  dataSource: DataSource;
  queries: QueryCounter;
  /** Run `fn` in one transaction: everything it writes lands together or not at all. */
  write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function openDb(databaseUrl: string | undefined, opts: { migrate?: boolean } = {}): Promise<Db> {
  const queries = new QueryCounter();
  const options = dataSourceOptions(databaseUrl, queries);
  if (options.type === 'better-sqlite3') await ensureDirectory(options.database as string);
  const dataSource = await new DataSource(options).initialize();
  if (opts.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });

  // SQLite has one writer and TypeORM shares one connection: queue transactions so that two
  // concurrent requests never interleave their statements inside one BEGIN…COMMIT.
  const serialize = options.type === 'better-sqlite3';
  let tail: Promise<unknown> = Promise.resolve();

  return {
    dataSource,
    queries,
    write<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
      if (!serialize) return dataSource.transaction(fn);
      const run = tail.then(() => dataSource.transaction(fn));
      tail = run.catch(() => undefined);
      return run;
    },
    close: () => dataSource.destroy(),
  };
}

async function ensureDirectory(file: string) {
  const { mkdir } = await import('node:fs/promises');
  const { dirname } = await import('node:path');
  await mkdir(dirname(file), { recursive: true });
}
