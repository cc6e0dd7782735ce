import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { DocumentKind, VersionStatus } from '../versioning/document-kind.js';

/**
 * One searchable version: what every engine indexes, and the plain, indexed columns (status,
 * effective window, scope) that filter matches outside the full-text index. Lists of letters and
 * codes are stored space-delimited with a leading and trailing space (" A C ").
 */
@Entity('search_entries')
@Index(['status', 'effectiveFrom'])
export class SearchEntryRow {
  /** also the full-text row id */
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Index({ unique: true })
  @Column('varchar', { length: 36 })
  versionId: string;

  @Column('varchar', { length: 36 })
  documentId: string;

  @Column('varchar', { length: 16 })
  kind: DocumentKind;

  @Column('varchar', { length: 40, nullable: true })
  code: string | null;

  @Column('varchar', { length: 16 })
  status: VersionStatus;

  @Column('varchar', { length: 24, nullable: true })
  effectiveFrom: string | null;

  @Column('varchar', { length: 24, nullable: true })
  effectiveTo: string | null;

  @Column('varchar', { length: 200 })
  title: string;

  /** the version's words as written (snippets are cut from it) */
  @Column('text')
  body: string;

  @Column('text')
  keywords: string;

  @Column('varchar', { length: 200 })
  channels: string;

  @Column('varchar', { length: 200 })
  brands: string;

  @Column('text')
  businessCodes: string;

  @Column('varchar', { length: 24, nullable: true })
  flowClass: string | null;
}

/** Every search: for relevance work and, with zero hits, for the knowledge process. */
@Entity('search_log')
@Index(['at'])
@Index(['hits', 'at'])
export class SearchLogRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 24 })
  at: string;

  @Column('varchar', { length: 36 })
  userId: string;

  @Column('text')
  query: string;

  /** the filters and asOf, as JSON */
  @Column('text')
  filters: string;

  @Column('integer')
  hits: number;

  @Column('real')
  latencyMs: number;

  @Column('varchar', { length: 16 })
  engine: string;
}

@Entity('search_clicks')
@Index(['queryId'])
export class SearchClickRow {
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Column('varchar', { length: 36 })
  queryId: string;

  @Column('varchar', { length: 36 })
  versionId: string;

  @Column('varchar', { length: 36 })
  userId: string;

  @Column('varchar', { length: 24 })
  at: string;
}
