import type { Db } from '../../db/database.js';
import { unauthenticated } from '../../shared/errors.js';
import { authenticate } from './auth.service.js';
import type { UserRow } from './user.entity.js';

/** The user an Authorization header names: null without one, UNAUTHENTICATED if malformed, unknown or revoked. */
export async function userFromAuthorization(db: Db, header: string | undefined): Promise<UserRow | null> {
  if (!header) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (!token) throw unauthenticated('Authorization must be "Bearer <token>"');
  return authenticate(db, token);
}
