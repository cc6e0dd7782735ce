import 'reflect-metadata';
import { readConfig } from '../config.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { systemClock } from '../shared/clock.js';
import { createLogger } from '../shared/logger.js';

/** What a command reports to the person who ran it: its result, on stdout (diagnostics go to the log). */
export const print = (line: string) => process.stdout.write(`${line}\n`);
/** A command's failure, on stderr. */
export const printError = (line: string) => process.stderr.write(`${line}\n`);

/** Run a command against the configured database, with the application assembled as the server assembles it. */
export async function command(run: (runtime: Runtime, config: ReturnType<typeof readConfig>) => Promise<number | void>): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: config.logLevel, destination: process.stderr });
  const runtime = await openRuntime({ databaseUrl: config.databaseUrl, clock: systemClock, logger, meili: config.meili });
  const code = await run(runtime, config).finally(() => runtime.close());
  if (code) process.exit(code);
}
