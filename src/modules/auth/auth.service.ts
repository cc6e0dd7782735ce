import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { type Actor, ROLES, SYSTEM_USER_ID } from '../../shared/actor.js';
import { toStored } from '../../shared/clock.js';
import { conflict, notFound, unauthenticated } from '../../shared/errors.js';
import { type ConnectionShape, type Page, toConnection } from '../../shared/pagination.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { record } from '../audit/audit.service.js';
import { TokenRow } from './token.entity.js';
import { UserRow } from './user.entity.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The audit trail never holds a token hash: only which token, whose, and its label. */
const tokenSnapshot = ({ tokenHash: _hash, ...rest }: TokenRow) => rest;

/** The user behind a bearer token, or UNAUTHENTICATED when the token is unknown or revoked. */
export async function authenticate(db: Db, token: string): Promise<UserRow> {
  const row = await db.dataSource
    .getRepository(UserRow)
    .createQueryBuilder('u')
    .innerJoin(TokenRow, 't', 't.userId = u.id')
    .where('t.tokenHash = :hash AND t.revokedAt IS NULL', { hash: hashToken(token) })
    .getOne();
  if (!row) throw unauthenticated('The bearer token is unknown or revoked');
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

const createUserInput = z.object({ name: text(100), role: z.enum(ROLES) });

export function createUser(db: Db, actor: Actor, input: z.input<typeof createUserInput>): Promise<UserRow> {
  const parsed = parseInput(createUserInput, input);
  return db.write(async (tx) => {
    if (await tx.em.existsBy(UserRow, { name: parsed.name })) {
      throw conflict(`a user named ${parsed.name} already exists`, { field: 'name' });
    }
    const user = Object.assign(new UserRow(), { id: randomUUID(), name: parsed.name, role: parsed.role, createdAt: toStored(actor.clock.now()) });
    await tx.em.insert(UserRow, user);
    await record(tx, actor, { at: user.createdAt, action: 'USER_CREATED', entityType: 'User', entityId: user.id, after: user });
    return user;
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
    await record(tx, actor, { at: revoked.revokedAt!, action: 'TOKEN_REVOKED', entityType: 'ApiToken', entityId: row.id, reason: parsed.reason ?? null, before: tokenSnapshot(row), after: tokenSnapshot(revoked) });
    return revoked;
  });
}
