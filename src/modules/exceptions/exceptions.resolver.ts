import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../../graphql/allow.js';
import { actorOf, instant, type Context } from '../../graphql/context.js';
import { DateTime } from '../../graphql/date-time.js';
import { can } from '../../policies/policy.js';
import { toPage } from '../../shared/pagination.js';
import { User } from '../auth/auth.types.js';
import { parseTouchpointCode } from '../touchpoints/touchpoint-code.js';
import { Touchpoint, type TouchpointAt } from '../touchpoints/touchpoint.types.js';
import { checkMapFilter } from '../touchpoints/touchpoints.service.js';
import { isVisible } from '../versioning/access.js';
import type { VersionRow } from '../versioning/version.entity.js';
import { DocumentVersion } from '../versioning/version.types.js';
import type { ExceptionEscalationRow, ExceptionRow, SlaPolicyRow } from './exception.entity.js';
import {
  answerException,
  assignException,
  joinException,
  listExceptions,
  raiseException,
  resolveException,
  searchBehind,
  similarOpenExceptions,
} from './exceptions.service.js';
import {
  AnswerExceptionInput,
  AssignExceptionInput,
  Escalation,
  ExceptionAsker,
  ExceptionConnection,
  ExceptionFilter,
  ExceptionPayload,
  ExceptionSearch,
  FlagVersionInput,
  JoinExceptionInput,
  KnowledgeException,
  LadderStep,
  RaiseExceptionInput,
  ResolveExceptionInput,
  SetSlaPolicyInput,
  SlaPolicy,
  VersionFlag,
} from './exceptions.types.js';
import { flagVersion } from './flags.service.js';
import { setSlaPolicy, slaPolicies } from './sla-policies.service.js';
import { isOverdue, levelsReached, nextDeadline, planOf } from './sla.js';

@Resolver(() => KnowledgeException)
export class ExceptionsResolver {
  @Allow('content.read')
  @Query(() => ExceptionConnection, { description: 'exceptions newest first; everyone sees them, so that the next agent finds the question being answered' })
  async exceptions(
    @Ctx() ctx: Context,
    @Arg('filter', () => ExceptionFilter, { nullable: true, description: 'only the exceptions that match; all when omitted' }) filter?: ExceptionFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'exceptions per page, 0 to 100; default 20' }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'the endCursor of the previous page' }) after?: string | null,
  ) {
    await checkMapFilter(ctx.db, filter);
    return listExceptions(ctx.db, instant(ctx), filter ?? {}, toPage(first, after));
  }

  @Allow('content.read')
  @Query(() => KnowledgeException, { nullable: true, description: 'an exception by id; null when there is none' })
  exception(@Arg('id', () => ID, { description: 'the exception’s id' }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.exceptionById.load(id);
  }

  @Allow('content.read')
  @Query(() => [KnowledgeException], { description: 'open and answered exceptions asking what this question asks, read as search reads it (synonyms, the customer’s words, pinyin, typos): offered before raising, to join instead' })
  async similarOpenExceptions(
    @Arg('question', () => String, { description: 'the question the agent is about to raise' }) question: string,
    @Ctx() ctx: Context,
    @Arg('touchpointCode', () => String, { nullable: true, description: 'where the call came in (7 characters, e.g. AAA1102): among equally similar exceptions, those raised there come first' }) touchpointCode?: string | null,
    @Arg('first', () => Int, { nullable: true, description: '1–10, default 5' }) first?: number | null,
  ) {
    await checkMapFilter(ctx.db, { touchpointCode }, '');
    return similarOpenExceptions(ctx.search, actorOf(ctx), { question, touchpointCode, first });
  }

  @Allow('content.read')
  @Query(() => [SlaPolicy], { description: 'deadlines and escalation ladders by priority' })
  slaPolicies(@Ctx() ctx: Context) {
    return slaPolicies(ctx.db);
  }

  @Allow('exceptions.raise')
  @Mutation(() => ExceptionPayload, { description: 'register a question nothing answers; from a search (queryId) its words and touchpoint pre-fill it. Offer similarOpenExceptions first.' })
  async raiseException(@Arg('input', () => RaiseExceptionInput, { description: 'the question, or the search it comes from' }) input: RaiseExceptionInput, @Ctx() ctx: Context): Promise<ExceptionPayload> {
    return { exception: await raiseException(ctx.search, actorOf(ctx), input) };
  }

  @Allow('exceptions.raise')
  @Mutation(() => ExceptionPayload, { description: 'ask the same question as an open exception: its demand grows (once per agent)' })
  async joinException(@Arg('input', () => JoinExceptionInput, { description: 'the exception to join' }) input: JoinExceptionInput, @Ctx() ctx: Context): Promise<ExceptionPayload> {
    return { exception: await joinException(ctx.search, actorOf(ctx), input) };
  }

  @Allow('exceptions.manage')
  @Mutation(() => ExceptionPayload, { description: 'OPEN → ANSWERED: the initial answer, shown to agents at once as interim; may be revised until resolved' })
  async answerException(@Arg('input', () => AnswerExceptionInput, { description: 'the exception and its answer' }) input: AnswerExceptionInput, @Ctx() ctx: Context): Promise<ExceptionPayload> {
    return { exception: await answerException(ctx.db, actorOf(ctx), input) };
  }

  @Allow('exceptions.manage')
  @Mutation(() => ExceptionPayload, { description: 'close it: RESOLVED by a published version, REJECTED with a reason, or MERGED into another open exception' })
  async resolveException(@Arg('input', () => ResolveExceptionInput, { description: 'the exception and how it closes' }) input: ResolveExceptionInput, @Ctx() ctx: Context): Promise<ExceptionPayload> {
    return { exception: await resolveException(ctx.db, actorOf(ctx), input) };
  }

  @Allow('exceptions.manage')
  @Mutation(() => ExceptionPayload, { description: 'give it to another owner (a process manager), with the reason (audited)' })
  async assignException(@Arg('input', () => AssignExceptionInput, { description: 'the exception and its new owner' }) input: AssignExceptionInput, @Ctx() ctx: Context): Promise<ExceptionPayload> {
    return { exception: await assignException(ctx.db, actorOf(ctx), input) };
  }

  @Allow('exceptions.raise')
  @Mutation(() => ExceptionPayload, { description: 'flag a version in force (flag it or fix it): joins the open exception about it, or raises one owned by the document’s owner' })
  async flagVersion(@Arg('input', () => FlagVersionInput, { description: 'the version, the reason and the comment' }) input: FlagVersionInput, @Ctx() ctx: Context): Promise<ExceptionPayload> {
    return { exception: await flagVersion(ctx.db, actorOf(ctx), input) };
  }

  @Allow('knowledge.configure')
  @Mutation(() => SlaPolicy, { description: 'replace a priority’s deadlines and ladder; exceptions raised before keep theirs (audited)' })
  setSlaPolicy(@Arg('input', () => SetSlaPolicyInput, { description: 'the priority and its new policy' }) input: SetSlaPolicyInput, @Ctx() ctx: Context) {
    return setSlaPolicy(ctx.db, actorOf(ctx), input);
  }

  @FieldResolver(() => Boolean, { description: 'ANSWERED: the answer is interim, not yet validated content' })
  answerIsInterim(@Root() e: ExceptionRow) {
    return e.status === 'ANSWERED';
  }

  @FieldResolver(() => Touchpoint, { nullable: true, description: 'the touchpoint the question came up at; null for exceptions raised by flags' })
  touchpoint(@Root() e: ExceptionRow, @Ctx() ctx: Context): TouchpointAt | null {
    if (!e.touchpointCode) return null;
    const parts = parseTouchpointCode(e.touchpointCode);
    return 'problem' in parts ? null : { code: e.touchpointCode, ...parts, asOf: instant(ctx) };
  }

  @FieldResolver(() => User, { description: 'the agent who raised it' })
  raisedBy(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(e.raisedById);
  }

  @FieldResolver(() => User, { description: 'who answers and resolves it: routed when raised, reassigned by assignException' })
  owner(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(e.ownerId);
  }

  @FieldResolver(() => [ExceptionAsker], { description: 'who asked, when: the raiser first' })
  async askedBy(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return (await ctx.loaders.demandOf.load(e.id)).map((d) => ({ at: d.at, userId: d.userId }));
  }

  @FieldResolver(() => Boolean, { description: 'past a deadline it has not met, now' })
  overdue(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return isOverdue(e, instant(ctx));
  }

  @FieldResolver(() => DateTime, { nullable: true, description: 'the deadline it works to next: the answer while it has none, then the resolution; null once closed' })
  dueAt(@Root() e: ExceptionRow) {
    return nextDeadline(e);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'minutes until dueAt, negative when late; null once closed' })
  minutesLeft(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    const due = nextDeadline(e);
    return due === null ? null : Math.floor((Date.parse(due) - ctx.clock.now().getTime()) / 60_000);
  }

  @FieldResolver(() => Int, { description: 'the highest escalation level reached by now (0: none), derived from the clock; levels never go back' })
  escalationLevel(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return Math.max(e.escalationLevel, ...levelsReached(e, instant(ctx)).map((r) => r.level));
  }

  @FieldResolver(() => [Escalation], { description: 'the levels recorded, each once, when reached' })
  escalations(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return ctx.loaders.escalationsOf.load(e.id);
  }

  @FieldResolver(() => [LadderStep], { description: 'the ladder in force when it was raised' })
  ladder(@Root() e: ExceptionRow) {
    return planOf(e).levels;
  }

  @FieldResolver(() => DocumentVersion, { nullable: true, description: 'the published version that now covers it' })
  async resolvedBy(@Root() e: ExceptionRow, @Ctx() ctx: Context): Promise<VersionRow | null> {
    return e.resolvedByVersionId ? visible(ctx, await ctx.loaders.byId.load(e.resolvedByVersionId)) : null;
  }

  @FieldResolver(() => DocumentVersion, { nullable: true, description: 'the version flagged, for exceptions raised by flags' })
  async flaggedVersion(@Root() e: ExceptionRow, @Ctx() ctx: Context): Promise<VersionRow | null> {
    return e.flaggedVersionId ? visible(ctx, await ctx.loaders.byId.load(e.flaggedVersionId)) : null;
  }

  @FieldResolver(() => [VersionFlag], { description: 'the flags on versions that raised or joined it, oldest first' })
  flags(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return ctx.loaders.flagsOf.load(e.id);
  }

  @FieldResolver(() => KnowledgeException, { nullable: true, description: 'the exception it was merged into; null unless MERGED' })
  mergedInto(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    return e.mergedIntoId ? ctx.loaders.exceptionById.load(e.mergedIntoId) : null;
  }

  @FieldResolver(() => ExceptionSearch, { nullable: true, description: 'the search it was raised from: shown to the raiser and the editorial roles' })
  async fromQuery(@Root() e: ExceptionRow, @Ctx() ctx: Context) {
    const actor = actorOf(ctx);
    if (!e.queryId || (e.raisedById !== actor.user.id && !can(actor, 'exceptions.readAll'))) return null;
    const logged = await searchBehind(ctx.db, e.queryId);
    return logged && { queryId: logged.id, query: logged.query, hits: logged.hits, at: logged.at };
  }
}

const visible = (ctx: Context, version: VersionRow | null) => (version && isVisible(actorOf(ctx), version.status) ? version : null);

@Resolver(() => Escalation)
export class EscalationResolver {
  @FieldResolver(() => [User], { nullable: true, description: 'who was told; null for roles that may not see it' })
  async recipients(@Root() e: ExceptionEscalationRow, @Ctx() ctx: Context) {
    if (!can(actorOf(ctx), 'exceptions.readAll')) return null;
    return (await ctx.loaders.userById.loadMany(JSON.parse(e.recipientIds) as string[])).filter((u) => u && !(u instanceof Error));
  }
}

@Resolver(() => ExceptionAsker)
export class ExceptionAskerResolver {
  @FieldResolver(() => User, { description: 'the agent who asked' })
  user(@Root() d: { userId: string }, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(d.userId);
  }
}

@Resolver(() => VersionFlag)
export class VersionFlagResolver {
  @FieldResolver(() => User, { description: 'the agent who flagged the version' })
  flaggedBy(@Root() f: { userId: string }, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(f.userId);
  }
}

@Resolver(() => SlaPolicy)
export class SlaPolicyResolver {
  @FieldResolver(() => [LadderStep], { description: 'the escalation levels, level 1 first' })
  ladder(@Root() p: SlaPolicyRow) {
    return JSON.parse(p.ladder) as LadderStep[];
  }

  @FieldResolver(() => User, { nullable: true, description: 'who owns an exception no flow or document owner answers for' })
  defaultOwner(@Root() p: SlaPolicyRow, @Ctx() ctx: Context) {
    return p.defaultOwnerId ? ctx.loaders.userById.load(p.defaultOwnerId) : null;
  }
}
