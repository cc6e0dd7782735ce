import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { badInput, notFound } from '../../shared/errors.js';
import { User } from '../auth/auth.types.js';
import { isVisible } from './access.js';
import { VersionDiff } from './diff.types.js';
import { versionsInForce } from './in-force.js';
import type { DocumentKind } from './kind.js';
import type { VersionRow } from './version.entity.js';
import { diffVersions } from './version-diff.js';
import {
  DocumentKindEnum,
  DocumentPayload,
  DocumentVersion,
  PublishVersionInput,
  RejectVersionInput,
  RetireDocumentInput,
  SubmitVersionInput,
  VersionPayload,
  VersionPhaseEnum,
} from './version.types.js';
import { publishVersion, rejectVersion, retireDocument, submitVersion } from './versioning.service.js';
import { phaseAt, type VersionPhase } from './windows.js';

/** A version the caller may see, or NOT_FOUND: what a role may not see does not exist for it (decision 0011). */
export async function visibleVersion(ctx: Context, id: string): Promise<VersionRow> {
  const version = await ctx.loaders.byId.load(id);
  if (!version || !isVisible(actorOf(ctx), version.status)) throw notFound('version', id);
  return version;
}

/** The lifecycle that every document kind shares; each kind's module adds only its own create/update. */
@Resolver(() => DocumentVersion)
export class VersioningResolver {
  @Allow('content.read')
  @Query(() => DocumentVersion, { nullable: true, description: 'a version of any kind by id' })
  async documentVersion(@Arg('id', () => ID, { description: 'the version’s id' }) id: string, @Ctx() ctx: Context): Promise<VersionRow | null> {
    const version = await ctx.loaders.byId.load(id);
    return version && isVisible(actorOf(ctx), version.status) ? version : null;
  }

  @Allow('content.read')
  @Query(() => [DocumentVersion], {
    description: 'every version in force at asOf, of the kinds asked (all by default); with touchpointCode, only what applies there — the flow serving it, the scripts and standards scoped to its channel and business, and the handbook',
  })
  inForce(
    @Arg('asOf', () => DateTime, { description: 'the instant to read at' }) asOf: Date,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [DocumentKindEnum], { nullable: true, description: 'only these kinds; null or empty: every kind' }) kinds?: DocumentKind[] | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: 'only what applies at this touchpoint (7 characters, e.g. AAA1102)' }) touchpointCode?: string | null,
  ): Promise<VersionRow[]> {
    return versionsInForce(ctx.db, instant(ctx, asOf), { kinds, touchpointCode });
  }

  @Allow('content.read')
  @Query(() => VersionDiff, { description: 'what changed between two versions of one document' })
  async diffVersions(
    @Arg('fromVersionId', () => ID, { description: 'the version to compare from' }) fromVersionId: string,
    @Arg('toVersionId', () => ID, { description: 'the version to compare to: of the same document' }) toVersionId: string,
    @Ctx() ctx: Context,
  ): Promise<VersionDiff> {
    const [from, to] = await Promise.all([visibleVersion(ctx, fromVersionId), visibleVersion(ctx, toVersionId)]);
    if (from.documentId !== to.documentId) throw badInput('toVersionId', 'must be a version of the same document as fromVersionId');
    return diffVersions(from, to);
  }

  @Allow('content.write')
  @Mutation(() => VersionPayload, { description: 'DRAFT → IN_REVIEW' })
  async submitVersion(@Arg('input', () => SubmitVersionInput, { description: 'the draft and the revision read' }) input: SubmitVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await submitVersion(ctx.db, actorOf(ctx), input) };
  }

  @Allow('content.review')
  @Mutation(() => VersionPayload, { description: 'IN_REVIEW → PUBLISHED from effectiveFrom; closes the previous window there' })
  async publishVersion(@Arg('input', () => PublishVersionInput, { description: 'the version and when it takes effect' }) input: PublishVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await publishVersion(ctx.db, actorOf(ctx), input) };
  }

  @Allow('content.review')
  @Mutation(() => VersionPayload, { description: 'IN_REVIEW → DRAFT, with the reason' })
  async rejectVersion(@Arg('input', () => RejectVersionInput, { description: 'the version and why' }) input: RejectVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await rejectVersion(ctx.db, actorOf(ctx), input) };
  }

  @Allow('content.retire')
  @Mutation(() => DocumentPayload, { description: 'the document stops being in force at effectiveFrom' })
  async retireDocument(@Arg('input', () => RetireDocumentInput, { description: 'the document, from when and why' }) input: RetireDocumentInput, @Ctx() ctx: Context): Promise<DocumentPayload> {
    return { document: await retireDocument(ctx.db, actorOf(ctx), input) };
  }

  @FieldResolver(() => User, { description: 'who created the version' })
  async author(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(v.authorId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'who published it' })
  async approvedBy(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return v.approvedById ? ctx.loaders.userById.load(v.approvedById) : null;
  }

  @FieldResolver(() => VersionPhaseEnum, { description: 'SCHEDULED, IN_FORCE, SUPERSEDED… at asOf (default now)' })
  phase(@Root() v: VersionRow, @Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to place the version at; now when omitted' }) asOf?: Date | null): VersionPhase {
    return phaseAt(v, instant(ctx, asOf));
  }
}
