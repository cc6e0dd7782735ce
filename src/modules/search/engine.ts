import type { DocumentKind } from '../versioning/kind.js';
import type { VersionStatus } from '../versioning/version.entity.js';

export interface SearchFilterValues {
  kinds?: DocumentKind[] | null;
  channels?: string[] | null;
  brands?: string[] | null;
  businessCodes?: string[] | null;
  flowClasses?: string[] | null;
}

/** What to look for: groups of alternatives (a query word and its synonyms), each segmented. */
export interface SearchQuery {
  groups: string[][][];
  /** statuses to include; PUBLISHED/RETIRED are further limited to the window around asOf */
  statuses: VersionStatus[];
  asOf: string;
  filter: SearchFilterValues;
  /** the query as a document code (QRY-BALANCE): that document comes first */
  code: string | null;
  /** documents with every word, or with some of them (see searchWords) */
  match: WordMatch;
}

export type WordMatch = 'all' | 'some';

/** One page of the ranked matches: skip `offset`, return up to `limit`. */
export interface SearchPage {
  offset: number;
  limit: number;
}

export interface SearchHitRef {
  /** the search entry's id */
  id: number;
  score: number;
}

export interface SearchAnswer {
  /** matches in all (Meilisearch estimates beyond its pagination.maxTotalHits) */
  total: number;
  hits: SearchHitRef[];
}

export const FACETS = ['kinds', 'channels', 'brands', 'businessCodes', 'flowClasses'] as const;
export type FacetName = (typeof FACETS)[number];
export type FacetCounts = Record<FacetName, { value: string; count: number }[]>;

export interface EngineStatus {
  engine: string;
  documents: number;
  pendingChanges: number;
  lastSync: string | null;
  lastError: string | null;
}

/**
 * The port both engines implement. Each does filtering, ranking, counting and paging where the
 * index lives, so a query costs the page it returns, not every match.
 */
export interface SearchEngine {
  readonly name: string;
  search(query: SearchQuery, page: SearchPage): Promise<SearchAnswer>;
  /** counts per value; each facet applies every filter except its own, so other values stay selectable */
  facets(query: SearchQuery): Promise<FacetCounts>;
  status(): Promise<EngineStatus>;
}

/** Statuses whose versions count only inside their effective window, and those that count as they are (drafts). */
const WINDOWED: VersionStatus[] = ['PUBLISHED', 'RETIRED'];
export const splitStatuses = (statuses: VersionStatus[]) => ({
  windowed: statuses.filter((s) => WINDOWED.includes(s)),
  open: statuses.filter((s) => !WINDOWED.includes(s)),
});

/** Documents with every word; when none has them all, documents with some of them. Facets must be asked with the `match` used. */
export async function searchWords(engine: SearchEngine, query: Omit<SearchQuery, 'match'>, page: SearchPage): Promise<SearchAnswer & { match: WordMatch }> {
  const all = await engine.search({ ...query, match: 'all' }, page);
  if (all.total > 0 || query.groups.length === 1) return { ...all, match: 'all' };
  return { ...(await engine.search({ ...query, match: 'some' }, page)), match: 'some' };
}
