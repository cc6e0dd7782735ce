import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { badInput } from '../../shared/errors.js';
import type { FlowContent } from '../flows/flow.kind.js';
import { Flow } from '../flows/flow.types.js';
import { currentVersions, type DocumentAt } from '../versioning/document-list.js';
import { isInForce } from '../versioning/windows.js';
import { parseTouchpointCode } from './touchpoint-code.js';
import { BrandRow, BusinessRow, ChannelRow, TouchpointRow } from './touchpoint.entity.js';
import { registerBusiness, registerMapAxis } from './touchpoints.service.js';
import { Business, MapAxis, RegisterBusinessInput, RegisterMapAxisInput, Touchpoint, TouchpointMap, type TouchpointAt } from './touchpoint.types.js';

@Resolver(() => Touchpoint)
export class TouchpointsResolver {
  @Authorized()
  @Query(() => Touchpoint, { nullable: true, description: 'a registered touchpoint; a malformed code is refused with the rule it breaks' })
  async touchpoint(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null,
  ): Promise<TouchpointAt | null> {
    const parts = parseTouchpointCode(code);
    if ('problem' in parts) throw badInput('code', parts.problem);
    const row = await ctx.db.dataSource.getRepository(TouchpointRow).findOneBy({ code });
    return row ? { ...row, asOf: instant(ctx, asOf) } : null;
  }

  @Authorized()
  @Query(() => TouchpointMap, { description: 'business × channel matrix with the brands and flow of each cell, and the gaps' })
  async touchpointMap(@Ctx() ctx: Context, @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null): Promise<TouchpointMap> {
    const at = instant(ctx, asOf);
    const ds = ctx.db.dataSource;
    const [channels, brands, businesses, touchpoints, flows] = await Promise.all([
      ds.getRepository(ChannelRow).find({ order: { code: 'ASC' } }),
      ds.getRepository(BrandRow).find({ order: { code: 'ASC' } }),
      ds.getRepository(BusinessRow).find({ order: { code: 'ASC' } }),
      ds.getRepository(TouchpointRow).find({ order: { code: 'ASC' } }),
      currentVersions(ctx, 'FLOW', at),
    ]);
    const inForce = flows.filter((f) => isInForce(f.current, at));
    const servedBy = new Map<string, DocumentAt>();
    for (const f of inForce) for (const code of (JSON.parse(f.current.content) as FlowContent).touchpointCodes) servedBy.set(code, f);
    const holder = ctx.loaders.flowVersionServing(at);
    for (const t of touchpoints) holder.prime(t.code, servedBy.get(t.code)?.current ?? null);

    const at_ = (t: TouchpointRow): TouchpointAt => ({ ...t, asOf: at });
    const channelName = new Map(channels.map((c) => [c.code, c]));
    const brandName = new Map(brands.map((b) => [b.code, b]));
    const rows = businesses.map((business) => {
      const mine = touchpoints.filter((t) => t.businessCode === business.code);
      const cells = channels
        .map((channel) => ({
          channel,
          entries: mine.filter((t) => t.channel === channel.code).map((t) => ({ brand: brandName.get(t.brand)!, touchpoint: at_(t) })),
        }))
        .filter((cell) => cell.entries.length > 0);
      return { business, cells };
    });
    return {
      asOf: at,
      channels: channels.filter((c) => channelName.has(c.code)),
      brands,
      rows,
      gaps: {
        touchpointsWithoutFlow: touchpoints.filter((t) => !servedBy.has(t.code)).map(at_),
        flowsWithoutTouchpoints: inForce.filter((f) => (JSON.parse(f.current.content) as FlowContent).touchpointCodes.length === 0),
      },
    };
  }

  @FieldResolver(() => String, { nullable: true })
  async channelName(@Root() t: TouchpointAt, @Ctx() ctx: Context) {
    return (await ctx.loaders.channelByCode.load(t.channel))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  async brandName(@Root() t: TouchpointAt, @Ctx() ctx: Context) {
    return (await ctx.loaders.brandByCode.load(t.brand))?.name ?? null;
  }

  @FieldResolver(() => Business, { nullable: true })
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

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => [Touchpoint], { description: 'register a business and its touchpoints (channels × brands)' })
  async registerBusiness(@Arg('input', () => RegisterBusinessInput) input: RegisterBusinessInput, @Ctx() ctx: Context): Promise<TouchpointAt[]> {
    const rows = await registerBusiness(ctx.db, actorOf(ctx), input);
    return rows.map((r) => ({ ...r, asOf: instant(ctx) }));
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => MapAxis, { description: 'add a channel to the map, e.g. E 微信' })
  registerChannel(@Arg('input', () => RegisterMapAxisInput) input: RegisterMapAxisInput, @Ctx() ctx: Context) {
    return registerMapAxis(ctx.db, actorOf(ctx), 'channel', input);
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => MapAxis, { description: 'add a brand to the map' })
  registerBrand(@Arg('input', () => RegisterMapAxisInput) input: RegisterMapAxisInput, @Ctx() ctx: Context) {
    return registerMapAxis(ctx.db, actorOf(ctx), 'brand', input);
  }
}
