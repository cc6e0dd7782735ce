import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { VersionPayload } from '../versioning/version.types.js';
import { reviewDue, verifyVersion } from './review.service.js';
import { ReviewDueItem, VerifyVersionInput } from './review.types.js';

@Resolver()
export class ReviewResolver {
  @Allow('review.read')
  @Query(() => [ReviewDueItem], { description: 'versions in force overdue for review, due within 30 days, or expiring within 30 days — most opened first' })
  reviewDue(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to check at; now when omitted' }) asOf?: Date | null,
    @Arg('first', () => Int, { nullable: true, description: '1–200, default 50' }) first?: number | null,
  ) {
    return reviewDue(ctx.db, instant(ctx, asOf), first ?? 50);
  }

  @Allow('exceptions.manage')
  @Mutation(() => VersionPayload, { description: 'confirm the version in force as still right, without a new version: its review interval starts again (audited)' })
  async verifyVersion(@Arg('input', () => VerifyVersionInput, { description: 'the version and what was checked' }) input: VerifyVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await verifyVersion(ctx.db, actorOf(ctx), input) };
  }
}
