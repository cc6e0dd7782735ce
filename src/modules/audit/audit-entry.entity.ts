import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AuditAction, AuditedEntity } from './audit-actions.js';

/** One link of the hash chain. Rows are only ever inserted. */
@Entity('audit_entries')
export class AuditEntryRow {
  /** Position in the chain, 1, 2, 3, … without gaps. */
  @PrimaryColumn('integer')
  seq: number;

  @Index()
  @Column('varchar', { length: 24 })
  at: string;

  @Index()
  @Column('varchar', { length: 36, nullable: true })
  actorId: string | null;

  @Column('varchar', { length: 40 })
  action: AuditAction;

  @Column('varchar', { length: 30 })
  entityType: AuditedEntity;

  @Column('varchar', { length: 36 })
  entityId: string;

  @Index()
  @Column('varchar', { length: 36, nullable: true })
  documentId: string | null;

  @Column('varchar', { length: 36, nullable: true })
  versionId: string | null;

  @Column('text', { nullable: true })
  reason: string | null;

  @Column('text', { nullable: true })
  before: string | null;

  @Column('text', { nullable: true })
  after: string | null;

  @Column('varchar', { length: 64 })
  prevHash: string;

  @Column('varchar', { length: 64 })
  hash: string;
}

/** The chain's head, so that cutting entries off the end is detected too; also the row writers lock. */
@Entity('audit_head')
export class AuditHeadRow {
  @PrimaryColumn('integer')
  id: number;

  @Column('integer')
  lastSeq: number;

  @Column('varchar', { length: 64 })
  lastHash: string;
}
