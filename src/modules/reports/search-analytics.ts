import { type Db, namedQuery } from '../../db/database.js';
import { badInput } from '../../shared/errors.js';
import { daysCondition, type PeriodParts, periodParts, rawCondition } from './period.js';
import { type ReportWindow, touchpointCondition } from './report-filter.js';
import { searchesWithClicks } from './rollup.js';

export const MAX_QUERIES = 500;

export interface QueryFigures {
  /** the normalised query: simplified, NFKC, trimmed, case-folded */
  query: string;
  searches: number;
  zeroHits: number;
  /** searches with a click by the searcher within 5 minutes */
  clickedSearches: number;
  lastSearchedAt: string;
}

export interface SearchAnalytics {
  searches: number;
  zeroHitRate: number | null;
  noClickRate: number | null;
  selectThroughRate: number | null;
  averageClickedRank: number | null;
  topQueries: QueryFigures[];
}

const n = (v: unknown) => Number(v ?? 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Searches in the period, per normalised query and touchpoint: built days from search_daily, the rest from the log. */
function searchParts(parts: PeriodParts, w: ReportWindow, params: Record<string, unknown>): string {
  const filter = touchpointCondition('p.tp', w.filter, params);
  return `SELECT * FROM (
      SELECT s."normalized" AS q, s."touchpointCode" AS tp, s."searches" AS searches, s."zeroHits" AS zero, s."clickedSearches" AS clicked,
             s."clicks" AS clicks, s."rankSum" AS ranks, s."rankedClicks" AS ranked, s."lastAt" AS "lastAt"
        FROM search_daily s WHERE ${daysCondition('s', parts, params)}
      UNION ALL
      SELECT r.q, r.tp, 1, r.zero, CASE WHEN r.clicks > 0 THEN 1 ELSE 0 END, r.clicks, r.ranks, r.ranked, r."at"
        FROM (${searchesWithClicks(rawCondition('l."at"', parts, params))}) r
    ) p ${filter ? `WHERE ${filter}` : ''}`;
}

function noOwner(w: ReportWindow) {
  if (w.filter.ownerId) throw badInput('filter.ownerId', 'does not apply to searches: they have no owner (narrow by touchpoint, channel, brand or business)');
}

/**
 * Searches in [from, to) (every role's, as logged), grouped by normalised query:
 * zero-hit rate = searches that found nothing / searches; no-click rate = searches that found
 * something but got no click by the searcher within 5 minutes / searches that found something;
 * select-through rate = searches with such a click / searches; average clicked rank = the mean
 * position (1 = first) of the results clicked within 5 minutes; top queries by searches.
 */
export async function searchAnalytics(db: Db, w: ReportWindow, first: number, field = 'first'): Promise<SearchAnalytics> {
  noOwner(w);
  if (!Number.isInteger(first) || first < 1 || first > MAX_QUERIES) throw badInput(field, `must be between 1 and ${MAX_QUERIES}`);
  const parts = await periodParts(db, w.from, w.to);
  const params: Record<string, unknown> = {};
  const source = searchParts(parts, w, params);
  const [totals] = await namedQuery<Record<string, unknown>>(
    db.dataSource.manager,
    `SELECT SUM(p.searches) AS searches, SUM(p.zero) AS zero, SUM(p.clicked) AS clicked, SUM(p.ranks) AS ranks, SUM(p.ranked) AS ranked FROM (${source}) p`,
    params,
  );
  const searches = n(totals?.searches);
  const zero = n(totals?.zero);
  const clicked = n(totals?.clicked);
  // only a result can be clicked, so every clicked search is one that found something
  const withHits = searches - zero;
  const topQueries = await topBy(db, source, params, 'SUM(p.searches) DESC', first);
  return {
    searches,
    zeroHitRate: ratio(zero, searches),
    noClickRate: ratio(withHits - clicked, withHits),
    selectThroughRate: ratio(clicked, searches),
    averageClickedRank: ratio(n(totals?.ranks), n(totals?.ranked)),
    topQueries,
  };
}

async function topBy(db: Db, source: string, params: Record<string, unknown>, order: string, first: number, having = ''): Promise<QueryFigures[]> {
  const rows = await namedQuery<Record<string, unknown>>(
    db.dataSource.manager,
    `SELECT p.q AS query, SUM(p.searches) AS searches, SUM(p.zero) AS zero, SUM(p.clicked) AS clicked, MAX(p."lastAt") AS "lastAt"
       FROM (${source}) p GROUP BY p.q ${having} ORDER BY ${order}, p.q LIMIT ${first}`,
    params,
  );
  return rows.map((r) => ({ query: String(r.query), searches: n(r.searches), zeroHits: n(r.zero), clickedSearches: n(r.clicked), lastSearchedAt: String(r.lastAt) }));
}

export interface KnowledgeGapRow extends QueryFigures {
  touchpointCodes: string[];
  /** the exception raised or joined from a search with this query, if any (an open one first, then the newest) */
  exceptionId: string | null;
}

/**
 * Knowledge gaps in [from, to): normalised queries that found nothing at least once, or whose
 * searches never got a click within 5 minutes, the most searches left unanswered (found nothing or
 * not clicked) first — a popular query with one stray empty search does not push real gaps out —
 * with when one was last made,
 * the touchpoints they came from and the exception that covers them — one raised or joined from a
 * search for the same normalised query (or the one it was merged into).
 */
export async function knowledgeGaps(db: Db, w: ReportWindow, first: number): Promise<KnowledgeGapRow[]> {
  noOwner(w);
  if (!Number.isInteger(first) || first < 1 || first > MAX_QUERIES) throw badInput('first', `must be between 1 and ${MAX_QUERIES}`);
  const parts = await periodParts(db, w.from, w.to);
  const params: Record<string, unknown> = {};
  const source = searchParts(parts, w, params);
  const gaps = await topBy(db, source, params, 'SUM(p.searches) - SUM(p.clicked) DESC, SUM(p.searches) DESC', first, 'HAVING SUM(p.clicked) = 0 OR SUM(p.zero) > 0');
  if (gaps.length === 0) return [];
  const queries = gaps.map((g) => g.query);
  const em = db.dataSource.manager;
  const places = await namedQuery<{ q: string; tp: string }>(em, `SELECT DISTINCT p.q, p.tp FROM (${source}) p WHERE p.tp <> '' AND p.q IN (:...queries)`, { ...params, queries });
  const found = await namedQuery<{ q: string; id: string; status: string; raisedAt: string; mergedIntoId: string | null }>(
    em,
    `SELECT l."normalized" AS q, e."id", e."status", e."raisedAt", e."mergedIntoId" FROM exception_demand d
       JOIN search_log l ON l."id" = d."queryId" JOIN knowledge_exceptions e ON e."id" = d."exceptionId"
      WHERE d."queryId" IS NOT NULL AND l."normalized" IN (:...queries)`,
    { queries },
  );
  // a question merged into another is covered by that one
  const covering = found.map((c) => (c.status === 'MERGED' && c.mergedIntoId ? { ...c, id: c.mergedIntoId, status: 'OPEN' } : c));
  const open = (status: string) => (status === 'OPEN' || status === 'ANSWERED' ? 1 : 0);
  const best = new Map<string, { id: string; status: string; raisedAt: string }>();
  for (const c of covering) {
    const held = best.get(c.q);
    if (!held || open(c.status) > open(held.status) || (open(c.status) === open(held.status) && c.raisedAt > held.raisedAt)) best.set(c.q, c);
  }
  return gaps.map((g) => ({
    ...g,
    touchpointCodes: places.filter((p) => p.q === g.query).map((p) => p.tp).sort(),
    exceptionId: best.get(g.query)?.id ?? null,
  }));
}
