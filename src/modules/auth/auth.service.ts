import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull } from 'typeorm';
import { z } from 'zod';
import type { Db } from '../../db/database.js';
import { toStored } from '../../shared/clock.js';
import { conflict, notFound, unauthenticated } from '../../shared/errors.js';
import { id, parseInput, text } from '../../shared/validation.js';
import { appendAudit } from '../audit/audit.service.js';
import type { Actor } from '../versioning/versioning.service.js';
import { TokenRow } from './token.entity.js';
import { ROLES, UserRow } from './user.entity.js';

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

const createUserInput = z.object({ name: text(100), role: z.enum(ROLES) });

export function createUser(db: Db, actor: Actor, input: z.input<typeof createUserInput>): Promise<UserRow> {
  const parsed = parseInput(createUserInput, input);
  return db.write(async (em) => {
    if (await em.existsBy(UserRow, { name: parsed.name })) {
      throw conflict(`a user named ${parsed.name} already exists`, { field: 'name' });
    }
    const at = toStored(actor.clock.now());
    const user = Object.assign(new UserRow(), { id: randomUUID(), name: parsed.name, role: parsed.role, createdAt: at });
    await em.insert(UserRow, user);
    await appendAudit(em, { at, actorId: actor.user.id, action: 'USER_CREATED', entityType: 'User', entityId: user.id, after: user });
    return user;
  });
}

const issueTokenInput = z.object({
  userId: id(),
  label: text(100),
  /** only the seed passes a fixed token (the demo tokens); the API always generates one */
  token: z.string().min(8).optional(),
});

/** Issue a token for a user; the plaintext is returned once and only its hash is kept. */
export function issueToken(db: Db, actor: Actor, input: z.input<typeof issueTokenInput>): Promise<{ token: string; row: TokenRow }> {
  const parsed = parseInput(issueTokenInput, input);
  return db.write(async (em) => {
    if (!(await em.existsBy(UserRow, { id: parsed.userId }))) throw notFound('user', parsed.userId);
    const token = parsed.token ?? `hkb_${randomBytes(24).toString('base64url')}`;
    const at = toStored(actor.clock.now());
    const row = Object.assign(new TokenRow(), {
      id: randomUUID(),
      userId: parsed.userId,
      tokenHash: hashToken(token),
      label: parsed.label,
      createdAt: at,
      revokedAt: null,
    });
    await em.insert(TokenRow, row);
    await appendAudit(em, { at, actorId: actor.user.id, action: 'TOKEN_ISSUED', entityType: 'ApiToken', entityId: row.id, after: tokenSnapshot(row) });
    return { token, row };
  });
}

const revokeTokenInput = z.object({ tokenId: id(), reason: text(2000).optional().nullable() });

export function revokeToken(db: Db, actor: Actor, input: z.input<typeof revokeTokenInput>): Promise<TokenRow> {
  const parsed = parseInput(revokeTokenInput, input);
  return db.write(async (em) => {
    const row = await em.findOneBy(TokenRow, { id: parsed.tokenId });
    if (!row) throw notFound('token', parsed.tokenId);
    const at = toStored(actor.clock.now());
    const revoked = Object.assign(new TokenRow(), row, { revokedAt: row.revokedAt ?? at });
    if (row.revokedAt === null) {
      await em.update(TokenRow, { id: row.id, revokedAt: IsNull() }, { revokedAt: at });
      await appendAudit(em, {
        at,
        actorId: actor.user.id,
        action: 'TOKEN_REVOKED',
        entityType: 'ApiToken',
        entityId: row.id,
        reason: parsed.reason ?? null,
        before: tokenSnapshot(row),
        after: tokenSnapshot(revoked),
      });
    }
    return revoked;
  });
}
