import { Column, Entity, PrimaryColumn } from 'typeorm';

// Daily roll-ups of the usage events and the search log, by day in Beijing time. They are derived:
// rollup.ts rebuilds a day from the raw rows once it is over (and its clicks' 5 minutes with it),
// and a report reads a whole day from here only when `rollup_days` says it is built.

/** A day whose roll-ups are built. */
@Entity('rollup_days')
export class RollupDayRow {
  /** YYYY-MM-DD, Beijing time */
  @PrimaryColumn('varchar', { length: 10 })
  day: string;

  @Column('varchar', { length: 24 })
  builtAt: string;
}

/** Usage events of one day per kind, document, touchpoint ('' when unknown) and action. */
@Entity('usage_daily')
export class UsageDailyRow {
  @PrimaryColumn('varchar', { length: 10 })
  day: string;

  @PrimaryColumn('varchar', { length: 16 })
  kind: string;

  @PrimaryColumn('varchar', { length: 36 })
  documentId: string;

  @PrimaryColumn('varchar', { length: 7 })
  touchpointCode: string;

  @PrimaryColumn('varchar', { length: 8 })
  action: string;

  @Column('integer')
  events: number;
}

/** A number per agent who used anything, for the agent sets (agent-sets.ts). */
@Entity('usage_agents')
export class UsageAgentRow {
  @PrimaryColumn('varchar', { length: 36 })
  userId: string;

  @Column('integer', { unique: true })
  no: number;
}

/** Who used a document at a touchpoint ('' when unknown) on a day, as an agent set: distinct agents over a period. */
@Entity('usage_daily_agents')
export class UsageDailyAgentsRow {
  @PrimaryColumn('varchar', { length: 10 })
  day: string;

  @PrimaryColumn('varchar', { length: 16 })
  kind: string;

  @PrimaryColumn('varchar', { length: 36 })
  documentId: string;

  @PrimaryColumn('varchar', { length: 7 })
  touchpointCode: string;

  /** AgentSet.encode() */
  @Column('text')
  agents: string;
}

/** Searches of one day per normalised query and touchpoint ('' when the filter named none). */
@Entity('search_daily')
export class SearchDailyRow {
  @PrimaryColumn('varchar', { length: 10 })
  day: string;

  @PrimaryColumn('varchar', { length: 500 })
  normalized: string;

  @PrimaryColumn('varchar', { length: 7 })
  touchpointCode: string;

  @Column('integer')
  searches: number;

  @Column('integer')
  zeroHits: number;

  /** searches with a click by the searcher within 5 minutes */
  @Column('integer')
  clickedSearches: number;

  /** those clicks, and the sum of the positions they had on the page */
  @Column('integer')
  clicks: number;

  @Column('integer')
  rankSum: number;

  @Column('integer')
  rankedClicks: number;

  @Column('varchar', { length: 24 })
  lastAt: string;
}

/** Searches of one day made at each touchpoint (their filter named exactly one): what an execution rate divides by. */
@Entity('search_daily_touchpoints')
export class SearchDailyTouchpointRow {
  @PrimaryColumn('varchar', { length: 10 })
  day: string;

  @PrimaryColumn('varchar', { length: 7 })
  touchpointCode: string;

  @Column('integer')
  searches: number;
}
