import type { Db } from '../../db/database.js';
import { toStored } from '../../shared/clock.js';
import { contentHealth } from './content-health.js';
import { exceptionSla, type SlaFigures } from './exception-sla.js';
import { flowUsage } from './flow-usage.js';
import { reportWindow, type ReportWindow } from './report-filter.js';
import { periodOf, type ReportArgs, registerReport } from './report-registry.js';
import { knowledgeGaps, searchAnalytics } from './search-analytics.js';

/** The period and filter of a download, checked as the GraphQL arguments are. */
export const windowOf = (db: Db, args: ReportArgs): Promise<ReportWindow> => reportWindow(db, { ...periodOf(args), filter: args.filter });

const rate = (a: number, b: number) => (b > 0 ? a / b : null);

registerReport({
  name: 'flowUsage',
  action: 'reports.read',
  period: true,
  run: async (db, args) => flowUsage(db, await windowOf(db, args)),
  table: (rows) => ({
    header: ['flowCode', 'title', 'touchpointCode', 'opens', 'agents', 'renders', 'searches', 'executionRate', 'neverOpened'],
    rows: rows.map((r) => [r.code, r.title, r.touchpointCode ?? '', r.opens, r.agents, r.renders, r.searches, r.executionRate, r.neverOpened]),
  }),
});

registerReport({
  name: 'searchAnalytics',
  action: 'reports.read',
  period: true,
  run: async (db, args) => searchAnalytics(db, await windowOf(db, args), 500),
  table: (r) => ({
    header: ['query', 'searches', 'zeroHits', 'clickedSearches', 'zeroHitRate', 'noClickRate', 'selectThroughRate', 'averageClickedRank', 'lastSearchedAt'],
    rows: [
      ['(all)', r.searches, null, null, r.zeroHitRate, r.noClickRate, r.selectThroughRate, r.averageClickedRank, null],
      ...r.topQueries.map((q) => [q.query, q.searches, q.zeroHits, q.clickedSearches, rate(q.zeroHits, q.searches), rate(q.searches - q.zeroHits - q.clickedSearches, q.searches - q.zeroHits), rate(q.clickedSearches, q.searches), null, q.lastSearchedAt]),
    ],
  }),
});

registerReport({
  name: 'knowledgeGaps',
  action: 'reports.read',
  period: true,
  run: async (db, args) => knowledgeGaps(db, await windowOf(db, args), 500),
  table: (rows) => ({
    header: ['query', 'searches', 'zeroHits', 'lastSearchedAt', 'touchpoints', 'exceptionId'],
    rows: rows.map((g) => [g.query, g.searches, g.zeroHits, g.lastSearchedAt, g.touchpointCodes.join(' '), g.exceptionId]),
  }),
});

const slaRow = (by: string, f: SlaFigures) => [by, f.group, f.raised, f.answeredOnTimeRate, f.resolvedOnTimeRate, f.medianMinutesToAnswer, f.p90MinutesToAnswer, f.medianMinutesToResolve, f.p90MinutesToResolve, f.openOverdue];

registerReport({
  name: 'exceptionSla',
  action: 'reports.read',
  period: true,
  run: async (db, args, clock) => exceptionSla(db, await windowOf(db, args), toStored(clock.now())),
  table: (r) => ({
    header: ['groupedBy', 'group', 'raised', 'answeredOnTimeRate', 'resolvedOnTimeRate', 'medianMinutesToAnswer', 'p90MinutesToAnswer', 'medianMinutesToResolve', 'p90MinutesToResolve', 'openOverdue'],
    rows: [slaRow('all', r), ...r.byPriority.map((f) => slaRow('priority', f)), ...r.byOwner.map((f) => slaRow('owner', f)), ...r.byEscalationLevel.map((f) => slaRow('escalationLevel', f))],
  }),
});

registerReport({
  name: 'contentHealth',
  action: 'reports.read',
  period: false,
  run: (db, args, clock) => contentHealth(db, toStored(args.asOf ?? clock.now())),
  table: (r) => ({
    header: ['section', 'kind', 'item', 'value'],
    rows: [
      ...r.byPhase.map((p) => ['phase', p.kind, p.phase, p.documents]),
      ['review', null, 'overdue', r.reviewOverdue],
      ['review', null, 'dueWithin30Days', r.reviewDueSoon],
      ['flags', null, 'flaggedDocuments', r.flaggedDocuments],
      ['usage', null, 'neverOpenedIn90Days', r.neverOpened],
      ...r.neverOpenedDocuments.map((d) => ['neverOpened', d.kind, d.code ?? d.documentId, d.title]),
      ['resolution', null, 'resolvedExceptions', r.resolvedExceptions],
      ['resolution', null, 'medianMinutes', r.medianMinutesToResolution],
      ['resolution', null, 'p90Minutes', r.p90MinutesToResolution],
    ],
  }),
});
