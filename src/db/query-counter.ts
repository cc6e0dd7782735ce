import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/** Counts every SQL statement TypeORM sends (tests assert on it); prints them when LOG_SQL=1. */
export class QueryCounter extends AbstractLogger {
  count = 0;

  override logQuery(query: string, parameters?: unknown[]): void {
    this.count++;
    if (process.env.LOG_SQL === '1') console.log('[sql]', query, parameters ?? []);
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    if (level === 'warn' || level === 'error') console.error('[db]', message);
  }
}
