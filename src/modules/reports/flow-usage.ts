import { type Db, namedQuery } from '../../db/database.js';
import { AgentSet } from './agent-sets.js';
import { daysCondition, type PeriodParts, periodParts, rawCondition } from './period.js';
import { narrowsTouchpoints, type ReportWindow, touchpointCondition } from './report-filter.js';

export interface FlowUsageRow {
  flowId: string;
  code: string;
  title: string;
  /** null: the flow at every touchpoint together */
  touchpointCode: string | null;
  opens: number;
  agents: number;
  renders: number;
  /** searches made at the touchpoint (or at every touchpoint the flow serves, on the flow's row) */
  searches: number;
  /** opens at the touchpoint(s) / searches there; null when no search there is known */
  executionRate: number | null;
  neverOpened: boolean;
}

const n = (v: unknown) => Number(v ?? 0);

/**
 * Per flow, and per touchpoint it serves or was opened at: opens, distinct agents and renders (of
 * the chart) in [from, to), and the execution rate (流程执行率) = opens of the flow at its
 * touchpoints / searches made at those touchpoints. Every flow in force during the period is
 * listed, the ones nobody opened too. A touchpoint filter keeps the usage at matching touchpoints
 * and the flows serving one; an owner filter, the flows that person owns.
 */
export async function flowUsage(db: Db, w: ReportWindow): Promise<FlowUsageRow[]> {
  const parts = await periodParts(db, w.from, w.to);
  const usage = await usageAt(db, parts, w);
  const flows = await flowsOf(db, w, [...new Set(usage.map((u) => u.documentId))]);
  const served = await touchpointsServed(db, w);
  const searches = await searchesAt(db, parts, w);

  const rows: FlowUsageRow[] = [];
  const byFlow = new Map<string, typeof usage>();
  for (const u of usage) byFlow.set(u.documentId, (byFlow.get(u.documentId) ?? []).concat(u));
  const listed = new Set([...flows.keys(), ...byFlow.keys()]);
  const filtering = narrowsTouchpoints(w.filter);
  for (const flowId of listed) {
    const flow = flows.get(flowId);
    const own = byFlow.get(flowId) ?? [];
    const claims = served.get(flowId) ?? new Set<string>();
    if (!flow || (filtering && claims.size === 0 && own.every((u) => u.touchpointCode === null))) continue;
    const at = new Map(own.filter((u) => u.touchpointCode !== null).map((u) => [u.touchpointCode!, u]));
    const total = own.find((u) => u.touchpointCode === null && u.all);
    const touchpoints = [...new Set([...claims, ...at.keys()])].sort();
    const opensThere = touchpoints.filter((t) => claims.has(t)).reduce((sum, t) => sum + (at.get(t)?.opens ?? 0), 0);
    const searchesThere = [...claims].reduce((sum, t) => sum + (searches.get(t) ?? 0), 0);
    rows.push({
      flowId,
      code: flow.code,
      title: flow.title,
      touchpointCode: null,
      opens: total?.opens ?? 0,
      agents: total?.agents ?? 0,
      renders: total?.renders ?? 0,
      searches: searchesThere,
      executionRate: searchesThere > 0 ? opensThere / searchesThere : null,
      neverOpened: (total?.opens ?? 0) === 0,
    });
    for (const t of touchpoints) {
      const u = at.get(t);
      const s = searches.get(t) ?? 0;
      rows.push({ flowId, code: flow.code, title: flow.title, touchpointCode: t, opens: u?.opens ?? 0, agents: u?.agents ?? 0, renders: u?.renders ?? 0, searches: s, executionRate: s > 0 ? (u?.opens ?? 0) / s : null, neverOpened: (u?.opens ?? 0) === 0 });
    }
  }
  const flowOpens = new Map(rows.filter((r) => r.touchpointCode === null).map((r) => [r.flowId, r.opens]));
  return rows.sort((a, b) => flowOpens.get(b.flowId)! - flowOpens.get(a.flowId)! || a.code.localeCompare(b.code) || (a.touchpointCode ?? '').localeCompare(b.touchpointCode ?? ''));
}

/**
 * The flows to list (owner filter applied): those with a version in force at some moment of the
 * period, and those opened in it (an agent reading an earlier instant), each with the title of its
 * latest version in force during the period, else its latest published.
 */
async function flowsOf(db: Db, w: ReportWindow, opened: string[]): Promise<Map<string, { code: string; title: string }>> {
  const params: Record<string, unknown> = { from: w.from, to: w.to, owner: w.filter.ownerId, opened };
  const rows = await namedQuery<{ id: string; code: string; title: string; effectiveFrom: string }>(
    db.dataSource.manager,
    `SELECT d."id", d."code", v."title", CASE WHEN v."effectiveFrom" < :to AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :from) THEN 'B' ELSE 'A' END || v."effectiveFrom" AS "effectiveFrom"
       FROM documents d JOIN document_versions v ON v."documentId" = d."id"
      WHERE d."kind" = 'FLOW' AND v."status" IN ('PUBLISHED', 'RETIRED') AND v."effectiveFrom" IS NOT NULL
        AND ((v."effectiveFrom" < :to AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :from))${opened.length > 0 ? ' OR d."id" IN (:...opened)' : ''})
        ${w.filter.ownerId ? 'AND d."ownerId" = :owner' : ''}`,
    params,
  );
  const flows = new Map<string, { code: string; title: string; effectiveFrom: string }>();
  for (const r of rows) if ((flows.get(r.id)?.effectiveFrom ?? '') < r.effectiveFrom) flows.set(r.id, { code: r.code, title: r.title, effectiveFrom: r.effectiveFrom });
  return flows;
}

/** The touchpoints each flow's versions in force during the period claim (matching the filter). */
async function touchpointsServed(db: Db, w: ReportWindow): Promise<Map<string, Set<string>>> {
  const params: Record<string, unknown> = { from: w.from, to: w.to };
  const condition = touchpointCondition('t."touchpointCode"', w.filter, params);
  const rows = await namedQuery<{ documentId: string; touchpointCode: string }>(
    db.dataSource.manager,
    `SELECT DISTINCT t."documentId", t."touchpointCode" FROM flow_touchpoints t JOIN document_versions v ON v."id" = t."versionId"
      WHERE v."status" IN ('PUBLISHED', 'RETIRED') AND v."effectiveFrom" < :to AND (v."effectiveTo" IS NULL OR v."effectiveTo" > :from) ${condition ? `AND ${condition}` : ''}`,
    params,
  );
  const served = new Map<string, Set<string>>();
  for (const r of rows) served.set(r.documentId, (served.get(r.documentId) ?? new Set()).add(r.touchpointCode));
  return served;
}

interface UsageCounts {
  documentId: string;
  /** null with all = true: the flow at every touchpoint together */
  touchpointCode: string | null;
  all: boolean;
  opens: number;
  renders: number;
  agents: number;
}

/** Opens, renders and distinct agents per flow and touchpoint, and per flow over every touchpoint. */
async function usageAt(db: Db, parts: PeriodParts, w: ReportWindow): Promise<UsageCounts[]> {
  const em = db.dataSource.manager;
  const params: Record<string, unknown> = {};
  const filter = touchpointCondition('p."touchpointCode"', w.filter, params);
  const where = filter ? `WHERE ${filter}` : '';
  const counts = await namedQuery<{ documentId: string; touchpointCode: string; opens: unknown; renders: unknown }>(
    em,
    `SELECT p."documentId", p."touchpointCode", SUM(CASE WHEN p."action" = 'OPEN' THEN p.n ELSE 0 END) AS opens, SUM(CASE WHEN p."action" = 'RENDER' THEN p.n ELSE 0 END) AS renders
       FROM (SELECT d."documentId", d."touchpointCode", d."action", d."events" AS n FROM usage_daily d WHERE ${daysCondition('d', parts, params)} AND d."kind" = 'FLOW'
             UNION ALL
             SELECT u."documentId", COALESCE(u."touchpointCode", '') AS "touchpointCode", u."action", 1 AS n FROM usage_events u WHERE ${rawCondition('u."at"', parts, params)} AND u."kind" = 'FLOW') p
      ${where} GROUP BY p."documentId", p."touchpointCode"`,
    params,
  );
  // distinct agents: the days' agent sets, joined with the agents of the raw rows
  const sets = await namedQuery<{ documentId: string; touchpointCode: string; agents: string }>(
    em,
    `SELECT p."documentId", p."touchpointCode", p."agents" FROM usage_daily_agents p WHERE ${daysCondition('p', parts, params)} AND p."kind" = 'FLOW' ${filter ? `AND ${filter}` : ''}`,
    params,
  );
  const raw = await namedQuery<{ documentId: string; touchpointCode: string; userId: string; no: number | null }>(
    em,
    `SELECT p."documentId", p."touchpointCode", p."userId", a."no" FROM (
        SELECT DISTINCT u."documentId", COALESCE(u."touchpointCode", '') AS "touchpointCode", u."userId" FROM usage_events u WHERE ${rawCondition('u."at"', parts, params)} AND u."kind" = 'FLOW'
      ) p LEFT JOIN usage_agents a ON a."userId" = p."userId" ${where}`,
    params,
  );
  const agents = new Map<string, { set: AgentSet; unnumbered: Set<string> }>();
  const agentsOf = (key: string) => {
    if (!agents.has(key)) agents.set(key, { set: new AgentSet(), unnumbered: new Set() });
    return agents.get(key)!;
  };
  for (const r of sets) {
    const day = AgentSet.decode(r.agents);
    agentsOf(`${r.documentId} ${r.touchpointCode}`).set.union(day);
    agentsOf(r.documentId).set.union(day);
  }
  for (const r of raw) {
    for (const key of [`${r.documentId} ${r.touchpointCode}`, r.documentId]) {
      if (r.no === null) agentsOf(key).unnumbered.add(r.userId);
      else agentsOf(key).set.add(Number(r.no));
    }
  }
  const distinct = (key: string) => (agents.has(key) ? agents.get(key)!.set.size + agents.get(key)!.unnumbered.size : 0);
  const result: UsageCounts[] = [];
  const totals = new Map<string, UsageCounts>();
  for (const r of counts) {
    const opens = n(r.opens);
    const renders = n(r.renders);
    result.push({ documentId: r.documentId, touchpointCode: r.touchpointCode === '' ? null : r.touchpointCode, all: false, opens, renders, agents: distinct(`${r.documentId} ${r.touchpointCode}`) });
    const total = totals.get(r.documentId) ?? { documentId: r.documentId, touchpointCode: null, all: true, opens: 0, renders: 0, agents: distinct(r.documentId) };
    total.opens += opens;
    total.renders += renders;
    totals.set(r.documentId, total);
  }
  return [...result.filter((r) => r.touchpointCode !== null), ...totals.values()];
}

/** Searches made at each touchpoint in the period (their filter named exactly that touchpoint). */
async function searchesAt(db: Db, parts: PeriodParts, w: ReportWindow): Promise<Map<string, number>> {
  const params: Record<string, unknown> = {};
  const filter = touchpointCondition('p.tp', w.filter, params);
  const rows = await namedQuery<{ tp: string; searches: unknown }>(
    db.dataSource.manager,
    `SELECT p.tp, SUM(p.n) AS searches FROM (
        SELECT s."touchpointCode" AS tp, s."searches" AS n FROM search_daily_touchpoints s WHERE ${daysCondition('s', parts, params)}
        UNION ALL
        SELECT l."touchpointCode" AS tp, 1 AS n FROM search_log l WHERE l."touchpointCode" IS NOT NULL AND ${rawCondition('l."at"', parts, params)}
      ) p ${filter ? `WHERE ${filter}` : ''} GROUP BY p.tp`,
    params,
  );
  return new Map(rows.map((r) => [r.tp, n(r.searches)]));
}
