import { dataSourceOptions } from '../../ormconfig.js';
import { readConfig } from '../config.js';

/** The SQLite file DATABASE_URL names, or null when it names PostgreSQL. */
export function sqliteFile(): string | null {
  const options = dataSourceOptions(readConfig().databaseUrl);
  return options.type === 'better-sqlite3' ? (options.database as string) : null;
}
