import { DateTimeResolver } from 'graphql-scalars';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { badInput, notFound } from '../../shared/errors.js';
import { User } from '../auth/auth.types.js';
import { isVisible } from './access.js';
import { diffSections, textChanges } from './diff.js';
import { VersionDiff } from './diff.types.js';
import { kindDefinition, registeredKinds } from './kinds.js';
import { DocumentRow, type DocumentKind } from './document.entity.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { VersionRow } from './version.entity.js';
import {
  DocumentPayload,
  DocumentKindEnum,
  DocumentVersion,
  PublishVersionInput,
  RejectVersionInput,
  RetireDocumentInput,
  SubmitVersionInput,
  VersionPayload,
  VersionPhaseEnum,
} from './version.types.js';
import { publishVersion, rejectVersion, retireDocument, submitVersion } from './versioning.service.js';
import { PUBLIC_STATUSES, phaseAt, type VersionPhase } from './windows.js';

/** A version the caller may see, or NOT_FOUND (an agent is not told that a draft exists). */
export async function visibleVersion(ctx: Context, id: string): Promise<VersionRow> {
  const version = await ctx.loaders.byId.load(id);
  if (!version || !isVisible(ctx.user, version.status)) throw notFound('version', id);
  return version;
}

/** The lifecycle that every document kind shares; each kind's module adds only its own create/update. */
@Resolver(() => DocumentVersion)
export class VersioningResolver {
  @Authorized()
  @Query(() => DocumentVersion, { nullable: true, description: 'a version of any kind by id' })
  async documentVersion(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<VersionRow | null> {
    const version = await ctx.loaders.byId.load(id);
    return version && isVisible(ctx.user, version.status) ? version : null;
  }

  @Authorized()
  @Query(() => [DocumentVersion], {
    description: 'every version in force at asOf, of the kinds asked (all by default); with touchpointCode, only what applies there — the flow serving it, the scripts and standards scoped to its channel and business, and the handbook',
  })
  async inForce(
    @Arg('asOf', () => DateTimeResolver) asOf: Date,
    @Ctx() ctx: Context,
    @Arg('kinds', () => [DocumentKindEnum], { nullable: true }) kinds?: DocumentKind[] | null,
    @Arg('touchpointCode', () => String, { nullable: true }) touchpointCode?: string | null,
  ): Promise<VersionRow[]> {
    let touchpoint: { code: string; channel: string; businessCode: string } | null = null;
    if (touchpointCode) {
      const parts = parseTouchpointCode(touchpointCode);
      if ('problem' in parts) throw badInput('touchpointCode', parts.problem);
      touchpoint = { code: touchpointCode, ...parts };
    }
    const at = instant(ctx, asOf);
    const wanted = kinds?.length ? kinds : registeredKinds();
    const rows = await ctx.db.dataSource
      .getRepository(VersionRow)
      .createQueryBuilder('v')
      .leftJoin(DocumentRow, 'd', 'd.id = v.documentId')
      .where('v.kind IN (:...kinds) AND v.status IN (:...statuses)', { kinds: wanted, statuses: PUBLIC_STATUSES })
      .andWhere('v.effectiveFrom <= :at AND (v.effectiveTo IS NULL OR v.effectiveTo > :at)', { at })
      .orderBy('v.kind', 'ASC')
      .addOrderBy('d.code', 'ASC')
      .addOrderBy('v.title', 'ASC')
      .getMany();
    if (!touchpoint) return rows;
    return rows.filter((v) => kindDefinition(v.kind).appliesAt?.(JSON.parse(v.content), touchpoint) ?? true);
  }

  @Authorized()
  @Query(() => VersionDiff, { description: 'what changed between two versions of one document' })
  async diffVersions(
    @Arg('fromVersionId', () => ID) fromVersionId: string,
    @Arg('toVersionId', () => ID) toVersionId: string,
    @Ctx() ctx: Context,
  ): Promise<VersionDiff> {
    const [from, to] = await Promise.all([visibleVersion(ctx, fromVersionId), visibleVersion(ctx, toVersionId)]);
    if (from.documentId !== to.documentId) throw badInput('toVersionId', 'must be a version of the same document as fromVersionId');
    const sections = kindDefinition(from.kind).sections;
    const sectionDiffs = diffSections(sections(JSON.parse(from.content)), sections(JSON.parse(to.content)));
    const titleChanges = from.title === to.title ? [] : textChanges(from.title, to.title);
    return {
      from,
      to,
      titleChanges,
      sections: sectionDiffs,
      changed: titleChanges.length > 0 || sectionDiffs.some((s) => s.change !== 'UNCHANGED'),
    };
  }

  @Authorized('PROCESS_MANAGER')
  @Mutation(() => VersionPayload, { description: 'DRAFT → IN_REVIEW' })
  async submitVersion(@Arg('input', () => SubmitVersionInput) input: SubmitVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await submitVersion(ctx.db, actorOf(ctx), input) };
  }

  @Authorized('APPROVER')
  @Mutation(() => VersionPayload, { description: 'IN_REVIEW → PUBLISHED from effectiveFrom; closes the previous window there' })
  async publishVersion(@Arg('input', () => PublishVersionInput) input: PublishVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await publishVersion(ctx.db, actorOf(ctx), input) };
  }

  @Authorized('APPROVER')
  @Mutation(() => VersionPayload, { description: 'IN_REVIEW → DRAFT, with the reason' })
  async rejectVersion(@Arg('input', () => RejectVersionInput) input: RejectVersionInput, @Ctx() ctx: Context): Promise<VersionPayload> {
    return { version: await rejectVersion(ctx.db, actorOf(ctx), input) };
  }

  @Authorized('APPROVER')
  @Mutation(() => DocumentPayload, { description: 'the document stops being in force at effectiveFrom' })
  async retireDocument(@Arg('input', () => RetireDocumentInput) input: RetireDocumentInput, @Ctx() ctx: Context): Promise<DocumentPayload> {
    return { document: await retireDocument(ctx.db, actorOf(ctx), input) };
  }

  @FieldResolver(() => User)
  async author(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(v.authorId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'who published it' })
  async approvedBy(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return v.approvedById ? ctx.loaders.userById.load(v.approvedById) : null;
  }

  @FieldResolver(() => VersionPhaseEnum, { description: 'SCHEDULED, IN_FORCE, SUPERSEDED… at asOf (default now)' })
  phase(@Root() v: VersionRow, @Ctx() ctx: Context, @Arg('asOf', () => DateTimeResolver, { nullable: true }) asOf?: Date | null): VersionPhase {
    return phaseAt(v, instant(ctx, asOf));
  }
}
