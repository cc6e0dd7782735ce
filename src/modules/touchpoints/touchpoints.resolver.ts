import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { Flow } from '../flows/flow.types.js';
import type { DocumentAt } from '../versioning/document-list.js';
import type { TouchpointRow } from './touchpoint.entity.js';
import { findTouchpoint, listTouchpoints, registerBusiness, registerMapAxis, serviceMap } from './touchpoints.service.js';
import { Business, MapAxis, RegisterBusinessInput, RegisterMapAxisInput, Touchpoint, TouchpointConnection, TouchpointFilter, TouchpointMap, type TouchpointAt } from './touchpoint.types.js';

@Resolver(() => Touchpoint)
export class TouchpointsResolver {
  @Allow('content.read')
  @Query(() => Touchpoint, { nullable: true, description: 'a registered touchpoint; a malformed code is refused with the rule it breaks' })
  async touchpoint(@Arg('code', () => String, { description: 'the touchpoint code, e.g. AAA1102' }) code: string, @Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to resolve its flow at; now when omitted' }) asOf?: Date | null): Promise<TouchpointAt | null> {
    const row = await findTouchpoint(ctx.db, code);
    return row ? { ...row, asOf: instant(ctx, asOf) } : null;
  }

  @Allow('content.read')
  @Query(() => TouchpointConnection, { description: 'registered touchpoints by code, narrowed by channel, brand and business; an unregistered value is refused naming it' })
  async touchpoints(
    @Ctx() ctx: Context,
    @Arg('filter', () => TouchpointFilter, { nullable: true, description: 'channel, brand and/or business; all touchpoints when omitted' }) filter?: TouchpointFilter | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant each touchpoint’s flow is read at (default now)' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'touchpoints per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    const at = instant(ctx, asOf);
    const page = await listTouchpoints(ctx.db, { channel: filter?.channel, brand: filter?.brand, businessCode: filter?.businessCode }, toPage(first, after));
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: { ...e.node, asOf: at } })) };
  }

  @Allow('content.read')
  @Query(() => TouchpointMap, { description: 'business × channel matrix with the brands and flow of each cell, and the gaps' })
  async touchpointMap(@Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the map at; now when omitted' }) asOf?: Date | null): Promise<TouchpointMap> {
    const at = instant(ctx, asOf);
    const map = await serviceMap(ctx.db, actorOf(ctx), at);
    // the map already knows which flow serves each touchpoint: the cells' flow fields need no statement of their own
    const holder = ctx.loaders.flowVersionServing(at);
    for (const t of map.touchpoints) holder.prime(t.code, map.servedBy.get(t.code)?.current ?? null);
    const at_ = (t: TouchpointRow): TouchpointAt => ({ ...t, asOf: at });
    return {
      asOf: at,
      channels: map.channels,
      brands: map.brands,
      rows: map.rows.map((r) => ({ business: r.business, cells: r.cells.map((c) => ({ channel: c.channel, entries: c.entries.map((e) => ({ brand: e.brand, touchpoint: at_(e.touchpoint) })) })) })),
      gaps: { touchpointsWithoutFlow: map.touchpointsWithoutFlow.map(at_), flowsWithoutTouchpoints: map.flowsWithoutTouchpoints },
    };
  }

  @FieldResolver(() => String, { nullable: true, description: 'the channel’s name, e.g. 人工座席; null if the channel is not registered' })
  async channelName(@Root() t: TouchpointAt, @Ctx() ctx: Context) {
    return (await ctx.loaders.channelByCode.load(t.channel))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'the brand’s name, e.g. 全球通; null if the brand is not registered' })
  async brandName(@Root() t: TouchpointAt, @Ctx() ctx: Context) {
    return (await ctx.loaders.brandByCode.load(t.brand))?.name ?? null;
  }

  @FieldResolver(() => Business, { nullable: true, description: 'the business; null if it is not registered' })
  business(@Root() t: TouchpointAt, @Ctx() ctx: Context) {
    return ctx.loaders.businessByCode.load(t.businessCode);
  }

  @FieldResolver(() => Flow, { nullable: true, description: 'the flow serving this touchpoint at asOf' })
  async flow(@Root() t: TouchpointAt, @Ctx() ctx: Context): Promise<DocumentAt | null> {
    const version = await ctx.loaders.flowVersionServing(t.asOf).load(t.code);
    if (!version) return null;
    const document = await ctx.loaders.documentById.load(version.documentId);
    return document ? { document, asOf: t.asOf, current: version } : null;
  }

  @Allow('serviceMap.write')
  @Mutation(() => [Touchpoint], { description: 'register a business and its touchpoints (channels × brands)' })
  async registerBusiness(@Arg('input', () => RegisterBusinessInput, { description: 'the business, its channels and brands' }) input: RegisterBusinessInput, @Ctx() ctx: Context): Promise<TouchpointAt[]> {
    const rows = await registerBusiness(ctx.db, actorOf(ctx), input);
    return rows.map((r) => ({ ...r, asOf: instant(ctx) }));
  }

  @Allow('serviceMap.write')
  @Mutation(() => MapAxis, { description: 'add a channel to the map, e.g. E 微信' })
  registerChannel(@Arg('input', () => RegisterMapAxisInput, { description: 'the channel’s letter and name' }) input: RegisterMapAxisInput, @Ctx() ctx: Context) {
    return registerMapAxis(ctx.db, actorOf(ctx), 'channel', input);
  }

  @Allow('serviceMap.write')
  @Mutation(() => MapAxis, { description: 'add a brand to the map' })
  registerBrand(@Arg('input', () => RegisterMapAxisInput, { description: 'the brand’s letter and name' }) input: RegisterMapAxisInput, @Ctx() ctx: Context) {
    return registerMapAxis(ctx.db, actorOf(ctx), 'brand', input);
  }
}
