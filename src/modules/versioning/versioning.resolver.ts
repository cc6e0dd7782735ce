import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
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
  DiscardDraftInput,
  DiscardDraftPayload,
  WithdrawScheduledVersionInput,
  Rejection,
  DocumentVersionConnection,
} from './version.types.js';
import { discardDraft, publishVersion, rejectVersion, retireDocument, submitVersion, withdrawScheduledVersion } from './versioning.service.js';
import { reviewQueue } from './review-queue.js';
import { toPage } from '../../shared/pagination.js';
import { instantReadAt, phaseAt, readAt, type VersionPhase } from './windows.js';

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
  async inForce(
    @Arg('asOf', () => DateTime, { description: 'the instant to read at' }) asOf: Date,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [DocumentKindEnum], { nullable: true, description: 'only these kinds; null or empty: every kind' }) kinds?: DocumentKind[] | null,
    @Arg('touchpointCode', () => String, { nullable: true, description: 'only what applies at this touchpoint (7 characters, e.g. AAA1102)' }) touchpointCode?: string | null,
  ): Promise<VersionRow[]> {
    const at = instant(ctx, asOf);
    return (await versionsInForce(ctx.db, at, { kinds, touchpointCode })).map((v) => readAt(v, at));
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

  @Allow('content.write')
  @Mutation(() => DiscardDraftPayload, { description: 'DRAFT → DISCARDED: the draft keeps its number and audit trail, and no read shows it again' })
  async discardDraft(@Arg('input', () => DiscardDraftInput, { description: 'the draft and the revision read' }) input: DiscardDraftInput, @Ctx() ctx: Context): Promise<DiscardDraftPayload> {
    const { version, documentHidden } = await discardDraft(ctx.db, actorOf(ctx), input);
    return { versionId: version.id, documentId: version.documentId, documentHidden };
  }

  @Allow('content.review')
  @Mutation(() => VersionPayload, {
    description: 'PUBLISHED but not yet in effect → DRAFT, with the reason: it will not take effect, and the version before it stays in force as if it had never been published (audited); touchpoints its publication moved from other flows stay with them',
  })
  async withdrawScheduledVersion(@Arg('input', () => WithdrawScheduledVersionInput, { description: 'the version, the revision read and why' }) input: WithdrawScheduledVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await withdrawScheduledVersion(ctx.db, actorOf(ctx), input) };
  }

  @Allow('content.readUnpublished')
  @Query(() => DocumentVersionConnection, { description: 'versions waiting for review (IN_REVIEW), the most recently submitted first' })
  async reviewQueue(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, description: 'versions per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    return reviewQueue(ctx.db, toPage(first, after));
  }

  @FieldResolver(() => User, { nullable: true, description: 'who last submitted it for review; null if it never was' })
  async submittedBy(@Root() v: VersionRow, @Ctx() ctx: Context) {
    const submitted = (await ctx.loaders.reviewHistory.load(v)).filter((e) => e.action === 'VERSION_SUBMITTED').at(-1);
    return submitted?.actorId ? ctx.loaders.userById.load(submitted.actorId) : null;
  }

  @FieldResolver(() => DateTime, { nullable: true, description: 'when it was last submitted for review; null if it never was' })
  async submittedAt(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.reviewHistory.load(v)).filter((e) => e.action === 'VERSION_SUBMITTED').at(-1)?.at ?? null;
  }

  @FieldResolver(() => [Rejection], { description: 'the last 20 times review sent it back, oldest first, with the approver’s comment' })
  async rejections(@Root() v: VersionRow, @Ctx() ctx: Context): Promise<Rejection[]> {
    const rejected = (await ctx.loaders.reviewHistory.load(v)).filter((e) => e.action === 'VERSION_REJECTED').slice(-20);
    return Promise.all(rejected.map(async (e) => ({ by: e.actorId ? await ctx.loaders.userById.load(e.actorId) : null, at: e.at, reason: e.reason ?? '' })));
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

  @FieldResolver(() => VersionPhaseEnum, { description: 'SCHEDULED, IN_FORCE, SUPERSEDED… at asOf; without it, at the instant the version was read under (a document or inForce read with asOf), else now' })
  phase(@Root() v: VersionRow, @Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to place the version at; when omitted, the instant it was read under, else now' }) asOf?: Date | null): VersionPhase {
    return phaseAt(v, asOf ? instant(ctx, asOf) : (instantReadAt(v) ?? instant(ctx)));
  }
}
