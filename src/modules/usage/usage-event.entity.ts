import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKind } from '../versioning/document-kind.js';

export const USAGE_ACTIONS = ['OPEN', 'RENDER'] as const;
/** OPEN: a document read (flow, script, standard, chapter, case); RENDER: a script filled in, a flow chart drawn. */
export type UsageAction = (typeof USAGE_ACTIONS)[number];

/**
 * An agent opened or rendered a document in force: at most one per agent, document, action and
 * minute (the unique key drops the rest). The truth the usage reports count, directly for the
 * edges of a period and through the daily roll-up (reports/rollup.ts) for whole days.
 */
@Entity('usage_events')
@Index(['userId', 'documentId', 'action', 'minute'], { unique: true })
// by time, holding what the reports read of an event, so the edges of a period are read from the index alone
@Index(['at', 'kind', 'documentId', 'touchpointCode', 'action', 'userId'])
@Index(['documentId', 'action', 'at'])
export class UsageEventRow {
  @PrimaryGeneratedColumn('increment')
  id?: number;

  @Column('varchar', { length: 24 })
  at: string;

  /** `at` to the minute (2026-03-01T09:30): the key that makes repeated opens one event */
  @Column('varchar', { length: 16 })
  minute: string;

  @Column('varchar', { length: 36 })
  userId: string;

  @Column('varchar', { length: 36 })
  documentId: string;

  @Column('varchar', { length: 36 })
  versionId: string;

  @Column('varchar', { length: 16 })
  kind: DocumentKind;

  @Column('varchar', { length: 8 })
  action: UsageAction;

  /** the touchpoint the agent served, when the read named it */
  @Column('varchar', { length: 7, nullable: true })
  touchpointCode: string | null;
}
