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

  /** the text an agent reads, as written (snippets are cut from it) */
  @Column('text')
  body: string;

  /** step labels and section headings, one per line: read as pinyin too */
  @Column('text', { default: '' })
  headings: string;

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

  /** the query as compared: simplified, half-width, lower-case, trimmed */
  @Index()
  @Column('text', { nullable: true })
  normalized: string | null;

  /** the touchpoint the filter named exactly (one channel, brand and business), for the reports */
  @Column('varchar', { length: 7, nullable: true })
  touchpointCode: string | null;

  /** the version ids of the page returned, in order, space-separated; the first had position firstPosition */
  @Column('text', { nullable: true })
  resultIds: string | null;

  @Column('integer', { nullable: true })
  firstPosition: number | null;

  /** clicks by the searcher within 5 minutes (PROMPT_CLICK_MS), the sum of their positions, and how many had one: kept here so that reports read no clicks */
  @Column('integer', { default: 0 })
  promptClicks: number;

  @Column('integer', { default: 0 })
  promptRankSum: number;

  @Column('integer', { default: 0 })
  promptRanked: number;
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

  /** where the version stood in the search's results (1 = first) */
  @Column('integer', { nullable: true })
  position: number | null;

  /** milliseconds between the search and the click: a click within 5 minutes counts as the search's */
  @Column('integer', { nullable: true })
  afterMs: number | null;
}

/** What the search index was built by (format: the code's way of deriving words, and the dictionaries'); a mismatch rebuilds it at start-up. */
@Entity('search_index_meta')
export class SearchIndexMetaRow {
  @PrimaryColumn('varchar', { length: 40 })
  key: string;

  @Column('text')
  value: string;
}

/** The last time each user opened a document from a search for a query (normalized): what learned boosts count. */
@Entity('search_learned_clicks')
export class SearchLearnedClickRow {
  @PrimaryColumn('varchar', { length: 500 })
  query: string;

  @PrimaryColumn('varchar', { length: 36 })
  documentId: string;

  @PrimaryColumn('varchar', { length: 36 })
  userId: string;

  @Column('varchar', { length: 24 })
  at: string;
}

/** A learned pair a manager removed: clicks before removedAt no longer count for it. */
@Entity('search_learned_removed')
export class SearchLearnedRemovedRow {
  @PrimaryColumn('varchar', { length: 500 })
  query: string;

  @PrimaryColumn('varchar', { length: 36 })
  documentId: string;

  @Column('varchar', { length: 24 })
  removedAt: string;

  @Column('varchar', { length: 36 })
  removedBy: string;

  @Column('text')
  reason: string;
}
