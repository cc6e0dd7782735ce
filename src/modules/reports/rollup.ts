import { type Db, namedQuery } from '../../db/database.js';
import type { Job } from '../../jobs/jobs.js';
import type { Clock } from '../../shared/clock.js';
import { PROMPT_CLICK_MS } from '../search/search.service.js';
import { dayOf, dayStart, nextDay } from './period.js';
import { AgentSet } from './agent-sets.js';
import { RollupDayRow, UsageDailyAgentsRow } from './rollup.entity.js';

/** Days built per run of the job: a long backlog is worked off in steps that do not hold the writer long. */
const DAYS_PER_RUN = 7;

/** Rebuild the roll-ups of one Beijing day from the raw usage events and search log. */
export async function buildDay(db: Db, day: string, now: Date): Promise<void> {
  const params = { day, from: dayStart(day).toISOString(), to: dayStart(nextDay(day)).toISOString() };
  await db.write(async ({ em }) => {
    for (const table of ['usage_daily', 'usage_daily_agents', 'search_daily', 'search_daily_touchpoints']) await namedQuery(em, `DELETE FROM ${table} WHERE "day" = :day`, params);
    await namedQuery(
      em,
      `INSERT INTO usage_daily ("day", "kind", "documentId", "touchpointCode", "action", "events")
       SELECT :day, u."kind", u."documentId", COALESCE(u."touchpointCode", ''), u."action", COUNT(*)
         FROM usage_events u WHERE u."at" >= :from AND u."at" < :to
        GROUP BY u."kind", u."documentId", COALESCE(u."touchpointCode", ''), u."action"`,
      params,
    );
    // agents seen for the first time get the next numbers, then each document's agents at each touchpoint become one set
    await namedQuery(
      em,
      `INSERT INTO usage_agents ("userId", "no")
       SELECT x."userId", (SELECT COALESCE(MAX(a."no"), 0) FROM usage_agents a) + ROW_NUMBER() OVER (ORDER BY x."userId")
         FROM (SELECT DISTINCT u."userId" FROM usage_events u WHERE u."at" >= :from AND u."at" < :to
                  AND NOT EXISTS (SELECT 1 FROM usage_agents a WHERE a."userId" = u."userId")) x`,
      params,
    );
    const used = await namedQuery<{ kind: string; documentId: string; tp: string; no: number }>(
      em,
      `SELECT u."kind", u."documentId", COALESCE(u."touchpointCode", '') AS tp, a."no" FROM usage_events u JOIN usage_agents a ON a."userId" = u."userId"
        WHERE u."at" >= :from AND u."at" < :to GROUP BY u."kind", u."documentId", COALESCE(u."touchpointCode", ''), a."no"`,
      params,
    );
    const sets = new Map<string, { kind: string; documentId: string; touchpointCode: string; agents: AgentSet }>();
    for (const u of used) {
      const key = `${u.kind} ${u.documentId} ${u.tp}`;
      if (!sets.has(key)) sets.set(key, { kind: u.kind, documentId: u.documentId, touchpointCode: u.tp, agents: new AgentSet() });
      sets.get(key)!.agents.add(Number(u.no));
    }
    const rows = [...sets.values()].map((r) => ({ day, kind: r.kind, documentId: r.documentId, touchpointCode: r.touchpointCode, agents: r.agents.encode() }));
    for (let i = 0; i < rows.length; i += 500) await em.insert(UsageDailyAgentsRow, rows.slice(i, i + 500));
    await namedQuery(
      em,
      `INSERT INTO search_daily ("day", "normalized", "touchpointCode", "searches", "zeroHits", "clickedSearches", "clicks", "rankSum", "rankedClicks", "lastAt")
       SELECT :day, s.q, s.tp, COUNT(*), SUM(s.zero), SUM(CASE WHEN s.clicks > 0 THEN 1 ELSE 0 END), SUM(s.clicks), SUM(s.ranks), SUM(s.ranked), MAX(s."at")
         FROM (${searchesWithClicks('l."at" >= :from AND l."at" < :to')}) s
        GROUP BY s.q, s.tp`,
      params,
    );
    await namedQuery(
      em,
      `INSERT INTO search_daily_touchpoints ("day", "touchpointCode", "searches")
       SELECT :day, l."touchpointCode", COUNT(*) FROM search_log l WHERE l."at" >= :from AND l."at" < :to AND l."touchpointCode" IS NOT NULL GROUP BY l."touchpointCode"`,
      params,
    );
    await em.upsert(RollupDayRow, { day, builtAt: now.toISOString() }, ['day']);
  });
}

/**
 * Each search of the log that `where` keeps (alias l) with its normalised query `q`, touchpoint
 * `tp` ('' for none), whether it found nothing, and the clicks that came within 5 minutes — how
 * many, the sum of their positions and how many had one (kept on the search as they come).
 */
export const searchesWithClicks = (where: string) => `
  SELECT COALESCE(l."normalized", l."query") AS q, COALESCE(l."touchpointCode", '') AS tp, l."at" AS "at",
         CASE WHEN l."hits" = 0 THEN 1 ELSE 0 END AS zero, l."promptClicks" AS clicks, l."promptRankSum" AS ranks, l."promptRanked" AS ranked
    FROM search_log l
   WHERE ${where}`;

/**
 * The days to build: from the oldest raw row's day to the last day that is over (and whose
 * searches' click window has passed), those not built yet, oldest first.
 */
export async function daysToBuild(db: Db, now: Date, limit: number): Promise<string[]> {
  const [oldest] = await namedQuery<{ at: string | null }>(
    db.dataSource.manager,
    `SELECT MIN(m) AS "at" FROM (SELECT MIN("at") AS m FROM usage_events UNION ALL SELECT MIN("at") AS m FROM search_log) x`,
    {},
  );
  if (!oldest?.at) return [];
  const lastOver = dayOf(new Date(now.getTime() - PROMPT_CLICK_MS - 86_400_000));
  const built = new Set(
    (await db.dataSource.getRepository(RollupDayRow).createQueryBuilder('r').select('r.day', 'day').where('r.day >= :first', { first: dayOf(oldest.at) }).getRawMany<{ day: string }>()).map((r) => r.day),
  );
  const days: string[] = [];
  for (let d = dayOf(oldest.at); d <= lastOver && days.length < limit; d = nextDay(d)) if (!built.has(d)) days.push(d);
  return days;
}

/** Build every day that is over and not built yet. Returns how many days were built. */
export async function buildPendingDays(db: Db, clock: Clock, limit = Infinity): Promise<number> {
  const now = clock.now();
  const days = await daysToBuild(db, now, limit);
  for (const day of days) await buildDay(db, day, now);
  return days.length;
}

/**
 * Forget the roll-ups of the days a write of past raw rows touched (the demo history, an import):
 * the job builds them again, and reports read those days raw meanwhile.
 */
export async function forgetDays(db: Db, from: string, to: string): Promise<void> {
  await db.write(({ em }) => namedQuery(em, `DELETE FROM rollup_days WHERE "day" >= :first AND "day" <= :last`, { first: dayOf(from), last: dayOf(to) }));
}

export const rollupJob = (db: Db, clock: Clock): Job => ({
  name: 'report-rollups',
  everyMs: 60_000,
  untilIdle: true,
  run: () => buildPendingDays(db, clock, DAYS_PER_RUN),
});
