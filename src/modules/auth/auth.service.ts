import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type EntityManager, IsNull } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { type Actor, ROLES, SYSTEM_USER_ID } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { badInput, conflict, invalidTransition, notFound, unauthenticated } from '../../shared/errors.js';
import { type ConnectionShape, type Page, toConnection } from '../../shared/pagination.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { forgetSignIns, signIns } from './sign-ins.js';
import { TokenRow } from './token.entity.js';
import './events.js';
import { POSTS, UserRow } from './user.entity.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The audit trail never holds a token hash: only which token, whose, and its label. */
const tokenSnapshot = ({ tokenHash: _hash, ...rest }: TokenRow) => rest;

/** The user behind a bearer token, or UNAUTHENTICATED when the token is unknown or revoked. */
export async function authenticate(db: Db, token: string): Promise<UserRow> {
  const hash = hashToken(token);
  const known = signIns(db).get(hash);
  if (known) return known;
  const row = await db.dataSource
    .getRepository(UserRow)
    .createQueryBuilder('u')
    .innerJoin(TokenRow, 't', 't.userId = u.id')
    .where('t.tokenHash = :hash AND t.revokedAt IS NULL AND u.deactivatedAt IS NULL', { hash })
    .getOne();
  if (!row) throw unauthenticated('The bearer token is unknown or revoked');
  signIns(db).set(hash, row);
  return row;
}

/** The user an Authorization header names: null without one, UNAUTHENTICATED if malformed, unknown or revoked. */
export async function userFromAuthorization(db: Db, header: string | undefined): Promise<UserRow | null> {
  if (!header) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) throw unauthenticated('Authorization must be "Bearer <token>"');
  return authenticate(db, token);
}

/** Every user who can sign in (not the system account), by name; the cursor is the position. */
export async function listUsers(db: Db, page: Page): Promise<ConnectionShape<UserRow>> {
  const offset = page.afterKey ?? 0;
  const query = db.dataSource.getRepository(UserRow).createQueryBuilder('u').where('u.id <> :system', { system: SYSTEM_USER_ID });
  const [rows, totalCount] = await Promise.all([query.clone().orderBy('u.name', 'ASC').offset(offset).limit(page.limit + 1).getMany(), query.getCount()]);
  // names are unique, so the order is stable
  const positions = new Map(rows.map((r, i) => [r.id, offset + i + 1]));
  return toConnection(rows, page, (r) => positions.get(r.id)!, totalCount);
}

/** Whether some admin holds a token that works. */
export async function adminCanSignIn(db: Db): Promise<boolean> {
  const tokens = await db.dataSource
    .getRepository(TokenRow)
    .createQueryBuilder('t')
    .innerJoin(UserRow, 'u', 'u.id = t.userId')
    .where("u.role = 'ADMIN' AND t.revokedAt IS NULL")
    .getCount();
  return tokens > 0;
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
  /** only the seed and the bootstrap pass a fixed token; the API always generates one */
  token: z.string().min(8).optional(),
});

/** Issue a token for a user; the plaintext is returned once and only its hash is kept. */
export function issueToken(db: Db, actor: Actor, input: z.input<typeof issueTokenInput>): Promise<{ token: string; row: TokenRow }> {
  const parsed = parseInput(issueTokenInput, input);
  return db.write(async (tx) => {
    if (!(await tx.em.existsBy(UserRow, { id: parsed.userId }))) throw notFound('user', parsed.userId);
    const token = parsed.token ?? `hkb_${randomBytes(24).toString('base64url')}`;
    const row = Object.assign(new TokenRow(), {
      id: randomUUID(),
      userId: parsed.userId,
      tokenHash: hashToken(token),
      label: parsed.label,
      createdAt: toStored(actor.clock.now()),
      revokedAt: null,
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
