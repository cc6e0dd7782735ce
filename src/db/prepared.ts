import type Database from 'better-sqlite3';
import type { Db } from './database.js';

/**
 * Statements on SQLite's read connection without TypeORM, for the paths every search takes:
 * prepared once per distinct SQL, counted like every other statement.
 */
export function preparedReads(db: Db) {
  const statements = new Map<string, Database.Statement>();
  return function all<T>(sql: string, params: unknown[], raw = false): T[] {
    let statement = statements.get(sql);
    if (!statement) {
      const connection = (db.dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    db.queries.logQuery(sql, params);
    return (raw ? statement.raw(true) : statement.raw(false)).all(...params) as T[];
  };
}
