import { DateTime } from '../../graphql/date-time.js';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { toPage } from '../../shared/pagination.js';
import { User } from '../auth/auth.types.js';
import { KnowledgeException } from '../exceptions/exceptions.types.js';
import { UsageFilter } from '../reports/report-filter.js';
import { DocumentVersion } from '../versioning/version.types.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { flowCompliance, overall, perFlow } from './compliance.js';
import { organisationalFit } from './fit.js';
import { stepsOf } from './flow-steps.js';
import type { DeviationRow, InspectionRow, QualitySettingsRow } from './inspection.entity.js';
import { listInspections } from './inspection-list.js';
import { recordInspection } from './inspections.service.js';
import type { PostRow } from './posts.entity.js';
import { assignPost, holderIdsAt, postsAt, registerPost, retirePost, unassignPost, updatePost } from './posts.service.js';
import {
  CentrePost,
  ComplianceCount,
  ComplianceTarget,
  FlowCompliance,
  FlowComplianceOfFlow,
  FlowRef,
  Inspection,
  InspectionConnection,
  InspectionDeviation,
  InspectionPayload,
  OrganisationalFitItem,
  PostHolderInput,
  PostPayload,
  RecordInspectionInput,
  RegisterPostInput,
  RetirePostInput,
  SetComplianceTargetInput,
  UpdatePostInput,
} from './quality.types.js';
import './reports.js';
import { complianceTarget, setComplianceTarget, targetOf } from './target.service.js';

/** a row's flow as the schema's FlowRef */
const withFlow = <R extends { documentId: string; flowCode: string; flowTitle: string }>(r: R) => ({ ...r, flow: { documentId: r.documentId, code: r.flowCode, title: r.flowTitle } });

type PostShape = PostRow & { holderIds?: string[] };
type InspectionShape = InspectionRow & { deviationRows: DeviationRow[] };

@Resolver()
export class QualityResolver {
  @Allow('reports.read')
  @Query(() => [FlowCompliance], {
    description:
      '流程规范率 over [from, to) by flow version: inspected calls where every step was followed / inspected calls, against the target; steps most deviated first, split by touchpoint and by the agent’s post. The filter narrows by the call’s touchpoint (channel, brand, business) and the flow’s owner',
  })
  async flowCompliance(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive: calls at or after it' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive: calls before it' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows by the call’s touchpoint and the flow’s owner; everything when omitted' }) filter?: UsageFilter | null,
  ) {
    return (await flowCompliance(ctx.db, { from, to, filter })).map(withFlow);
  }

  @Allow('reports.read')
  @Query(() => [FlowComplianceOfFlow], { description: 'flowCompliance’s rows together per flow: a flow’s inspected calls of the period, whichever version was in force at each call; by flow code' })
  async flowComplianceByFlow(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive: calls at or after it' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive: calls before it' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows by the call’s touchpoint and the flow’s owner; everything when omitted' }) filter?: UsageFilter | null,
  ) {
    return perFlow(await flowCompliance(ctx.db, { from, to, filter }), targetOf(await complianceTarget(ctx.db))).map(withFlow);
  }

  @Allow('reports.read')
  @Query(() => ComplianceCount, { description: 'flowCompliance’s rows together: every inspected call of the period once' })
  async flowComplianceTotal(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive: calls at or after it' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive: calls before it' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows by the call’s touchpoint and the flow’s owner; everything when omitted' }) filter?: UsageFilter | null,
  ) {
    return overall(await flowCompliance(ctx.db, { from, to, filter }), targetOf(await complianceTarget(ctx.db)));
  }

  @Allow('reports.read')
  @Query(() => InspectionConnection, { description: 'the inspections behind flowCompliance: calls in [from, to), latest first, narrowed by the same filter, and by complaint, exception or outcome' })
  inspections(
    @Arg('from', () => DateTime, { description: 'start of the period, inclusive: calls at or after it' }) from: Date,
    @Arg('to', () => DateTime, { description: 'end of the period, exclusive: calls before it' }) to: Date,
    @Ctx() ctx: Context,
    @Arg('filter', () => UsageFilter, { nullable: true, description: 'narrows by the call’s touchpoint and the flow’s owner; everything when omitted' }) filter?: UsageFilter | null,
    @Arg('complaintRef', () => String, { nullable: true, description: 'only inspections of calls from this complaint (work order)' }) complaintRef?: string | null,
    @Arg('exceptionId', () => ID, { nullable: true, description: 'only inspections of calls from this knowledge exception' }) exceptionId?: string | null,
    @Arg('compliant', () => Boolean, { nullable: true, description: 'true: only compliant calls; false: only calls with a deviation' }) compliant?: boolean | null,
    @Arg('first', () => Int, { nullable: true, description: 'inspections per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    return listInspections(ctx.db, { from, to, filter, complaintRef, exceptionId, compliant }, toPage(first, after));
  }

  @Allow('reports.read')
  @Query(() => ComplianceTarget, { description: 'the compliance-rate target flowCompliance measures against' })
  async complianceTarget(@Ctx() ctx: Context) {
    const row = await complianceTarget(ctx.db);
    return targetShape(row!);
  }

  @Allow('reports.read')
  @Query(() => [OrganisationalFitItem], {
    description: '组织符合度 at asOf (default now): the steps of the flow versions in force whose post is not in the registry (NO_SUCH_POST), is held by nobody (NOBODY_ASSIGNED), or is not named (NO_POST_NAMED)',
  })
  async organisationalFit(@Ctx() ctx: Context, @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to check at; now when omitted' }) asOf?: Date | null) {
    return (await organisationalFit(ctx.db, instant(ctx, asOf))).map((i) => ({ ...i, flow: { documentId: i.documentId, code: i.flowCode, title: i.flowTitle } }));
  }

  @Allow('reports.read')
  @Query(() => [CentrePost], { description: 'the registry of the centre’s posts as it stood at asOf (default now), by name, with who held each' })
  posts(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTime, { nullable: true, description: 'the instant to read the registry at; now when omitted' }) asOf?: Date | null,
    @Arg('includeRetired', () => Boolean, { nullable: true, description: 'also the posts retired by then' }) includeRetired?: boolean | null,
  ) {
    return postsAt(ctx.db, instant(ctx, asOf), { includeRetired: includeRetired ?? false }).then((rows) => rows.map((r) => ({ ...r.post, holderIds: r.holderIds })));
  }

  @Allow('quality.inspect')
  @Mutation(() => InspectionPayload, { description: 'record an inspection of a real call against the flow version in force at callAt (resolved from the touchpoint); audited' })
  async recordInspection(@Arg('input', () => RecordInspectionInput, { description: 'the call and its deviations' }) input: RecordInspectionInput, @Ctx() ctx: Context) {
    const { inspection, deviations } = await recordInspection(ctx.db, actorOf(ctx), { ...input, deviations: input.deviations ?? [] });
    return { inspection: { ...inspection, deviationRows: deviations } };
  }

  @Allow('posts.manage')
  @Mutation(() => PostPayload, { description: 'register a post of the centre (or reinstate a retired one of that name); audited' })
  async registerPost(@Arg('input', () => RegisterPostInput, { description: 'the post’s name and description' }) input: RegisterPostInput, @Ctx() ctx: Context) {
    return { post: await registerPost(ctx.db, actorOf(ctx), input) };
  }

  @Allow('posts.manage')
  @Mutation(() => PostPayload, { description: 'describe a post anew, naming the revision read; audited' })
  async updatePost(@Arg('input', () => UpdatePostInput, { description: 'the post, the revision read and its new description' }) input: UpdatePostInput, @Ctx() ctx: Context) {
    return { post: await updatePost(ctx.db, actorOf(ctx), input) };
  }

  @Allow('posts.manage')
  @Mutation(() => PostPayload, { description: 'retire a post from now: its holders leave it, and steps naming it no longer fit; audited' })
  async retirePost(@Arg('input', () => RetirePostInput, { description: 'the post and why' }) input: RetirePostInput, @Ctx() ctx: Context) {
    return { post: await retirePost(ctx.db, actorOf(ctx), input) };
  }

  @Allow('posts.manage')
  @Mutation(() => PostPayload, { description: 'a user takes up a post from now; audited' })
  async assignPost(@Arg('input', () => PostHolderInput, { description: 'the post and the user' }) input: PostHolderInput, @Ctx() ctx: Context) {
    return { post: await assignPost(ctx.db, actorOf(ctx), input) };
  }

  @Allow('posts.manage')
  @Mutation(() => PostPayload, { description: 'a user leaves a post from now; audited' })
  async unassignPost(@Arg('input', () => PostHolderInput, { description: 'the post and the user' }) input: PostHolderInput, @Ctx() ctx: Context) {
    return { post: await unassignPost(ctx.db, actorOf(ctx), input) };
  }

  @Allow('knowledge.configure')
  @Mutation(() => ComplianceTarget, { description: 'set the compliance-rate target (a fraction: 0.78 is 78 %) flowCompliance measures against; audited' })
  async setComplianceTarget(@Arg('input', () => SetComplianceTargetInput, { description: 'the new target' }) input: SetComplianceTargetInput, @Ctx() ctx: Context) {
    return targetShape(await setComplianceTarget(ctx.db, actorOf(ctx), input));
  }
}

const targetShape = (row: QualitySettingsRow) => ({ target: targetOf(row), revision: row.revision, updatedAt: row.updatedAt });

@Resolver(() => CentrePost)
export class CentrePostResolver {
  @FieldResolver(() => Boolean, { description: 'not retired (now)' })
  active(@Root() p: PostShape, @Ctx() ctx: Context) {
    return p.retiredAt === null || p.retiredAt > instant(ctx);
  }

  @FieldResolver(() => [User], { description: 'the active users holding the post (at the instant the registry was read)' })
  async holders(@Root() p: PostShape, @Ctx() ctx: Context) {
    const ids = p.holderIds ?? (await holderIdsAt(ctx.db, p.id, instant(ctx)));
    return (await ctx.loaders.userById.loadMany(ids)).filter((u) => u && !(u instanceof Error));
  }
}

@Resolver(() => Inspection)
export class InspectionResolver {
  @FieldResolver(() => FlowRef, { description: 'the flow the call was inspected against' })
  async flow(@Root() i: InspectionShape, @Ctx() ctx: Context) {
    const [document, version] = await Promise.all([ctx.loaders.documentById.load(i.documentId), ctx.loaders.byId.load(i.versionId)]);
    return { documentId: i.documentId, code: document?.code ?? i.documentId, title: version?.title ?? '' };
  }

  @FieldResolver(() => DocumentVersion, { description: 'the flow version in force at callAt' })
  version(@Root() i: InspectionShape, @Ctx() ctx: Context): Promise<VersionRow | null> {
    return ctx.loaders.byId.load(i.versionId);
  }

  @FieldResolver(() => [InspectionDeviation], { description: 'the steps not followed; empty when the call was compliant' })
  async deviations(@Root() i: InspectionShape, @Ctx() ctx: Context) {
    const version = await ctx.loaders.byId.load(i.versionId);
    const labels = new Map(version ? stepsOf(version.content).map((s) => [s.key, s.label]) : []);
    return i.deviationRows.map((d) => ({ stepKey: d.stepKey, stepLabel: labels.get(d.stepKey) ?? null, description: d.description }));
  }

  @FieldResolver(() => KnowledgeException, { nullable: true, description: 'the knowledge exception the call came from; null: none' })
  exception(@Root() i: InspectionShape, @Ctx() ctx: Context) {
    return i.exceptionId ? ctx.loaders.exceptionById.load(i.exceptionId) : null;
  }

  @FieldResolver(() => User, { description: 'who recorded the inspection' })
  inspector(@Root() i: InspectionShape, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(i.inspectorId);
  }
}
