import type { DocumentKind } from '../versioning/kind.js';
import type { VersionStatus } from '../versioning/version.entity.js';

export interface SearchFilterValues {
  kinds?: DocumentKind[] | null;
  channels?: string[] | null;
  brands?: string[] | null;
  businessCodes?: string[] | null;
  flowClasses?: string[] | null;
}

/** How an alternative came about; `interpretedAs` and Meilisearch's query text use it. */
export type AlternativeSource = 'typed' | 'synonym' | 'lexicon' | 'correction' | 'reading' | 'fragments';

/**
 * One way a query word may appear in a document: a phrase of index words, or — for a word no
 * document holds — its neighbouring character pairs in a row, matched against the text itself.
 */
export interface Alternative {
  words: string[];
  source: AlternativeSource;
}

/**
 * Whether an alternative's words may appear anywhere in a document (a meaning from the lexicon, the
 * words a pinyin spells) rather than side by side as written.
 */
export const wordsAnywhere = (a: Alternative) => a.source === 'lexicon' || a.source === 'reading';

/** A query word and every way it may appear; a document matches the word when it holds any of them. */
export type QueryGroup = Alternative[];

/** What to look for: one group of alternatives per query word. */
export interface SearchQuery {
  groups: QueryGroup[];
  /** statuses to include; PUBLISHED/RETIRED are further limited to the window around asOf */
  statuses: VersionStatus[];
  asOf: string;
  filter: SearchFilterValues;
  /** the query as a document code (QRY-BALANCE): that document comes first */
  code: string | null;
  /** documents that agents asking this query opened again and again (learned.ts): they come next, in this order */
  preferred: string[];
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
  kind: string;
  /** ranked first whatever its score: the document the query names by code, or one agents learned to open */
  pinned: boolean;
}

export interface SearchAnswer {
  /** matches in all */
  total: number;
  /** the total is an estimate (Meilisearch counts exactly only up to its pagination.maxTotalHits) */
  totalIsEstimate?: boolean;
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

/**
 * Fewer documents with every word than an agent reads at a glance: an agent retelling a customer
 * adds words no document needs, so then the documents with some of the words are ranked instead
 * (those with every word still rank high in them).
 */
const ENOUGH_WITH_EVERY_WORD = 5;

/**
 * The first screen mixes kinds: for a situation an agent wants the flow, what to say and the
 * standard that applies, not five flows. Among the first MIXED hits each further hit of a kind
 * already ranked counts SAME_KIND times its score; pinned hits keep their places at the front.
 * Hits past MIXED keep the engine's order, so pages never overlap nor skip a hit.
 */
const MIXED = 30;
const SAME_KIND = 0.7;

export function mixKinds<T extends SearchHitRef>(hits: T[]): T[] {
  const head = hits.slice(0, MIXED);
  const seen = new Map<string, number>();
  const weighed = head.map((hit, at) => {
    const before = seen.get(hit.kind) ?? 0;
    seen.set(hit.kind, before + 1);
    return { hit, at, weight: hit.score * SAME_KIND ** before };
  });
  const rest = weighed.filter((w) => !w.hit.pinned).sort((a, b) => b.weight - a.weight || a.at - b.at);
  return [...head.filter((hit) => hit.pinned), ...rest.map((w) => w.hit), ...hits.slice(MIXED)];
}

/** Documents with every word; when too few have them all, documents with some of them. Facets must be asked with the `match` used. */
export async function searchWords(engine: SearchEngine, query: Omit<SearchQuery, 'match'>, page: SearchPage): Promise<SearchAnswer & { match: WordMatch }> {
  // the first pages are cut from the mixed first screen
  const asked = page.offset < MIXED ? { offset: 0, limit: Math.max(MIXED, page.offset + page.limit) } : page;
  const cut = (answer: SearchAnswer): SearchAnswer => (asked === page ? answer : { ...answer, hits: mixKinds(answer.hits).slice(page.offset, page.offset + page.limit) });
  const all = await engine.search({ ...query, match: 'all' }, asked);
  if (all.total >= ENOUGH_WITH_EVERY_WORD || query.groups.length === 1) return { ...cut(all), match: 'all' };
  return { ...cut(await engine.search({ ...query, match: 'some' }, asked)), match: 'some' };
}
