import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';
import type { Logger } from '../shared/logger.js';

/** Counts every SQL statement TypeORM sends (tests assert on it); logs each one when LOG_SQL=1. */
export class QueryCounter extends AbstractLogger {
  count = 0;
  private readonly logSql = process.env.LOG_SQL === '1';

  constructor(private readonly out: Logger) {
    super();
  }

  override logQuery(query: string, parameters?: unknown[]): void {
    this.count++;
    if (this.logSql) this.out.info({ sql: query, parameters: parameters ?? [] }, 'sql');
  }

  /** A statement no request made (a timer polling), logged but not counted. */
  logBackground(query: string, parameters?: unknown[]): void {
    if (this.logSql) this.out.info({ sql: query, parameters: parameters ?? [], background: true }, 'sql');
  }

  protected writeLog(level: LogLevel, message: LogMessage | LogMessage[]): void {
    if (level === 'warn' || level === 'error') this.out[level]({ typeorm: message }, 'database');
  }
}
