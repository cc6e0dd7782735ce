import type { DocumentKind } from '../versioning/document.entity.js';
import type { VersionStatus } from '../versioning/version.entity.js';
import type { SearchEntryRow } from './search.entity.js';

/** What to look for: groups of alternatives (a query word and its synonyms), each segmented. */
export interface SearchQuery {
  groups: string[][][];
  /** statuses to include; PUBLISHED/RETIRED are further limited to the window around asOf */
  statuses: VersionStatus[];
  asOf: string;
}

export type SearchMatch = Omit<SearchEntryRow, 'body' | 'keywords'> & { score: number };

export interface EngineStatus {
  engine: string;
  documents: number;
  pendingChanges: number;
  lastSync: string | null;
}

/** The port both engines implement: every match of the query, best first. */
export interface SearchEngine {
  readonly name: string;
  search(query: SearchQuery): Promise<SearchMatch[]>;
  status(): Promise<EngineStatus>;
}

export interface SearchFilterValues {
  kinds?: DocumentKind[] | null;
  channels?: string[] | null;
  brands?: string[] | null;
  businessCodes?: string[] | null;
  flowClasses?: string[] | null;
}
