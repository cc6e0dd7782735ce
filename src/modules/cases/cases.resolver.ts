import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/date-time.js';
import { toPage } from '../../shared/pagination.js';
import { KnowledgeException } from '../exceptions/exceptions.types.js';
import { checkMapFilter } from '../touchpoints/touchpoints.service.js';
import { isVisible } from '../versioning/access.js';
import { contentOf } from '../versioning/kind.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { DocumentVersion } from '../versioning/version.types.js';
import type { CaseContent } from './case.kind.js';
import { Case, CaseConnection, CaseFilter, CaseOutcomeEnum, CasePayload, CaseVersion, KeepAsCaseInput } from './case.types.js';
import { caseById, keepAsCase, listCases } from './cases.service.js';

const content = (v: VersionRow) => contentOf<'CASE'>(v) as CaseContent;

@Resolver(() => Case)
export class CasesResolver {
  @Allow('content.read')
  @Query(() => CaseConnection, { description: 'cases in force, newest first' })
  async cases(
    @Ctx() ctx: Context,
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'only the cases that match; all when omitted' }) filter?: CaseFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'cases per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    await checkMapFilter(ctx.db, filter);
    return listCases(ctx.db, instant(ctx), filter ?? {}, toPage(first, after));
  }

  @Allow('content.read')
  @Query(() => Case, { nullable: true, description: 'a case by id; an agent opening it counts (Case.opens)' })
  async case(@Arg('id', () => ID, { description: 'the case document’s id (Case.id)' }) id: string, @Ctx() ctx: Context) {
    const found = await caseById(ctx.db, id, instant(ctx));
    if (found) ctx.usage.record(actorOf(ctx), found, 'OPEN');
    return found;
  }

  @Allow('exceptions.manage')
  @Mutation(() => CasePayload, { description: 'keep a RESOLVED or REJECTED exception as a case, published at once and found by search' })
  async keepAsCase(@Arg('input', () => KeepAsCaseInput, { description: 'the exception to keep' }) input: KeepAsCaseInput, @Ctx() ctx: Context): Promise<CasePayload> {
    return { case: (await keepAsCase(ctx.db, actorOf(ctx), input)).version as unknown as Case };
  }

  @FieldResolver(() => ID)
  id(@Root() v: VersionRow) {
    return v.documentId;
  }

  @FieldResolver(() => String, { description: 'the question the agent asked' })
  question(@Root() v: VersionRow) {
    return content(v).question;
  }

  @FieldResolver(() => String, { description: 'the answer that holds, or why the question was not a gap' })
  answer(@Root() v: VersionRow) {
    return content(v).answer;
  }

  @FieldResolver(() => CaseOutcomeEnum, { description: 'how the exception behind the case ended' })
  outcome(@Root() v: VersionRow) {
    return content(v).outcome;
  }

  @FieldResolver(() => String, { nullable: true, description: 'the touchpoint the question came up at (7 characters, e.g. AAA1102); null when the exception named none' })
  touchpointCode(@Root() v: VersionRow) {
    return content(v).touchpointCode;
  }

  @FieldResolver(() => DateTime, { description: 'when the case was kept (published)' })
  keptAt(@Root() v: VersionRow) {
    return v.effectiveFrom;
  }

  @FieldResolver(() => Int, { description: 'how often agents opened it (usage events: at most one per agent and minute)' })
  async opens(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return ctx.loaders.caseOpens.load(v.documentId);
  }

  @FieldResolver(() => KnowledgeException, { nullable: true, description: 'the knowledge exception the case was kept from' })
  exception(@Root() v: VersionRow, @Ctx() ctx: Context) {
    return ctx.loaders.exceptionById.load(content(v).exceptionId);
  }

  @FieldResolver(() => DocumentVersion, { nullable: true, description: 'the published version that resolved its exception' })
  async resolvedBy(@Root() v: VersionRow, @Ctx() ctx: Context) {
    const id = content(v).resolvedByVersionId;
    const version = id ? await ctx.loaders.byId.load(id) : null;
    return version && isVisible(actorOf(ctx), version.status) ? version : null;
  }

  @FieldResolver(() => CaseVersion, { description: 'the case’s version in force' })
  version(@Root() v: VersionRow) {
    return v;
  }
}

@Resolver(() => CaseVersion)
export class CaseVersionResolver {
  @FieldResolver(() => String, { description: 'the question the agent asked' })
  question(@Root() v: VersionRow) {
    return content(v).question;
  }

  @FieldResolver(() => String, { description: 'the answer that holds, or why the question was not a gap' })
  answer(@Root() v: VersionRow) {
    return content(v).answer;
  }

  @FieldResolver(() => CaseOutcomeEnum, { description: 'how the exception behind the case ended' })
  outcome(@Root() v: VersionRow) {
    return content(v).outcome;
  }
}
