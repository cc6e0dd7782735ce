import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { AppError, badInput, conflict, invalidTransition, notFound } from '../../shared/errors.js';
import { type ConnectionShape, offsetOf, type Page, positionalConnection } from '../../shared/pagination.js';
import { id, parseInput, revision, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { workingDaysFrom } from '../calendar/calendar.service.js';
import { type QueryGroup, searchWords } from '../search/engine.js';
import { SearchEntryRow, SearchLogRow } from '../search/search.entity.js';
import type { SearchRuntime } from '../search/search.runtime.js';
import { readQuery } from '../search/search.service.js';
import { GRADES } from '../standards/standard.kind.js';
import { touchpointOfFilter } from '../touchpoints/touchpoint-code.js';
import { expectTouchpoint } from '../touchpoints/touchpoints.service.js';
import { VersionRow } from '../versioning/version.entity.js';
import './events.js';
import { ExceptionDemandRow, ExceptionEscalationRow, ExceptionRow, type ExceptionStatus, PRIORITIES, type Priority, SlaPolicyRow, UNFINISHED, VersionFlagRow } from './exception.entity.js';
import { expectOwner, routeOwner, successorOf } from './routing.js';
import { similarExceptions, storeWords } from './similar.js';
import { nextEscalationAt, planFor } from './sla.js';

export const QUESTION_MAX = 500;
const CONTEXT_MAX = 2000;
const ANSWER_MAX = 5000;

const snapshot = (row: ExceptionRow) => ({ ...row, sla: JSON.parse(row.sla) as unknown });

async function loadException(tx: Tx, exceptionId: string): Promise<ExceptionRow> {
  const row = await tx.em.findOneBy(ExceptionRow, { id: exceptionId });
  if (!row) throw notFound('exception', exceptionId);
  return row;
}

function expectRevision(row: ExceptionRow, expected: number | null | undefined) {
  if (expected != null && expected !== row.revision) {
    throw conflict(`exception ${row.id} is at revision ${row.revision}, not ${expected}: reload it and apply your change again`, { exceptionId: row.id, currentRevision: row.revision });
  }
}

function expectUnfinished(row: ExceptionRow, action: string) {
  if (!UNFINISHED.includes(row.status)) {
    throw invalidTransition(`cannot ${action} exception ${row.id}: it is ${row.status}, and only an OPEN or ANSWERED one can be`, { exceptionId: row.id, status: row.status });
  }
}

/** The levels recorded for an exception so far. */
async function recordedLevels(tx: Tx, exceptionId: string): Promise<Set<number>> {
  return new Set((await tx.em.findBy(ExceptionEscalationRow, { exceptionId })).map((e) => e.level));
}

/**
 * Write a change to an exception, guarded by the revision it was read at (a concurrent writer is
 * never silently overwritten), and record it with its events.
 */
export async function writeException(
  tx: Tx,
  actor: Actor,
  row: ExceptionRow,
  changes: Partial<ExceptionRow>,
  audit: { action: AuditAction; reason?: string | null },
  events: (updated: ExceptionRow) => Parameters<typeof record>[3] = () => [],
): Promise<ExceptionRow> {
  const at = toStored(actor.clock.now());
  const merged = Object.assign(new ExceptionRow(), row, changes);
  const next = { ...changes, nextEscalationAt: nextEscalationAt(merged, await recordedLevels(tx, row.id)), revision: row.revision + 1, updatedAt: at };
  const result = await tx.em.update(ExceptionRow, { id: row.id, revision: row.revision }, next);
  if (result.affected === 0) expectRevision(await loadException(tx, row.id), row.revision);
  const updated = Object.assign(new ExceptionRow(), row, next);
  await record(tx, actor, { at, action: audit.action, entityType: 'KnowledgeException', entityId: row.id, reason: audit.reason ?? null, before: snapshot(row), after: snapshot(updated) }, events(updated));
  return updated;
}

export interface NewException {
  question: string;
  priority: Priority;
  touchpointCode: string | null;
  queryId: string | null;
  context: string | null;
  customerGrade: string | null;
  flaggedVersionId: string | null;
  /** who should own it first, when known (a flagged document's owner) */
  nearestDocumentId: string | null;
}

/**
 * Create an exception in the caller's transaction: the policy of its priority worked out into
 * deadlines and escalation instants (stored with it), an owner routed, the raiser counted as the
 * first demand, its words kept for finding similar questions.
 */
export async function createException(tx: Tx, actor: Actor, facts: NewException): Promise<ExceptionRow> {
  const now = actor.clock.now();
  const at = toStored(now);
  const policy = await tx.em.findOneBy(SlaPolicyRow, { priority: facts.priority });
  if (!policy) throw new Error(`no SLA policy for priority ${facts.priority}: the migrations seed one for each`);
  const plan = planFor(policy, now, await workingDaysFrom(tx.em, now));
  const { ownerId, routedBy } = await routeOwner(tx.em, { touchpointCode: facts.touchpointCode, nearestDocumentId: facts.nearestDocumentId, defaultOwnerId: policy.defaultOwnerId, at });
  const row = Object.assign(new ExceptionRow(), {
    id: randomUUID(),
    status: 'OPEN' as ExceptionStatus,
    priority: facts.priority,
    question: facts.question,
    context: facts.context,
    customerGrade: facts.customerGrade,
    touchpointCode: facts.touchpointCode,
    queryId: facts.queryId,
    flaggedVersionId: facts.flaggedVersionId,
    raisedAt: at,
    raisedById: actor.user.id,
    ownerId,
    demand: 1,
    answer: null,
    answeredAt: null,
    answeredById: null,
    answerDueAt: plan.answerDueAt,
    resolutionDueAt: plan.resolutionDueAt,
    sla: JSON.stringify(plan),
    escalationLevel: 0,
    nextEscalationAt: null as string | null,
    closedAt: null,
    closedById: null,
    resolvedByVersionId: null,
    rejectReason: null,
    mergedIntoId: null,
    caseDocumentId: null,
    revision: 1,
    updatedAt: at,
  });
  row.nextEscalationAt = nextEscalationAt(row, new Set());
  await tx.em.insert(ExceptionRow, row);
  await tx.em.insert(ExceptionDemandRow, { id: randomUUID(), exceptionId: row.id, userId: actor.user.id, at, queryId: facts.queryId });
  await storeWords(tx.em, row.id, row.question);
  await record(tx, actor, { at, action: 'EXCEPTION_RAISED', entityType: 'KnowledgeException', entityId: row.id, reason: `owner: ${routedBy}`, after: snapshot(row) }, [{ type: 'ExceptionRaised', exception: row }]);
  return row;
}

const raiseInput = z.object({
  question: text(QUESTION_MAX).nullish(),
  touchpointCode: z.string().max(20, 'must be at most 20 characters').nullish(),
  queryId: id().nullish(),
  priority: z.enum(PRIORITIES, { message: `must be one of ${PRIORITIES.join(', ')}` }).nullish(),
  context: text(CONTEXT_MAX).nullish(),
  customerGrade: z
    .string()
    .refine((g) => (GRADES as readonly string[]).includes(g), `must be one of ${GRADES.join(' ')}`)
    .nullish(),
});

/** The searcher's own search, as logged (others' searches are not found). */
async function ownSearch(search: SearchRuntime, actor: Actor, queryId: string): Promise<SearchLogRow> {
  await search.log.flush();
  const logged = await search.db.dataSource.getRepository(SearchLogRow).findOneBy({ id: queryId });
  if (!logged || logged.userId !== actor.user.id) throw notFound('search', queryId);
  return logged;
}

/** A question as search reads it; a question search cannot read is refused naming the field. */
export async function readQuestion(search: SearchRuntime, actor: Actor, question: string, field = 'question') {
  try {
    return await readQuery(search, actor, { query: question, asOf: toStored(actor.clock.now()) });
  } catch (error) {
    if (error instanceof AppError && error.extensions.field === 'query') throw badInput(field, error.message.replace(/^query /, ''));
    throw error;
  }
}

/**
 * The document whose version in force comes nearest to answering a question: its owner is the next
 * best owner. Only a hint for routing: when the engine cannot be asked (PostgreSQL without
 * Meilisearch, or Meilisearch down) there is none, and the question is still taken.
 */
async function nearestDocument(search: SearchRuntime, actor: Actor, question: string): Promise<string | null> {
  const { query } = await readQuestion(search, actor, question);
  const answer = await searchWords(search.engine, { ...query, statuses: ['PUBLISHED'] }, { offset: 0, limit: 1 }).catch((error: unknown) => {
    // PostgreSQL without Meilisearch has no engine at all, which is no news
    if (!(error instanceof AppError && error.extensions.code === 'UNAVAILABLE')) search.logger.warn({ err: error }, 'no nearest document for a new exception: the search engine could not be asked');
    return null;
  });
  if (!answer) return null;
  const first = answer.hits[0];
  if (!first) return null;
  return (await search.db.dataSource.getRepository(SearchEntryRow).findOneBy({ id: first.id }))?.documentId ?? null;
}

/**
 * Raise an exception: a question nothing answered. From a search (queryId), its words, the
 * touchpoint its filter names and what it found pre-fill whatever the agent left out.
 */
export async function raiseException(search: SearchRuntime, actor: Actor, input: z.input<typeof raiseInput>): Promise<ExceptionRow> {
  const parsed = parseInput(raiseInput, input);
  const fromSearch = parsed.queryId ? await ownSearch(search, actor, parsed.queryId) : null;
  const question = parsed.question ?? fromSearch?.query.trim().slice(0, QUESTION_MAX);
  if (!question) throw badInput('question', 'is needed: the customer’s question, or the queryId of the search that found nothing');
  const touchpointCode = parsed.touchpointCode ?? (fromSearch ? touchpointOfFilter(JSON.parse(fromSearch.filters) as Parameters<typeof touchpointOfFilter>[0]) : null);
  if (!touchpointCode) throw badInput('touchpointCode', 'is needed: the touchpoint (channel × brand × business, e.g. ACA1102) the question came from');
  const nearestDocumentId = await nearestDocument(search, actor, question);
  const context = parsed.context ?? (fromSearch ? `搜索「${fromSearch.query}」找到 ${fromSearch.hits} 条结果` : null);
  return search.db.write(async (tx) => {
    await expectTouchpoint(tx.em, touchpointCode, 'touchpointCode');
    return createException(tx, actor, {
      question,
      priority: parsed.priority ?? 'NORMAL',
      touchpointCode,
      queryId: parsed.queryId ?? null,
      context,
      customerGrade: parsed.customerGrade ?? null,
      flaggedVersionId: null,
      nearestDocumentId,
    });
  });
}

/** An exception merged into another stands for it: joining or reading on follows the merge. */
async function followMerges(tx: Tx, row: ExceptionRow): Promise<ExceptionRow> {
  for (let steps = 0; row.status === 'MERGED' && row.mergedIntoId && steps < 20; steps++) row = await loadException(tx, row.mergedIntoId);
  return row;
}

/** Count one more agent asking, unless they already did; in the caller's transaction. */
export async function addDemand(tx: Tx, actor: Actor, row: ExceptionRow, queryId: string | null): Promise<ExceptionRow> {
  if (await tx.em.existsBy(ExceptionDemandRow, { exceptionId: row.id, userId: actor.user.id })) return row;
  await tx.em.insert(ExceptionDemandRow, { id: randomUUID(), exceptionId: row.id, userId: actor.user.id, at: toStored(actor.clock.now()), queryId });
  return writeException(tx, actor, row, { demand: row.demand + 1 }, { action: 'EXCEPTION_JOINED' }, (e) => [{ type: 'ExceptionJoined', exception: e, userId: actor.user.id }]);
}

const joinInput = z.object({ exceptionId: id(), queryId: id().nullish() });

/** Join an open exception instead of raising the same question again: its demand grows by one agent. */
export async function joinException(search: SearchRuntime, actor: Actor, input: z.input<typeof joinInput>): Promise<ExceptionRow> {
  const parsed = parseInput(joinInput, input);
  if (parsed.queryId) await ownSearch(search, actor, parsed.queryId);
  return search.db.write(async (tx) => {
    const row = await followMerges(tx, await loadException(tx, parsed.exceptionId));
    expectUnfinished(row, 'join');
    return addDemand(tx, actor, row, parsed.queryId ?? null);
  });
}

const answerInput = z.object({ exceptionId: id(), answer: text(ANSWER_MAX), expectedRevision: revision().nullish() });

/** Give (or revise) the initial answer: shown to agents at once, as interim and not yet validated. */
export function answerException(db: Db, actor: Actor, input: z.input<typeof answerInput>): Promise<ExceptionRow> {
  const parsed = parseInput(answerInput, input);
  return db.write(async (tx) => {
    const row = await loadException(tx, parsed.exceptionId);
    expectRevision(row, parsed.expectedRevision);
    expectUnfinished(row, 'answer');
    const first = row.answeredAt === null;
    const at = toStored(actor.clock.now());
    return writeException(
      tx,
      actor,
      row,
      { status: 'ANSWERED', answer: parsed.answer, answeredAt: row.answeredAt ?? at, answeredById: first ? actor.user.id : row.answeredById },
      { action: 'EXCEPTION_ANSWERED', reason: first ? null : 'the interim answer revised' },
      (e) => [{ type: 'ExceptionAnswered', exception: e }],
    );
  });
}

const resolveInput = z
  .object({
    exceptionId: id(),
    resolvedByVersionId: id().nullish(),
    rejectReason: text(CONTEXT_MAX).nullish(),
    mergedIntoId: id().nullish(),
    expectedRevision: revision().nullish(),
  })
  .superRefine((v, ctx) => {
    const given = (['resolvedByVersionId', 'rejectReason', 'mergedIntoId'] as const).filter((f) => v[f] != null);
    if (given.length !== 1) ctx.addIssue({ code: 'custom', path: [given[1] ?? 'resolvedByVersionId'], message: 'name exactly one of resolvedByVersionId, rejectReason or mergedIntoId' });
  });

/**
 * Close an exception: resolved by the published version that now covers it, rejected with a
 * reason, or merged into another open exception (its demand and flags move there).
 */
export function resolveException(db: Db, actor: Actor, input: z.input<typeof resolveInput>): Promise<ExceptionRow> {
  const parsed = parseInput(resolveInput, input);
  return db.write(async (tx) => {
    const row = await loadException(tx, parsed.exceptionId);
    expectRevision(row, parsed.expectedRevision);
    expectUnfinished(row, 'resolve');
    const closed = { closedAt: toStored(actor.clock.now()), closedById: actor.user.id };
    const closing = (e: ExceptionRow) => [{ type: 'ExceptionClosed' as const, exception: e }];
    if (parsed.resolvedByVersionId) {
      const version = await tx.em.findOneBy(VersionRow, { id: parsed.resolvedByVersionId });
      if (!version) throw notFound('version', parsed.resolvedByVersionId);
      if (version.status !== 'PUBLISHED') throw badInput('resolvedByVersionId', `is ${version.status}: only a published version can resolve an exception`);
      return writeException(tx, actor, row, { ...closed, status: 'RESOLVED', resolvedByVersionId: version.id }, { action: 'EXCEPTION_RESOLVED' }, closing);
    }
    if (parsed.rejectReason) return writeException(tx, actor, row, { ...closed, status: 'REJECTED', rejectReason: parsed.rejectReason }, { action: 'EXCEPTION_REJECTED', reason: parsed.rejectReason }, closing);
    const target = await tx.em.findOneBy(ExceptionRow, { id: parsed.mergedIntoId! });
    if (!target) throw notFound('exception', parsed.mergedIntoId!);
    if (target.id === row.id) throw badInput('mergedIntoId', 'must be another exception');
    if (!UNFINISHED.includes(target.status)) throw badInput('mergedIntoId', `is ${target.status}: merge into an OPEN or ANSWERED exception`);
    await moveDemand(tx, actor, row, target);
    return writeException(tx, actor, row, { ...closed, status: 'MERGED', mergedIntoId: target.id }, { action: 'EXCEPTION_MERGED', reason: `merged into ${target.id}` }, closing);
  });
}

/** Merging: the askers and flags of `from` count for `into` (an agent who asked both counts once). */
async function moveDemand(tx: Tx, actor: Actor, from: ExceptionRow, into: ExceptionRow) {
  const already = new Set((await tx.em.findBy(ExceptionDemandRow, { exceptionId: into.id })).map((d) => d.userId));
  const moving = (await tx.em.findBy(ExceptionDemandRow, { exceptionId: from.id })).filter((d) => !already.has(d.userId));
  for (const d of moving) await tx.em.insert(ExceptionDemandRow, { ...d, id: randomUUID(), exceptionId: into.id });
  await tx.em.update(VersionFlagRow, { exceptionId: from.id }, { exceptionId: into.id });
  if (moving.length > 0) await writeException(tx, actor, into, { demand: into.demand + moving.length }, { action: 'EXCEPTION_JOINED', reason: `exception ${from.id} merged into it` });
}

const assignInput = z.object({ exceptionId: id(), ownerId: id(), reason: text(CONTEXT_MAX).nullish(), expectedRevision: revision().nullish() });

/** Give an exception to another owner (audited, with the reason). */
export function assignException(db: Db, actor: Actor, input: z.input<typeof assignInput>): Promise<ExceptionRow> {
  const parsed = parseInput(assignInput, input);
  return db.write(async (tx) => {
    const row = await loadException(tx, parsed.exceptionId);
    expectRevision(row, parsed.expectedRevision);
    expectUnfinished(row, 'assign');
    if (!(await expectOwner(tx.em, parsed.ownerId))) throw badInput('ownerId', 'must be an active user who may answer exceptions (a process manager)');
    if (row.ownerId === parsed.ownerId) return row;
    return writeException(tx, actor, row, { ownerId: parsed.ownerId }, { action: 'EXCEPTION_ASSIGNED', reason: parsed.reason ?? null }, (e) => [
      { type: 'ExceptionAssigned', exception: e, previousOwnerId: row.ownerId },
    ]);
  });
}

/** A deactivated owner's unfinished exceptions pass to their fallback (else supervisor, else routing's last resort), in the deactivating transaction. */
export async function handOver(tx: Tx, actor: Actor, userId: string): Promise<void> {
  const rows = await tx.em.findBy(ExceptionRow, { ownerId: userId, status: In([...UNFINISHED]) });
  if (rows.length === 0) return;
  const successor = (await successorOf(tx.em, userId)) ?? (await routeOwner(tx.em, { touchpointCode: null, nearestDocumentId: null, defaultOwnerId: null, at: toStored(actor.clock.now()) })).ownerId;
  for (const row of rows) {
    await writeException(tx, actor, row, { ownerId: successor }, { action: 'EXCEPTION_ASSIGNED', reason: 'the owner was deactivated' }, (e) => [
      { type: 'ExceptionAssigned', exception: e, previousOwnerId: userId },
    ]);
  }
}

export interface ExceptionFilterValues {
  statuses?: ExceptionStatus[] | null;
  priorities?: Priority[] | null;
  ownerId?: string | null;
  raisedById?: string | null;
  touchpointCode?: string | null;
  overdue?: boolean | null;
  flaggedVersionId?: string | null;
}

/** Exceptions newest first, filtered; the cursor is the position. */
export async function listExceptions(db: Db, now: string, filter: ExceptionFilterValues, page: Page): Promise<ConnectionShape<ExceptionRow>> {
  const query = db.dataSource.getRepository(ExceptionRow).createQueryBuilder('e');
  if (filter.statuses?.length) query.andWhere('e.status IN (:...statuses)', { statuses: filter.statuses });
  if (filter.priorities?.length) query.andWhere('e.priority IN (:...priorities)', { priorities: filter.priorities });
  if (filter.ownerId) query.andWhere('e.ownerId = :ownerId', { ownerId: filter.ownerId });
  if (filter.raisedById) query.andWhere('e.raisedById = :raisedById', { raisedById: filter.raisedById });
  if (filter.touchpointCode) query.andWhere('e.touchpointCode = :touchpointCode', { touchpointCode: filter.touchpointCode });
  if (filter.flaggedVersionId) query.andWhere('e.flaggedVersionId = :flaggedVersionId', { flaggedVersionId: filter.flaggedVersionId });
  if (filter.overdue != null) {
    const late = "((e.status = 'OPEN' AND (e.answerDueAt < :now OR e.resolutionDueAt < :now)) OR (e.status = 'ANSWERED' AND e.resolutionDueAt < :now))";
    query.andWhere(filter.overdue ? late : `NOT ${late}`, { now });
  }
  const [rows, total] = await Promise.all([query.clone().orderBy('e.raisedAt', 'DESC').addOrderBy('e.id', 'ASC').offset(offsetOf(page)).limit(page.limit + 1).getMany(), query.getCount()]);
  return positionalConnection(rows, page, total);
}


/** Open and answered exceptions matching a query as search read it: what a search shows beside the documents. */
export async function exceptionsMatching(search: SearchRuntime, groups: QueryGroup[], limit: number): Promise<ExceptionRow[]> {
  return (await similarExceptions(search.db, groups, await search.words.get(), { limit })).map((s) => s.exception);
}

/** The search an exception was raised from, as logged. */
export const searchBehind = (db: Db, queryId: string) => db.dataSource.getRepository(SearchLogRow).findOneBy({ id: queryId });

const MAX_SIMILAR = 10;

/** Open and answered exceptions asking what `question` asks (read as search reads it), best first. */
export async function similarOpenExceptions(search: SearchRuntime, actor: Actor, input: { question: string; touchpointCode?: string | null; first?: number | null }) {
  const first = input.first ?? 5;
  if (!Number.isInteger(first) || first < 1 || first > MAX_SIMILAR) throw badInput('first', `must be between 1 and ${MAX_SIMILAR}`);
  if (input.question.length > QUESTION_MAX) throw badInput('question', `is ${input.question.length} characters long; at most ${QUESTION_MAX}`);
  const { query } = await readQuestion(search, actor, input.question);
  const similar = await similarExceptions(search.db, query.groups, await search.words.get(), { touchpointCode: input.touchpointCode, limit: first });
  return similar.map((s) => s.exception);
}
