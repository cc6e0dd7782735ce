import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { DocumentKind, VersionStatus } from './document-kind.js';

export type { VersionStatus };

@Entity('document_versions')
@Unique(['documentId', 'versionNumber'])
@Index(['documentId', 'status', 'effectiveFrom'])
export class VersionRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  documentId: string;

  @Column('varchar', { length: 16 })
  kind: DocumentKind;

  @Column('integer')
  versionNumber: number;

  /** Bumped by every write to this row; writers name the revision they read (optimistic concurrency). */
  @Column('integer')
  revision: number;

  @Column('varchar', { length: 16 })
  status: VersionStatus;

  @Column('varchar', { length: 24, nullable: true })
  effectiveFrom: string | null;

  @Column('varchar', { length: 24, nullable: true })
  effectiveTo: string | null;

  @Column('varchar', { length: 200 })
  title: string;

  @Column('text')
  changeNote: string;

  /** The kind's own content as JSON (a chapter's sections, a flow's graph, …). */
  @Column('text')
  content: string;

  @Column('varchar', { length: 36 })
  authorId: string;

  @Column('varchar', { length: 36, nullable: true })
  approvedById: string | null;

  @Column('varchar', { length: 36, nullable: true })
  basedOnVersionId: string | null;

  /** a version published for another (touchpoints moved away when that one was published): withdrawn with it */
  @Index('IDX_document_versions_derived_for')
  @Column('varchar', { length: 36, nullable: true })
  derivedForVersionId: string | null;

  @Column('varchar', { length: 24 })
  createdAt: string;

  @Column('varchar', { length: 24 })
  updatedAt: string;
}
