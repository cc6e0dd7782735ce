import { randomUUID } from 'node:crypto';
import { In, IsNull } from 'typeorm';
import { z } from 'zod';
import type { Db, Tx } from '../../db/database.js';
import type { Actor } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, conflict, notFound } from '../../shared/errors.js';
import { id, parseInput, revision, text } from '../../shared/validation.js';
import type { AuditAction } from '../audit/audit-actions.js';
import { record } from '../audit/audit.service.js';
import { UserRow } from '../auth/user.entity.js';
import './events.js';
import { PostHolderRow, PostRow } from './posts.entity.js';

export const POST_NAME_MAX = 100;

/** Whether a post existed at `asOf`: registered by then and not yet retired. */
export const postExistsAt = (p: Pick<PostRow, 'registeredAt' | 'retiredAt'>, asOf: string) => p.registeredAt <= asOf && (p.retiredAt === null || p.retiredAt > asOf);

/** Whether a holding was under way at `asOf`. */
export const heldAt = (h: Pick<PostHolderRow, 'assignedAt' | 'unassignedAt'>, asOf: string) => h.assignedAt <= asOf && (h.unassignedAt === null || h.unassignedAt > asOf);

export interface PostWithHolders {
  post: PostRow;
  /** the users holding it at the instant asked, by when they took it up */
  holderIds: string[];
}

/**
 * The registry as it stood at `asOf`: every post registered by then (retired ones too, when asked),
 * by name, each with the active users holding it then. Two statements.
 */
export async function postsAt(db: Db, asOf: string, options: { includeRetired?: boolean } = {}): Promise<PostWithHolders[]> {
  const posts = (await db.dataSource.getRepository(PostRow).find({ order: { name: 'ASC' } })).filter((p) => p.registeredAt <= asOf && (options.includeRetired || postExistsAt(p, asOf)));
  const holders = await activeHoldersAt(db.dataSource.manager, asOf);
  return posts.map((post) => ({ post, holderIds: holders.filter((h) => h.postId === post.id).map((h) => h.userId) }));
}

/** Holdings under way at `asOf` by users not deactivated by then, oldest first; one statement. */
export async function activeHoldersAt(em: Db['dataSource']['manager'], asOf: string): Promise<PostHolderRow[]> {
  return em
    .getRepository(PostHolderRow)
    .createQueryBuilder('h')
    .innerJoin(UserRow, 'u', 'u.id = h.userId')
    .where('h.assignedAt <= :asOf AND (h.unassignedAt IS NULL OR h.unassignedAt > :asOf)', { asOf })
    .andWhere('(u.deactivatedAt IS NULL OR u.deactivatedAt > :asOf)', { asOf })
    .orderBy('h.assignedAt', 'ASC')
    .addOrderBy('h.id', 'ASC')
    .getMany();
}

const postName = text(POST_NAME_MAX).refine((v) => !/[\n\r\t]/.test(v), 'must be one line');

const registerInput = z.object({ name: postName, description: text(1000) }).strict();
const updateInput = z.object({ postId: id(), expectedRevision: revision(), description: text(1000) }).strict();
const retireInput = z.object({ postId: id(), expectedRevision: revision().nullish(), reason: text(500).nullish() }).strict();
const holderInput = z.object({ postId: id(), userId: id(), expectedRevision: revision().nullish() }).strict();

async function loadPost(tx: Tx, postId: string): Promise<PostRow> {
  const post = await tx.em.findOneBy(PostRow, { id: postId });
  if (!post) throw notFound('post', postId);
  return post;
}

function expectRevision(post: PostRow, expected: number | null | undefined) {
  if (expected != null && expected !== post.revision) {
    throw conflict(`post ${post.name} is at revision ${post.revision}, not ${expected}: reload it and apply your change again`, { postId: post.id, currentRevision: post.revision });
  }
}

const holdersOf = async (tx: Tx, postId: string) => (await tx.em.find(PostHolderRow, { where: { postId, unassignedAt: IsNull() }, order: { assignedAt: 'ASC' } })).map((h) => h.userId);

/**
 * Write a change to a post guarded by the revision it was read at, and record it: a writer who
 * read an older revision gets CONFLICT and nothing is overwritten.
 */
async function writePost(tx: Tx, actor: Actor, before: PostRow, changes: Partial<PostRow>, audit: { action: AuditAction; reason?: string | null; holders?: { before: string[]; after: string[] } }): Promise<PostRow> {
  const at = toStored(actor.clock.now());
  const next = { ...changes, revision: before.revision + 1, updatedAt: at };
  const result = await tx.em.update(PostRow, { id: before.id, revision: before.revision }, next);
  if (result.affected === 0) expectRevision(await loadPost(tx, before.id), before.revision);
  const after = Object.assign(new PostRow(), before, next);
  const shown = (p: PostRow, holders?: string[]) => ({ ...p, ...(holders ? { holderIds: holders } : {}) });
  await record(
    tx,
    actor,
    { at, action: audit.action, entityType: 'CentrePost', entityId: before.id, reason: audit.reason ?? null, before: shown(before, audit.holders?.before), after: shown(after, audit.holders?.after) },
    [{ type: 'PostChanged', post: after }],
  );
  return after;
}

/**
 * Register a post under the name flow steps use. A retired post of that name is reinstated (its
 * retirement cleared) rather than registered twice; a post that exists is refused, naming `name`.
 */
export function registerPost(db: Db, actor: Actor, input: z.input<typeof registerInput>): Promise<PostRow> {
  const parsed = parseInput(registerInput, input);
  return db.write(async (tx) => {
    const at = toStored(actor.clock.now());
    const existing = await tx.em.findOneBy(PostRow, { name: parsed.name });
    if (existing && existing.retiredAt === null) throw badInput('name', `${parsed.name} is already registered`);
    if (existing) return writePost(tx, actor, existing, { retiredAt: null, description: parsed.description }, { action: 'POST_REGISTERED', reason: 'reinstated' });
    const post = Object.assign(new PostRow(), { id: randomUUID(), name: parsed.name, description: parsed.description, registeredAt: at, retiredAt: null, revision: 1, updatedAt: at });
    await tx.em.insert(PostRow, post);
    await record(tx, actor, { at, action: 'POST_REGISTERED', entityType: 'CentrePost', entityId: post.id, after: post }, [{ type: 'PostChanged', post }]);
    return post;
  });
}

/** Describe a post anew; the revision read must be named, since two editors could overwrite each other. */
export function updatePost(db: Db, actor: Actor, input: z.input<typeof updateInput>): Promise<PostRow> {
  const parsed = parseInput(updateInput, input);
  return db.write(async (tx) => {
    const post = await loadPost(tx, parsed.postId);
    expectRevision(post, parsed.expectedRevision);
    return writePost(tx, actor, post, { description: parsed.description }, { action: 'POST_UPDATED' });
  });
}

/** Retire a post from now on: its holders leave it at the same instant. Steps naming it become NO_SUCH_POST. */
export function retirePost(db: Db, actor: Actor, input: z.input<typeof retireInput>): Promise<PostRow> {
  const parsed = parseInput(retireInput, input);
  return db.write(async (tx) => {
    const post = await loadPost(tx, parsed.postId);
    expectRevision(post, parsed.expectedRevision);
    if (post.retiredAt !== null) throw badInput('postId', `${post.name} is already retired`);
    const at = toStored(actor.clock.now());
    const holders = await holdersOf(tx, post.id);
    if (holders.length > 0) await tx.em.update(PostHolderRow, { postId: post.id, unassignedAt: IsNull() }, { unassignedAt: at });
    return writePost(tx, actor, post, { retiredAt: at }, { action: 'POST_RETIRED', reason: parsed.reason ?? null, holders: { before: holders, after: [] } });
  });
}

async function expectActiveUser(tx: Tx, userId: string): Promise<UserRow> {
  const user = await tx.em.findOneBy(UserRow, { id: userId });
  if (!user) throw badInput('userId', `${userId} is not a user`);
  if (user.deactivatedAt !== null) throw badInput('userId', `${user.name} is deactivated`);
  return user;
}

/** Someone takes up a post (from now). Refused for a retired post, a deactivated user or one who holds it already. */
export function assignPost(db: Db, actor: Actor, input: z.input<typeof holderInput>): Promise<PostRow> {
  const parsed = parseInput(holderInput, input);
  return db.write(async (tx) => {
    const post = await loadPost(tx, parsed.postId);
    expectRevision(post, parsed.expectedRevision);
    if (post.retiredAt !== null) throw badInput('postId', `${post.name} is retired: register it again first`);
    const user = await expectActiveUser(tx, parsed.userId);
    const holders = await holdersOf(tx, post.id);
    if (holders.includes(user.id)) throw badInput('userId', `${user.name} already holds ${post.name}`);
    const at = toStored(actor.clock.now());
    await tx.em.insert(PostHolderRow, { id: randomUUID(), postId: post.id, userId: user.id, assignedAt: at, unassignedAt: null });
    return writePost(tx, actor, post, {}, { action: 'POST_ASSIGNED', reason: user.name, holders: { before: holders, after: [...holders, user.id] } });
  });
}

/** Someone leaves a post (from now); refused when they do not hold it. */
export function unassignPost(db: Db, actor: Actor, input: z.input<typeof holderInput>): Promise<PostRow> {
  const parsed = parseInput(holderInput, input);
  return db.write(async (tx) => {
    const post = await loadPost(tx, parsed.postId);
    expectRevision(post, parsed.expectedRevision);
    const holders = await holdersOf(tx, post.id);
    if (!holders.includes(parsed.userId)) throw badInput('userId', `${parsed.userId} does not hold ${post.name}`);
    const at = toStored(actor.clock.now());
    await tx.em.update(PostHolderRow, { postId: post.id, userId: parsed.userId, unassignedAt: IsNull() }, { unassignedAt: at });
    const user = await tx.em.findOneBy(UserRow, { id: parsed.userId });
    return writePost(tx, actor, post, {}, { action: 'POST_UNASSIGNED', reason: user?.name ?? parsed.userId, holders: { before: holders, after: holders.filter((h) => h !== parsed.userId) } });
  });
}

/** The posts of these names, registered or retired, by name (for checking what a step or an inspection names). */
export async function postsNamed(em: Db['dataSource']['manager'], names: readonly string[]): Promise<Map<string, PostRow>> {
  if (names.length === 0) return new Map();
  return new Map((await em.findBy(PostRow, { name: In([...new Set(names)]) })).map((p) => [p.name, p]));
}

/** The active users holding a post at `asOf`; one statement (for a post a mutation returns). */
export async function holderIdsAt(db: Db, postId: string, asOf: string): Promise<string[]> {
  return (await activeHoldersAt(db.dataSource.manager, asOf)).filter((h) => h.postId === postId).map((h) => h.userId);
}
