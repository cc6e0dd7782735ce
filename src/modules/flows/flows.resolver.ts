import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/date-time.js';
import { toPage } from '../../shared/pagination.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { Touchpoint, type TouchpointAt } from '../touchpoints/touchpoint.types.js';
import { checkMapFilter } from '../touchpoints/touchpoints.service.js';
import { readTouchpoint, TOUCHPOINT_ARG } from '../usage/usage-reads.js';
import { findDocument, type DocumentAt } from '../versioning/document-list.js';
import { contentOf } from '../versioning/kind.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { flowKind } from './flow.kind.js';
import { Flow, FlowConnection, FlowFilter, FlowVersion } from './flow.types.js';
import { listFlows } from './flows.service.js';
import { toMermaid } from './graph.js';

@Resolver(() => Flow)
export class FlowsResolver {
  @Allow('content.read')
  @Query(() => FlowConnection, { description: 'flows by code, each resolved at asOf (default now)' })
  async flows(
    @Ctx() ctx: Context,
    @Arg('filter', () => FlowFilter, { nullable: true, description: 'only the flows that match; all when omitted' }) filter?: FlowFilter | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the flows at; now when omitted' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'flows per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    await checkMapFilter(ctx.db, filter);
    return listFlows(ctx.db, actorOf(ctx), instant(ctx, asOf), filter ?? {}, toPage(first, after));
  }

  @Allow('content.read')
  @Query(() => Flow, { nullable: true, description: 'a flow by code, resolved at asOf (default now); null when there is none; an agent opening it counts in the usage reports' })
  async flow(
    @Arg('code', () => String, { description: 'the flow’s stable code, e.g. QRY-BALANCE' }) code: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the flow at; now when omitted' }) asOf?: Date | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: TOUCHPOINT_ARG }) touchpointCode?: string | null,
  ): Promise<DocumentAt | null> {
    const at = await readTouchpoint(ctx.db, touchpointCode);
    const found = await findDocument(ctx.db, actorOf(ctx), flowKind.kind, instant(ctx, asOf), { code });
    if (found) ctx.usage.record(actorOf(ctx), found.current, 'OPEN', at);
    return found;
  }
}

/** What a flow version shows beyond its stored content. */
@Resolver(() => FlowVersion)
export class FlowVersionResolver {
  @FieldResolver(() => String, { description: 'the graph as Mermaid flowchart text' })
  mermaid(@Root() v: VersionRow) {
    return toMermaid(contentOf<'FLOW'>(v).graph);
  }

  @FieldResolver(() => [Touchpoint], { description: 'the touchpoints this version claims' })
  touchpoints(@Root() v: VersionRow, @Ctx() ctx: Context): TouchpointAt[] {
    const asOf = instant(ctx);
    return contentOf<'FLOW'>(v).touchpointCodes.flatMap((code) => {
      const parts = parseTouchpointCode(code);
      return 'problem' in parts ? [] : [{ code, ...parts, asOf }];
    });
  }
}
