import type { Db } from '../../db/database.js';
import type { Action } from '../../policies/policy.js';
import type { Clock } from '../../shared/clock.js';
import { badInput } from '../../shared/errors.js';

/** A report's arguments as a query string gives them: from, to, asOf and the UsageFilter fields. */
export interface ReportArgs {
  from?: Date;
  to?: Date;
  asOf?: Date;
  filter: Record<string, string>;
}

/** The period of a download: both ends are required, as on the GraphQL query. */
export function periodOf(args: ReportArgs): { from: Date; to: Date } {
  if (!args.from) throw badInput('from', 'is required: the start of the period, an ISO-8601 date-time');
  if (!args.to) throw badInput('to', 'is required: the end of the period, an ISO-8601 date-time');
  return { from: args.from, to: args.to };
}

/** One cell of a CSV table. */
export type Cell = string | number | boolean | null;

/**
 * A report as the CSV route serves it: who may read it, how it is computed (the same service the
 * GraphQL query calls) and how its answer lays out as one table.
 */
export interface ReportDefinition<R = unknown> {
  /** the GraphQL query's name, and the file's: /reports/<name>.csv */
  name: string;
  action: Action;
  /** whether the report covers a period (from, to) rather than an instant (asOf) */
  period: boolean;
  run(db: Db, args: ReportArgs, clock: Clock): Promise<R>;
  table(result: R): { header: string[]; rows: Cell[][] };
}

const reports = new Map<string, ReportDefinition>();

/** Make a report downloadable; each report module registers its own. */
export function registerReport<R>(definition: ReportDefinition<R>): void {
  if (reports.has(definition.name)) throw new Error(`a report named ${definition.name} is already registered`);
  reports.set(definition.name, definition as ReportDefinition);
}

export const reportNamed = (name: string): ReportDefinition | undefined => reports.get(name);
export const reportNames = (): string[] => [...reports.keys()].sort();
