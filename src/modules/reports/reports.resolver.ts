import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { KnowledgeException } from '../exceptions/exceptions.types.js';
import { Flow } from '../flows/flow.types.js';
import { Touchpoint, type TouchpointAt } from '../touchpoints/touchpoint.types.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { currentVersions, type DocumentAt } from '../versioning/document-list.js';
import { contentHealth } from './content-health.js';
import { exceptionSla } from './exception-sla.js';
import { flowUsage, type FlowUsageRow } from './flow-usage.js';
import { reportWindow, UsageFilter } from './report-filter.js';
import { ContentHealthReport, ExceptionSlaReport, FlowUsage, KnowledgeGap, SearchAnalytics } from './reports.types.js';
import { knowledgeGaps, type KnowledgeGapRow, MAX_QUERIES, searchAnalytics } from './search-analytics.js';

const FIRST = `1–${MAX_QUERIES}, default 50`;

type FlowUsageAt = FlowUsageRow & { flowAt: DocumentAt | null; asOf: string };

const touchpointAt = (code: string, asOf: string): TouchpointAt | null => {
  const parts = parseTouchpointCode(code);
  return 'problem' in parts ? null : { code, ...parts, asOf };
};

/** The reports (formulas in each type's description and the README); managers, approvers and admins read them. */
@Resolver()
export class ReportsResolver {
  @Allow('reports.read')
  @Query(() => [FlowUsage], { description: 'per flow, and per touchpoint it serves or was opened at: opens, distinct agents, renders and the execution rate in [from, to); flows nobody opened are listed too' })
  async flowUsage(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive; after from, at most 400 days later' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows the report to some touchpoints, or to one owner’s documents; everything when omitted' }) filter?: UsageFilter | null,
  ): Promise<FlowUsageAt[]> {
    const w = await reportWindow(ctx.db, { from, to, filter });
    const rows = await flowUsage(ctx.db, w);
    // each flow as it stood at the end of the period
    const asOf = new Date(Date.parse(w.to) - 1).toISOString();
    const flows = new Map((await currentVersions(ctx.db, actorOf(ctx), 'FLOW', asOf, { ids: [...new Set(rows.map((r) => r.flowId))] })).map((d) => [d.document.id, d]));
    return rows.map((r) => ({ ...r, flowAt: flows.get(r.flowId) ?? null, asOf }));
  }

  @Allow('reports.read')
  @Query(() => SearchAnalytics, { description: 'searches in [from, to): zero-hit, no-click and select-through rates, the average clicked rank and the top queries' })
  async searchAnalytics(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive; after from, at most 400 days later' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows the report to some touchpoints, or to one owner’s documents; everything when omitted' }) filter?: UsageFilter | null,
    @Arg('top', () => Int, { nullable: true, description: `how many top queries: ${FIRST}` }) top?: number | null,
  ) {
    return searchAnalytics(ctx.db, await reportWindow(ctx.db, { from, to, filter }), top ?? 50, 'top');
  }

  @Allow('reports.read')
  @Query(() => [KnowledgeGap], { description: 'queries agents searched in [from, to) that found nothing at least once or never led to a click within 5 minutes, the most searches left unanswered (found nothing or not clicked) first, with the exception covering each' })
  async knowledgeGaps(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive; after from, at most 400 days later' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows the report to some touchpoints, or to one owner’s documents; everything when omitted' }) filter?: UsageFilter | null,
    @Arg('first', () => Int, { nullable: true, description: FIRST }) first?: number | null,
  ): Promise<KnowledgeGapRow[]> {
    const gaps = await knowledgeGaps(ctx.db, await reportWindow(ctx.db, { from, to, filter }), first ?? 50);
    return gaps.map((g) => ({ ...g, touchpoints: g.touchpointCodes }));
  }

  @Allow('reports.read')
  @Query(() => ExceptionSlaReport, { description: 'answer and resolution times of the exceptions raised in [from, to), against their deadlines' })
  async exceptionSla(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive: exceptions raised at or after it' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive; after from, at most 400 days later' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows the report to some touchpoints, or to one owner’s documents; everything when omitted' }) filter?: UsageFilter | null,
  ) {
    return exceptionSla(ctx.db, await reportWindow(ctx.db, { from, to, filter }), instant(ctx));
  }

  @Allow('reports.read')
  @Query(() => ContentHealthReport, { description: 'the content at asOf (default now): phases, review due, flags, documents nobody opens, time to resolution' })
  contentHealth(@Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to describe; now when omitted' }) asOf?: Date | null) {
    return contentHealth(ctx.db, instant(ctx, asOf));
  }
}

@Resolver(() => FlowUsage)
export class FlowUsageFieldsResolver {
  @FieldResolver(() => Flow, { nullable: true, description: 'the flow as it stood at the end of the period' })
  flow(@Root() row: FlowUsageAt): DocumentAt | null {
    return row.flowAt;
  }

  @FieldResolver(() => Touchpoint, { nullable: true, description: 'null: the flow at every touchpoint together' })
  touchpoint(@Root() row: FlowUsageAt): TouchpointAt | null {
    return row.touchpointCode === null ? null : touchpointAt(row.touchpointCode, row.asOf);
  }
}

@Resolver(() => KnowledgeGap)
export class KnowledgeGapFieldsResolver {
  @FieldResolver(() => KnowledgeException, { nullable: true, description: 'the exception raised or joined from a search for this query (an open one first, then the newest)' })
  exception(@Root() gap: KnowledgeGapRow, @Ctx() ctx: Context) {
    return gap.exceptionId ? ctx.loaders.exceptionById.load(gap.exceptionId) : null;
  }
}
