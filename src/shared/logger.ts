import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * One line of JSON per event, on stdout (or `destination`), with the time as ISO-8601. Pipe it
 * through `pino-pretty` to read it in development (`npm run dev` does).
 */
export function createLogger(options: { level?: LogLevel; destination?: DestinationStream } = {}): Logger {
  return pino({ level: options.level ?? 'info', base: { service: 'hotline-kb' }, timestamp: pino.stdTimeFunctions.isoTime }, options.destination);
}

/** A logger that writes nothing: for tools and tests that do not look at the log. */
export const silentLogger = (): Logger => pino({ level: 'silent' });
