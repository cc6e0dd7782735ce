import type Database from 'better-sqlite3';
import type { Db } from './database.js';

/**
 * Statements on SQLite's read connection without TypeORM, for the paths every search takes:
 * prepared once per distinct SQL, counted like every other statement — except, with
 * `background`, a timer's polling, which is no request's cost (logged with LOG_SQL all the same).
 */
export function preparedReads(db: Db, options: { background?: boolean } = {}) {
  const statements = new Map<string, Database.Statement>();
  return function all<T>(sql: string, params: unknown[], raw = false): T[] {
    let statement = statements.get(sql);
    if (!statement) {
      const connection = (db.dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    if (options.background) db.queries.logBackground(sql, params);
    else db.queries.logQuery(sql, params);
    return (raw ? statement.raw(true) : statement.raw(false)).all(...params) as T[];
  };
}
