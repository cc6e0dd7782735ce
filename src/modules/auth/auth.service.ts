import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { type Actor, ROLES, SYSTEM_USER_ID } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, conflict, invalidTransition, notFound, unauthenticated } from '../../shared/errors.js';
import { type ConnectionShape, offsetOf, type Page, positionalConnection } from '../../shared/pagination.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { forgetSignIns, signIns } from './sign-ins.js';
import { TokenRow } from './token.entity.js';
import './events.js';
import { POSTS, UserRow } from './user.entity.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The audit trail never holds a token hash: only which token, whose, and its label. */
const tokenSnapshot = ({ tokenHash: _hash, ...rest }: TokenRow) => rest;

/** The user behind a bearer token, or UNAUTHENTICATED when the token is unknown, revoked or expired, or its user deactivated. */
export async function authenticate(db: Db, token: string, now: Date = new Date()): Promise<UserRow> {
  const hash = hashToken(token);
  const known = signIns(db).get(hash);
  if (known) return known;
  const found = await db.dataSource
    .getRepository(UserRow)
    .createQueryBuilder('u')
    .innerJoin(TokenRow, 't', 't.userId = u.id')
    .addSelect('t.expiresAt', 'tokenExpiresAt')
    .where('t.tokenHash = :hash AND t.revokedAt IS NULL AND u.deactivatedAt IS NULL', { hash })
    .andWhere('(t.expiresAt IS NULL OR t.expiresAt > :now)', { now: toStored(now) })
    .getRawAndEntities();
  const row = found.entities[0];
  if (!row) throw unauthenticated('The bearer token is unknown, revoked or expired');
  // a token that expires is looked up every time, so it stops working at its instant
  if (!found.raw[0]?.tokenExpiresAt) signIns(db).set(hash, row);
  return row;
}

/** The user an Authorization header names: null without one, UNAUTHENTICATED if malformed, unknown, revoked or expired. */
export async function userFromAuthorization(db: Db, header: string | undefined, now: Date = new Date()): Promise<UserRow | null> {
  if (!header) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) throw unauthenticated('Authorization must be "Bearer <token>"');
  return authenticate(db, token, now);
}

/** Every user who can sign in (not the system account), by name; the cursor is the position. */
export async function listUsers(db: Db, page: Page): Promise<ConnectionShape<UserRow>> {
  const query = db.dataSource.getRepository(UserRow).createQueryBuilder('u').where('u.id <> :system', { system: SYSTEM_USER_ID });
  const [rows, totalCount] = await Promise.all([query.clone().orderBy('u.name', 'ASC').offset(offsetOf(page)).limit(page.limit + 1).getMany(), query.getCount()]);
  // names are unique, so the order is stable
  return positionalConnection(rows, page, totalCount);
}

/** Whether some active admin holds a token that works (neither revoked nor expired). */
export async function adminCanSignIn(db: Db, now: Date = new Date()): Promise<boolean> {
  const tokens = await db.dataSource
    .getRepository(TokenRow)
    .createQueryBuilder('t')
    .innerJoin(UserRow, 'u', 'u.id = t.userId')
    .where("u.role = 'ADMIN' AND t.revokedAt IS NULL AND u.deactivatedAt IS NULL")
    .andWhere('(t.expiresAt IS NULL OR t.expiresAt > :now)', { now: toStored(now) })
    .getCount();
  return tokens > 0;
}

/**
 * An operator's way back in when no admin can sign in (BOOTSTRAP_ADMIN_TOKEN at start, `npm run
 * admin:token`): a token for the longest-standing active admin — or, when there is none, for a new
 * admin — issued and audited as the system. `token` is the plaintext to use (generated when absent).
 */
export async function recoverAdmin(db: Db, actor: Actor, options: { token?: string; label: string; name?: string }): Promise<{ token: string; user: UserRow; created: boolean }> {
  if (options.token && (await db.dataSource.getRepository(TokenRow).existsBy({ tokenHash: hashToken(options.token) }))) {
    throw badInput('token', 'was issued before (and has been revoked or has expired, or belongs to someone else); choose a new one');
  }
  const users = db.dataSource.getRepository(UserRow);
  let user = options.name
    ? await users.findOneBy({ name: options.name })
    : await users.findOne({ where: { role: 'ADMIN', deactivatedAt: IsNull() }, order: { createdAt: 'ASC' } });
  if (user && (user.role !== 'ADMIN' || user.deactivatedAt)) throw badInput('name', `${user.name} is not an active admin`);
  let created = false;
  if (!user) {
    const base = options.name ?? `admin-${actor.clock.now().toISOString().slice(0, 10)}`;
    let name = base;
    for (let n = 2; await users.existsBy({ name }); n++) name = `${base}-${n}`;
    user = await createUser(db, actor, { name, role: 'ADMIN' });
    created = true;
  }
  const { token } = await issueToken(db, actor, { userId: user.id, label: options.label, token: options.token });
  return { token, user, created };
}

const orgFields = {
  post: z.enum(POSTS, { message: `must be one of ${POSTS.join(', ')}` }).nullish(),
  supervisorId: id().nullish(),
  fallbackId: id().nullish(),
};
const createUserInput = z.object({ name: text(100), role: z.enum(ROLES), ...orgFields });

/** Check the people a user names: active users, not the user, and no one who (through supervisors) answers to the user. */
async function expectColleagues(em: EntityManager, userId: string, fields: { supervisorId?: string | null; fallbackId?: string | null }) {
  for (const field of ['supervisorId', 'fallbackId'] as const) {
    const other = fields[field];
    if (!other) continue;
    if (other === userId) throw badInput(field, 'must be someone else');
    const row = await em.findOneBy(UserRow, { id: other });
    if (!row || row.id === SYSTEM_USER_ID) throw badInput(field, 'is not a user');
    if (row.deactivatedAt) throw badInput(field, `${row.name} is deactivated`);
  }
  // a supervisor chain that comes back to the user would escalate in circles
  for (let at = fields.supervisorId ?? null, steps = 0; at && steps < 100; steps++) {
    if (at === userId) throw badInput('supervisorId', 'would make the user their own supervisor through others');
    at = (await em.findOneBy(UserRow, { id: at }))?.supervisorId ?? null;
  }
}

export function createUser(db: Db, actor: Actor, input: z.input<typeof createUserInput>): Promise<UserRow> {
  const parsed = parseInput(createUserInput, input);
  return db.write(async (tx) => {
    if (await tx.em.existsBy(UserRow, { name: parsed.name })) {
      throw conflict(`a user named ${parsed.name} already exists`, { field: 'name' });
    }
    const id = randomUUID();
    await expectColleagues(tx.em, id, parsed);
    const user = Object.assign(new UserRow(), {
      id,
      name: parsed.name,
      role: parsed.role,
      createdAt: toStored(actor.clock.now()),
      post: parsed.post ?? null,
      supervisorId: parsed.supervisorId ?? null,
      fallbackId: parsed.fallbackId ?? null,
      deactivatedAt: null,
    });
    await tx.em.insert(UserRow, user);
    await record(tx, actor, { at: user.createdAt, action: 'USER_CREATED', entityType: 'User', entityId: user.id, after: user });
    return user;
  });
}

async function loadUser(em: EntityManager, userId: string): Promise<UserRow> {
  const user = await em.findOneBy(UserRow, { id: userId });
  if (!user || user.id === SYSTEM_USER_ID) throw notFound('user', userId);
  return user;
}

const updateUserInput = z.object({ userId: id(), ...orgFields });

/** Change a user's post, supervisor or fallback; a field left out stays, null clears it (audited). */
export function updateUser(db: Db, actor: Actor, input: z.input<typeof updateUserInput>): Promise<UserRow> {
  const parsed = parseInput(updateUserInput, input);
  return db.write(async (tx) => {
    const before = await loadUser(tx.em, parsed.userId);
    const changes = Object.fromEntries((['post', 'supervisorId', 'fallbackId'] as const).filter((f) => parsed[f] !== undefined).map((f) => [f, parsed[f] ?? null]));
    await expectColleagues(tx.em, before.id, { supervisorId: changes.supervisorId, fallbackId: changes.fallbackId });
    const after = Object.assign(new UserRow(), before, changes);
    await tx.em.update(UserRow, { id: before.id }, changes);
    forgetSignIns(db, tx);
    await record(tx, actor, { action: 'USER_UPDATED', entityType: 'User', entityId: before.id, before, after });
    return after;
  });
}

const deactivateUserInput = z.object({ userId: id(), reason: text(2000) });

/**
 * Deactivate a user: their tokens stop working and what they own passes on (to their fallback,
 * else their supervisor — the UserDeactivated listeners decide), in one transaction.
 */
export function deactivateUser(db: Db, actor: Actor, input: z.input<typeof deactivateUserInput>): Promise<UserRow> {
  const parsed = parseInput(deactivateUserInput, input);
  return db.write(async (tx) => {
    const before = await loadUser(tx.em, parsed.userId);
    if (before.id === actor.user.id) throw badInput('userId', 'must be someone else: nobody deactivates themselves');
    if (before.deactivatedAt) throw invalidTransition(`${before.name} is already deactivated (since ${before.deactivatedAt})`, { userId: before.id });
    const at = toStored(actor.clock.now());
    const after = Object.assign(new UserRow(), before, { deactivatedAt: at });
    await tx.em.update(UserRow, { id: before.id }, { deactivatedAt: at });
    await tx.em.update(TokenRow, { userId: before.id, revokedAt: IsNull() }, { revokedAt: at });
    forgetSignIns(db, tx);
    await record(tx, actor, { at, action: 'USER_DEACTIVATED', entityType: 'User', entityId: before.id, reason: parsed.reason, before, after }, [{ type: 'UserDeactivated', user: after }]);
    return after;
  });
}

const issueTokenInput = z.object({
  userId: id(),
  label: text(100),
  expiresAt: z.date().nullish(),
  /** only the seed and the bootstrap pass a fixed token; the API always generates one */
  token: z.string().min(8).optional(),
});

/** Issue a token for a user; the plaintext is returned once and only its hash is kept. */
export function issueToken(db: Db, actor: Actor, input: z.input<typeof issueTokenInput>): Promise<{ token: string; row: TokenRow }> {
  const parsed = parseInput(issueTokenInput, input);
  return db.write(async (tx) => {
    if (!(await tx.em.existsBy(UserRow, { id: parsed.userId }))) throw notFound('user', parsed.userId);
    if (parsed.expiresAt && parsed.expiresAt.getTime() <= actor.clock.now().getTime()) throw badInput('expiresAt', 'must be in the future');
    const token = parsed.token ?? `hkb_${randomBytes(24).toString('base64url')}`;
    const row = Object.assign(new TokenRow(), {
      id: randomUUID(),
      userId: parsed.userId,
      tokenHash: hashToken(token),
      label: parsed.label,
      createdAt: toStored(actor.clock.now()),
      revokedAt: null,
      expiresAt: parsed.expiresAt ? toStored(parsed.expiresAt) : null,
    });
    await tx.em.insert(TokenRow, row);
    await record(tx, actor, { at: row.createdAt, action: 'TOKEN_ISSUED', entityType: 'ApiToken', entityId: row.id, after: tokenSnapshot(row) });
    return { token, row };
  });
}

const revokeTokenInput = z.object({ tokenId: id(), reason: text(2000).optional().nullable() });

export function revokeToken(db: Db, actor: Actor, input: z.input<typeof revokeTokenInput>): Promise<TokenRow> {
  const parsed = parseInput(revokeTokenInput, input);
  return db.write(async (tx) => {
    const row = await tx.em.findOneBy(TokenRow, { id: parsed.tokenId });
    if (!row) throw notFound('token', parsed.tokenId);
    if (row.revokedAt !== null) return row;
    const revoked = Object.assign(new TokenRow(), row, { revokedAt: toStored(actor.clock.now()) });
    await tx.em.update(TokenRow, { id: row.id, revokedAt: IsNull() }, { revokedAt: revoked.revokedAt });
    forgetSignIns(db, tx);
    await record(tx, actor, { at: revoked.revokedAt!, action: 'TOKEN_REVOKED', entityType: 'ApiToken', entityId: row.id, reason: parsed.reason ?? null, before: tokenSnapshot(row), after: tokenSnapshot(revoked) });
    return revoked;
  });
}
