import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/date-time.js';
import { toPage } from '../../shared/pagination.js';
import { checkMapFilter } from '../touchpoints/touchpoints.service.js';
import { readTouchpoint, TOUCHPOINT_ARG } from '../usage/usage-reads.js';
import { documentKey } from '../versioning/document-key.js';
import { findDocument, type DocumentAt } from '../versioning/document-list.js';
import { standardKind } from './standard.kind.js';
import { Standard, StandardConnection, StandardFilter } from './standard.types.js';
import { listStandards } from './standards.service.js';

@Resolver(() => Standard)
export class StandardsResolver {
  @Allow('content.read')
  @Query(() => StandardConnection, { description: 'service standards by code, each resolved at asOf (default now)' })
  async standards(
    @Ctx() ctx: Context,
    @Arg('filter', () => StandardFilter, { nullable: true, description: 'only the standards that match; all when omitted' }) filter?: StandardFilter | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the standards at; now when omitted' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: 'standards per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    await checkMapFilter(ctx.db, filter);
    return listStandards(ctx.db, actorOf(ctx), instant(ctx, asOf), filter ?? {}, toPage(first, after));
  }

  @Allow('content.read')
  @Query(() => Standard, { nullable: true, description: 'one standard by id or by code (exactly one), resolved at asOf (default now); null when it does not exist or you may see none of its versions; an agent opening it counts in the usage reports' })
  async standard(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'the standard document’s id (Standard.id)' }) id?: string | null,
    @Arg('code', () => String, { nullable: true, description: 'the standard’s stable code' }) code?: string | null,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the standard at; now when omitted' }) asOf?: Date | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: TOUCHPOINT_ARG }) touchpointCode?: string | null,
  ): Promise<DocumentAt | null> {
    const at = await readTouchpoint(ctx.db, touchpointCode);
    const found = await findDocument(ctx.db, actorOf(ctx), standardKind.kind, instant(ctx, asOf), documentKey(id, 'code', code));
    if (found) ctx.usage.record(actorOf(ctx), found.current, 'OPEN', at);
    return found;
  }
}
